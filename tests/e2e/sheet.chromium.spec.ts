import type { BrowserContext, Page } from '@playwright/test';
import { addDays } from '@/utils/domain/day';
import { axe } from './axe';
import { expect, guard, launch, serviceWorker, tempProfile, test } from './fixtures';
import { PopupPage, storedDays } from './pages';

/*
 * "A month of kindness" on one sheet: the coming month's acts, as the background will record them
 * day by day. The browser's clock (libfaketime) is moved between launches on one profile, a day at
 * a time as a person who opens the browser every day would, and the popup offers each day exactly
 * the act the sheet listed for it.
 */
test.describe.configure({ timeout: 300_000 });

const NY = 'America/New_York';

async function open(userDataDir: string, fakeTime: string, extra: { lang?: string } = {}) {
  const context = await launch({ userDataDir, timeZone: NY, fakeTime, ...extra });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  return { context, checks, worker, id: new URL(worker.url()).host };
}

async function sheet(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sheet.html`);
  await page.locator('.sheet-act').first().waitFor();
  return page;
}

/** Each day the sheet shows an act for, with the act's id and its words. */
async function listed(page: Page): Promise<Record<string, { id: string; title: string }>> {
  return page
    .locator('.sheet-day[data-act-id]')
    .evaluateAll((cells) =>
      Object.fromEntries(
        cells.map((cell) => [
          cell.getAttribute('data-day') ?? '',
          { id: cell.getAttribute('data-act-id') ?? '', title: cell.querySelector('.sheet-act')?.textContent ?? '' },
        ]),
      ),
    );
}

/** How many pages a PDF holds: its page objects, not the page tree (`/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('the sheet shows next month as a table, prints on one landscape page without its controls, passes axe', async () => {
  const profile = tempProfile();
  try {
    const run = await open(profile.dir, '2026-12-03 12:00:00');
    const options = await run.context.newPage();
    await options.goto(`chrome-extension://${run.id}/options.html`);
    await options.getByRole('link', { name: "Print next month's acts" }).click();
    const page = options;
    await page.locator('.sheet-act').first().waitFor();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/A month of kindness\s*January 2027/);
    const table = page.getByRole('table', { name: 'Acts of kindness for January 2027, one a day' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    // 1 January 2027 is a Friday: four blank cells before it.
    await expect(table.locator('tbody tr').first().locator('td.sheet-blank')).toHaveCount(4);
    const january = await listed(page);
    expect(Object.keys(january)).toHaveLength(31);
    expect(Object.keys(january).every((d) => d.startsWith('2027-01-'))).toBe(true);
    for (const act of Object.values(january)) expect(act.title.length).toBeGreaterThan(5);
    await expect(page.locator('.sheet-effort')).toHaveCount(31);
    await expect(
      page.getByText('These are the acts the days will offer if nothing changes.', { exact: false }),
    ).toBeVisible();

    // From the keyboard: the month choice, then Print.
    await page.getByLabel('This month, the days left').focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/December 2026/);
    const december = await listed(page);
    expect(Object.keys(december).sort()).toEqual(Array.from({ length: 29 }, (_, i) => addDays('2026-12-03', i)));
    await expect(page.locator('.sheet-day[data-day="2026-12-02"] .sheet-act')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/January 2027/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Print' })).toBeFocused();

    await axe(page, 'sheet (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page, 'sheet (dark)');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Which month' })).toBeHidden();
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(
      await page
        .locator('.sheet-act')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
    ).toBe('rgb(0, 0, 0)');
    // Back to the default: a page forced to 'screen' would print its screen styles.
    await page.emulateMedia({ media: null });

    for (const format of ['Letter', 'A4']) {
      const pdf = await page.pdf({ landscape: true, format, preferCSSPageSize: true });
      expect(pdfPages(pdf), `${format}: one page`).toBe(1);
    }
    await run.context.close();
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
  } finally {
    profile.dispose();
  }
});

const LONG_OWN_ACTS = Array.from({ length: 40 }, (_, i) => ({
  id: `own_long${i}`,
  title:
    `Write a slow, warm letter to someone who helped you once, and tell them what it meant ${String(i).padStart(2, '0')}`.slice(
      0,
      90,
    ),
  effort: 'larger',
}));

test('a month of six week rows of the longest own acts still prints on one page, black on white from a dark theme', async () => {
  const profile = tempProfile();
  try {
    const run = await open(profile.dir, '2027-07-20 12:00:00');
    // Every day one of the person's own acts, each as long as one can be (90 characters).
    await run.worker.evaluate(async (acts) => {
      const api = (
        globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', { set(v: object): Promise<void> }> } }
      ).chrome;
      await api.storage.local.set({ mine: { acts, notForMe: [], kept: [] } });
      await api.storage.sync.set({ settings: { ownFrequency: 'only' } });
    }, LONG_OWN_ACTS);
    const page = await sheet(run.context, run.id);
    await expect(page.locator('.sheet-day[data-act-id^="own_"]')).toHaveCount(31);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('.sheet-grid tbody tr')).toHaveCount(6);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/August 2027/);
    const pdf = await page.pdf({ landscape: true, format: 'Letter', preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.sheet-act')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
    ).toBe('rgb(0, 0, 0)');
    await run.context.close();
    expect(run.checks.errors).toEqual([]);
  } finally {
    profile.dispose();
  }
});

test('in Spanish the sheet names the month and weekdays in Spanish', async () => {
  const profile = tempProfile();
  try {
    const run = await open(profile.dir, '2026-12-03 12:00:00', { lang: 'es' });
    const page = await sheet(run.context, run.id);
    await expect(page.locator('html')).toHaveAttribute('lang', /^es/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Un mes de bondad\s*Enero de 2027/);
    await expect(page.getByRole('table', { name: 'Actos de bondad para Enero de 2027, uno por día' })).toBeVisible();
    await expect(page.getByRole('columnheader')).toHaveText([
      'Lunes',
      'Martes',
      'Miércoles',
      'Jueves',
      'Viernes',
      'Sábado',
      'Domingo',
    ]);
    await expect(page.getByRole('button', { name: 'Imprimir' })).toBeVisible();
    await axe(page, 'sheet (es)');
    await run.context.close();
    expect(run.checks.errors).toEqual([]);
  } finally {
    profile.dispose();
  }
});

test('day after day, the popup offers the act the sheet listed for that day', async () => {
  const profile = tempProfile();
  try {
    let run = await open(profile.dir, '2026-12-29 12:00:00');
    let page = await sheet(run.context, run.id);
    const january = await listed(page);
    await page.getByLabel('This month, the days left').check();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/December 2026/);
    const expected = { ...(await listed(page)), ...january };
    const popup = await PopupPage.open(run.context, run.id);
    expect(await popup.actId()).toBe(expected['2026-12-29']?.id);
    await run.context.close();

    // The browser opens once a day, every day, across the turn of the month into the first days of
    // the sheet's month: the background records each day as it opens, as the sheet says it will.
    const last = '2027-01-04';
    for (let day = '2026-12-30'; day <= last; day = addDays(day, 1)) {
      run = await open(profile.dir, `${day} 12:00:00`);
      const popup = await PopupPage.open(run.context, run.id);
      expect(await popup.actId(), day).toBe(expected[day]?.id);
      if (day.startsWith('2027-01')) await expect(popup.actTitle, day).toHaveText(expected[day]?.title ?? '');
      await expect.poll(async () => (await storedDays(run.worker))[day]?.actId, day).toBe(expected[day]?.id);
      if (day === '2027-01-01') {
        // Opened again in the month itself, the sheet still lists what it listed in December.
        page = await sheet(run.context, run.id);
        await page.getByLabel('This month, the days left').check();
        const now = await listed(page);
        for (const [d, act] of Object.entries(now)) expect(act.id, d).toBe(january[d]?.id);
      }
      await run.context.close();
      expect(run.checks.errors, day).toEqual([]);
    }
  } finally {
    profile.dispose();
  }
});
