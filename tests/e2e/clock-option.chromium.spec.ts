import type { BrowserContext, Page } from '@playwright/test';
import { axe } from './axe';
import { expect, guard, launch, serviceWorker, test } from './fixtures';
import { NewTabPage, OptionsPage } from './pages';

/*
 * The quiet clock on the new tab: off until chosen in settings; then in the first frame, in the
 * browser's language and region, and set again on the minute without moving anything.
 */

/** The clock's words when parsing ends, before any module has run. */
function recordClockAtParse() {
  document.addEventListener('DOMContentLoaded', () => {
    const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
    let shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, {
      clockAtParse: { greeting: text('.clock-greeting'), time: text('.clock-time'), date: text('.clock-date') },
      shifted: () => shift,
    });
  });
}

type Clock = { greeting: string | null; time: string | null; date: string | null };
const clockAtParse = (page: Page) => page.evaluate(() => (window as unknown as { clockAtParse: Clock }).clockAtParse);

async function openNewTab(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/newtab.html`);
  await new NewTabPage(page).live();
  return page;
}

async function turnClock(context: BrowserContext, id: string, label: RegExp, on: boolean): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const options = new OptionsPage(page);
  await page.getByLabel(label).setChecked(on);
  await options.settled();
  await page.close();
}

/*
 * The browser's clock starts ten seconds before a minute turns; setting the clock on takes a few, so
 * the first frame may already show the next minute: each case reads the minute it painted.
 */
const START = '2026-12-03 16:31:50';
const CASES = [
  {
    lang: 'en-US',
    label: /Show a quiet clock/,
    // The afternoon, in the United States' 12 hours (ICU puts a narrow space before PM).
    first: { greeting: 'Good afternoon', time: /^4:(3\d)\sPM$/, date: 'Thursday, December 3' },
    next: (minute: number) => new RegExp(`^4:${minute}\\sPM$`),
  },
  {
    lang: 'es',
    label: /Mostrar un reloj discreto/,
    first: { greeting: 'Buenas tardes', time: /^16:(3\d)$/, date: 'jueves, 3 de diciembre' },
    next: (minute: number) => new RegExp(`^16:${minute}$`),
  },
];

for (const { lang, label, first, next } of CASES) {
  test(`${lang}: the clock is off at first, then painted in the first frame and set again on the minute`, async () => {
    // The first frame may come just after a minute turned: the next one is then almost a minute away.
    test.setTimeout(120_000);
    const context = await launch({ lang, timeZone: 'UTC', fakeTime: START });
    const checks = guard(context);
    await context.addInitScript(recordClockAtParse);
    const id = new URL((await serviceWorker(context)).url()).host;
    const before = await openNewTab(context, id);
    await expect(before.locator('.clock')).toHaveCount(0);
    await before.close();

    await turnClock(context, id, label, true);
    const tab = await openNewTab(context, id);
    const painted = await clockAtParse(tab);
    expect(painted.greeting).toBe(first.greeting);
    const minute = Number(first.time.exec(painted.time ?? '')?.[1]);
    expect(minute, `${painted.time} is the time, as ${lang} writes it`).toBeGreaterThan(30);
    expect(painted.date).toBe(first.date);
    await expect(tab.locator('.clock-time')).toHaveAttribute('datetime', /^16:3\d$/);
    const prompt = await tab.locator('#prompt-text').boundingBox();
    const card = await tab.locator('.act-slot').boundingBox();
    await expect(tab.locator('.clock-time')).toHaveText(next(minute + 1), { timeout: 65_000 });
    // The minute turned and nothing moved.
    expect(await tab.locator('#prompt-text').boundingBox()).toEqual(prompt);
    expect(await tab.locator('.act-slot').boundingBox()).toEqual(card);
    expect(await tab.evaluate(() => (window as unknown as { shifted: () => number }).shifted())).toBe(0);

    await axe(tab, `new tab with the clock, ${lang}`, '.clock');
    // Turned off elsewhere, it leaves the open new tab too.
    await turnClock(context, id, label, false);
    await expect(tab.locator('.clock')).toHaveCount(0);
    await context.close();
    expect(checks.offsite).toEqual([]);
    expect(checks.errors).toEqual([]);
  });
}

test('the clock follows the region: English read in Britain counts 24 hours', async () => {
  const context = await launch({ lang: 'en-GB', timeZone: 'UTC', fakeTime: '2026-12-03 09:05:00' });
  const id = new URL((await serviceWorker(context)).url()).host;
  await turnClock(context, id, /Show a quiet clock/, true);
  const tab = await openNewTab(context, id);
  await expect(tab.locator('.clock-time')).toHaveText('09:05');
  await expect(tab.locator('.clock-greeting')).toHaveText('Good morning');
  await expect(tab.locator('.clock-date')).toHaveText('Thursday 3 December');
  await context.close();
});

test('under reduced motion the clock has no animation or transition, and it reads well in dark mode', async () => {
  const context = await launch({ reducedMotion: 'reduce', colorScheme: 'dark' });
  const id = new URL((await serviceWorker(context)).url()).host;
  await turnClock(context, id, /Show a quiet clock/, true);
  const tab = await openNewTab(context, id);
  const moving = await tab.locator('.clock').evaluate((clock) => ({
    animations: clock.getAnimations({ subtree: true }).length,
    transitions: [clock, ...clock.querySelectorAll('*')].map((el) => getComputedStyle(el).transitionDuration),
  }));
  expect(moving.animations).toBe(0);
  expect(new Set(moving.transitions)).toEqual(new Set(['0s']));
  await axe(tab, 'new tab with the clock, dark', '.clock');
  await context.close();
});
