import { browser } from 'wxt/browser';
import { library } from '@/utils/content/library';
import { actTitle } from '@/utils/content/text';
import { exportCsv, exportJson, type ImportResult, parseImport } from '@/utils/domain/backup';
import type { DayKey } from '@/utils/domain/day';
import { type MergePlan, mergeProgress } from '@/utils/domain/merge';
import type { Progress, Settings } from '@/utils/domain/model';
import { repick, untouched } from '@/utils/domain/progress';
import { pickAct } from '@/utils/domain/schedule';
import { clearMirror } from '@/utils/first-paint/mirror';
import { withLock } from '@/utils/storage/lock';
import {
  PROGRESS_LOCK,
  progress,
  readProgress,
  readSettings,
  SETTINGS_LOCK,
  settings,
  settingsItem,
  updateProgress,
  updateSettings,
} from '@/utils/storage/store';
import { beforeErasing, type NotSaved } from './actions';

/*
 * The person's own data, from the options page: copies out, copies back in,
 * and deleting it all. Failures are returned to the control that acted, never swallowed.
 */

export interface Download {
  name: string;
  type: string;
  text: string;
}

export async function exportFiles(now: number, today: DayKey): Promise<Download[]> {
  const [s, p] = await Promise.all([readSettings(), readProgress()]);
  const version = browser.runtime.getManifest().version;
  return [
    { name: `daily-kindness-${today}.json`, type: 'application/json', text: exportJson(s, p, now, today, version) },
    // A byte-order mark lets spreadsheet programs read accented letters correctly.
    { name: `daily-kindness-${today}.csv`, type: 'text/csv', text: `\uFEFF${exportCsv(p, actTitle)}` },
  ];
}

export async function readBackup(file: File, today: DayKey): Promise<ImportResult> {
  return parseImport(await file.text(), file.size, today);
}

export type ImportMode = 'merge' | 'replace';
export type Backup = Extract<ImportResult, { ok: true }>;

/** What a merge of `backup` into what is stored now would do, for the confirmation to say. */
export function planMerge(backup: Backup): MergePlan {
  return mergeProgress(progress.value, backup.progress).plan;
}

/**
 * Today, if still untouched, is chosen again under the history as it now stands, so the act
 * shown and the program day agree (an earlier start day makes today a later program day).
 */
function chooseTodayAgain(p: Progress, day: DayKey, s: Settings): Progress {
  const record = p.days[day];
  return record && untouched(record) ? repick(day, pickAct(day, s, p, library))(p) : p;
}

/** Writes a validated backup: merged day by day, or replacing history and settings. */
export async function applyBackup(backup: Backup, mode: ImportMode, today: DayKey): Promise<NotSaved> {
  try {
    const s = mode === 'replace' ? backup.settings : settings.value;
    progress.value = await updateProgress((current) =>
      chooseTodayAgain(mode === 'merge' ? mergeProgress(current, backup.progress).progress : backup.progress, today, s),
    );
    if (mode === 'replace') settings.value = await updateSettings(backup.settings);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** What deleting would remove, so the confirmation can name it. */
export function whatWouldGo(): { days: number; notes: number } {
  const days = Object.values(progress.value.days);
  return { days: days.length, notes: days.filter((d) => d.note).length };
}

/** Deletes everything, holding both locks so no write from any page lands half-way through. */
export async function deleteEverything(): Promise<NotSaved> {
  beforeErasing();
  try {
    await withLock(SETTINGS_LOCK, () =>
      withLock(PROGRESS_LOCK, async () => {
        await browser.storage.local.clear();
        await settingsItem.removeValue({ removeMeta: true });
      }),
    );
    clearMirror();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
