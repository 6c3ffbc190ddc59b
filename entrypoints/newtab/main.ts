import { FROM_REMINDER } from '@/utils/content/links';
import { afterFirstPaint } from '@/utils/first-paint/afterFirstPaint';

/*
 * The prompt is already on screen (entrypoints/newtab-paint). Preact, storage,
 * the act library and the day logic load once that paint is out, and fill the
 * act slot the shell reserved.
 */
const main = document.querySelector<HTMLElement>('main.newtab');
const slot = main?.querySelector<HTMLElement>('.act-slot');
if (main && slot) {
  const fromReminder = location.search.includes(FROM_REMINDER);
  afterFirstPaint(() => void import('./App').then(({ mountApp }) => mountApp(slot, main, fromReminder)));
}
