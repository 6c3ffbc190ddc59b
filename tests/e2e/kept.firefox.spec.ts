import { readFileSync } from 'node:fs';
import { expect, test } from './firefox';

/*
 * Firefox keeps extension storage in its own database: a store left by a newer
 * version survives a write there too, and an accepted edge value renders.
 */
test.describe('Firefox: nothing lost', () => {
  test('a newer version’s store keeps all it holds when today is marked done, and a far pause date renders', async ({
    firefox,
  }) => {
    const newer = JSON.parse(readFileSync('tests/fixtures/storage/newer.json', 'utf8'));
    const support = await firefox.open('support.html', 'h1');
    // After the background's first write on install, which would otherwise land over the seed.
    await support.waitForFunction(async () => Boolean((await browser.storage.local.get('progress')).progress));
    const day = await support.evaluate(async (store) => {
      const today = new Intl.DateTimeFormat('en-CA', {
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }).format(new Date());
      store.local.progress.days[today] = { actId: 'e_water_slowly', status: 'open', swapped: [], mood: 'calm' };
      store.sync.settings.reminder = { ...store.sync.settings.reminder, enabled: true, pausedUntil: 8.64e15 };
      await browser.storage.sync.set(store.sync);
      await browser.storage.local.set(store.local);
      return today;
    }, newer);
    const popup = await firefox.open('popup.html', '#app:not([inert]) #act-title');
    await popup.waitForFunction(
      () => document.querySelector('#act-title')?.getAttribute('data-act-id') === 'e_water_slowly',
    );
    (await popup.waitForSelector('::-p-text(I did it)'))?.click();
    await popup.waitForSelector('::-p-text(Done. Thank you for showing up today.)');
    const stored = await popup.evaluate(async () => ({
      ...(await browser.storage.local.get(null)),
      ...(await browser.storage.sync.get(null)),
    }));
    const progress = stored.progress as { days: Record<string, unknown>; streakFree: boolean };
    expect(progress.days[day]).toEqual({ actId: 'e_water_slowly', status: 'done', swapped: [], mood: 'calm' });
    for (const key of Object.keys(newer.local.progress.days))
      expect(progress.days[key]).toEqual(newer.local.progress.days[key]);
    expect(progress.streakFree).toBe(true);
    expect(stored.progress$).toEqual({ v: 3 });
    expect((stored.settings as { fontScale: number }).fontScale).toBe(1.25);

    const options = await firefox.open('options.html', '::-p-text(Reminders are paused until)');
    expect(await options.$eval('body', (b) => b.textContent)).toContain('275760');
    await options.waitForSelector('::-p-text(Delete everything)');
  });
});
