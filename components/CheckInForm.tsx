import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type Feeling, NOTE_MAX } from '@/utils/domain/model';
import { type CheckIn, NOTE_CONFLICT } from '@/utils/domain/progress';
import { actions } from '@/utils/page/actions';
import { progress } from '@/utils/storage/store';

const FEELINGS: Feeling[] = [1, 2, 3, 4, 5];

/** Words, not only numbers or faces: 1 "very low" to 5 "very good". */
export function feelingLabel(feeling: Feeling): string {
  return [
    i18n.t('feeling.veryLow'),
    i18n.t('feeling.low'),
    i18n.t('feeling.okay'),
    i18n.t('feeling.good'),
    i18n.t('feeling.veryGood'),
  ][feeling - 1] as string;
}

function Scale(props: { name: string; legend: string; value?: Feeling; onChange: (f: Feeling) => void }) {
  return (
    <fieldset class="scale">
      <legend>{props.legend}</legend>
      <div class="scale-options">
        {FEELINGS.map((f) => (
          <label key={f} class="scale-option">
            <input type="radio" name={props.name} checked={props.value === f} onChange={() => props.onChange(f)} />
            <span>{feelingLabel(f)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How a save ended, for whoever opened the form: `joined` when another page's note was kept beside this one. */
export type Closed = { saved: false } | { saved: true; joined: boolean };

/**
 * An optional, private check-in: how it felt before and after, and a note. Skipping costs nothing.
 * A save that fails keeps the form open with everything typed, and says so beside its buttons.
 */
export function CheckInForm(props: {
  day: string;
  initial?: CheckIn;
  onClose: (closed: Closed) => void;
  idPrefix?: string;
  /** Move focus here when it opens, as the button that opened it is gone. */
  focusOnOpen?: boolean;
}) {
  const [value, setValue] = useState<CheckIn>(props.initial ?? {});
  const [base, setBase] = useState(props.initial?.note);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const prefix = props.idPrefix ?? 'checkin';
  const title = useRef<HTMLParagraphElement>(null);
  // Before paint, so a key pressed the moment the form appears already lands inside it.
  useLayoutEffect(() => {
    if (props.focusOnOpen) title.current?.focus();
  }, [props.focusOnOpen]);
  const save = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const why = await actions.checkIn(props.day, value, base);
    setSaving(false);
    if (why === null) {
      const stored = progress.value.days[props.day]?.note ?? '';
      props.onClose({ saved: true, joined: stored !== (value.note?.trim() ?? '') && stored !== '' });
      return;
    }
    const conflict = progress.value.days[props.day]?.note;
    if (why === NOTE_CONFLICT && conflict !== undefined) {
      // The next save replaces the note as it now reads: the person has seen it.
      setBase(conflict);
      setProblem(i18n.t('checkIn.tooLongTogether', [conflict]));
    } else setProblem(i18n.t('saveError', [why]));
  };
  // The typing limit; a note already longer (two joined) can be kept and shortened.
  const limit = Math.max(NOTE_MAX, props.initial?.note?.length ?? 0);
  return (
    <form class="checkin" onSubmit={save} aria-labelledby={`${prefix}-title`}>
      <p id={`${prefix}-title`} class="checkin-title" tabIndex={-1} ref={title}>
        {i18n.t('checkIn.title')}
      </p>
      <Scale
        name={`${prefix}-before`}
        legend={i18n.t('checkIn.before')}
        value={value.before}
        onChange={(before) => setValue({ ...value, before })}
      />
      <Scale
        name={`${prefix}-after`}
        legend={i18n.t('checkIn.after')}
        value={value.after}
        onChange={(after) => setValue({ ...value, after })}
      />
      <label class="checkin-note">
        <span>{i18n.t('checkIn.note')}</span>
        <textarea
          maxLength={limit}
          rows={3}
          value={value.note ?? ''}
          onInput={(e) => setValue({ ...value, note: e.currentTarget.value })}
        />
        <small class="hint">{i18n.t('checkIn.noteHint', [String((value.note ?? '').length), String(limit)])}</small>
      </label>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={saving}>
          {i18n.t('checkIn.save')}
        </button>
        <button type="button" onClick={() => props.onClose({ saved: false })}>
          {i18n.t('checkIn.skip')}
        </button>
      </div>
      {problem && (
        <p class="save-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
