import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import type { Reminder } from '@/utils/domain/model';
import { changeSettings } from '@/utils/page/actions';
import { disableReminder, enableReminder } from '@/utils/page/reminder-permission';
import { settings } from '@/utils/storage/store';
import { NotSaved, Section, Toggle } from '../form';
import { PauseControl } from '../PauseControl';

/** Monday first, as in the week view; values are JavaScript's (0 = Sunday). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

const weekday = (day: number) =>
  new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 1, day + 1));

/** Off by default; turning it on asks for the notifications permission at that moment. */
export function ReminderSettings() {
  const reminder = settings.value.reminder;
  const [declined, setDeclined] = useState(false);
  const update = (patch: Partial<Reminder>, source: string) =>
    changeSettings({ reminder: { ...reminder, ...patch } }, { source });
  const toggle = async (on: boolean) => {
    if (on) setDeclined(!(await enableReminder()));
    else await disableReminder();
  };
  return (
    <Section id="reminder" title={i18n.t('options.reminders')}>
      <Toggle
        label={i18n.t('options.reminderOn')}
        hint={i18n.t('options.reminderHint')}
        checked={reminder.enabled}
        source="reminder"
        onChange={toggle}
      />
      {declined && (
        <p class="note" role="alert">
          {i18n.t('options.reminderDeclined')}
        </p>
      )}
      {reminder.enabled && (
        <>
          <label class="field">
            <span class="field-label">{i18n.t('options.reminderTime')}</span>
            <input
              type="time"
              value={reminder.time}
              onChange={(e) => update({ time: e.currentTarget.value }, 'reminder-time')}
            />
          </label>
          <NotSaved source="reminder-time" />
          <fieldset class="field">
            <legend>{i18n.t('options.reminderDays')}</legend>
            {WEEK.map((day) => (
              <Toggle
                key={day}
                label={weekday(day)}
                checked={reminder.days.includes(day)}
                source={`reminder-day-${day}`}
                onChange={(on) =>
                  update(
                    { days: on ? [...reminder.days, day] : reminder.days.filter((d) => d !== day) },
                    `reminder-day-${day}`,
                  )
                }
              />
            ))}
          </fieldset>
          <PauseControl reminder={reminder} />
        </>
      )}
    </Section>
  );
}
