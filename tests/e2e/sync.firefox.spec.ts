import type { Page } from 'puppeteer-core';
import { expect, launchFirefox, openExtensionPage, test } from './firefox';

/*
 * One practice on every computer (issue 15), in Firefox: a second Firefox profile beside the
 * first, and the browser's sync played by the test, which copies the first profile's sync
 * storage into the second's as Firefox Sync would.
 */

type Items = Record<string, unknown>;
interface Day {
  actId: string;
  status: string;
  swapped: string[];
}

const DONE_TEXT = 'Done. Thank you for showing up today.';

/** Today as the extension names it, in the browser's time zone. */
const todayIn = (page: Page) =>
  page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }).format(new Date()),
  );

const localDay = (page: Page, day: string) =>
  page.evaluate(async (day) => {
    const { progress } = await browser.storage.local.get('progress');
    return (progress as { days: Record<string, Day> } | undefined)?.days?.[day] ?? null;
  }, day);

/** Waits until the background has handled the install and written the first day. */
const installed = (page: Page) =>
  page.waitForFunction(async () => Boolean((await browser.storage.local.get('progress')).progress), {
    polling: 100,
  });

test('Firefox: today done with a swapped act on one computer shows, done, on a second one', async ({ firefox }) => {
  test.setTimeout(90_000);
  // Computer A: swap today's act, then do it.
  const popup = await firefox.open('popup.html', '#app:not([inert]) #act-title');
  await installed(popup);
  const day = await todayIn(popup);
  const actId = () => popup.$eval('#act-title', (el) => el.getAttribute('data-act-id') ?? '');
  const first = await actId();
  (await popup.waitForSelector('::-p-text(Swap)'))?.click();
  await popup.waitForFunction(
    (first) => document.querySelector('#act-title')?.getAttribute('data-act-id') !== first,
    {},
    first,
  );
  const swapped = await actId();
  const title = await popup.$eval('#act-title', (el) => el.textContent);
  (await popup.waitForSelector('::-p-text(I did it)'))?.click();
  await popup.waitForSelector(`::-p-text(${DONE_TEXT})`);
  expect(await localDay(popup, day)).toMatchObject({ actId: swapped, status: 'done', swapped: [first] });

  // A's job writes the day to sync (gathered for a moment, then written).
  await popup.waitForFunction(
    async (month, dd) => {
      const items = await browser.storage.sync.get(`dk:d:${month}`);
      return (items[`dk:d:${month}`] as Record<string, { s: string }> | undefined)?.[dd]?.s === 'd';
    },
    { polling: 200, timeout: 15_000 },
    day.slice(0, 7),
    day.slice(8),
  );
  const items: Items = await popup.evaluate(() => browser.storage.sync.get(null));
  expect(items[`dk:d:${day.slice(0, 7)}`]).toMatchObject({ [day.slice(8)]: { a: swapped, s: 'd', w: [first] } });

  // Computer B: a second Firefox, fresh, receives A's sync items.
  const errors: string[] = [];
  const offsite: string[] = [];
  const other = await launchFirefox();
  try {
    const page = await openExtensionPage(other, 'options.html', '::-p-text(On every computer)', errors, offsite);
    await installed(page);
    expect(await localDay(page, day)).toMatchObject({ actId: first, status: 'open' });
    await page.evaluate((items) => browser.storage.sync.set(items), items);
    await page.waitForFunction(
      async (day, act) => {
        const { progress } = await browser.storage.local.get('progress');
        const record = (progress as { days: Record<string, Day> }).days[day];
        return record?.actId === act && record.status === 'done';
      },
      { polling: 200, timeout: 15_000 },
      day,
      swapped,
    );
    const popupB = await openExtensionPage(other, 'popup.html', '#app:not([inert]) #act-title', errors, offsite);
    await popupB.waitForSelector(`::-p-text(${DONE_TEXT})`);
    expect(await popupB.$eval('#act-title', (el) => el.getAttribute('data-act-id'))).toBe(swapped);
    expect(await popupB.$eval('#act-title', (el) => el.textContent)).toBe(title);
    expect(await localDay(popupB, day)).toMatchObject({ actId: swapped, status: 'done', swapped: [first] });
    await popupB.waitForSelector('::-p-text(Undo)');
  } finally {
    await other.close();
  }
  expect(offsite, 'no request leaves the second browser').toEqual([]);
  expect(errors, 'no console errors in the second browser').toEqual([]);
});
