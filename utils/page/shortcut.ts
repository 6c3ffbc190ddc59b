import { browser } from 'wxt/browser';

/*
 * The keyboard shortcut that opens the toolbar popup (the `_execute_action` command in
 * wxt.config.ts). The manifest only suggests a key: the browser may not have given it (another
 * extension holds it) and the person may have changed or removed it, so the page asks.
 */

const OPEN_POPUP = '_execute_action';

/** Whether this browser has keyboard shortcuts for extensions at all (Firefox for Android has none). */
export const hasShortcuts = (): boolean => typeof browser.commands?.getAll === 'function';

/** The key that opens the popup, as the browser writes it; empty when none is set. */
export async function popupShortcut(): Promise<string> {
  if (!hasShortcuts()) return '';
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === OPEN_POPUP)?.shortcut ?? '';
}

/** Firefox's own call for its shortcuts page; the types `wxt/browser` carries are Chrome's. */
type FirefoxCommands = typeof browser.commands & { openShortcutSettings(): Promise<void> };

/** Opens the browser's own page for extension shortcuts, where the key is chosen. */
export async function openShortcutSettings(): Promise<void> {
  if (import.meta.env.FIREFOX) await (browser.commands as FirefoxCommands).openShortcutSettings();
  // Edge and other Chromium browsers answer this address with their own page.
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
