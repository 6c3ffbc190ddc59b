import { expect, test } from './fixtures';
import {
  atParse,
  badgeText,
  fireDayAlarm,
  kept,
  nextDayAlarm,
  PopupPage,
  paintedFromKept,
  recordAtParse,
  storedDays,
} from './pages';

test('shows today’s act with why it helps, and remembers “I did it” until undone', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.eyebrow).toHaveText('Day 1 of 5 of the 5-day reset');
  await expect(popup.actTitle).toHaveText('Send a few encouraging words to someone you care about.');
  await expect(popup.page.locator('.act-why')).not.toBeEmpty();

  await popup.done.click();
  await expect(popup.page.getByText('Done. Thank you for showing up today.')).toBeVisible();
  await expect.poll(async () => Object.values(await storedDays(worker))[0]?.status).toBe('done');
  await expect(popup.weekCount).toHaveText('You showed up on 1 day this week.');
  await expect(popup.page.locator('.week-mark[data-today]')).toHaveAttribute('data-status', 'done');

  await popup.undo.click();
  await expect(popup.done).toBeVisible();
  await expect.poll(async () => Object.values(await storedDays(worker))[0]?.status).toBe('open');
  await expect(popup.weekCount).toHaveText('Each day is a fresh start.');
});

test('swap offers a different act, and “Not today” sets the day aside without a word of blame', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  const first = await popup.actId();
  await popup.swap.click();
  await expect.poll(() => popup.actId()).not.toBe(first);
  const second = await popup.actId();
  await expect
    .poll(async () => Object.values(await storedDays(worker))[0])
    .toEqual({
      actId: second,
      status: 'open',
      swapped: [first],
    });

  await popup.notToday.click();
  await expect(popup.page.getByText(/Set aside for today/)).toBeVisible();
  await expect(popup.page.locator('body')).not.toContainText(/fail|miss|broke|lost|streak/i);
  await expect.poll(async () => Object.values(await storedDays(worker))[0]?.status).toBe('skipped');
  await popup.bringBack.click();
  await expect(popup.done).toBeVisible();
});

test('the badge shows a quiet mark while the act is open and clears when it is done or set aside', async ({
  context,
  extensionId,
  worker,
}) => {
  await expect.poll(() => badgeText(worker)).toBe('•');
  const popup = await PopupPage.open(context, extensionId);
  await popup.done.click();
  await expect.poll(() => badgeText(worker)).toBe('');
  await popup.undo.click();
  await expect.poll(() => badgeText(worker)).toBe('•');
  await popup.notToday.click();
  await expect.poll(() => badgeText(worker)).toBe('');
});

test('the article link opens the article’s address in a new tab', async ({ context, extensionId, checks }) => {
  const url = 'https://www.palomasserenity.com/serenity-blog/acts-of-kindness-a-simple-path-to-stronger-mental-health';
  checks.expect(url);
  await context.route(url, (route) => route.fulfill({ body: '<title>Article</title>', contentType: 'text/html' }));
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.articleLink).toHaveAttribute('href', url);
  const [tab] = await Promise.all([context.waitForEvent('page'), popup.articleLink.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(url);
  expect(popup.page.isClosed()).toBe(false);
});

test('“I did it” survives the worker being stopped and a fresh worker waking', async ({
  context,
  extensionId,
  worker,
}) => {
  const { stopWorkers } = await import('./fixtures');
  const popup = await PopupPage.open(context, extensionId);
  await popup.done.click();
  await expect.poll(() => badgeText(worker)).toBe('');
  await stopWorkers(context);
  const reopened = await PopupPage.open(context, extensionId);
  await expect(reopened.undo).toBeVisible();
  await expect(reopened.page.getByText('Done. Thank you for showing up today.')).toBeVisible();
  // A fresh worker wakes for its alarm and recomputes the day: the record and the clear badge stay.
  await fireDayAlarm(reopened.page);
  await expect.poll(() => nextDayAlarm(reopened.page)).toBeGreaterThan(Date.now() + 60_000);
  await expect.poll(async () => Object.values(await storedDays(reopened.page))[0]?.status).toBe('done');
  await expect.poll(() => badgeText(reopened.page)).toBe('');
});

test('installs asking only for storage and alarms', async ({ worker }) => {
  const manifest = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.permissions).toEqual(['storage', 'alarms']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_scripts).toBeUndefined();
});

test('the same day, the popup paints as last drawn before anything loads, then stored changes win', async ({
  context,
  extensionId,
  worker,
}) => {
  await context.addInitScript(recordAtParse);
  const first = await PopupPage.open(context, extensionId);
  expect(await atParse(first)).toEqual({ title: null, inert: false });
  const title = await first.actTitle.textContent();
  await expect.poll(() => kept(first.page)).toContain(title);
  await first.page.close();

  const second = await PopupPage.open(context, extensionId);
  expect(await atParse(second)).toEqual({ title, inert: true });
  expect(await paintedFromKept(second)).toBe(1);
  await second.done.click();
  await expect(second.undo).toBeVisible();
  // Drawn again off-screen as a fresh open shows it: done, without the check-in form just offered.
  await expect.poll(() => kept(second.page)).toContain('Done. Thank you for showing up today.');
  expect(await kept(second.page)).not.toContain('checkin');
  await second.page.close();

  // Changed while no page was open (as by another device): the snapshot says done, storage says
  // open. An open page would have seen the change and dropped the snapshot (the welcome tab would).
  for (const page of context.pages()) await page.close();
  await worker.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local;
    const { progress } = (await local.get('progress')) as { progress: { days: Record<string, { status: string }> } };
    for (const day of Object.values(progress.days)) day.status = 'open';
    await local.set({ progress });
  });
  const third = await PopupPage.open(context, extensionId);
  expect(await atParse(third)).toEqual({ title, inert: true });
  await expect(third.done).toBeVisible();
  await expect(third.page.getByText('Done. Thank you for showing up today.')).toHaveCount(0);
});

test('a new tab keeps the popup’s snapshot of the day, so the day’s first popup paints at once', async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(recordAtParse);
  const tab = await context.newPage();
  await tab.goto('chrome://newtab');
  const title = await tab.locator('#act-title').textContent();
  await expect.poll(() => kept(tab)).toContain(title);
  await tab.close();

  const popup = await PopupPage.open(context, extensionId);
  expect(await atParse(popup)).toEqual({ title, inert: true });
  await expect(popup.weekCount).toHaveText('Each day is a fresh start.');
});

test('a foreign or damaged snapshot never runs anything: scripts, handlers and javascript: links are not rebuilt', async ({
  context,
  extensionId,
}) => {
  const first = await PopupPage.open(context, extensionId);
  const title = await first.actTitle.textContent();
  // Once this popup has kept its own snapshot, so the foreign one is not drawn over.
  await expect.poll(() => kept(first.page)).toContain(title);
  await first.page.evaluate(() => {
    const snapshot = {
      from: 0,
      until: Date.now() + 86_400_000,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      lang: document.documentElement.lang,
      nodes: [
        [
          'main',
          { class: 'popup', onclick: 'window.ran = true' },
          [
            ['script', {}, ['window.ran = true']],
            ['a', { id: 'bad-link', href: 'javascript:window.ran = true', onmouseover: 'window.ran = true' }, ['Open']],
            ['h1', { id: 'act-title' }, ['Foreign words']],
          ],
        ],
      ],
    };
    localStorage.setItem('popup-snapshot', JSON.stringify([snapshot]));
  });
  await first.page.close();
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const app = document.getElementById('app');
      const link = app?.querySelector('#bad-link');
      Object.assign(window, {
        rebuilt: {
          title: app?.querySelector('#act-title')?.textContent ?? null,
          scripts: app?.querySelectorAll('script').length,
          handlers: app?.querySelectorAll('[onclick], [onmouseover]').length,
          href: link?.getAttribute('href') ?? null,
        },
      });
    });
  });
  const second = await PopupPage.open(context, extensionId);
  expect(await second.page.evaluate(() => (window as unknown as { rebuilt: unknown }).rebuilt)).toEqual({
    title: 'Foreign words',
    scripts: 0,
    handlers: 0,
    href: null,
  });
  expect(await second.page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  // Preact then renders what storage holds.
  await expect(second.actTitle).toHaveText(title ?? '');

  // Not JSON at all (written once this popup has kept its own snapshot): opens as if nothing were kept.
  await expect.poll(() => kept(second.page)).toContain(title);
  await second.page.evaluate(() => localStorage.setItem('popup-snapshot', '{not json'));
  await second.page.close();
  const third = await PopupPage.open(context, extensionId);
  expect(await paintedFromKept(third)).toBe(0);
  await expect(third.actTitle).toHaveText(title ?? '');
});
