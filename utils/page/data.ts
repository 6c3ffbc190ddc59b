import { browser } from 'wxt/browser';
import { library } from '@/utils/content/library';
import { titleOf } from '@/utils/content/text';
import { exportCsv, exportJson, type ImportResult, parseImport } from '@/utils/domain/backup';
import { type MinePlan, mergeMine } from '@/utils/domain/backup-mine';
import type { DayKey } from '@/utils/domain/day';
import { type MergePlan, mergeProgress } from '@/utils/domain/merge';
import { liveOwnActs, type Mine } from '@/utils/domain/mine';
import type { Progress, Settings } from '@/utils/domain/model';
import { pickMine } from '@/utils/domain/own-selection';
import { repick, untouched } from '@/utils/domain/progress';
import { clearMirror } from '@/utils/first-paint/mirror';
import { withLock } from '@/utils/storage/lock';
import {
  MINE_LOCK,
  mine,
  PROGRESS_LOCK,
  progress,
  readMine,
  readProgress,
  readSettings,
  replacePractice,
  SETTINGS_LOCK,
  settings,
  settingsItem,
  updateMine,
  updateProgress,
  updateSettings,
} from '@/utils/storage/store';
import { rememberWipe, wipeEverywhere } from '@/utils/storage/sync';
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
  const [s, p, m] = await Promise.all([readSettings(), readProgress(), readMine()]);
  const version = browser.runtime.getManifest().version;
  const csv = exportCsv(p, (id) => titleOf(id, m));
  return [
    { name: `daily-kindness-${today}.json`, type: 'application/json', text: exportJson(s, p, m, now, today, version) },
    // A byte-order mark lets spreadsheet programs read accented letters correctly.
    { name: `daily-kindness-${today}.csv`, type: 'text/csv', text: `\uFEFF${csv}` },
  ];
}

export async function readBackup(file: File, today: DayKey): Promise<ImportResult> {
  return parseImport(await file.text(), file.size, today);
}

export type ImportMode = 'merge' | 'replace';
export type Backup = Extract<ImportResult, { ok: true }>;

/** The acts the file's history names: one whose words are already here still comes in, deleted, for those days. */
const named = (backup: Backup) => new Set(Object.values(backup.progress.days).map((record) => record.actId));

/** What a merge of `backup` into what is stored now would do, for the confirmation to say. */
export function planMerge(backup: Backup): MergePlan & { mine: MinePlan } {
  return {
    ...mergeProgress(progress.value, backup.progress).plan,
    mine: mergeMine(mine.value, backup.mine, named(backup)).plan,
  };
}

/**
 * Today, if still untouched, is chosen again under the history as it now stands, so the act
 * shown and the program day agree (an earlier start day makes today a later program day).
 */
function chooseTodayAgain(p: Progress, day: DayKey, s: Settings, m: Mine): Progress {
  const record = p.days[day];
  return record && untouched(record) ? repick(day, pickMine(day, s, p, library, m))(p) : p;
}

/**
 * Writes a validated backup: merged day by day, or replacing history, settings and own acts. The
 * acts go first, so history never names an act whose words are not here; if history cannot be
 * written, the acts are put back as they were.
 */
export async function applyBackup(backup: Backup, mode: ImportMode, today: DayKey, at: number): Promise<NotSaved> {
  if (mode === 'replace') return replaceWith(backup, today, at);
  let before: Mine | null = null;
  try {
    const m = await updateMine((current) => {
      before = current;
      return mergeMine(current, backup.mine, named(backup)).mine;
    });
    mine.value = m;
    progress.value = await updateProgress((current) =>
      chooseTodayAgain(mergeProgress(current, backup.progress).progress, today, settings.value, m),
    );
    return null;
  } catch (error) {
    const earlier = before as Mine | null;
    if (earlier) mine.value = await updateMine(() => earlier).catch(() => mine.value);
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Replacing is the file's practice on every computer: holding the locks, sync is cleared with a
 * mark that makes every other computer let go of what came before, then the file is written here.
 * If sync refuses, nothing changes.
 */
async function replaceWith(backup: Backup, today: DayKey, at: number): Promise<NotSaved> {
  try {
    const next = {
      mine: backup.mine,
      progress: chooseTodayAgain(backup.progress, today, backup.settings, backup.mine),
    };
    await replacePractice(next, () => wipeEverywhere(Math.floor(at / 1000)));
    mine.value = next.mine;
    progress.value = next.progress;
    settings.value = await updateSettings(backup.settings);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** What deleting would remove, so the confirmation can name it. */
export function whatWouldGo(): { days: number; notes: number; ownActs: number; listed: number } {
  const days = Object.values(progress.value.days);
  const m = mine.value;
  return {
    days: days.length,
    notes: days.filter((d) => d.note).length,
    ownActs: liveOwnActs(m).length,
    listed: m.notForMe.length + m.kept.length,
  };
}

/**
 * Deletes everything, here and on every computer, holding every lock so no write from any page
 * lands half-way through. Sync goes first: if it cannot be cleared, nothing here is deleted either.
 */
export async function deleteEverything(at: number): Promise<NotSaved> {
  beforeErasing();
  try {
    // local.clear() takes history and the person's own acts; settings are in sync.
    await withLock(SETTINGS_LOCK, () =>
      withLock(PROGRESS_LOCK, () =>
        withLock(MINE_LOCK, async () => {
          const wipe = await wipeEverywhere(Math.floor(at / 1000));
          await browser.storage.local.clear();
          // What the person does next is after the wipe: this computer must still know of it.
          await rememberWipe(wipe);
          await settingsItem.removeValue({ removeMeta: true });
        }),
      ),
    );
    clearMirror();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
