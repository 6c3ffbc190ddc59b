import { expect, extensionUrl, test } from './firefox';

interface Day {
  actId: string;
  status: string;
}

test.describe('Firefox', () => {
  test('popup shows today’s act and “I did it” is stored', async ({ firefox }) => {
    const popup = await firefox.open('popup.html', '#act-title');
    expect(await popup.$eval('#act-title', (el) => el.textContent)).toBe(
      'Send a few encouraging words to someone you care about.',
    );
    expect(await popup.$eval('html', (el) => el.lang)).toBe('en-US');
    const done = await popup.waitForSelector('::-p-text(I did it)');
    await done?.click();
    await popup.waitForSelector('::-p-text(Done. Thank you for showing up today.)');
    const days = await popup.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          browser: { storage: { local: { get(k: string): Promise<Record<string, { days: Record<string, Day> }>> } } };
        }
      ).browser;
      return Object.values((await api.storage.local.get('progress')).progress?.days ?? {});
    });
    expect(days.map((d) => d.status)).toEqual(['done']);

    const permissions = await popup.evaluate(
      () =>
        (
          globalThis as unknown as { browser: { runtime: { getManifest(): { permissions?: string[] } } } }
        ).browser.runtime.getManifest().permissions,
    );
    expect(permissions).toEqual(['storage', 'alarms']);

    // Opened again the same day, the popup paints as last drawn (Chromium's suite checks that this
    // happens before its modules run), then is taken over and usable.
    await popup.waitForFunction(() => localStorage.getItem('popup-snapshot')?.includes('Done. Thank you'));
    await popup.close();
    const again = await firefox.open('popup.html', '#app:not([inert]) #act-title');
    expect(await again.evaluate(() => performance.getEntriesByName('snapshot-painted').length)).toBe(1);
    await again.waitForSelector('::-p-text(Undo)');
  });

  test('a new tab opens to the grounding prompt and today’s act', async ({ firefox }) => {
    const popup = await firefox.open('popup.html', '#act-title');
    const opened = new Promise<import('puppeteer-core').Page>((resolve) => {
      firefox.browser.on('targetcreated', async (target) => {
        const page = await target.page();
        if (page) resolve(firefox.watch(page));
      });
    });
    await popup.evaluate(() =>
      (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({}),
    );
    const tab = await opened;
    await tab.waitForSelector('#prompt-text');
    expect(await tab.evaluate(() => location.href)).toBe(extensionUrl('newtab.html'));
    expect(await tab.$eval('#prompt-text', (el) => el.textContent?.length ?? 0)).toBeGreaterThan(10);
    await tab.waitForSelector('#act-title');
  });
});
