import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import { daysShownUp, weekMarks } from '@/utils/domain/progress';
import { progress, settings, today } from '@/utils/storage/store';

const weekday = (day: string, style: 'narrow' | 'long') =>
  new Intl.DateTimeFormat(uiLanguage(), { weekday: style, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

function label(day: string, status: string, isToday: boolean): string {
  const name = weekday(day, 'long');
  if (status === 'done') return i18n.t('dayDone', [name]);
  if (status === 'skipped') return i18n.t('daySetAside', [name]);
  return isToday ? i18n.t('dayToday', [name]) : name;
}

/** Which days of this week the person showed up: marks that only fill in, never scold. */
export function WeekView() {
  const marks = weekMarks(progress.value, today.value.day);
  const count = daysShownUp(
    progress.value,
    marks.map((m) => m.day),
    today.value.day,
  );
  return (
    <section class="week" aria-labelledby="week-title">
      <h2 id="week-title" class="eyebrow">
        {i18n.t('weekTitle')}
      </h2>
      <ol class="week-marks">
        {marks.map((m) => (
          <li
            key={m.day}
            class="week-mark"
            data-status={m.status}
            data-today={m.isToday || undefined}
            data-future={m.isFuture || undefined}
            aria-label={label(m.day, m.status, m.isToday)}
          >
            <span aria-hidden="true" class="week-day">
              {weekday(m.day, 'narrow')}
            </span>
            <span aria-hidden="true" class="week-dot" />
          </li>
        ))}
      </ol>
      {!settings.value.hideNumbers && <p class="week-count">{i18n.t('weekCount', count)}</p>}
    </section>
  );
}
