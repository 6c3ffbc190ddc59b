import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { library } from '@/utils/content/library';
import { titleOf, whyOf } from '@/utils/content/text';
import { keepable } from '@/utils/domain/own-selection';
import type { ProgramDay } from '@/utils/domain/schedule';
import { actions, type NotSaved } from '@/utils/page/actions';
import { mineActions, type SetAside } from '@/utils/page/mine-actions';
import { mine, today } from '@/utils/storage/store';
import { CheckInForm, type Closed } from './CheckInForm';
import { SaveError } from './form';

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
  // The act "Not for me" just set aside, for its Undo while the act offered instead is still open.
  const [setAside, setSetAside] = useState<SetAside | null>(null);
  const notForMeButton = useRef<HTMLButtonElement>(null);
  const run = async (action: () => Promise<NotSaved>) => {
    const why = await action();
    setProblem(why);
    return why === null;
  };
  const done = async () => {
    if (await run(actions.done)) setCheckingIn(true);
  };
  const notForMe = async () => {
    const result = await mineActions.notForMe();
    setProblem(result.why);
    setSetAside(result.setAside ?? null);
  };
  const undo = async (was: SetAside) => {
    if (!(await run(() => mineActions.undoNotForMe(was)))) return;
    setSetAside(null);
    // The Undo button is gone: focus goes back to where the person chose "Not for me".
    notForMeButton.current?.focus();
  };
  const showUndo = setAside && status === 'open' && actId === setAside.offered ? setAside : null;
  const kept = mine.value.kept.includes(actId);
  const why = whyOf(actId, mine.value);
  return (
    <section class="act-card" aria-labelledby="act-title" data-status={status}>
      <p class="eyebrow">{program ? programLabel(program) : i18n.t('todayLabel')}</p>
      {/* The person's own words are text, in whatever language and script they wrote them. */}
      {/* `elementtiming`: the bench reads when the act's words reach the screen (Element Timing). */}
      <Heading id="act-title" class="act-title" data-act-id={actId} dir="auto" elementtiming="act-title">
        {titleOf(actId, mine.value)}
      </Heading>
      {why && (
        <p class="act-why" dir="auto">
          {why}
        </p>
      )}
      {/* What became of the act sits beside the button that changes it back, so the card stays short. */}
      <div class="act-outcome">
        <div class="act-state" aria-live="polite">
          {status === 'done' && <p class="act-message">{i18n.t('doneMessage')}</p>}
          {status === 'skipped' && <p class="act-message">{i18n.t('setAsideMessage')}</p>}
          {showUndo && (
            <p class="act-message set-aside-note">
              {i18n.t('mine.setAsideForGood')}{' '}
              <button type="button" class="quiet" onClick={() => undo(showUndo)}>
                {i18n.t('mine.undoSetAside')}
              </button>
            </p>
          )}
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
      {/*
        The act's own choice, "Not for me" while open and "Keep this one" once done, is drawn in the
        eyebrow's row (ActCard.css) so the card keeps its height, and comes after the day's buttons
        for the keyboard and screen readers.
      */}
      {status === 'open' && (
        <button
          type="button"
          class="quiet act-choice"
          ref={notForMeButton}
          onClick={notForMe}
          title={i18n.t('mine.notForMeHint')}
          aria-describedby="act-title"
        >
          {i18n.t('mine.notForMe')}
        </button>
      )}
      {/* Keeping is for the daily library's acts: own acts already come back after 14 days. */}
      {status === 'done' && keepable(actId, library) && (
        <button
          type="button"
          class="quiet act-choice keep"
          aria-pressed={kept}
          title={i18n.t('mine.keepHint')}
          onClick={() => run(() => mineActions.keep(actId, !kept))}
        >
          {i18n.t('mine.keep')}
        </button>
      )}
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
      <SaveError why={problem} />
    </section>
  );
}
