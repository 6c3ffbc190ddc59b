import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { addDays } from '@/utils/domain/day';
import { axe } from './axe';
import { expect, guard, launch, serviceWorker, tempProfile, test } from './fixtures';
import { kept, PopupPage, storedDays } from './pages';

/*
 * A person's month, through the interface only: three days (the browser's
 * clock moved between launches) with check-ins and notes, then the history,
 * hidden numbers, export, delete everything and import back. Then five years
 * of history, paged.
 */
test.describe.configure({ timeout: 180_000 });

const DAYS = [
  {
    at: '2026-11-23 09:00:00',
    day: '2026-11-23',
    before: 'Low',
    after: 'Okay',
    note: 'Sent Maya a note; she wrote back, "you made my week".',
  },
  {
    at: '2026-11-24 20:00:00',
    day: '2026-11-24',
    before: 'Okay',
    after: 'Good',
    note: 'A glass of water and ten quiet minutes.',
  },
  {
    at: '2026-11-25 12:00:00',
    day: '2026-11-25',
    before: 'Very low',
    after: 'Low',
    note: 'Told Sam I admire how patient he is, = even on hard days',
  },
];

async function open(dir: string, at: string) {
  const context = await launch({ userDataDir: dir, timeZone: 'America/New_York', fakeTime: at });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  return { context, checks, worker, id: new URL(worker.url()).host };
}

async function options(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.getByRole('heading', { name: 'Daily Kindness settings' }).waitFor();
  return page;
}

test('days with check-ins and notes show in the history, survive export, delete and import', async () => {
  const profile = tempProfile();
  const files = tempProfile();
  try {
    for (const d of DAYS) {
      const run = await open(profile.dir, d.at);
      const popup = await PopupPage.open(run.context, run.id);
      await popup.done.click();
      const checkIn = popup.page.getByRole('form', { name: /check-in/ });
      await checkIn
        .getByRole('group', { name: 'How did you feel before?' })
        .getByLabel(d.before, { exact: true })
        .check();
      await checkIn.getByRole('group', { name: 'And after?' }).getByLabel(d.after, { exact: true }).check();
      await checkIn.getByLabel('A note for yourself').fill(d.note);
      await checkIn.getByRole('button', { name: 'Save' }).click();
      await expect(checkIn).toHaveCount(0);
      await expect.poll(async () => (await storedDays(run.worker))[d.day]?.note).toBe(d.note);
      await run.context.close();
      expect(run.checks.errors).toEqual([]);
    }

    const run = await open(profile.dir, '2026-11-25 18:00:00');
    const popup = await PopupPage.open(run.context, run.id);
    await expect(popup.weekCount).toHaveText('You showed up on 3 days this week.');
    await expect(popup.page.locator('.counts')).toContainText('3 days of kindness this month');
    await expect(popup.page.getByText(/welcome back/i)).toHaveCount(0);

    const page = await options(run.context, run.id);
    const history = page.getByRole('region', { name: 'Your history' });
    for (const d of DAYS) await expect(history.getByText(d.note)).toBeVisible();
    await expect(history.getByRole('gridcell', { name: /November 24: you did an act of kindness/ })).toBeVisible();

    await page.getByLabel('Hide all numbers and counts').check();
    await expect(popup.weekCount).toHaveCount(0);
    await expect(popup.page.locator('.counts')).toHaveCount(0);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /backup \(JSON\)/ }).click(),
    ]);
    const jsonPath = join(files.dir, json.suggestedFilename());
    await json.saveAs(jsonPath);
    expect(json.suggestedFilename()).toBe('daily-kindness-2026-11-25.json');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /spreadsheets \(CSV\)/ }).click(),
    ]);
    const csvPath = join(files.dir, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const csvText = readFileSync(csvPath, 'utf8');
    expect(csvText).toContain('"Sent Maya a note; she wrote back, ""you made my week""."');
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(4);

    // The popup's snapshot (utils/first-paint/snapshot.ts) shows the days done; deleting must not leave it.
    await expect.poll(() => kept(page)).toContain('"data-status":"done"');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await expect(dialog).toContainText('3 days of history, 3 private notes and your settings');
    await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('Everything was deleted.')).toBeVisible();
    await expect.poll(async () => Object.keys(await storedDays(run.worker))).toEqual(['2026-11-25']);
    await expect(history.getByText(DAYS[0]?.note ?? '')).toHaveCount(0);
    await expect.poll(() => kept(page)).not.toContain('"data-status":"done"');

    const notJson = join(files.dir, 'notes.json');
    writeFileSync(notJson, 'these are my notes, not a backup');
    await page.getByLabel('Bring back a backup').setInputFiles(notJson);
    await expect(page.getByRole('alert')).toHaveText(/does not look like a backup file/);
    expect(Object.keys(await storedDays(run.worker))).toEqual(['2026-11-25']);

    await page.getByLabel('Bring back a backup').setInputFiles(jsonPath);
    await expect(page.getByText(/This backup holds 3 days/)).toBeVisible();
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your backup is back in place.' })).toBeVisible();
    const restored = await storedDays(run.worker);
    for (const d of DAYS) expect(restored[d.day]).toMatchObject({ status: 'done', note: d.note });
    for (const d of DAYS) await expect(history.getByText(d.note)).toBeVisible();
    await expect(page.getByLabel('Hide all numbers and counts')).toBeChecked();
    await run.context.close();
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
  } finally {
    profile.dispose();
    files.dispose();
  }
});

/** 1,800 days ending on `today`, every other one with a check-in and a note, and one day still to come. */
function fiveYears(today: string) {
  const days: Record<string, object> = {};
  for (let i = 0; i < 1800; i++) {
    const day = addDays(today, -i);
    days[day] =
      i % 2 === 0
        ? { actId: 'e_water_slowly', status: 'done', swapped: [], before: 2, after: 4, note: `A note for ${day}.` }
        : { actId: 'e_gentle_stretch', status: i % 3 === 0 ? 'skipped' : 'done', swapped: [] };
  }
  days[addDays(today, 5)] = { actId: 'e_water_slowly', status: 'done', swapped: [], note: 'Not yet written.' };
  return { startDay: addDays(today, -1799), days };
}

const spoken = (day: string) =>
  new Intl.DateTimeFormat('en', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));

test('five years of history page by page: to the oldest day and back, and the calendar still opens an old day', async () => {
  const profile = tempProfile();
  try {
    const today = '2030-06-15';
    const run = await open(profile.dir, `${today} 12:00:00`);
    await run.worker.evaluate(async (progress) => {
      await (
        globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        progress,
      });
    }, fiveYears(today));
    const page = await options(run.context, run.id);
    const history = page.getByRole('region', { name: 'Your history' });
    const pages = history.getByRole('navigation', { name: 'Pages of days' });
    const position = pages.getByText(/^Days /);
    const newer = pages.getByRole('button', { name: 'Newer days' });
    const older = pages.getByRole('button', { name: 'Older days' });
    await expect(position).toHaveText('Days 1–60 of 1,800');
    await expect(history.locator('.day-list').getByRole('listitem')).toHaveCount(60);
    await expect(newer).toBeDisabled();
    // Days after today never show, in the list or as a mark in the calendar.
    await expect(history.getByText('Not yet written.')).toHaveCount(0);
    await expect(history.locator(`[data-day="${addDays(today, 5)}"]`)).toHaveAttribute('data-status', 'none');
    await axe(page, 'five years of history', 'section[aria-labelledby="history-title"]');

    // From the keyboard: focus stays on the button pressed, and moves beside it at the end.
    await older.focus();
    await page.keyboard.press('Enter');
    await expect(position).toHaveText('Days 61–120 of 1,800');
    await expect(older).toBeFocused();
    for (let i = 2; i < 30; i++) await page.keyboard.press('Enter');
    await expect(position).toHaveText('Days 1,741–1,800 of 1,800');
    await expect(older).toBeDisabled();
    await expect(newer).toBeFocused();
    const oldest = addDays(today, -1799);
    await expect(history.getByRole('article', { name: spoken(oldest) })).toBeVisible();
    await expect(history.locator('.day-list').getByRole('listitem')).toHaveCount(60);
    for (let i = 0; i < 29; i++) await page.keyboard.press('Enter');
    await expect(position).toHaveText('Days 1–60 of 1,800');
    await expect(newer).toBeDisabled();
    await expect(older).toBeFocused();
    await expect(history.getByRole('article', { name: spoken(today) })).toBeVisible();

    // The controls below the list lead on to the first day of the next page.
    await history.locator('#days-older-bottom').click();
    await expect(position).toHaveText('Days 61–120 of 1,800');
    await expect(history.getByRole('article', { name: spoken(addDays(today, -60)) })).toBeFocused();

    // The calendar opens a day on another page: its page, its form, focus on it.
    const old = '2030-01-10';
    await history.getByRole('gridcell', { name: new RegExp(`^${spoken(old).replace(', 2030', '')}`) }).click();
    // 10 January is 156 days before today: the third page.
    await expect(position).toHaveText('Days 121–180 of 1,800');
    const entry = history.getByRole('article', { name: spoken(old) });
    await expect(entry).toBeFocused();
    await expect(entry.getByLabel('A note for yourself')).toHaveValue(`A note for ${old}.`);

    // With numbers hidden, the position is said in dates.
    await page.getByLabel('Hide all numbers and counts').check();
    await expect(pages.locator('.day-position')).toHaveText(
      `From ${spoken(addDays(today, -120)).replace(/^\w+, /, '')} back to ${spoken(addDays(today, -179)).replace(/^\w+, /, '')}`,
    );
    await run.context.close();
    expect(run.checks.errors).toEqual([]);
  } finally {
    profile.dispose();
  }
});
