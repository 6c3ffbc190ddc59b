import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { carryOver, sameValue } from '@/utils/domain/carry-over';
import { keyActs, listActs, parseMine } from '@/utils/domain/mine';
import { parseProgress } from '@/utils/domain/model';
import { changesTo, type Items, isLayoutKey, planLayout, readLayout } from '@/utils/domain/sync/layout';
import { EMPTY_SYNC_STATE, joinState, localOf, type SyncState, stampState } from '@/utils/domain/sync/state';
import { withLock } from './lock';
import { MINE_LOCK, mineItem, PROGRESS_LOCK, progressItem, STORAGE_VERSION, writeProgress } from './store';

/*
 * The practice in the browser's sync storage: the one place that reads and writes it. This
 * computer keeps everything in local storage as before; sync carries a copy between computers
 * (utils/domain/sync/). `syncBase` is the copy this computer last joined, so a change made here
 * can be told from one that came from elsewhere, and stamped.
 */

/** The copy last joined, in the sync layout with no budget: every day this computer knows. */
export const syncBaseItem = storage.defineItem<Items>('local:syncBase', {
  fallback: {},
  version: STORAGE_VERSION.syncBase,
});

export type SyncProblem = 'quota' | 'rate' | 'other';

/** How the last attempt to reach sync went, for a quiet note on the settings page. */
export interface SyncStatus {
  problem: SyncProblem | null;
  /** Months of history too old to fit, which stay on this computer only. */
  leftOut: string[];
  bytes: number;
}

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: { problem: null, leftOut: [], bytes: 0 },
  version: 1,
});

const ours = (items: Items): Items => Object.fromEntries(Object.entries(items).filter(([k]) => k.startsWith('dk:')));

export function problemOf(error: unknown): SyncProblem {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome says "… exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota": the limit's name comes first.
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED|rate/i.test(text)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'quota';
  return 'other';
}

export interface SyncResult {
  /** Whether this computer's progress or acts changed from what came in. */
  changedHere: boolean;
  /** Items written to sync, and removed. */
  wrote: number;
  removed: number;
}

/**
 * Joins this computer's practice with what sync holds, writes the join here, and writes to sync
 * what it changed there. Holds the progress and acts locks throughout, so no page's write lands
 * half-way. `now` is in seconds. A failure to write sync leaves every local value joined and
 * stored: the next run writes it.
 */
export function syncOnce(now: number, notes: boolean): Promise<SyncResult> {
  return withLock(PROGRESS_LOCK, () =>
    withLock(MINE_LOCK, async () => {
      const stored = ours(await browser.storage.sync.get(null));
      const rawBase = await syncBaseItem.getValue();
      const base = readLayout(rawBase);
      const [rawProgress, rawMine] = [await progressItem.getValue(), await mineItem.getValue()];
      const progress = parseProgress(rawProgress);
      const mine = parseMine(rawMine);
      const joined = joinState(stampState(progress, mine, base, now, notes), readLayout(stored));
      const wiped = joined.wipe > base.wipe;
      const next = localOf(joined, progress, mine, notes, wiped);
      let changedHere = false;
      // The acts first: the background re-offers an open day whose act it cannot find.
      if (!sameValue(next.mine, mine)) {
        await mineItem.setValue(listActs(carryOver(keyActs(rawMine), keyActs(mine), keyActs(next.mine))) as never);
        changedHere = true;
      }
      if (!sameValue(next.progress, progress)) {
        await writeProgress(rawProgress, progress, next.progress);
        changedHere = true;
      }
      // The copy this computer now shows: without notes, when they do not travel from here.
      const shown = notes ? joined : withoutNotes(joined);
      const baseItems = planLayout(shown, {}, true, Number.POSITIVE_INFINITY).items;
      if (!sameValue(baseItems, rawBase)) await syncBaseItem.setValue(baseItems);
      const plan = planLayout(joined, stored, notes);
      const { set, remove } = changesTo(stored, plan);
      if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
      if (remove.length > 0) await browser.storage.sync.remove(remove);
      await recordStatus({ problem: null, leftOut: plan.leftOut, bytes: plan.bytes });
      return { changedHere, wrote: Object.keys(set).length, removed: remove.length };
    }),
  );
}

export async function recordStatus(status: SyncStatus): Promise<void> {
  if (!sameValue(await syncStatusItem.getValue(), status)) await syncStatusItem.setValue(status);
}

/**
 * "Delete everything", on every computer: the practice leaves sync, then a mark of when is left,
 * so each computer deletes what it holds from before it as soon as it sees it. Run while the
 * caller holds the progress and acts locks. Nothing here changes until sync has both: if sync
 * refuses, the caller deletes nothing, and what was removed comes back from each computer. Where
 * the browser offers no sync at all, there is nothing to clear. Returns the mark, or null.
 */
export async function wipeEverywhere(now: number): Promise<number | null> {
  let stored: Items;
  try {
    stored = ours(await browser.storage.sync.get(null));
  } catch {
    return null;
  }
  // After every stamp this computer knows of, whatever its clock says, so nothing known survives it.
  const wipe = Math.max(
    now,
    latestStamp(readLayout(stored)) + 1,
    latestStamp(readLayout(await syncBaseItem.getValue())) + 1,
  );
  const state: SyncState = { ...EMPTY_SYNC_STATE, wipe };
  const going = Object.keys(stored).filter((k) => isLayoutKey(k) && k !== 'dk:meta');
  if (going.length > 0) await browser.storage.sync.remove(going);
  await browser.storage.sync.set(changesTo(stored, planLayout(state, stored, true)).set);
  await rememberWipe(wipe);
  return wipe;
}

/** This computer has seen `wipe` and holds nothing from before it (again after local storage was cleared). */
export async function rememberWipe(wipe: number | null): Promise<void> {
  if (wipe === null) return;
  await syncBaseItem.setValue(planLayout({ ...EMPTY_SYNC_STATE, wipe }, {}, true, Number.POSITIVE_INFINITY).items);
}

/**
 * Notes and check-ins stop travelling: the person turned the choice off here. They leave sync
 * and stay on each computer that has them.
 */
export function forgetSyncedNotes(): Promise<void> {
  return withLock(PROGRESS_LOCK, () =>
    withLock(MINE_LOCK, async () => {
      const stored = await browser.storage.sync.get(null);
      const notes = Object.keys(stored).filter((k) => /^dk:n:/.test(k) && isLayoutKey(k));
      if (notes.length > 0) await browser.storage.sync.remove(notes);
      const base = await syncBaseItem.getValue();
      const stripped = planLayout(withoutNotes(readLayout(base)), {}, true, Number.POSITIVE_INFINITY).items;
      if (!sameValue(stripped, base)) await syncBaseItem.setValue(stripped);
    }),
  );
}

const withoutNotes = (state: SyncState): SyncState => ({
  ...state,
  days: Object.fromEntries(Object.entries(state.days).map(([k, { c: _c, n: _n, x: _x, ...core }]) => [k, core])),
});

/** The latest stamp anywhere in `state`: its wipe, start, days, notes, check-ins, acts and lists. */
function latestStamp(state: SyncState): number {
  const { own, aside, kept } = state.mine;
  return Math.max(
    state.wipe,
    state.start?.t ?? 0,
    ...Object.values(state.days).flatMap((d) => [d.t, d.c?.[2] ?? 0, ...(d.n ?? []).map(([t]) => t)]),
    ...[own, aside, kept].flatMap((set) => Object.values(set).map(([t]) => t)),
  );
}

/** Whether a change in sync storage is one of the practice's items. */
export const touchesPractice = (changes: Record<string, unknown>): boolean =>
  Object.keys(changes).some((key) => key.startsWith('dk:'));
