import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { liveOwnActs, type OwnAct, type OwnFrequency } from '@/utils/domain/mine';
import { changeSettings } from '@/utils/page/actions';
import { mineActions } from '@/utils/page/mine-actions';
import { mine, settings } from '@/utils/storage/store';
import { type Choice, RadioGroup, SaveError, Section } from '../form';
import { effortChoices, OwnActForm } from './OwnActForm';
import { OwnActsLists } from './OwnActsLists';

const frequencyChoices = (): Choice<OwnFrequency>[] => [
  { value: 'never', label: i18n.t('mine.freqNever'), hint: i18n.t('mine.freqNeverHint') },
  { value: 'sometimes', label: i18n.t('mine.freqSometimes'), hint: i18n.t('mine.freqSometimesHint') },
  { value: 'often', label: i18n.t('mine.freqOften'), hint: i18n.t('mine.freqOftenHint') },
  { value: 'only', label: i18n.t('mine.freqOnly'), hint: i18n.t('mine.freqOnlyHint') },
];

const effortLabel = (act: OwnAct) => effortChoices().find((c) => c.value === act.effort)?.label ?? '';

/** One act the person wrote: its words, and ways to change or delete it. */
function OwnActItem(props: { act: OwnAct; onDelete: (act: OwnAct) => void }) {
  const { act } = props;
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // Back from the form, focus returns to the button that opened it.
  useLayoutEffect(() => {
    if (!editing && refocus.current) editButton.current?.focus();
    refocus.current = false;
  }, [editing]);
  const close = () => {
    refocus.current = true;
    setEditing(false);
  };
  const titleId = `${act.id}-title`;
  if (editing)
    return (
      <li class="own-item">
        <OwnActForm
          idPrefix={`edit-${act.id}`}
          initial={{ title: act.title, why: act.why, effort: act.effort }}
          heading={i18n.t('mine.formTitle')}
          submitLabel={i18n.t('mine.save')}
          focusOnOpen
          onSubmit={async (draft) => {
            const why = await mineActions.editOwn(act.id, draft);
            if (why === null) close();
            return why;
          }}
          onCancel={close}
        />
      </li>
    );
  return (
    <li class="own-item">
      <p id={titleId} class="own-title" dir="auto">
        {act.title}
      </p>
      {act.why && (
        <p class="hint" dir="auto">
          {act.why}
        </p>
      )}
      <p class="own-effort">{effortLabel(act)}</p>
      <div class="actions">
        <button type="button" ref={editButton} aria-describedby={titleId} onClick={() => setEditing(true)}>
          {i18n.t('mine.edit')}
        </button>
        <button
          type="button"
          aria-describedby={titleId}
          onClick={async () => {
            const why = await mineActions.removeOwn(act.id);
            setProblem(why);
            if (why === null) props.onDelete(act);
          }}
        >
          {i18n.t('mine.delete')}
        </button>
      </div>
      <SaveError why={problem} />
    </li>
  );
}

/** The act last deleted, with its place, so it can come back. */
interface Deleted {
  act: OwnAct;
  index: number;
}

/** Acts the person writes, how often they come, and lists to bring in and hand out. */
export function OwnActsSection() {
  const m = mine.value;
  const live = liveOwnActs(m);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The deleted act's buttons are gone: focus goes to the way back.
  useLayoutEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);
  const onDelete = (act: OwnAct) => {
    const index = m.acts.findIndex((a) => a.id === act.id);
    setProblem(null);
    setDeleted({ act, index });
  };
  // An act history names stays, deleted, so those days keep its words: it is still among `acts`.
  const keptForHistory = deleted ? m.acts.some((a) => a.id === deleted.act.id) : false;
  const undo = async () => {
    if (!deleted) return;
    const why = await mineActions.restoreOwn(deleted.act, deleted.index);
    setProblem(why);
    if (why === null) setDeleted(null);
  };
  return (
    <Section id="own" title={i18n.t('mine.title')}>
      <p>{i18n.t('mine.intro')}</p>
      <div>
        <h3 id="own-list-title">{i18n.t('mine.listLabel')}</h3>
        {live.length === 0 ? (
          <p class="hint">{i18n.t('mine.empty')}</p>
        ) : (
          <ul class="own-list" aria-labelledby="own-list-title">
            {live.map((act) => (
              <OwnActItem key={act.id} act={act} onDelete={onDelete} />
            ))}
          </ul>
        )}
        <div aria-live="polite">
          {deleted && (
            <p class="note">
              {keptForHistory ? i18n.t('mine.deletedUsed') : i18n.t('mine.deleted')}{' '}
              <button type="button" ref={undoButton} onClick={undo}>
                {i18n.t('undo')}
              </button>
            </p>
          )}
        </div>
        <SaveError why={problem} />
      </div>
      <OwnActForm
        idPrefix="own-new"
        heading={i18n.t('mine.addTitle')}
        submitLabel={i18n.t('mine.add')}
        onSubmit={(draft) => mineActions.addOwn([draft])}
      />
      <RadioGroup
        name="ownFrequency"
        legend={i18n.t('mine.frequency')}
        value={settings.value.ownFrequency}
        choices={frequencyChoices()}
        onChange={(ownFrequency) => changeSettings({ ownFrequency }, { source: 'ownFrequency' })}
      />
      {settings.value.path !== 'daily' && <p class="hint">{i18n.t('mine.frequencyHint')}</p>}
      <OwnActsLists />
    </Section>
  );
}
