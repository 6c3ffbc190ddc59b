import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { titleOf } from '@/utils/content/text';
import type { NotSaved } from '@/utils/page/actions';
import { mineActions } from '@/utils/page/mine-actions';
import { mine } from '@/utils/storage/store';
import { SaveError, Section } from '../form';

/** Acts in one list, each with the one way to take it off. */
function ActList(props: {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  ids: string[];
  action: string;
  onAct: (id: string) => Promise<NotSaved>;
  done: string;
}) {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const act = async (id: string) => {
    const why = await props.onAct(id);
    setProblem(why);
    if (why !== null) return;
    setMessage(props.done);
    // The act's button is gone with it: focus goes to the list's heading, where the message is read.
    heading.current?.focus();
  };
  return (
    <div class="own-lists">
      <h3 id={`${props.id}-title`} ref={heading} tabIndex={-1}>
        {props.title}
      </h3>
      {props.intro && <p class="hint">{props.intro}</p>}
      {props.ids.length === 0 ? (
        <p class="hint">{props.empty}</p>
      ) : (
        <ul class="own-list" aria-labelledby={`${props.id}-title`}>
          {props.ids.map((id) => (
            <li key={id} class="own-item">
              <p id={`${props.id}-${id}`} class="own-title" dir="auto">
                {titleOf(id, mine.value)}
              </p>
              <div class="actions">
                <button type="button" aria-describedby={`${props.id}-${id}`} onClick={() => act(id)}>
                  {props.action}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="hint" aria-live="polite">
        {message}
      </p>
      <SaveError why={problem} />
    </div>
  );
}

/** What the person set aside for good, to bring back, and what they keep. No reason is asked, nothing is counted. */
export function SetAsideSection() {
  const m = mine.value;
  return (
    <Section id="set-aside" title={i18n.t('mine.setAsideTitle')}>
      <ActList
        id="not-for-me"
        title={i18n.t('mine.setAsideList')}
        empty={i18n.t('mine.setAsideEmpty')}
        ids={m.notForMe}
        action={i18n.t('mine.bringBack')}
        done={i18n.t('mine.broughtBack')}
        onAct={mineActions.bringBack}
      />
      <ActList
        id="kept"
        title={i18n.t('mine.keptList')}
        intro={i18n.t('mine.keptIntro')}
        empty={i18n.t('mine.keptEmpty')}
        ids={m.kept}
        action={i18n.t('mine.stopKeeping')}
        done={i18n.t('mine.stoppedKeeping')}
        onAct={(id) => mineActions.keep(id, false)}
      />
    </Section>
  );
}
