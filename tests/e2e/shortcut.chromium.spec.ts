import { POPUP_SHORTCUT, POPUP_SHORTCUT_MAC } from '../../wxt.config';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages';

/*
 * A key opens the toolbar popup (the `_execute_action` command). The manifest only suggests it;
 * what counts is the key the browser gave, which the settings page shows.
 */
interface Command {
  name?: string;
  shortcut?: string;
}

test('the manifest suggests the key, and the browser gives it to the popup', async ({
  context,
  extensionId,
  worker,
}) => {
  const manifest = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.commands).toEqual({
    _execute_action: { suggested_key: { default: POPUP_SHORTCUT, mac: POPUP_SHORTCUT_MAC } },
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const commands = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }).chrome.commands.getAll(),
  );
  expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe(POPUP_SHORTCUT);
});

test('the settings page shows the key the browser has, and opens the browser’s page for changing it', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const section = options.page.getByRole('region', { name: 'Keyboard shortcut' });
  await expect(section.getByText(`${POPUP_SHORTCUT} opens Daily Kindness from any page`)).toBeVisible();
  await expect(section).toContainText('chrome://extensions/shortcuts');
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    section.getByRole('button', { name: "Open the browser's shortcut settings" }).click(),
  ]);
  await expect.poll(() => opened.url()).toBe('chrome://extensions/shortcuts');
});
