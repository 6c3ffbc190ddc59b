import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ImportError, ImportResult } from '@/utils/backup';
import { applyBackup, deleteEverything, exportFiles, type ImportMode, readBackup, whatWouldGo } from '@/utils/data';
import { now, today } from '@/utils/store';
import { uiLanguage } from '@/utils/text';
import { Section } from '../form';

type Backup = Extract<ImportResult, { ok: true }>;

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
  }
}

const longDate = (day: string) =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export, import (validated, then merged or replaced after confirmation) and delete everything. */
export function DataSettings() {
  const [backup, setBackup] = useState<Backup | null>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const save = async (kind: 'json' | 'csv') => {
    const files = await exportFiles(now.value, today.value.day);
    const file = files.find((f) => f.name.endsWith(`.${kind}`));
    if (file) download(file.name, file.type, file.text);
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBackup(file);
    if (fileInput.current) fileInput.current.value = '';
    setBackup(result.ok ? result : null);
    setMessage(result.ok ? null : { text: errorText(result.error), alert: true });
  };
  const apply = async (mode: ImportMode) => {
    if (backup && (await applyBackup(backup, mode))) setMessage({ text: i18n.t('data.imported'), alert: false });
    setBackup(null);
  };
  const days = backup ? Object.keys(backup.progress.days).sort() : [];
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
          <p class="hint">{i18n.t('data.mergeHint')}</p>
          <p class="hint">{i18n.t('data.replaceHint')}</p>
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
        <form method="dialog" class="actions">
          <button type="submit" value="cancel" autofocus>
            {i18n.t('data.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              await deleteEverything();
              dialog.current?.close();
              setMessage({ text: i18n.t('data.deleted'), alert: false });
            }}
          >
            {i18n.t('data.deleteYes')}
          </button>
        </form>
      </dialog>
    </Section>
  );
}
