import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import type { ImportError } from '@/utils/domain/backup';
import {
  applyBackup,
  type Backup,
  deleteEverything,
  exportFiles,
  type ImportMode,
  planMerge,
  readBackup,
  whatWouldGo,
} from '@/utils/page/data';
import { exactNow, now, today } from '@/utils/storage/store';
import { SaveError, Section } from '../form';
import { download } from './download';

const longDate = (day: string) =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

function errorText(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return i18n.t('data.tooLarge');
    case 'not-json':
      return i18n.t('data.notJson');
    case 'not-ours':
      return i18n.t('data.notOurs');
    case 'newer-version':
      return i18n.t('data.newerVersion');
    case 'wrong-shape':
      return i18n.t('data.wrongShape', [error.where]);
    case 'out-of-range':
      return i18n.t('data.outOfRange', [error.day, longDate(error.first), longDate(error.last)]);
  }
}

/** Export, import (validated, then merged or replaced after confirmation) and delete everything. */
export function DataSettings() {
  const [backup, setBackup] = useState<Backup | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Each message shows beside the control it is about: export, import, its confirmation, or delete.
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const [applyProblem, setApplyProblem] = useState<string | null>(null);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);

  const save = async (kind: 'json' | 'csv') => {
    try {
      const files = await exportFiles(now.value, today.value.day);
      const file = files.find((f) => f.name.endsWith(`.${kind}`));
      if (file) download(file.name, file.type, file.text);
      setExportProblem(null);
    } catch (error) {
      setExportProblem(String(error instanceof Error ? error.message : error));
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBackup(file, today.value.day);
    if (fileInput.current) fileInput.current.value = '';
    setBackup(result.ok ? result : null);
    setApplyProblem(null);
    setMessage(result.ok ? null : { text: errorText(result.error), alert: true });
  };
  const apply = async (mode: ImportMode) => {
    if (!backup) return;
    // The moment of the click: `now` moves only once a minute, and the mark left in sync for
    // other computers must come after everything written before it.
    const why = await applyBackup(backup, mode, today.value.day, exactNow());
    // A failed write keeps the confirmation open, with the reason inside it, to try again.
    setApplyProblem(why);
    if (why !== null) return;
    setMessage({ text: i18n.t('data.imported'), alert: false });
    setBackup(null);
  };
  const days = backup ? Object.keys(backup.progress.days).sort() : [];
  const plan = backup ? planMerge(backup) : null;
  const going = whatWouldGo();

  return (
    <Section id="data" title={i18n.t('data.title')}>
      <p>{i18n.t('data.intro')}</p>
      <div class="actions">
        <button type="button" onClick={() => save('json')}>
          {i18n.t('data.exportJson')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {i18n.t('data.exportCsv')}
        </button>
      </div>
      <SaveError why={exportProblem} />
      <p class="sheet-link">
        <a href="/sheet.html" aria-describedby="sheet-link-hint">
          {i18n.t('sheet.link')}
        </a>
        <small id="sheet-link-hint" class="hint">
          {i18n.t('sheet.linkHint')}
        </small>
      </p>
      <label class="field">
        <span class="field-label">{i18n.t('data.import')}</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(e) => choose(e.currentTarget.files?.[0])}
        />
        <small class="hint">{i18n.t('data.importHint')}</small>
      </label>
      {backup && (
        <div class="note import-confirm">
          <p>
            {i18n.t('data.importFound', [
              String(days.length),
              longDate(days[0] ?? today.value.day),
              longDate(days.at(-1) ?? today.value.day),
            ])}
          </p>
          {plan && (
            <div class="import-plan">
              <p>{i18n.t('data.mergeWhat')}</p>
              <ul>
                <li>{i18n.t('data.mergeAdded', [String(plan.added)])}</li>
                <li>{i18n.t('data.mergeFilled', [String(plan.filledIn)])}</li>
                {plan.notesJoined > 0 && <li>{i18n.t('data.mergeJoined', [String(plan.notesJoined)])}</li>}
                {plan.notesApart > 0 && <li>{i18n.t('data.mergeApart', [String(plan.notesApart)])}</li>}
                {plan.mine.acts > 0 && <li>{i18n.t('mine.mergeActs', [String(plan.mine.acts)])}</li>}
                {plan.mine.setAside + plan.mine.kept > 0 && (
                  <li>{i18n.t('mine.mergeLists', [String(plan.mine.setAside + plan.mine.kept)])}</li>
                )}
                {plan.mine.noRoom > 0 && <li>{i18n.t('mine.mergeNoRoom', [String(plan.mine.noRoom)])}</li>}
              </ul>
              <p>
                {i18n.t('data.replaceWhat', [String(going.days), String(days.length)])} {i18n.t('mine.replaceActs')}
              </p>
            </div>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => apply('merge')}>
              {i18n.t('data.merge')}
            </button>
            <button type="button" onClick={() => apply('replace')}>
              {i18n.t('data.replace')}
            </button>
            <button type="button" onClick={() => setBackup(null)}>
              {i18n.t('data.cancel')}
            </button>
          </div>
          {applyProblem && (
            <p class="save-error" role="alert">
              {i18n.t('data.notImported', [applyProblem])}
            </p>
          )}
        </div>
      )}
      {message && (
        <p class="note" role={message.alert ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div>
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
          {i18n.t('data.delete')}
        </button>
      </div>
      <dialog ref={dialog} aria-labelledby="delete-title" class="confirm">
        <h3 id="delete-title">{i18n.t('data.deleteTitle')}</h3>
        <p>{i18n.t('data.deleteWhat', [String(going.days), String(going.notes)])}</p>
        {going.ownActs + going.listed > 0 && <p>{i18n.t('mine.deleteActs', [String(going.ownActs)])}</p>}
        <form method="dialog" class="actions">
          <button type="submit" value="cancel" autofocus>
            {i18n.t('data.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              const why = await deleteEverything(exactNow());
              setDeleteProblem(why);
              if (why !== null) return;
              dialog.current?.close();
              setMessage({ text: i18n.t('data.deleted'), alert: false });
            }}
          >
            {i18n.t('data.deleteYes')}
          </button>
        </form>
        {deleteProblem && (
          <p class="save-error" role="alert">
            {i18n.t('data.notDeleted', [deleteProblem])}
          </p>
        )}
      </dialog>
    </Section>
  );
}
