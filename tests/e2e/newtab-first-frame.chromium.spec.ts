import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NewTabPage, PopupPage, storedDays } from './pages';

/*
 * The whole new tab in its first frame: from the second new tab of a day (or the first, when the
 * day before drew it ahead), today's act card is rebuilt from its snapshot (localStorage
 * `newtab-snapshot`) by the first-paint script, inert, and the live page renders over the same
 * nodes, changing only what differs.
 */

/** What the new tab holds when parsing ends, before its modules run: kept on `window` to compare. */
function recordAtParse() {
  document.addEventListener('DOMContentLoaded', () => {
    const slot = document.querySelector<HTMLElement>('.act-slot');
    const title = document.getElementById('act-title');
    let shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, {
      atParse: {
        title: title?.textContent ?? null,
        actId: title?.dataset.actId ?? null,
        status: slot?.querySelector<HTMLElement>('.act-card')?.dataset.status ?? null,
        inert: slot?.inert ?? false,
        buttons: slot?.querySelectorAll('button').length ?? 0,
      },
      paintedNodes: { title, eyebrow: slot?.querySelector('.eyebrow') ?? null, done: slot?.querySelector('button') },
      shifted: () => shift,
    });
  });
}

interface AtParse {
  title: string | null;
  actId: string | null;
  status: string | null;
  inert: boolean;
  buttons: number;
}

async function openNewTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  await new NewTabPage(page).live();
  return page;
}

const atParse = (page: Page) => page.evaluate(() => (window as unknown as { atParse: AtParse }).atParse);
/** Whether the live page's nodes are the ones painted first: the title, the eyebrow, the first button. */
const sameNodes = (page: Page) =>
  page.evaluate(() => {
    const { paintedNodes } = window as unknown as { paintedNodes: Record<string, Element | null> };
    const slot = document.querySelector('.act-slot');
    return {
      title: paintedNodes.title === document.getElementById('act-title'),
      eyebrow: paintedNodes.eyebrow === slot?.querySelector('.eyebrow'),
      done: paintedNodes.done === slot?.querySelector('button'),
    };
  });
const snapshotOf = (page: Page) => page.evaluate(() => localStorage.getItem('newtab-snapshot') ?? '');

test('from the second new tab of the day, today’s act is in the first frame, and the live page keeps its nodes', async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(recordAtParse);
  const first = await openNewTab(context, extensionId);
  // The first new tab on a new profile has nothing kept: the slot is reserved, empty until storage answers.
  expect(await atParse(first)).toMatchObject({ title: null, buttons: 0 });
  const title = (await first.locator('#act-title').textContent()) ?? '';
  await expect.poll(() => snapshotOf(first)).toContain(title);
  await first.close();

  const second = await openNewTab(context, extensionId);
  const painted = await atParse(second);
  expect(painted.title).toBe(title);
  expect(painted.status).toBe('open');
  // Seen in the first frame, but not usable until the live page has taken it over.
  expect(painted.inert).toBe(true);
  expect(painted.buttons).toBeGreaterThan(0);
  expect(await second.evaluate(() => performance.getEntriesByName('snapshot-painted').length)).toBe(1);
  await expect(second.locator('#act-title')).toHaveText(title);
  expect(await sameNodes(second)).toEqual({ title: true, eyebrow: true, done: true });
  expect(await second.locator('.act-slot').evaluate((slot: HTMLElement) => slot.inert)).toBe(false);
  // Nothing moved between the first frame and the live page.
  expect(await second.evaluate(() => (window as unknown as { shifted: () => number }).shifted())).toBe(0);
});

test('a snapshot that differs from storage is corrected in place: only the words that differ change', async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(recordAtParse);
  const first = await openNewTab(context, extensionId);
  const title = (await first.locator('#act-title').textContent()) ?? '';
  await expect.poll(() => snapshotOf(first)).toContain(title);
  // Another title in the snapshot, as if storage changed where no page could see it.
  await first.evaluate((was) => {
    const raw = localStorage.getItem('newtab-snapshot') ?? '';
    localStorage.setItem('newtab-snapshot', raw.replaceAll(JSON.stringify(was), JSON.stringify('Words kept earlier')));
  }, title);
  await first.close();
  const second = await openNewTab(context, extensionId);
  expect((await atParse(second)).title).toBe('Words kept earlier');
  await expect(second.locator('#act-title')).toHaveText(title);
  expect(await sameNodes(second)).toEqual({ title: true, eyebrow: true, done: true });
});

test('what the popup did is what the next new tab paints first', async ({ context, extensionId, worker }) => {
  await context.addInitScript(recordAtParse);
  const popup = await PopupPage.open(context, extensionId);
  const actId = await popup.actId();
  await popup.done.click();
  await expect.poll(async () => Object.values(await storedDays(worker))[0]?.status).toBe('done');
  await expect.poll(() => snapshotOf(popup.page)).toContain('"data-status":"done"');
  const tab = await openNewTab(context, extensionId);
  expect(await atParse(tab)).toMatchObject({ actId, status: 'done' });
  await expect(tab.locator('.act-card')).toHaveAttribute('data-status', 'done');
});

test('the minimal and breathing styles paint no act card, whatever is kept', async ({ context, extensionId }) => {
  await context.addInitScript(recordAtParse);
  const first = await openNewTab(context, extensionId);
  await expect.poll(() => snapshotOf(first)).toContain('act-title');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  for (const [label, style] of [
    ['Minimal: a prompt only', 'minimal'],
    ['Breathing only', 'breath'],
  ] as const) {
    await options.getByLabel(label).check();
    await expect.poll(() => options.evaluate(() => localStorage.getItem('display') ?? '')).toContain(style);
    // The change dropped the snapshots and the first tab drew them again: a card is kept, and not painted.
    await expect.poll(() => snapshotOf(first)).toContain('act-title');
    const tab = await openNewTab(context, extensionId);
    expect((await atParse(tab)).title).toBeNull();
    await expect(tab.locator('#act-title')).toHaveCount(0);
    await tab.close();
  }
});

test('when storage cannot be read, the card painted from the snapshot gives way to a plain word, never a dead button', async ({
  context,
  extensionId,
  checks,
}) => {
  await context.addInitScript(recordAtParse);
  const first = await openNewTab(context, extensionId);
  await expect.poll(() => snapshotOf(first)).toContain('act-title');
  await first.close();
  // From here on every page finds extension storage unreadable, as a damaged profile might.
  await context.addInitScript(() => {
    const api = (globalThis as unknown as { chrome?: { storage?: Record<string, { get: unknown }> } }).chrome;
    for (const area of ['local', 'sync']) {
      const storage = api?.storage?.[area];
      if (storage) storage.get = () => Promise.reject(new Error('unreadable'));
    }
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  await page.waitForFunction(() => (window as unknown as { atParse?: unknown }).atParse !== undefined);
  expect((await atParse(page)).title).not.toBeNull();
  await expect(page.locator('.act-slot')).toHaveText(
    'This part of the page could not be shown. The rest of the page still works, and nothing you saved has changed.',
  );
  await expect(page.locator('#act-title')).toHaveCount(0);
  expect(await page.locator('.act-slot').evaluate((slot: HTMLElement) => slot.inert)).toBe(false);
  await expect(page.locator('#prompt-text')).not.toBeEmpty();
  // The failed read is reported where developers look, and nothing else went wrong.
  expect(checks.errors.length).toBeGreaterThan(0);
  expect(checks.errors.filter((e) => !e.includes('unreadable'))).toEqual([]);
  checks.errors.length = 0;
});

test('a new tab opened from a reminder waits for its note, so the card never moves down under it', async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(recordAtParse);
  const first = await openNewTab(context, extensionId);
  await expect.poll(() => snapshotOf(first)).toContain('act-title');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html?from=reminder`);
  await new NewTabPage(page).live();
  expect((await atParse(page)).title).toBeNull();
  await expect(page.locator('.reminder-note')).toBeVisible();
  await expect(page.locator('#act-title')).not.toBeEmpty();
});
