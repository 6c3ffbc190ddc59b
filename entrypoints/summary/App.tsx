import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { feelingLabel } from '@/components/CheckInForm';
import { RadioGroup, Toggle } from '@/components/form';
import { fullDate, longDate } from '@/components/history/format';
import { FeelingsChart } from '@/components/looking-back/FeelingsChart';
import { SupportLink } from '@/components/SupportLink';
import { titleOf } from '@/utils/content/text';
import { addDays, type DayKey } from '@/utils/domain/day';
import type { DayRecord } from '@/utils/domain/model';
import { day as currentDay, mine, progress, settings } from '@/utils/storage/store';

type Range = 'last7' | 'last30' | 'since';

function statusText(record: DayRecord): string {
  if (record.status === 'done') return i18n.t('history.done');
  if (record.status === 'skipped') return i18n.t('history.setAside');
  return i18n.t('history.open');
}

/** The first day the chosen range covers; a date after today, or none, reads as today. */
function firstDay(range: Range, today: DayKey, since: string): DayKey {
  if (range === 'last7') return addDays(today, -6);
  if (range === 'last30') return addDays(today, -29);
  return /^\d{4}-\d{2}-\d{2}$/.test(since) && since <= today ? since : today;
}

/**
 * A page to print and bring to a session: the range in words, the days the person showed up, each
 * day's act and what happened, the feelings chart for those days, and their notes only if asked.
 * Made here and never sent anywhere: printing or saving is the person's own act.
 */
export function App() {
  const today = currentDay.value;
  const [range, setRange] = useState<Range>('last30');
  const [since, setSince] = useState<string>(addDays(today, -13));
  const [notes, setNotes] = useState(false);
  const from = firstDay(range, today, since);
  const days = Object.entries(progress.value.days)
    .filter(([day]) => day >= from && day <= today)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const shownUp = days.filter(([, r]) => r.status === 'done').length;

  return (
    <main class="summary">
      <header class="summary-head">
        <h1>{i18n.t('summary.title')}</h1>
        <p class="summary-range">{i18n.t('summary.rangeWords', [fullDate(from), fullDate(today)])}</p>
      </header>
      <div class="summary-controls no-print">
        <p>{i18n.t('summary.intro')}</p>
        <RadioGroup
          name="range"
          legend={i18n.t('summary.range')}
          value={range}
          choices={[
            { value: 'last7', label: i18n.t('summary.last7') },
            { value: 'last30', label: i18n.t('summary.last30') },
            { value: 'since', label: i18n.t('summary.since') },
          ]}
          onChange={setRange}
        />
        {range === 'since' && (
          <label class="summary-since">
            <span>{i18n.t('summary.sinceDate')}</span>
            <input type="date" value={since} max={today} onInput={(e) => setSince(e.currentTarget.value)} />
          </label>
        )}
        <Toggle label={i18n.t('summary.includeNotes')} checked={notes} onChange={setNotes} />
        <p class="actions">
          <button type="button" class="primary" onClick={() => window.print()}>
            {i18n.t('summary.print')}
          </button>
        </p>
        <p class="hint">{i18n.t('summary.private')}</p>
        <SupportLink />
      </div>

      <p class="summary-count">
        {settings.value.hideNumbers ? i18n.t('summary.shownUpPlain') : i18n.t('summary.shownUp', shownUp)}
      </p>

      <FeelingsChart id="summary-feelings" from={from} title={i18n.t('summary.feelingsTitle')} />

      <section class="summary-days" aria-labelledby="summary-days-title">
        <h2 id="summary-days-title">{i18n.t('summary.daysTitle')}</h2>
        {days.length === 0 ? (
          <p>{i18n.t('summary.none')}</p>
        ) : (
          <ol class="summary-list">
            {days.map(([day, record]) => (
              <li key={day} class="summary-day" data-day={day}>
                <h3>{longDate(day)}</h3>
                <p dir="auto">{titleOf(record.actId, mine.value)}</p>
                <p class="summary-status">
                  {statusText(record)}
                  {record.before && ` · ${i18n.t('history.before', [feelingLabel(record.before)])}`}
                  {record.after && ` · ${i18n.t('history.after', [feelingLabel(record.after)])}`}
                </p>
                {notes && record.note && (
                  <div class="summary-note">
                    <p class="summary-note-label">{i18n.t('history.noteLabel')}</p>
                    <p dir="auto">{record.note}</p>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}
