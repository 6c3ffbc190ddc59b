import { addDays } from '@/utils/domain/day';
import { OWN_TITLE_MAX, OWN_WHY_MAX } from '@/utils/domain/mine';
import { axe } from './axe';
import { expect, guard, launch, serviceWorker, test } from './fixtures';
import { OptionsPage, PopupPage } from './pages';

/*
 * How the person's own acts, "Not for me" and "Keep this one" look: the longest own act fits the
 * popup a browser shows (at most 600 px tall), and axe finds nothing in light or dark.
 */

/** Words as long as an own act may hold: Latin letters, or wide characters (which count as two). */
const LONGEST = {
  latin: (n: number) => 'Write a warm and honest note to someone who helped you '.repeat(5).slice(0, n),
  wide: (n: number) => '友だちに「ありがとう」と伝えて、一緒にお茶を飲む時間をつくる。'.repeat(5).slice(0, n / 2),
};

/** Storage for a popup on the daily path showing the person's own act at its longest today, with every count. */
function longestOwnAct(today: string, status: 'open' | 'done', script: keyof typeof LONGEST) {
  const words = LONGEST[script];
  const days: Record<string, unknown> = { [today]: { actId: 'own_longest', status, swapped: [] } };
  for (let i = 1; i <= 40; i += 3) {
    days[addDays(today, -i)] = { actId: i % 2 ? 'e_thinking_of_you' : 'e_hand_on_heart', status: 'done', swapped: [] };
  }
  const act = { id: 'own_longest', title: words(OWN_TITLE_MAX), why: words(OWN_WHY_MAX), effort: 'small' };
  return {
    settings: { path: 'daily', ownFrequency: 'only', hideNumbers: false },
    mine: { acts: [act], notForMe: [], kept: [] },
    progress: { startDay: addDays(today, -60), days },
  };
}

for (const [lang, script] of [
  ['en', 'latin'],
  ['es', 'latin'],
  ['en', 'wide'],
] as const) {
  test(`the longest own act (${script}) fits a 360×600 popup with its counts, open, done and after “Not for me”, in ${lang}`, async () => {
    const context = await launch({ lang });
    const checks = guard(context);
    const id = new URL((await serviceWorker(context)).url()).host;
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('#app:not([inert]) #act-title').waitFor();
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA').format(new Date()));
    // Written as another window would, so the check-in that "I did it" opens does not count here.
    const write = (status: 'open' | 'done') =>
      page.evaluate(
        async ({ settings, mine, progress }) => {
          type Area = { set(items: object): Promise<void> };
          const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', Area> } }).chrome;
          await api.storage.sync.set({ settings });
          await api.storage.local.set({ mine, progress });
        },
        longestOwnAct(today, status, script),
      );
    const fits = async (what: string) => {
      const [width, height] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
      ]);
      expect(width, what).toBeLessThanOrEqual(360);
      expect(height, what).toBeLessThanOrEqual(600);
    };
    await write('open');
    await page.locator('.act-card[data-status="open"] #act-title[data-act-id="own_longest"]').waitFor();
    await expect(page.locator('.counts li')).toHaveCount(4);
    await fits('open');
    await write('done');
    await page.locator('.act-card[data-status="done"] #act-title[data-act-id="own_longest"]').waitFor();
    await fits('done');
    await write('open');
    await page.locator('.act-card[data-status="open"]').waitFor();
    await page.locator('.act-card > .act-choice').click();
    await page.locator('.act-state button.quiet').waitFor();
    await fits('after “Not for me”');
    await context.close();
    expect(checks.errors).toEqual([]);
    expect(checks.offsite).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`own acts, the set-aside and kept lists, a list’s preview and the popup’s Undo pass axe in ${colorScheme}`, async () => {
    const context = await launch({ colorScheme });
    const checks = guard(context);
    const id = new URL((await serviceWorker(context)).url()).host;
    const popup = await PopupPage.open(context, id);
    await popup.notForMe.click();
    await popup.undoNotForMe.waitFor();
    await axe(popup.page, 'popup after “Not for me”');
    await popup.done.click();
    await popup.keep.click();
    await expect(popup.keep).toHaveAttribute('aria-pressed', 'true');
    await axe(popup.page, 'popup, kept');

    const options = await OptionsPage.open(context, id);
    await options.addOwnAct('اتصل بصديق قديم', 'Tiny');
    await options.page.getByLabel('Your act').fill('x'.repeat(OWN_TITLE_MAX - 5));
    await options.page.getByLabel('Bring in a list of acts').setInputFiles({
      name: 'acts.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('One\nاتصل بصديق قديم\n', 'utf8'),
    });
    await options.page.locator('.own-import').waitFor();
    await expect(options.setAside.getByRole('listitem')).toHaveCount(1);
    await expect(options.page.getByRole('list', { name: 'Kept' }).getByRole('listitem')).toHaveCount(1);
    await axe(options.page, 'options with own acts');
    await context.close();
    expect(checks.errors).toEqual([]);
    expect(checks.offsite).toEqual([]);
  });
}
