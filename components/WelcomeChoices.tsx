import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { flushSettings } from '@/utils/page/actions';
import { disableReminder, enableReminder } from '@/utils/page/reminder-permission';
import { settings } from '@/utils/storage/store';
import { RadioGroup } from './form';
import { FocusChoice, PathChoice } from './options/PracticeSettings';

type ReminderChoice = 'none' | 'morning';

/** Three optional choices; any can be left as it is. */
export function WelcomeChoices() {
  const s = settings.value;
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);
  const chooseReminder = async (choice: ReminderChoice) => {
    if (choice === 'none') await disableReminder();
    else setDeclined(!(await enableReminder({ time: '09:00' })));
  };
  const finish = async () => {
    const why = await flushSettings();
    setProblem(why);
    setDone(why === null);
  };
  if (done) {
    return (
      <p class="note" role="status">
        {i18n.t('welcome.ready')}
      </p>
    );
  }
  return (
    <form
      class="welcome-choices"
      onSubmit={(e) => {
        e.preventDefault();
        void finish();
      }}
    >
      <p>{i18n.t('welcome.choose')}</p>
      <PathChoice />
      <FocusChoice />
      <RadioGroup<ReminderChoice>
        name="reminder"
        legend={i18n.t('options.reminders')}
        value={s.reminder.enabled ? 'morning' : 'none'}
        choices={[
          { value: 'none', label: i18n.t('welcome.reminderNone') },
          { value: 'morning', label: i18n.t('welcome.reminderAt') },
        ]}
        onChange={chooseReminder}
      />
      {declined && (
        <p class="note" role="alert">
          {i18n.t('options.reminderDeclined')}
        </p>
      )}
      {problem && (
        <p class="save-error" role="alert">
          {i18n.t('settingNotSaved', [problem])}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {i18n.t('welcome.start')}
        </button>
        <button type="button" onClick={finish}>
          {i18n.t('welcome.skip')}
        </button>
      </div>
    </form>
  );
}
