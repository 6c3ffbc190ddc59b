import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { i18n } from '#i18n';
import { FROM_REMINDER } from '@/utils/content/links';
import { uiLanguage } from '@/utils/content/text';
import { currentTimeZone } from '@/utils/domain/day';
import { showClock } from '@/utils/first-paint/clock';
import { readDisplay, readShownAct, readSnapshots, showTheme } from '@/utils/first-paint/mirror';
import { paintShell } from '@/utils/first-paint/NewTabShell';
import { takePrompt } from '@/utils/first-paint/prompt';
import { actIdIn, freshSnapshot, rebuild, SNAPSHOT_MARK } from '@/utils/first-paint/snapshot';
import styles from '../newtab/style.css?inline';

/*
 * The new tab's first paint: a classic script, first in newtab.html's head,
 * deferred and render-blocking, so it loads ahead of the modules and runs as
 * soon as the page is parsed, before the first frame. It needs only what is read
 * synchronously: the prompt rotation, the display choices and the snapshot of
 * today's act card mirrored in localStorage. The card stays inert (seen, not yet
 * clickable) until Preact has rendered over the same nodes with what storage
 * holds now (entrypoints/newtab).
 */
export default defineUnlistedScript(() => {
  // The page's only copy of its styles (the module loads none): a stylesheet link would make this
  // deferred script, and so the paint, wait for it.
  const style = document.createElement('style');
  style.textContent = styles;
  document.head.append(style);
  const display = readDisplay();
  const lang = uiLanguage();
  const now = Date.now();
  // Opened from a reminder, the page puts a note above the card: painting the card first would move it.
  const card =
    display.newTabStyle === 'full' && !location.search.includes(FROM_REMINDER)
      ? freshSnapshot(readSnapshots('newtab'), now, currentTimeZone(), lang)
      : null;
  // The act beside the prompt: the one painted now, or the one last shown when no snapshot holds
  // (on the day's first tab that can still be yesterday's).
  const prompt = takePrompt(display.newTabStyle, (card && actIdIn(card.nodes)) ?? readShownAct(), String(now));
  document.documentElement.lang = lang;
  document.title = i18n.t('newTabTitle');
  // Only shown: the choices just read are already what the mirror holds.
  showTheme(display.theme);
  const { main, slot } = paintShell(document.getElementById('app') as HTMLElement, prompt, display.newTabStyle);
  if (display.clock) showClock(main, true, () => Date.now());
  if (!card) return;
  slot.inert = true;
  for (const snap of card.nodes) {
    const node = rebuild(snap);
    if (node) slot.append(node);
  }
  performance.mark(SNAPSHOT_MARK);
});
