import { Component, type ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { unsaved } from '@/utils/page/actions';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/**
 * Beside a settings control: its last change could not be saved (the control already shows what
 * is stored again). `source` names the control, as passed to `changeSettings`.
 */
export function NotSaved({ source }: { source: string }) {
  const failed = unsaved.value;
  if (!failed?.sources.includes(source)) return null;
  return (
    <p class="save-error" role="alert">
      {i18n.t('settingNotSaved', [failed.reason])}
    </p>
  );
}

/** Where the person acted: what they did was not saved, and the browser's reason; nothing when it was. */
export function SaveError({ why }: { why: string | null | undefined }) {
  if (!why) return null;
  return (
    <p class="save-error" role="alert">
      {i18n.t('saveError', [why])}
    </p>
  );
}

/** A labelled group of radio buttons: arrow keys move within it, Tab moves past it. */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint && <small class="hint">{choice.hint}</small>}
          </span>
        </label>
      ))}
      <NotSaved source={props.name} />
    </fieldset>
  );
}

export function Toggle(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  /** The name its changes are saved under, to show a failure beside it. */
  source?: string;
}) {
  return (
    <>
      <label class="choice">
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
        <span>
          {props.label}
          {props.hint && <small class="hint">{props.hint}</small>}
        </span>
      </label>
      {props.source && <NotSaved source={props.source} />}
    </>
  );
}

/**
 * A part of a page that shows its own failure: whatever a stored value does to one section, the
 * others (export and delete among them) still render and work.
 */
class Contained extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(error);
  }
  override render() {
    return this.state.failed ? (
      <p class="save-error" role="alert">
        {i18n.t('sectionError')}
      </p>
    ) : (
      this.props.children
    );
  }
}

export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <Contained>{props.children}</Contained>
    </section>
  );
}
