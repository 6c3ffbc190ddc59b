import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Effort } from '@/utils/content/types';
import { hasWide, OWN_TITLE_MAX, OWN_WHY_MAX, wordsLength } from '@/utils/domain/mine';
import { draftProblem, type OwnDraft } from '@/utils/domain/mine-changes';
import type { NotSaved } from '@/utils/page/actions';
import { type Choice, RadioGroup } from '../form';

export const effortChoices = (): Choice<Effort>[] => [
  { value: 'tiny', label: i18n.t('mine.effortTiny'), hint: i18n.t('mine.effortTinyHint') },
  { value: 'small', label: i18n.t('mine.effortSmall'), hint: i18n.t('mine.effortSmallHint') },
  { value: 'larger', label: i18n.t('mine.effortLarger'), hint: i18n.t('mine.effortLargerHint') },
];

/** A counter appears this close to the limit: most acts are far shorter, and need no number. */
const NEAR = 20;

const near = (value: string, max: number) => wordsLength(value) >= max - NEAR;

/** Below a field: how much room is left once it is close, or by how much it is over. Nothing is cut. */
function Counter(props: { id: string; value: string; max: number }) {
  const used = wordsLength(props.value);
  if (!near(props.value, props.max)) return null;
  return (
    <small id={props.id} class={used > props.max ? 'save-error' : 'hint'}>
      {used > props.max
        ? i18n.t('mine.tooLong', [String(used - props.max), String(props.max)])
        : i18n.t('mine.counter', [String(used), String(props.max)])}
      {hasWide(props.value) && ` ${i18n.t('mine.counterWide')}`}
    </small>
  );
}

/**
 * Writing an act or changing one: the act, an optional line on why, and its effort. The words are
 * kept exactly as typed (on one line) and never cut; a save that fails keeps them in the fields.
 */
export function OwnActForm(props: {
  idPrefix: string;
  initial?: OwnDraft;
  heading: string;
  submitLabel: string;
  onSubmit: (draft: OwnDraft) => Promise<NotSaved>;
  onCancel?: () => void;
  focusOnOpen?: boolean;
}) {
  const { idPrefix: id } = props;
  const [draft, setDraft] = useState<OwnDraft>(props.initial ?? { title: '', effort: 'small' });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const whyInput = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (props.focusOnOpen) titleInput.current?.focus();
  }, [props.focusOnOpen]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const invalid = draftProblem(draft);
    if (invalid) {
      // Too long is said by the field's counter, which the field it is about points to.
      setProblem(invalid === 'empty' ? i18n.t('mine.needsWords') : null);
      (invalid === 'why-too-long' ? whyInput : titleInput).current?.focus();
      return;
    }
    const why = await props.onSubmit(draft);
    setProblem(why === null ? null : i18n.t('saveError', [why]));
    if (why !== null || props.initial) return;
    // Added: the fields are ready for the next act, and focus stays where the person writes.
    setDraft({ title: '', effort: draft.effort });
    setDone(true);
    titleInput.current?.focus();
  };
  const edit = (change: Partial<OwnDraft>) => {
    setDraft({ ...draft, ...change });
    setDone(false);
  };
  const titleLong = wordsLength(draft.title) > OWN_TITLE_MAX;
  const whyLong = wordsLength(draft.why ?? '') > OWN_WHY_MAX;
  return (
    <form class="own-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{props.heading}</h3>
      <label class="field">
        <span class="field-label">{i18n.t('mine.actLabel')}</span>
        <input
          ref={titleInput}
          type="text"
          dir="auto"
          value={draft.title}
          aria-invalid={titleLong || undefined}
          aria-describedby={near(draft.title, OWN_TITLE_MAX) ? `${id}-title-count` : undefined}
          onInput={(e) => edit({ title: e.currentTarget.value })}
        />
        <Counter id={`${id}-title-count`} value={draft.title} max={OWN_TITLE_MAX} />
      </label>
      <label class="field">
        <span class="field-label">{i18n.t('mine.whyLabel')}</span>
        <textarea
          ref={whyInput}
          rows={2}
          dir="auto"
          value={draft.why ?? ''}
          aria-invalid={whyLong || undefined}
          aria-describedby={near(draft.why ?? '', OWN_WHY_MAX) ? `${id}-why-count` : undefined}
          onInput={(e) => edit({ why: e.currentTarget.value })}
        />
        <Counter id={`${id}-why-count`} value={draft.why ?? ''} max={OWN_WHY_MAX} />
      </label>
      <RadioGroup
        name={`${id}-effort`}
        legend={i18n.t('mine.effort')}
        value={draft.effort}
        choices={effortChoices()}
        onChange={(effort) => edit({ effort })}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {i18n.t('mine.cancel')}
          </button>
        )}
      </div>
      <p class="hint" aria-live="polite">
        {done ? i18n.t('mine.added') : ''}
      </p>
      {problem && (
        <p class="save-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
