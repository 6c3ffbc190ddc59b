import type { BrowserContext, Worker } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, guard, type LaunchOptions, launch, serviceWorker } from './fixtures';

/*
 * Two computers side by side, and the browser's sync between them, played by the test: the
 * browser would carry each item from one computer's sync storage to the other's, the last write
 * of an item winning. `relay` does that in one go, the way a sync round would.
 */

export type Items = Record<string, unknown>;

/** One computer: a Chromium profile with the extension, its worker and its address. */
export interface Computer {
  context: BrowserContext;
  worker: Worker;
  id: string;
  checks: ReturnType<typeof guard>;
}

/** Every computer launched and not yet closed by `closeLaunched`. */
const launched = new Set<BrowserContext>();

/**
 * A computer runs the test build (`--mode e2e`), whose sync job waits moments instead of seconds
 * between runs (utils/background/sync.ts); the rest is the shipped code.
 */
export async function computer(options: LaunchOptions = {}): Promise<Computer> {
  const context = await launch({ extensionDir: E2E_EXTENSION_DIR, ...options });
  launched.add(context);
  const checks = guard(context);
  const worker = await serviceWorker(context);
  await watchChanges(worker);
  return { context, worker, id: new URL(worker.url()).host, checks };
}

/** Everything in a computer's sync storage, as stored. */
export const syncItems = (worker: Worker): Promise<Items> => worker.evaluate(() => chrome.storage.sync.get(null));

/** Only the practice's items (the layout's `dk:` keys). */
export async function practiceItems(worker: Worker): Promise<Items> {
  return Object.fromEntries(Object.entries(await syncItems(worker)).filter(([k]) => k.startsWith('dk:')));
}

interface Watch {
  dkLastChange?: number;
}

/**
 * Notes in the worker when the practice last changed (this computer's progress or acts, or
 * anything in sync storage): each such change pokes the sync job (entrypoints/background.ts).
 */
async function watchChanges(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as Watch;
    if (g.dkLastChange !== undefined) return;
    g.dkLastChange = 0;
    (
      chrome.storage as unknown as {
        onChanged: { addListener(fn: (changes: object, area: string) => void): void };
      }
    ).onChanged.addListener((changes, area) => {
      const keys = Object.keys(changes);
      if (area === 'sync' || keys.includes('progress') || keys.includes('mine')) g.dkLastChange = performance.now();
    });
  });
}

/**
 * The job's sign that it has nothing due or running (utils/background/sync.ts marks it): how
 * many signs so far (with the worker's start, as a worker started again counts from 0), and
 * whether the last came after the last change.
 */
const jobState = (worker: Worker): Promise<{ token: string; idle: boolean }> =>
  worker.evaluate(() => {
    const marks = performance.getEntriesByName('sync-settled');
    const last = marks.at(-1)?.startTime ?? -1;
    const changed = (globalThis as unknown as Watch).dkLastChange ?? Number.POSITIVE_INFINITY;
    return { token: `${performance.timeOrigin}:${marks.length}`, idle: last > changed };
  });

/** Waits until the worker's sync job has run after every change it has seen, and rests. */
export async function quiet(worker: Worker): Promise<void> {
  await watchChanges(worker);
  await expect
    .poll(async () => (await jobState(worker)).idle, { timeout: 20_000, message: 'the sync job rests' })
    .toBe(true);
}

/** Runs `change` (which changes the practice), then waits until the worker's sync job has run after it and rests. */
export async function afterSync<T>(worker: Worker, change: () => Promise<T>): Promise<T> {
  await watchChanges(worker);
  const before = (await jobState(worker)).token;
  const result = await change();
  await expect
    .poll(
      async () => {
        const state = await jobState(worker);
        return state.token !== before && state.idle;
      },
      { timeout: 20_000, message: 'the sync job runs and rests' },
    )
    .toBe(true);
  return result;
}

/**
 * Copies the whole of `from`'s sync storage into `to`'s, as the browser's sync would: items that
 * differ are set, items `from` no longer has are removed. Returns how many items changed in `to`;
 * when any did, waits until `to`'s job has joined them.
 */
export async function relay(from: Worker, to: Worker): Promise<number> {
  await quiet(from);
  const source = await syncItems(from);
  const target = await syncItems(to);
  const set = Object.fromEntries(
    Object.entries(source).filter(([k, v]) => JSON.stringify(target[k]) !== JSON.stringify(v)),
  );
  const remove = Object.keys(target).filter((k) => !(k in source));
  const changes = Object.keys(set).length + remove.length;
  if (changes === 0) return 0;
  await afterSync(to, () =>
    to.evaluate(
      async ({ set, remove }) => {
        // A test may have made the extension's own writes fail (see "failure is harmless"); the
        // browser's sync still delivers.
        const sync = chrome.storage.sync;
        const real = (globalThis as unknown as { realSyncSet?: typeof sync.set }).realSyncSet ?? sync.set.bind(sync);
        if (Object.keys(set).length > 0) await real(set);
        for (const key of remove) await sync.remove(key);
      },
      { set, remove },
    ),
  );
  return changes;
}

/**
 * Relays both ways, round after round, until a round changes nothing on either side: the two
 * computers have met and settled. Fails if they never do (acts flip-flopping between them).
 */
export async function converge(a: Worker, b: Worker, maxRounds = 6): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    const changed = (await relay(a, b)) + (await relay(b, a));
    if (changed === 0) return round;
  }
  throw new Error(`The two computers did not settle within ${maxRounds} rounds of sync.`);
}

/** Waits until the job has written this computer's practice to its sync storage (a month of days). */
export async function synced(worker: Worker, day: string): Promise<void> {
  await expect
    .poll(async () => (await practiceItems(worker))[`dk:d:${day.slice(0, 7)}`] as Items | undefined, {
      message: `the day ${day} is in sync storage`,
    })
    .toHaveProperty(day.slice(8));
}

/** Today in the browser's own time zone, as the extension names days (day starts at midnight). */
export const today = (worker: Worker): Promise<string> =>
  worker.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }).format(new Date()),
  );

/** Plants days into a computer's own history, as if it had lived them (after its install was handled). */
export async function plantProgress(worker: Worker, progress: { startDay?: string; days: Items }): Promise<void> {
  await worker.evaluate(async (planted) => {
    // Under the extension's own lock, so no write of the background's lands half-way.
    await navigator.locks.request('daily-kindness:progress', async () => {
      const { progress: current } = (await chrome.storage.local.get('progress')) as {
        progress?: { startDay: string | null; days: Items };
      };
      const next = {
        ...(current ?? {}),
        startDay: planted.startDay ?? current?.startDay ?? null,
        days: { ...(current?.days ?? {}), ...planted.days },
      };
      await chrome.storage.local.set({ progress: next });
    });
  }, progress);
}

/** Closes every computer launched (for `test.afterEach`). */
export async function closeLaunched(): Promise<void> {
  for (const context of launched) await context.close().catch(() => undefined);
  launched.clear();
}

/** Checks that no computer sent a request out or logged an error. */

export function checked(...computers: Computer[]): void {
  for (const c of computers) {
    expect(c.checks.offsite, 'no request leaves the browser').toEqual([]);
    expect(c.checks.errors, 'no console errors').toEqual([]);
  }
}
