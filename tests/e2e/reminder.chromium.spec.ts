import type { BrowserContext, Page, Worker } from '@playwright/test';
import { E2E_EXTENSION_DIR, expect, guard, launch, serviceWorker, test } from './fixtures';
import { PopupPage, stored } from './pages';

/*
 * Reminders run on the test build (`--mode e2e`), which holds the notifications
 * permission from install: Chromium gives automation no way to answer its
 * permission prompt. The clock is faked so 09:00 comes within seconds.
 */
test.describe.configure({ timeout: 120_000 });

interface Run {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  checks: ReturnType<typeof guard>;
}

async function start(fakeTime: string): Promise<Run> {
  const context = await launch({ extensionDir: E2E_EXTENSION_DIR, timeZone: 'America/New_York', fakeTime });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  return { context, worker, extensionId: new URL(worker.url()).host, checks };
}

async function finish(run: Run) {
  await run.context.close();
  expect(run.checks.offsite).toEqual([]);
  expect(run.checks.errors).toEqual([]);
}

/** Records what the worker asks the notifications API to show. */
async function recordNotifications(worker: Worker) {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      shown: unknown[];
      chrome: { notifications: { create: (...args: unknown[]) => unknown } };
    };
    g.shown = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (...args: unknown[]) => {
      g.shown.push(args);
      return create(...args);
    };
  });
}

const shown = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { shown: [string, { title: string; message: string }][] }).shown);

async function turnOnReminder(page: Page, extensionId: string, time: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel(/Remind me when/).check();
  await page.getByLabel('Time', { exact: true }).fill(time);
  await page.getByLabel('Time', { exact: true }).blur();
}

const alarmAt = (page: Page) =>
  page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };
      }
    ).chrome;
    return (await api.alarms.get('reminder'))?.scheduledTime ?? 0;
  });

test('a reminder comes once at the chosen local time with today’s act, and not again that day', async () => {
  const run = await start('2026-11-25 08:59:35');
  const page = await run.context.newPage();
  await turnOnReminder(page, run.extensionId, '09:00');
  await expect
    .poll(async () => (await stored(run.worker)).settings)
    .toMatchObject({ reminder: { enabled: true, time: '09:00' } });
  await expect.poll(() => alarmAt(page)).toBe(Date.parse('2026-11-25T14:00:00Z'));
  await recordNotifications(run.worker);
  const popup = await PopupPage.open(run.context, run.extensionId);
  const title = await popup.actTitle.textContent();

  await expect.poll(() => shown(run.worker), { timeout: 40_000 }).toHaveLength(1);
  const [id, options] = (await shown(run.worker))[0] ?? [];
  expect(id).toBe('daily-kindness-reminder');
  expect(options?.title).toBe('A small kindness is waiting');
  expect(options?.message).toBe(title);
  await expect.poll(() => alarmAt(page)).toBe(Date.parse('2026-11-26T14:00:00Z'));
  expect((await stored(run.worker)).reminderLog).toMatchObject({ day: '2026-11-25' });
  await finish(run);
});

test('no reminder when today’s act is already done, and none while paused for a week', async () => {
  const run = await start('2026-11-25 08:59:35');
  const page = await run.context.newPage();
  await turnOnReminder(page, run.extensionId, '09:00');
  await expect.poll(() => alarmAt(page)).toBe(Date.parse('2026-11-25T14:00:00Z'));
  await recordNotifications(run.worker);
  const popup = await PopupPage.open(run.context, run.extensionId);
  await popup.done.click();
  // Past 09:00 the alarm has fired and planned tomorrow, without a notification.
  await expect.poll(() => alarmAt(page), { timeout: 40_000 }).toBe(Date.parse('2026-11-26T14:00:00Z'));
  expect(await shown(run.worker)).toEqual([]);

  await page.getByRole('button', { name: 'Pause reminders for a week' }).click();
  await expect(page.getByRole('status')).toContainText('Reminders are paused until');
  await expect.poll(() => alarmAt(page)).toBe(Date.parse('2026-12-02T14:00:00Z'));
  await page.getByRole('button', { name: 'Resume reminders' }).click();
  await expect.poll(() => alarmAt(page)).toBe(Date.parse('2026-11-26T14:00:00Z'));
  await finish(run);
});

test('the page a reminder opens shows today’s act and pauses reminders in one click', async () => {
  const run = await start('2026-11-25 09:00:05');
  const page = await run.context.newPage();
  await turnOnReminder(page, run.extensionId, '09:00');
  await page.goto(`chrome-extension://${run.extensionId}/newtab.html?from=reminder`);
  await expect(page.locator('#act-title')).toBeVisible();
  await page.getByRole('button', { name: 'Pause reminders for a week' }).click();
  await expect
    .poll(async () => (await stored(run.worker)).settings)
    .toMatchObject({
      reminder: { pausedUntil: expect.any(Number) },
    });
  await finish(run);
});
