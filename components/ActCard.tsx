import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { actTitle, actWhy } from '@/utils/content/text';
import type { ProgramDay } from '@/utils/domain/schedule';
import { actions, type NotSaved } from '@/utils/page/actions';
import { today } from '@/utils/storage/store';
import { CheckInForm, type Closed } from './CheckInForm';

const programLabel = ({ program, day }: ProgramDay) =>
  program === 'reset' ? i18n.t('programDay.reset', [String(day)]) : i18n.t('programDay.gentle', [String(day)]);

/** Today's act with what the person can do about it; shared by popup and new tab. */
export function ActCard({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const { actId, status, program, day } = today.value;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  // The check-in is offered right after "I did it", once; it can be skipped and edited later.
  const [checkingIn, setCheckingIn] = useState(false);
  const [closed, setClosed] = useState<Closed>({ saved: false });
  // Why the last button press was not saved, shown beside the buttons; the card keeps showing what is stored.
  const [problem, setProblem] = useState<NotSaved>(null);
  const run = async (action: () => Promise<NotSaved>) => {
    const why = await action();
    setProblem(why);
    return why === null;
  };
  const done = async () => {
    if (await run(actions.done)) setCheckingIn(true);
  };
  return (
    <section class="act-card" aria-labelledby="act-title" data-status={status}>
      <p class="eyebrow">{program ? programLabel(program) : i18n.t('todayLabel')}</p>
      <Heading id="act-title" class="act-title" data-act-id={actId}>
        {actTitle(actId)}
      </Heading>
      <p class="act-why">{actWhy(actId)}</p>
      {/* What became of the act sits beside the button that changes it back, so the card stays short. */}
      <div class="act-outcome">
        <div class="act-state" aria-live="polite">
          {status === 'done' && <p class="act-message">{i18n.t('doneMessage')}</p>}
          {status === 'skipped' && <p class="act-message">{i18n.t('setAsideMessage')}</p>}
        </div>
        <div class="actions">
          {status === 'open' && (
            <>
              <button type="button" class="primary" onClick={done}>
                {i18n.t('done')}
              </button>
              <button type="button" onClick={() => run(actions.swap)} title={i18n.t('swapHint')}>
                {i18n.t('swap')}
              </button>
              <button type="button" onClick={() => run(actions.setAside)} title={i18n.t('notTodayHint')}>
                {i18n.t('notToday')}
              </button>
            </>
          )}
          {status === 'done' && (
            <button type="button" onClick={() => run(actions.reopen)}>
              {i18n.t('undo')}
            </button>
          )}
          {status === 'skipped' && (
            <button type="button" onClick={() => run(actions.reopen)}>
              {i18n.t('bringBack')}
            </button>
          )}
        </div>
      </div>
      {status === 'done' && checkingIn && (
        <CheckInForm
          day={day}
          focusOnOpen
          onClose={(result) => {
            setCheckingIn(false);
            setClosed(result);
          }}
        />
      )}
      {status === 'done' && !checkingIn && closed.saved && (
        <p class="hint" role="status">
          {closed.joined ? i18n.t('checkIn.savedJoined') : i18n.t('checkIn.saved')}
        </p>
      )}
      {problem && (
        <p class="save-error" role="alert">
          {i18n.t('saveError', [problem])}
        </p>
      )}
    </section>
  );
}
