import { i18n } from '#i18n';
import { changeSettings } from '@/utils/actions';
import type { Reminder } from '@/utils/model';
import { pausedFor } from '@/utils/reminders';
import { now } from '@/utils/store';
import { uiLanguage } from '@/utils/text';

const pausedUntilText = (until: number) =>
  new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', day: 'numeric', month: 'long' }).format(until);

export function PauseControl({ reminder }: { reminder: Reminder }) {
  const paused = (reminder.pausedUntil ?? 0) > now.value;
  const set = (pausedUntil: number | null) => changeSettings({ reminder: { ...reminder, pausedUntil } });
  return paused ? (
    <div class="note" role="status">
      <p>{i18n.t('reminder.paused', [pausedUntilText(reminder.pausedUntil ?? 0)])}</p>
      <button type="button" onClick={() => set(null)}>
        {i18n.t('reminder.resume')}
      </button>
    </div>
  ) : (
    <button type="button" onClick={() => set(pausedFor(now.value))}>
      {i18n.t('reminder.pauseWeek')}
    </button>
  );
}
