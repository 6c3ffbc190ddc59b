import { browser } from 'wxt/browser';
import { exportCsv, exportJson, type ImportResult, mergeProgress, parseImport } from './backup';
import { clearMirror } from './mirror';
import { progress, readProgress, readSettings, saveError, settingsItem, updateProgress, updateSettings } from './store';
import { actTitle } from './text';

/*
 * The person's own data, from the options page: copies out, copies back in,
 * and deleting it all. Failures are shown, never swallowed.
 */

export interface Download {
  name: string;
  type: string;
  text: string;
}

export async function exportFiles(now: number, date: string): Promise<Download[]> {
  const [s, p] = await Promise.all([readSettings(), readProgress()]);
  const version = browser.runtime.getManifest().version;
  return [
    { name: `daily-kindness-${date}.json`, type: 'application/json', text: exportJson(s, p, now, version) },
    // A byte-order mark lets spreadsheet programs read accented letters correctly.
    { name: `daily-kindness-${date}.csv`, type: 'text/csv', text: `\uFEFF${exportCsv(p, actTitle)}` },
  ];
}

export async function readBackup(file: File): Promise<ImportResult> {
  return parseImport(await file.text(), file.size);
}

export type ImportMode = 'merge' | 'replace';

/** Writes a validated backup: merged day by day, or replacing history and settings. */
export async function applyBackup(backup: Extract<ImportResult, { ok: true }>, mode: ImportMode): Promise<boolean> {
  try {
    progress.value = await updateProgress((current) =>
      mode === 'merge' ? mergeProgress(current, backup.progress) : backup.progress,
    );
    if (mode === 'replace') await updateSettings(backup.settings);
    saveError.value = null;
    return true;
  } catch (error) {
    saveError.value = error instanceof Error ? error.message : String(error);
    return false;
  }
}

/** What deleting would remove, so the confirmation can name it. */
export function whatWouldGo(): { days: number; notes: number } {
  const days = Object.values(progress.value.days);
  return { days: days.length, notes: days.filter((d) => d.note).length };
}

export async function deleteEverything(): Promise<void> {
  await browser.storage.local.clear();
  await settingsItem.removeValue({ removeMeta: true });
  clearMirror();
}
