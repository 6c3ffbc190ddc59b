import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { liveOwnActs, OWN_ACTS_MAX } from '@/utils/domain/mine';
import type { OwnDraft } from '@/utils/domain/mine-changes';
import { type ListError, type ListPlan, planActList } from '@/utils/domain/own-list';
import { mineActions } from '@/utils/page/mine-actions';
import { actListFile, readActsFile } from '@/utils/page/own-lists';
import { mine, today } from '@/utils/storage/store';
import { SaveError } from '../form';
import { download } from './download';

function errorText(error: ListError): string {
  switch (error.code) {
    case 'too-large':
      return i18n.t('mine.listTooLarge');
    case 'not-json':
      return i18n.t('mine.listNotJson');
    case 'not-ours':
      return i18n.t('mine.listNotOurs');
    case 'newer-version':
      return i18n.t('mine.listNewer');
    case 'wrong-shape':
      return i18n.t('mine.listWrongShape', [error.where]);
    case 'empty':
      return i18n.t('mine.listEmpty');
  }
}

/** A part of the preview: a heading with how many, and each act in its own words. */
function Part(props: { label: string; drafts: OwnDraft[]; class?: string }) {
  if (props.drafts.length === 0) return null;
  return (
    <div class={props.class}>
      <p>{props.label}</p>
      <ul class="own-preview">
        {props.drafts.map((draft, i) => (
          // Lines can repeat across parts, never within one: the place is a stable key.
          <li key={i} dir="auto">
            {draft.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Lists of acts: a file is read and shown as what will be added and what is already here, and
 * nothing is added until the person confirms; their acts can be saved as a list to hand on.
 */
export function OwnActsLists() {
  const [plan, setPlan] = useState<ListPlan | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  // The preview appears below the file chooser: focus moves to it, so it is read first.
  useLayoutEffect(() => {
    if (plan) preview.current?.focus();
  }, [plan]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const read = await readActsFile(file);
    if (fileInput.current) fileInput.current.value = '';
    setProblem(null);
    setPlan(read.ok ? planActList(read.drafts, mine.value) : null);
    setMessage(read.ok ? null : { text: errorText(read.error), alert: true });
  };
  const confirm = async () => {
    if (!plan) return;
    const why = await mineActions.addOwn(plan.add);
    // A failed write keeps the preview open, with the reason inside it, to try again.
    setProblem(why);
    if (why !== null) return;
    setPlan(null);
    setMessage({ text: i18n.t('mine.imported'), alert: false });
    fileInput.current?.focus();
  };
  const save = (kind: 'txt' | 'json') => {
    const file = actListFile(kind, today.value.day);
    download(file.name, file.type, file.text);
  };
  const count = (drafts: unknown[]) => String(drafts.length);

  return (
    <div class="own-lists">
      <h3>{i18n.t('mine.lists')}</h3>
      <p class="hint">{i18n.t('mine.listsIntro')}</p>
      <label class="field">
        <span class="field-label">{i18n.t('mine.import')}</span>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.json,text/plain,application/json"
          onChange={(e) => choose(e.currentTarget.files?.[0])}
        />
        <small class="hint">{i18n.t('mine.importHint')}</small>
      </label>
      {plan && (
        <div class="note import-confirm own-import" ref={preview} tabIndex={-1}>
          {plan.add.length === 0 && <p>{i18n.t('mine.previewNothing')}</p>}
          <Part label={i18n.t('mine.previewAdd', [count(plan.add)])} drafts={plan.add} />
          <Part label={i18n.t('mine.previewHere', [count(plan.here)])} drafts={plan.here} />
          <Part label={i18n.t('mine.previewTooLong', [count(plan.tooLong)])} drafts={plan.tooLong} />
          {plan.repeated > 0 && <p>{i18n.t('mine.previewRepeated', [String(plan.repeated)])}</p>}
          <Part label={i18n.t('mine.previewNoRoom', [count(plan.noRoom), String(OWN_ACTS_MAX)])} drafts={plan.noRoom} />
          <div class="actions">
            {plan.add.length > 0 && (
              <button type="button" class="primary" onClick={confirm}>
                {i18n.t('mine.confirmImport')}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setPlan(null);
                fileInput.current?.focus();
              }}
            >
              {i18n.t('mine.cancel')}
            </button>
          </div>
          <SaveError why={problem} />
        </div>
      )}
      <div aria-live="polite">{message && !message.alert && <p class="note">{message.text}</p>}</div>
      {message?.alert && (
        <p class="save-error" role="alert">
          {message.text}
        </p>
      )}
      {liveOwnActs(mine.value).length > 0 && (
        <div class="actions">
          <button type="button" onClick={() => save('txt')}>
            {i18n.t('mine.exportText')}
          </button>
          <button type="button" onClick={() => save('json')}>
            {i18n.t('mine.exportJson')}
          </button>
        </div>
      )}
    </div>
  );
}
