import { expect, test } from './firefox';

/*
 * The whole new tab in its first frame, in Firefox too: from the second new tab of a day, today's act
 * card is painted by the first-paint script, before the first contentful paint, and the live page
 * takes it over.
 */
test.describe('Firefox new tab', () => {
  test('from the second new tab of the day, today’s act is painted with the prompt, and taken over by the live page', async ({
    firefox,
  }) => {
    const first = await firefox.open('newtab.html', 'main.newtab[data-live] #act-title');
    const title = await first.$eval('#act-title', (el) => el.textContent);
    await expect
      .poll(() => first.evaluate(() => localStorage.getItem('newtab-snapshot') ?? ''))
      .toContain(JSON.stringify(title));
    await first.close();

    // Firefox runs no preload script in extension pages, so the page's own marks tell: the first-paint
    // script marks when it has painted the card, and that is before the first contentful paint.
    const page = await firefox.open('newtab.html', 'main.newtab[data-live] #act-title');
    const timings = await page.evaluate(() => ({
      painted: performance.getEntriesByName('snapshot-painted')[0]?.startTime ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    expect(timings.painted).not.toBeNull();
    if (timings.fcp !== null) expect(timings.painted).toBeLessThanOrEqual(timings.fcp);
    expect(await page.$eval('#act-title', (el) => el.textContent)).toBe(title);
    await expect.poll(() => page.$eval('.act-slot', (slot) => (slot as HTMLElement).inert)).toBe(false);
  });
});
