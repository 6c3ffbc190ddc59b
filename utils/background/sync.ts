import { readSettings } from '@/utils/storage/store';
import { problemOf, recordStatus, syncOnce, syncStatusItem } from '@/utils/storage/sync';

/*
 * Carries the practice to and from the browser's sync storage. Changes are gathered for a moment
 * and written together, and runs are spaced out, which keeps inside Chrome's write limits however
 * busy the pages are. A failed run changes nothing stored
 * here; it says so on the settings page and tries again after a while.
 */

/** Changes arriving within this long are written together. */
export const GATHER_MS = 800;
/**
 * Runs are at least this far apart. A run writes at most twice (a set and, rarely, a remove), so
 * even a page busy without pause stays inside Chrome's limits of 120 writes a minute and 1,800 an
 * hour, with room left for settings.
 */
export const SPACING_MS = 5_000;
/** After a failure: rate limits clear within the minute. */
export const RETRY_MS = 60_000;

export const SYNC_SETTLED_MARK = 'sync-settled';

export interface SyncTiming {
  gather: number;
  spacing: number;
  retry: number;
}

export const SYNC_TIMING: SyncTiming = { gather: GATHER_MS, spacing: SPACING_MS, retry: RETRY_MS };
/**
 * The test build's (`--mode e2e`): the same job, quicker, so end-to-end tests that carry sync
 * between two browsers round after round stay short. Limits are the real browser's concern only.
 */
export const TEST_SYNC_TIMING: SyncTiming = { gather: 150, spacing: 400, retry: 5_000 };

export interface SyncJob {
  /** Something changed here or in sync: run soon. */
  poke(): void;
  /** Resolves once no run is due or running: for tests. */
  idle(): Promise<void>;
}

export function syncJob(
  now: () => number,
  wait = (ms: number, go: () => void) => setTimeout(go, ms),
  { gather, spacing, retry }: SyncTiming = SYNC_TIMING,
): SyncJob {
  let due = false;
  let running: Promise<void> | null = null;
  let timer = false;
  let last = Number.NEGATIVE_INFINITY;
  const waiters: (() => void)[] = [];

  const settle = () => {
    if (due || running || timer) return;
    globalThis.performance?.mark(SYNC_SETTLED_MARK);
    for (const w of waiters.splice(0)) w();
  };

  const run = async () => {
    timer = false;
    due = false;
    last = now();
    try {
      const settings = await readSettings();
      await syncOnce(Math.floor(now() / 1000), settings.syncNotes);
    } catch (error) {
      const status = await syncStatusItem.getValue();
      await recordStatus({ ...status, problem: problemOf(error) }).catch(() => undefined);
      schedule(retry);
    }
  };

  const schedule = (ms: number) => {
    if (timer) return;
    timer = true;
    wait(ms, () => {
      running = run().finally(() => {
        running = null;
        if (due) schedule(Math.max(gather, spacing - (now() - last)));
        settle();
      });
    });
  };

  return {
    poke() {
      due = true;
      if (!running) schedule(Math.max(gather, spacing - (now() - last)));
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
  };
}
