// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { type ComponentType, render } from 'preact';
import { uiLanguage } from '@/utils/content/text';
import { applyDisplay, FIRST_PAINT_HOOKS, readDisplay } from '@/utils/first-paint/mirror';
import { connect, keepTime } from '@/utils/storage/store';

/**
 * Starts a page that needs stored state before it can show anything true (popup, options,
 * welcome): language and look first, then storage, then one render. The clock comes from the
 * entrypoint, the only place that reads it.
 */
export async function mountPage(title: string, App: ComponentType, readClock: () => number): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = title;
  applyDisplay(readDisplay());
  await connect(FIRST_PAINT_HOOKS);
  keepTime(readClock);
  render(<App />, document.getElementById('app') as HTMLElement);
}
