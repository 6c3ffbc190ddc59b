import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import type { Reminder } from '@/utils/domain/model';
import { pausedFor } from '@/utils/domain/reminders';
import { changeSettings } from '@/utils/page/actions';
import { now } from '@/utils/storage/store';
import { NotSaved } from './form';

/** The pause's end, with its year when that is not this year (a pause set under a wrong clock). */
function pausedUntilText(until: number, at: number): string {
  const sameYear = new Date(until).getUTCFullYear() === new Date(at).getUTCFullYear();
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(until);
}

export function PauseControl({ reminder }: { reminder: Reminder }) {
  const paused = (reminder.pausedUntil ?? 0) > now.value;
  const set = (pausedUntil: number | null) =>
    changeSettings({ reminder: { ...reminder, pausedUntil } }, { source: 'pause' });
  return (
    <>
      {paused ? (
        <div class="note" role="status">
          <p>{i18n.t('reminder.paused', [pausedUntilText(reminder.pausedUntil ?? 0, now.value)])}</p>
          <button type="button" onClick={() => set(null)}>
            {i18n.t('reminder.resume')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => set(pausedFor(now.value))}>
          {i18n.t('reminder.pauseWeek')}
        </button>
      )}
      <NotSaved source="pause" />
    </>
  );
}
