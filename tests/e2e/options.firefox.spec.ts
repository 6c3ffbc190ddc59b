import type { Page } from 'puppeteer-core';
import { expect, extensionUrl, test } from './firefox';

/*
 * The same behaviour as in Chromium, smoke-tested in Firefox: welcome on
 * install, options that change the popup, the support page, and a reminder
 * that asks for its permission for real (Firefox can grant it unattended).
 */
test.describe('Firefox options and reminders', () => {
  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

  test('welcome opens on install; options change the popup; support is one click away', async ({ firefox }) => {
    const popup = await firefox.open('popup.html', '#act-title');
    await expect
      .poll(() => popup.evaluate(async () => (await browser.tabs.query({})).map((t) => t.url)))
      .toContain(extensionUrl('welcome.html'));

    const options = await firefox.open('options.html', 'h1');
    await (await options.waitForSelector('::-p-text(Daily kindness)'))?.click();
    await expect.poll(() => text(popup, '.act-card .eyebrow')).toBe("Today's act of kindness");
    await (await options.waitForSelector('label ::-p-text(Dark)'))?.click();
    await expect.poll(() => popup.$eval('html', (el) => el.dataset.theme)).toBe('dark');

    expect(await popup.$eval('a.support-link', (a) => (a as HTMLAnchorElement).href)).toBe(
      extensionUrl('support.html'),
    );
    const support = await firefox.open('support.html', 'h1');
    expect(await text(support, 'h1')).toBe('Support, right now');
  });

  test('turning the reminder on asks for notifications and schedules it; turning it off gives the permission back', async ({
    firefox,
  }) => {
    const options = await firefox.open('options.html', 'h1');
    const permissions = () => options.evaluate(async () => (await browser.permissions.getAll()).permissions ?? []);
    expect(await permissions()).not.toContain('notifications');
    await (await options.waitForSelector('::-p-text(Remind me when)'))?.click();
    await expect.poll(permissions).toContain('notifications');
    await expect
      .poll(() => options.evaluate(async () => (await browser.alarms.get('reminder'))?.scheduledTime ?? 0))
      .toBeGreaterThan(Date.now());
    await (await options.waitForSelector('::-p-text(Remind me when)'))?.click();
    await expect.poll(permissions).not.toContain('notifications');
    await expect.poll(() => options.evaluate(async () => (await browser.alarms.get('reminder')) ?? null)).toBeNull();
  });
});
