import type { BrowserContext, Page } from '@playwright/test';
import { prompts } from '@/utils/content/prompts';
import { catalogue } from '../unit/catalogue';
import { axe } from './axe';
import { expect, guard, launch, serviceWorker, test } from './fixtures';
import { NewTabPage, OptionsPage, PopupPage, storedDays } from './pages';

/*
 * The new tab's grounding moment, offered in the toolbar popup for whoever keeps another new-tab
 * extension: the same prompts, the same rotation, the same breathing circle.
 */
const english = catalogue('en');
/** The largest popup a browser shows. */
const POPUP = { width: 360, height: 600 };
const breathIds = prompts.filter((p) => p.kind === 'breath').map((p) => p.id);

async function chooseBreathingOnly(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await OptionsPage.open(context, extensionId);
  if (await options.choose('Breathing only')) await options.settled();
  await options.page.close();
}

/** The same choice written to storage, as another window would, for a page in any language; `page` mirrors it. */
async function storeBreathingOnly(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: typeof browser }).chrome.storage.sync;
    const { settings } = await sync.get('settings');
    await sync.set({ settings: { ...(settings as object), newTabStyle: 'breath' } });
  });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('display'))).toContain('"newTabStyle":"breath"');
}

/** Plants the rotation every extension page shares, as if these prompts had just been shown. */
const plantRotation = (page: Page, ids: string[]) =>
  page.evaluate((recent) => localStorage.setItem('prompt-rotation', JSON.stringify(recent)), ids);

test('a check-in being written is all still there after a moment, and saves as written', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.done.click();
  const form = popup.page.locator('form.checkin');
  const note = 'Held the door and it felt good';
  await form.getByLabel('A note for yourself').fill(note);
  await popup.momentOpener.click();
  await expect(popup.momentText).toBeFocused();
  await expect(form).toBeHidden();
  await popup.momentBack.click();
  await expect(form.getByLabel('A note for yourself')).toHaveValue(note);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => Object.values(await storedDays(worker))[0]?.note).toBe(note);
});

test('the popup offers a moment from the library, and the way back leads to the act with focus on the offer', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  const act = await popup.actTitle.textContent();
  await popup.momentOpener.click();
  await expect(popup.momentLabel).toHaveText('A moment for you');
  const id = await popup.promptId();
  expect(prompts.map((p) => p.id)).toContain(id);
  await expect(popup.momentText).toHaveText(english.get(`prompts_${id}`) ?? '');
  await expect(popup.momentText).toBeFocused();
  // In place of the day: the act, the week and the counts step aside; the support link stays.
  await expect(popup.actTitle).toBeHidden();
  await expect(popup.page.locator('.week')).toBeHidden();
  await expect(popup.page.getByRole('link', { name: 'Need support now?' })).toBeVisible();
  expect(await popup.page.evaluate(() => JSON.parse(localStorage.getItem('prompt-rotation') ?? '[]').at(-1))).toBe(id);

  await popup.momentBack.click();
  await expect(popup.actTitle).toHaveText(act ?? '');
  await expect(popup.momentOpener).toBeFocused();
  await expect(popup.momentText).toHaveCount(0);
});

test('with breathing only chosen in settings, the moment is a breath prompt with its paced circle', async ({
  context,
  extensionId,
}) => {
  await chooseBreathingOnly(context, extensionId);
  const popup = await PopupPage.open(context, extensionId);
  await popup.momentOpener.click();
  await expect(popup.momentText).toHaveAttribute('data-kind', 'breath');
  await expect(popup.breathCircle).toBeVisible();
  await expect(popup.breathCircle).toHaveAttribute('aria-hidden', 'true');
  const running = () =>
    popup.page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  expect(await running()).toBe(1);
  // Back at the act, the breath stops with the circle.
  await popup.momentBack.click();
  expect(await running()).toBe(0);
});

test('the circle holds still when reduced motion is asked for', async () => {
  const context = await launch({ reducedMotion: 'reduce' });
  const checks = guard(context);
  const id = new URL((await serviceWorker(context)).url()).host;
  await chooseBreathingOnly(context, id);
  const popup = await PopupPage.open(context, id);
  await popup.momentOpener.click();
  await expect(popup.breathCircle).toBeVisible();
  expect(await popup.page.evaluate(() => document.getAnimations().length)).toBe(0);
  await context.close();
  expect(checks.errors).toEqual([]);
});

test('takes turns with the new tab from one rotation: neither shows what the other just did', async ({
  context,
  extensionId,
}) => {
  await chooseBreathingOnly(context, extensionId);
  const popup = await PopupPage.open(context, extensionId);
  // All but two breath prompts just shown: the new tab takes one of those two, the popup the other.
  const [first, second, ...shown] = breathIds;
  await plantRotation(popup.page, shown);
  const tab = await NewTabPage.open(context);
  const onTab = (await tab.prompt.getAttribute('data-prompt-id')) ?? '';
  expect([first, second]).toContain(onTab);

  await popup.momentOpener.click();
  const inPopup = await popup.promptId();
  expect(inPopup).toBe(onTab === first ? second : first);
  // Opened again at once: another prompt, the one the rotation has gone longest without.
  await popup.momentBack.click();
  await popup.momentOpener.click();
  await expect(popup.momentText).not.toHaveAttribute('data-prompt-id', inPopup);
  expect(await popup.promptId()).toBe(shown[0]);
});

test('works from the keyboard alone, and passes axe in light and dark', async ({ context, extensionId }) => {
  await chooseBreathingOnly(context, extensionId);
  const popup = await PopupPage.open(context, extensionId);
  const { page } = popup;
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let i = 0; i < 30 && (await focusedName()) !== 'A quiet moment'; i++) await page.keyboard.press('Tab');
  await expect(popup.momentOpener).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popup.momentText).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(popup.momentBack).toBeFocused();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await axe(page, `popup moment (${colorScheme})`);
  }
  await page.keyboard.press('Enter');
  await expect(popup.momentOpener).toBeFocused();
  await expect(popup.actTitle).toBeVisible();
  await page.keyboard.press(' ');
  await expect(popup.momentText).toBeFocused();
});

test('speaks Spanish', async () => {
  const context = await launch({ lang: 'es' });
  const checks = guard(context);
  const id = new URL((await serviceWorker(context)).url()).host;
  const popup = await PopupPage.open(context, id);
  await popup.page.getByRole('button', { name: 'Un respiro' }).click();
  await expect(popup.momentLabel).toHaveText('Un momento para ti');
  await expect(popup.momentText).toHaveText(catalogue('es').get(`prompts_${await popup.promptId()}`) ?? '');
  await popup.page.getByRole('button', { name: 'Volver al acto de hoy' }).click();
  await expect(popup.page.getByRole('button', { name: 'Un respiro' })).toBeFocused();
  await context.close();
  expect(checks.errors).toEqual([]);
  expect(checks.offsite).toEqual([]);
});

/*
 * A browser shows a popup only so tall (POPUP). The tallest moment is the longest prompt with a
 * breathing circle: the breathing-only style and a rotation that remembers every other breath
 * prompt bring it next.
 */
for (const lang of ['en', 'es'] as const) {
  test(`the moment with the longest prompt fits the popup in ${lang}`, async () => {
    const words = catalogue(lang);
    const length = (id: string) => words.get(`prompts_${id}`)?.length ?? 0;
    const longest = [...prompts].sort((a, b) => length(b.id) - length(a.id))[0];
    expect(longest?.kind, 'the longest prompt is a breath one, which a rotation can bring next').toBe('breath');
    const context = await launch({ lang });
    const checks = guard(context);
    const id = new URL((await serviceWorker(context)).url()).host;
    const popup = await PopupPage.open(context, id);
    await popup.page.setViewportSize(POPUP);
    await storeBreathingOnly(popup.page);
    await plantRotation(
      popup.page,
      breathIds.filter((b) => b !== longest?.id),
    );
    await popup.page.locator('.moment-open').click();
    await expect(popup.momentText).toHaveAttribute('data-prompt-id', longest?.id ?? '');
    await expect(popup.breathCircle).toBeVisible();
    const size = await popup.page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(size.height, `the moment's height in ${lang}`).toBeLessThanOrEqual(POPUP.height);
    expect(size.width, `the moment's width in ${lang}`).toBeLessThanOrEqual(POPUP.width);
    await context.close();
    expect(checks.errors).toEqual([]);
  });
}
