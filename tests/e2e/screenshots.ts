import { test } from '@playwright/test';
import { launch, serviceWorker } from './fixtures';
import { AT, plant } from './looking-back-data';

/*
 * Not a test: `npm run screenshots` renders the README's pictures from the
 * built extension, in light and dark.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots (${scheme})`, async () => {
    const context = await launch({ colorScheme: scheme, reducedMotion: 'reduce' });
    const id = new URL((await serviceWorker(context)).url()).host;
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.locator('#act-title').waitFor();
    await popup.locator('main').screenshot({ path: `docs/popup-${scheme}.png` });

    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto('chrome://newtab');
    await tab.locator('#act-title').waitFor();
    await tab.screenshot({ path: `docs/newtab-${scheme}.png` });

    const sheet = await context.newPage();
    await sheet.setViewportSize({ width: 1280, height: 900 });
    await sheet.goto(`chrome-extension://${id}/sheet.html`);
    await sheet.locator('.sheet-act').first().waitFor();
    await sheet.screenshot({ path: `docs/sheet-${scheme}.png`, fullPage: true });
    await context.close();
  });
}

/** The feelings chart and the summary to print, over three planted weeks of check-ins. */
for (const scheme of ['light', 'dark'] as const) {
  test(`looking back screenshots (${scheme})`, async () => {
    const context = await launch({ colorScheme: scheme, reducedMotion: 'reduce', timeZone: 'UTC', fakeTime: AT });
    const worker = await serviceWorker(context);
    await plant(worker);
    const id = new URL(worker.url()).host;
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${id}/options.html`);
    const chart = options.locator('section.feelings');
    await chart.waitFor();
    await chart.screenshot({ path: `docs/feelings-${scheme}.png` });

    const summary = await context.newPage();
    await summary.setViewportSize({ width: 900, height: 1100 });
    await summary.goto(`chrome-extension://${id}/summary.html`);
    await summary.locator('.summary-day').first().waitFor();
    await summary.screenshot({ path: `docs/summary-${scheme}.png` });
    await context.close();
  });
}
