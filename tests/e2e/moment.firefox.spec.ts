import { prompts } from '@/utils/content/prompts';
import { POPUP_SHORTCUT } from '../../wxt.config';
import { catalogue } from '../unit/catalogue';
import { expect, test } from './firefox';

/* The popup's grounding moment and the popup's shortcut, smoke-tested in Firefox (Chromium's suite goes further). */
test.describe('Firefox moment and shortcut', () => {
  test('the popup offers the moment and shows a prompt from the library', async ({ firefox }) => {
    const popup = await firefox.open('popup.html', '#app:not([inert]) #act-title');
    await (await popup.waitForSelector('button ::-p-text(A quiet moment)'))?.click();
    await popup.waitForSelector('#moment-text');
    const shown = await popup.$eval('#moment-text', (el) => ({
      id: (el as HTMLElement).dataset.promptId ?? '',
      text: el.textContent,
      focused: document.activeElement === el,
    }));
    expect(prompts.map((p) => p.id)).toContain(shown.id);
    expect(shown.text).toBe(catalogue('en').get(`prompts_${shown.id}`));
    expect(shown.focused).toBe(true);
    expect(await popup.$eval('.moment .eyebrow', (el) => el.textContent)).toBe('A moment for you');
    await (await popup.waitForSelector("::-p-text(Back to today's act)"))?.click();
    await popup.waitForSelector('#act-title');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('A quiet moment');
  });

  test('the settings page shows the key Firefox gives, and says so plainly once it is removed', async ({ firefox }) => {
    const options = await firefox.open('options.html', '.shortcut-now');
    expect(await options.$eval('.shortcut-now', (el) => el.textContent)).toBe(
      `${POPUP_SHORTCUT} opens Daily Kindness from any page, for today's act or a quiet moment.`,
    );
    expect(await options.$eval('.section:has(#shortcut-title) .hint', (el) => el.textContent)).toContain(
      'Manage Extension Shortcuts',
    );
    // As the person would in the Add-ons Manager: Firefox lets an extension clear its own key.
    await options.evaluate(() =>
      (browser.commands as unknown as { update(d: { name: string; shortcut: string }): Promise<void> }).update({
        name: '_execute_action',
        shortcut: '',
      }),
    );
    const again = await firefox.open('options.html', '.shortcut-now');
    expect(await again.$eval('.shortcut-now', (el) => el.textContent)).toBe(
      'No key is set to open Daily Kindness. You can choose one whenever you like.',
    );
  });
});
