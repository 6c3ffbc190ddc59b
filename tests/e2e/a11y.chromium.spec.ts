import type { BrowserContext } from '@playwright/test';
import { axe } from './axe';
import { expect, guard, launch, serviceWorker, test } from './fixtures';
import { NewTabPage, OptionsPage, PopupPage } from './pages';

/*
 * Accessibility over every page, in light and dark: axe finds nothing; the
 * daily flow works from the keyboard alone; no animation runs when reduced
 * motion is asked for; the popup holds at 200% zoom.
 */
test.describe.configure({ timeout: 120_000 });

async function setNewTabStyle(context: BrowserContext, id: string, style: string) {
  const options = await OptionsPage.open(context, id);
  if (await options.choose(style)) await options.settled();
  await options.page.close();
}

/** What each page shows once its live render is done (the popup and new tab paint earlier). */
const READY: Record<string, string> = {
  'popup.html': '#app:not([inert]) #act-title',
  'options.html': 'h1',
  'welcome.html': 'h1',
  'support.html': 'h1',
  'sheet.html': '.sheet-act',
  'summary.html': 'h1',
  'newtab.html?from=reminder': 'main.newtab[data-live] .reminder-note',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page passes axe in ${colorScheme}`, async () => {
    const context = await launch({ colorScheme });
    const checks = guard(context);
    const id = new URL((await serviceWorker(context)).url()).host;
    for (const [path, ready] of Object.entries(READY)) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.locator(ready).first().waitFor();
      await axe(page, path);
      await page.close();
    }
    const popup = await PopupPage.open(context, id);
    await popup.done.click();
    await axe(popup.page, 'popup with check-in');
    for (const style of ["Full: a prompt and today's act", 'Minimal: a prompt only', 'Breathing only']) {
      await setNewTabStyle(context, id, style);
      const tab = await NewTabPage.open(context);
      await axe(tab.page, `new tab (${style})`);
      await tab.page.close();
    }
    await context.close();
    expect(checks.errors).toEqual([]);
    expect(checks.offsite).toEqual([]);
  });
}

test('the whole daily flow works from the keyboard alone', async ({ context, extensionId, worker }) => {
  const popup = await PopupPage.open(context, extensionId);
  const page = popup.page;
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('I did it');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Swap');
  const before = await popup.actId();
  await page.keyboard.press('Enter');
  await expect.poll(() => popup.actId()).not.toBe(before);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: /check-in/ })).toBeVisible();
  // The button that opened it is gone, so focus must be on the form's title.
  await expect(page.getByText('A quick, private check-in (optional)')).toBeFocused();
  // Move to the first feeling, choose with arrows, then on to Skip.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('group', { name: 'How did you feel before?' }).getByLabel('Low', { exact: true }),
  ).toBeChecked();
  for (let i = 0; i < 6 && (await focused()) !== 'Skip'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Skip');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: /check-in/ })).toHaveCount(0);
  await expect(page.getByText('Done. Thank you for showing up today.')).toBeVisible();
  await expect
    .poll(async () => Object.values(await (await import('./pages')).storedDays(worker))[0]?.status)
    .toBe('done');
  const outline = await page.evaluate(() => {
    (document.querySelector('button') as HTMLButtonElement).focus();
    return getComputedStyle(document.activeElement as Element).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

test('no animation runs when reduced motion is asked for, and the breath paces when it is welcome', async () => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const context = await launch({ reducedMotion });
    const id = new URL((await serviceWorker(context)).url()).host;
    await setNewTabStyle(context, id, 'Breathing only');
    const tab = await context.newPage();
    await tab.goto('chrome://newtab');
    await tab.locator('.breath-circle').waitFor();
    const running = await tab.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(running, reducedMotion).toBe(reducedMotion === 'reduce' ? 0 : 1);
    await context.close();
  }
});

test('at 200% zoom the popup fits without scrolling sideways', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  // Chrome opens popups up to 800 px wide; zoom doubles every length inside.
  await popup.page.setViewportSize({ width: 800, height: 600 });
  await popup.page.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  const overflow = await popup.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(popup.done).toBeVisible();
});
