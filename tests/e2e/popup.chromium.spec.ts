import { expect, test } from './fixtures';
import { badgeText, fireDayAlarm, nextDayAlarm, PopupPage, storedDays } from './pages';

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
