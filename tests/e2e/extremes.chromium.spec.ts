import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { addDays, currentTimeZone, dayKey } from '@/utils/domain/day';
import { DAY_START_HOURS, EARLIEST_DAY, MAX_SWAPPED, STORED_NOTE_MAX } from '@/utils/domain/model';
import { expect, test } from './fixtures';
import { PopupPage, stored, storedDays } from './pages';

/*
 * Every value the parsers accept renders on every page: stored states at the
 * edges of each accepted range, and past them, load the popup, the new tab and
 * the settings page whole (the fixture fails on any console error).
 */

const LAST_INSTANT = 8.64e15;
const today = () => dayKey(Date.now(), currentTimeZone());

async function seed(worker: Worker, settings: unknown, progress: unknown): Promise<void> {
  // After the background's first write on install, which would otherwise land over the seed.
  await expect.poll(async () => Object.keys(await storedDays(worker)).length).toBeGreaterThan(0);
  await worker.evaluate(
    async ([settings, progress]) => {
      const api = chrome.storage;
      await api.sync.set({ settings });
      await api.local.set({ progress });
    },
    [settings, progress] as const,
  );
}

async function everyPageRenders(context: BrowserContext, extensionId: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Daily Kindness settings' })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Download a backup (JSON)' })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Delete everything' })).toBeVisible();
  await expect(options.locator('.save-error')).toHaveCount(0);
  // Nothing stored pushes the page sideways.
  expect(await options.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.actTitle).not.toHaveText('');
  const tab = await context.newPage();
  await tab.goto('chrome://newtab');
  await expect(tab.locator('#prompt-text')).not.toHaveText('');
  return { options, popup, tab };
}

test('settings at the edges of what is accepted render on every page, and the settings page shows each', async ({
  context,
  extensionId,
  worker,
}) => {
  for (const [hour, pausedUntil] of [
    [DAY_START_HOURS.at(-1), LAST_INSTANT],
    [DAY_START_HOURS[0], -LAST_INSTANT],
    [12, LAST_INSTANT + 1],
  ] as const) {
    await seed(
      worker,
      {
        path: 'gentle',
        dayStartHour: hour,
        theme: 'dark',
        newTabStyle: 'full',
        hideNumbers: true,
        avoidNotes: ['grief', 'family', 'trauma'],
        reminder: { enabled: true, time: '23:59', days: [], pausedUntil },
      },
      { startDay: '9999-12-31', days: {} },
    );
    const { options, popup, tab } = await everyPageRenders(context, extensionId);
    await expect(options.getByLabel('A new day begins at')).toHaveValue(String(hour));
    if (pausedUntil === LAST_INSTANT)
      await expect(options.getByText(/Reminders are paused until .*275760/)).toBeVisible();
    for (const page of [options, popup.page, tab]) await page.close();
  }
});

test('history at its edges renders: the first day history holds, the longest note, an act gone from the library, days not yet come', async ({
  context,
  extensionId,
  worker,
}) => {
  const day = today();
  const longNote = `${'a'.repeat(STORED_NOTE_MAX - 20)} ${'🌿'.repeat(9)}`;
  const swapped = Array.from({ length: MAX_SWAPPED }, (_, i) => `gone_${i}`);
  await seed(
    worker,
    { path: 'daily', dayStartHour: 0 },
    {
      startDay: '0001-01-01',
      days: {
        [EARLIEST_DAY]: { actId: 'e_water_slowly', status: 'done', swapped, before: 1, after: 5, note: longNote },
        '1970-01-01': { actId: 'e_water_slowly', status: 'done', swapped: [] },
        [addDays(day, -1)]: { actId: 'an_act_removed_in_a_later_release', status: 'done', swapped: [] },
        [day]: { actId: 'another_removed_act', status: 'open', swapped: ['e_water_slowly'] },
        [addDays(day, 1)]: { actId: 'e_water_slowly', status: 'done', swapped: [] },
        [addDays(day, 400)]: { actId: 'e_water_slowly', status: 'done', swapped: [] },
      },
    },
  );
  const { options, popup } = await everyPageRenders(context, extensionId);
  // Today's open act had left the library: today is chosen again, never the one swapped away.
  await expect(popup.actTitle).not.toHaveText('An act that is no longer in the library');
  expect(await popup.actId()).not.toBe('e_water_slowly');
  // Counted: yesterday and the first day; not 1970, not the days to come.
  await expect(popup.page.locator('.counts')).toContainText('2 days in all');
  const entries = options.locator('.day-entry');
  await expect(entries.filter({ hasText: 'An act that is no longer in the library' })).toHaveCount(1);
  await expect(options.locator('.day-act').first()).not.toHaveText('');
  await expect(options.getByText('1970')).toHaveCount(0);
});

test('counts never include days not yet come, nor count an act gone from the library toward others', async ({
  context,
  extensionId,
  worker,
}) => {
  const day = today();
  await seed(
    worker,
    { path: 'daily' },
    {
      startDay: null,
      days: {
        [addDays(day, -1)]: { actId: 'an_act_removed_in_a_later_release', status: 'done', swapped: [] },
        [addDays(day, 1)]: { actId: 'e_water_slowly', status: 'done', swapped: [] },
        [addDays(day, 30)]: { actId: 'e_water_slowly', status: 'done', swapped: [] },
      },
    },
  );
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.locator('.counts')).toContainText('1 day in all');
  await expect(popup.page.locator('.counts')).not.toContainText('toward others');
  await expect(popup.page.locator('.week-mark[data-future][data-status="done"]')).toHaveCount(0);
});

test('a store left by a newer version opens without an error, and marking today done keeps all it holds', async ({
  context,
  extensionId,
  worker,
}) => {
  const newer = JSON.parse(readFileSync('tests/fixtures/storage/newer.json', 'utf8'));
  await expect.poll(async () => Object.keys(await storedDays(worker)).length).toBeGreaterThan(0);
  const day = today();
  newer.local.progress.days[day] = { actId: 'e_water_slowly', status: 'open', swapped: [], mood: 'calm' };
  await worker.evaluate(async ({ sync, local }) => {
    const api = chrome.storage;
    await api.sync.set(sync);
    await api.local.set(local);
  }, newer);
  const popup = await PopupPage.open(context, extensionId);
  expect(await popup.actId()).toBe('e_water_slowly');
  await popup.done.click();
  await expect.poll(async () => (await storedDays(worker))[day]?.status).toBe('done');
  const all = await stored(worker);
  const progress = all.progress as { days: Record<string, unknown>; streakFree: boolean };
  expect(progress.days[day]).toEqual({ actId: 'e_water_slowly', status: 'done', swapped: [], mood: 'calm' });
  for (const key of Object.keys(newer.local.progress.days).filter((k) => k !== day))
    expect(progress.days[key]).toEqual(newer.local.progress.days[key]);
  expect(progress.streakFree).toBe(true);
  expect(all.progress$).toEqual({ v: 3 });
  expect(all.settings).toEqual(newer.sync.settings);
});
