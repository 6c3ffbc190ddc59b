import { axe } from './axe';
import { expect, guard, launch, serviceWorker, test } from './fixtures';
import { AT, NOTE, OLD_NOTE, plant } from './looking-back-data';
import { OptionsPage, stored } from './pages';

/*
 * Looking back: three weeks of check-ins planted in storage, then the feelings chart and its table
 * on the settings page (by week, by month, gone with hidden numbers), the quiet note when recent
 * feelings were lower, and the summary to print, on screen and as a PDF.
 */
test.describe.configure({ timeout: 120_000 });

async function start() {
  const context = await launch({ timeZone: 'UTC', fakeTime: AT });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  await plant(worker);
  return { context, checks, worker, id: new URL(worker.url()).host };
}

const rows = (table: import('@playwright/test').Locator) =>
  table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

test('the history shows feelings by week and by month, what helped, and a quiet note when they were lower', async () => {
  const run = await start();
  const options = await OptionsPage.open(run.context, run.id);
  const page = options.page;
  const history = page.getByRole('region', { name: 'Your history' });
  const chart = history.getByRole('region', { name: 'How your check-ins have felt' });
  await expect(chart).toBeVisible();
  await expect(chart.getByText('Before: 2.4 on average · After: 3.4')).toBeVisible();
  await expect(chart.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Your check-ins by week, from Nov 9 to Nov 29, on a scale of 1 (very low) to 5 (very good). Before your act: 2.4 on average. After: 3.4.',
  );

  const table = chart.getByRole('table');
  await expect(table).toBeHidden();
  await chart.getByText('Show as a table').click();
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toHaveText('Check-ins by week, on a scale of 1 (very low) to 5 (very good)');
  expect(await rows(table)).toEqual([
    ['Nov 9 to Nov 15', '4', '2.3', '3.3'],
    ['Nov 16 to Nov 22', '3', '2.7', '4'],
    ['Nov 23 to Nov 29', '3', '2.3', '3'],
  ]);

  await chart.getByRole('radio', { name: 'Month' }).check();
  await expect(table.locator('caption')).toHaveText('Check-ins by month, on a scale of 1 (very low) to 5 (very good)');
  expect(await rows(table)).toEqual([['November 2026', '10', '2.4', '3.4']]);
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /by month, from November 2026 to November 2026/);

  await expect(
    history.getByText(
      'On days with a tiny act toward others, you noted feeling about 1 higher afterwards, on average (6 check-ins).',
    ),
  ).toBeVisible();
  await expect(
    history.getByText(
      'On days with a tiny act for yourself, you noted feeling about 1 higher afterwards, on average (4 check-ins).',
    ),
  ).toBeVisible();

  // The last week's "after" (3) fell a step below the week before (4): support and smaller acts, offered.
  await expect(history.getByText(/Your recent check-ins have been lower than before/)).toBeVisible();
  await expect(history.getByRole('link', { name: /Support, right now/ })).toHaveAttribute('href', '/support.html');
  await expect(history.getByRole('link', { name: /Make a summary to print/ })).toHaveAttribute('href', '/summary.html');
  await axe(page, 'history with looking back', 'section[aria-labelledby="history-title"]');
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe(page, 'history with looking back (dark)', 'section[aria-labelledby="history-title"]');
  await page.emulateMedia({ colorScheme: 'light' });

  await history.getByRole('button', { name: 'Lean towards tiny acts for now' }).click();
  await expect(history.getByText(/Tiny acts are on/)).toBeVisible();
  await expect
    .poll(async () => ((await stored(run.worker)).settings as { gentle?: boolean } | undefined)?.gentle)
    .toBe(true);

  await page.getByLabel('Hide all numbers and counts').check();
  await expect(chart).toHaveCount(0);
  await expect(history.getByRole('table')).toHaveCount(0);
  await expect(history.getByText(/higher afterwards/)).toHaveCount(0);
  await expect(history.getByText(/Your recent check-ins have been lower/)).toBeVisible();
  await options.settled();
  await run.context.close();
  expect(run.checks.errors).toEqual([]);
  expect(run.checks.offsite).toEqual([]);
});

test('the summary lists the chosen days, prints without its controls, and shows notes only when asked', async () => {
  const run = await start();
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.id}/summary.html`);
  await page.getByRole('heading', { level: 1, name: 'A summary of your practice' }).waitFor();
  await expect(page).toHaveTitle('A summary of your practice');
  await page.getByLabel('The last 7 days').check();
  await expect(page.locator('.summary-day')).toHaveCount(4);
  await expect(page.getByText('You showed up on 3 days in this time.')).toBeVisible();
  await expect(page.getByText('From November 19, 2026 to November 25, 2026')).toBeVisible();

  await page.getByLabel('The last 30 days').check();
  const notes = page.getByLabel('Include my notes');
  await expect(notes).not.toBeChecked();
  await expect(page.getByText('From October 27, 2026 to November 25, 2026')).toBeVisible();
  await expect(page.getByText('You showed up on 10 days in this time.')).toBeVisible();
  await expect(page.getByText(/Nothing leaves this computer unless you print it or save it yourself/)).toBeVisible();
  await axe(page, 'summary (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe(page, 'summary (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.emulateMedia({ media: 'print' });
  const days = page.locator('.summary-day');
  await expect(days).toHaveCount(11);
  expect(await days.evaluateAll((li) => li.map((l) => l.getAttribute('data-day')))).toEqual([
    '2026-11-09',
    '2026-11-10',
    '2026-11-11',
    '2026-11-12',
    '2026-11-16',
    '2026-11-17',
    '2026-11-18',
    '2026-11-19',
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
  ]);
  await expect(days.nth(7)).toContainText('Set aside');
  await expect(days.nth(9)).toContainText('Before: Okay · After: Okay');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('From October 27, 2026 to November 25, 2026')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('radio', { name: 'The last 30 days' })).toBeHidden();
  await expect(page.getByRole('checkbox')).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Month' })).toBeHidden();
  await expect(page.locator('.feelings-svg')).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await expect(page.getByText(OLD_NOTE)).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  console.log(`summary PDF without notes: ${pdf.length} bytes`);

  await page.emulateMedia({ media: 'screen' });
  await notes.check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(page.getByText(OLD_NOTE)).toHaveCount(0);
  const withNotes = await page.pdf({ format: 'A4' });
  console.log(`summary PDF with notes: ${withNotes.length} bytes`);

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Since a date').check();
  await page.getByLabel('Since', { exact: true }).fill('2026-10-01');
  await expect(page.locator('.summary-day')).toHaveCount(12);
  await expect(page.getByText(OLD_NOTE)).toBeVisible();
  await run.context.close();
  expect(run.checks.errors).toEqual([]);
  expect(run.checks.offsite).toEqual([]);
});
