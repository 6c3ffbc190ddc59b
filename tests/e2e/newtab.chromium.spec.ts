import { expect, guard, launch, test } from './fixtures';
import { NewTabPage, PopupPage, storedDays } from './pages';

test('every new tab opens to a grounding prompt and today’s act, with the article link', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('chrome://newtab');
  expect(page.url()).toBe(`chrome-extension://${extensionId}/newtab.html`);
  await expect(page.locator('#prompt-text')).not.toBeEmpty();
  await expect(page.locator('#prompt-text')).toHaveAttribute('data-prompt-id', /^g_/);
  await expect(page.locator('#act-title')).toHaveText('Send a few encouraging words to someone you care about.');
  await expect(page.getByRole('link', { name: /Read the full article/ })).toHaveAttribute(
    'href',
    /palomasserenity\.com\/serenity-blog\/acts-of-kindness/,
  );
  await expect(page).toHaveTitle('New tab');
  // The act shown is kept for the next tab's first paint, which leaves out prompts with its idea.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('newtab-act') ?? 'null')))
    .toBe(await page.locator('#act-title').getAttribute('data-act-id'));
});

test('paints the prompt in its first paint, with no layout shift afterwards', async ({ context }) => {
  const { page, actTitle } = await NewTabPage.open(context);
  await actTitle.waitFor();
  const paint = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number; lcpId: string; shift: number }>((resolve) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
        let shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
          resolve({ fcp, lcp: last.startTime, lcpId: last.element?.id ?? '', shift });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  expect(paint.lcpId).toBe('prompt-text');
  expect(paint.lcp).toBe(paint.fcp);
  expect(paint.shift).toBe(0);
});

test('each new tab brings a different prompt, ten in a row', async ({ context }) => {
  const seen: string[] = [];
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    await page.goto('chrome://newtab');
    seen.push((await page.locator('#prompt-text').getAttribute('data-prompt-id')) ?? '');
    await page.close();
  }
  expect(new Set(seen).size).toBe(10);
});

test('follows the system’s dark scheme', async () => {
  const dark = await launch({ colorScheme: 'dark' });
  const checks = guard(dark);
  const page = await dark.newPage();
  await page.goto('chrome://newtab');
  await page.locator('#prompt-text').waitFor();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 26, 25)');
  await dark.close();
  expect(checks.errors).toEqual([]);
  expect(checks.offsite).toEqual([]);
});

test('popup and new tab open together and both writing lose nothing', async ({ context, extensionId, worker }) => {
  const a = await PopupPage.open(context, extensionId);
  const b = await PopupPage.open(context, extensionId);
  const tab = await context.newPage();
  await tab.goto('chrome://newtab');
  await tab.locator('#act-title').waitFor();
  const swapMany = async (page: import('@playwright/test').Page, times: number) => {
    for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Swap' }).click();
  };
  await Promise.all([swapMany(a.page, 4), swapMany(b.page, 4), swapMany(tab, 4)]);
  await expect.poll(async () => Object.values(await storedDays(worker))[0]?.swapped.length).toBe(12);
  const day = Object.values(await storedDays(worker))[0];
  expect(new Set([...(day?.swapped ?? []), day?.actId]).size).toBe(13);
  for (const page of [a.page, b.page, tab])
    await expect(page.locator('#act-title')).toHaveAttribute('data-act-id', day?.actId ?? '');
});
