import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, guard, launch, serviceWorker, stopWorkers, tempProfile, test } from './fixtures';
import { PopupPage, storedDays } from './pages';

/*
 * A computer ran three days ahead and its clock is then corrected. Chromium sets alarms for
 * wall-clock times and keeps them at the old ones, the periodic check included, so nothing would
 * fire for three days; the background instead notices when the person next uses the browser (here:
 * opens a new tab, which switches to it) and plans from the corrected clock.
 *
 * The whole browser runs on a clock read from a libfaketime file that the test rewrites. It holds
 * an offset from the real clock rather than a start time ('@...'), so every process of the browser,
 * started early or late, reads the same time.
 */

const NY = 'America/New_York';
// Tuesday 8 December, 10:00 in New York, while the real day is Saturday the 5th.
const AHEAD = Date.parse('2026-12-08T10:00:00-05:00');
const REAL = Date.parse('2026-12-05T10:00:00-05:00');

/** Sets the clock of every process of the browser to `instant`, from the real clock. */
function writeClock(file: string, instant: number): void {
  const offset = (instant - Date.now()) / 1000;
  writeFileSync(file, `${offset >= 0 ? '+' : ''}${offset.toFixed(3)}\n`);
}

/** Moves a running browser's clock: each of its processes reads the file within a second (fixtures.ts). */
async function moveClock(file: string, instant: number): Promise<void> {
  writeClock(file, instant);
  await new Promise((done) => setTimeout(done, 1_200));
}

type Alarms = Record<string, { scheduledTime: number; periodInMinutes?: number }>;

async function alarms(worker: Worker): Promise<Alarms> {
  return worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]> } };
      }
    ).chrome;
    return Object.fromEntries((await api.alarms.getAll()).map((a) => [a.name, a]));
  });
}

/** The browser's own clock, as the worker reads it. */
const browserNow = (worker: Worker) => worker.evaluate(() => Date.now());

/** The person's reminder at 09:00 every day, set as the options page stores it. */
async function remindAtNine(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.sync.set({
      settings: { reminder: { enabled: true, time: '09:00', days: [0, 1, 2, 3, 4, 5, 6], pausedUntil: null } },
    });
  });
}

async function startAhead(dir: string, clockFile: string) {
  writeClock(clockFile, AHEAD);
  const context = await launch({ userDataDir: dir, timeZone: NY, clockFile });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  await remindAtNine(worker);
  // The background records the wrong day and plans from the wrong clock; the person does that day's act.
  const popup = await PopupPage.open(context, extensionId);
  await popup.done.click();
  await expect.poll(async () => (await storedDays(worker))['2026-12-08']?.status).toBe('done');
  await expect
    .poll(async () => (await alarms(worker)).reminder?.scheduledTime)
    .toBe(Date.parse('2026-12-09T14:00:00Z'));
  expect((await alarms(worker))['day-turn']?.scheduledTime).toBe(Date.parse('2026-12-09T05:00:00Z'));
  await popup.page.close();
  return { context, checks, worker, extensionId };
}

async function expectCorrected(context: BrowserContext, worker: Worker, extensionId: string): Promise<void> {
  await expect.poll(async () => (await storedDays(worker))['2026-12-05']?.status).toBe('open');
  // The next local midnight and 09:00 of the corrected clock, and the check half an hour from it.
  await expect
    .poll(async () => (await alarms(worker))['day-turn']?.scheduledTime)
    .toBe(Date.parse('2026-12-06T05:00:00Z'));
  const set = await alarms(worker);
  expect(set.reminder?.scheduledTime).toBe(Date.parse('2026-12-06T14:00:00Z'));
  const now = await browserNow(worker);
  expect(set.check?.scheduledTime).toBeGreaterThan(now);
  expect(set.check?.scheduledTime).toBeLessThanOrEqual(now + 30 * 60_000);
  expect(set.check?.periodInMinutes).toBe(30);

  // The popup shows the real day, still open, with the act the background recorded for it.
  const popup = await PopupPage.open(context, extensionId);
  const days = await storedDays(worker);
  await expect(popup.actTitle).toHaveAttribute('data-act-id', days['2026-12-05']?.actId ?? '');
  await expect(popup.done).toBeEnabled();
  await expect(popup.undo).toHaveCount(0);
  expect(days['2026-12-08']?.status).toBe('done');
}

test('after the clock is corrected back three days, the next tab the person opens puts the day and its alarms right', async () => {
  const profile = tempProfile();
  const clockFile = join(profile.dir, 'faketime.rc');
  let run: Awaited<ReturnType<typeof startAhead>> | undefined;
  try {
    run = await startAhead(profile.dir, clockFile);
    await moveClock(clockFile, REAL);
    expect(await browserNow(run.worker)).toBeLessThan(AHEAD - 86_400_000);
    // Chromium leaves every alarm at the wrong clock's times, days from now: none would fire.
    const before = await alarms(run.worker);
    expect(before.check?.scheduledTime).toBeGreaterThan(REAL + 2 * 86_400_000);
    expect(before['day-turn']?.scheduledTime).toBe(Date.parse('2026-12-09T05:00:00Z'));
    expect(Object.keys(await storedDays(run.worker))).toEqual(['2026-12-08']);

    // An ordinary action: a new tab.
    const tab = await run.context.newPage();
    await tab.goto('chrome://newtab');
    await expectCorrected(run.context, run.worker, run.extensionId);
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
  } finally {
    await run?.context.close();
    profile.dispose();
  }
});

test('a worker stopped while idle wakes on the new tab and puts things right from the corrected clock', async () => {
  const profile = tempProfile();
  const clockFile = join(profile.dir, 'faketime.rc');
  let run: Awaited<ReturnType<typeof startAhead>> | undefined;
  try {
    run = await startAhead(profile.dir, clockFile);
    await stopWorkers(run.context);
    await moveClock(clockFile, REAL);
    const tab = await run.context.newPage();
    await tab.goto('chrome://newtab');
    await expectCorrected(run.context, run.worker, run.extensionId);
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
  } finally {
    await run?.context.close();
    profile.dispose();
  }
});
