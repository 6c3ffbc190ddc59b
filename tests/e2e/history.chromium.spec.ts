import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, guard, launch, serviceWorker, tempProfile, test } from './fixtures';
import { kept, PopupPage, storedDays } from './pages';

/*
 * A person's month, through the interface only: three days (the browser's
 * clock moved between launches) with check-ins and notes, then the history,
 * hidden numbers, export, delete everything and import back.
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

    // The popup's kept drawing (utils/snapshot.ts) shows the days done; deleting must not leave it.
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
