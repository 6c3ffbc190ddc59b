import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { uiLanguage } from '@/utils/content/text';
import { currentTimeZone } from '@/utils/domain/day';
import { readDisplay, readSnapshots, showTheme } from '@/utils/first-paint/mirror';
import { freshSnapshot, rebuild, SNAPSHOT_MARK } from '@/utils/first-paint/snapshot';
import styles from '../popup/style.css?inline';

/*
 * The popup's first paint: a classic script, first in popup.html's head and
 * render-blocking like the new tab's, brings the page's styles and rebuilds the
 * snapshot kept for today (drawn earlier today, or ahead the day before) as soon as
 * the page is parsed, before the first frame. It stays inert (seen, not yet
 * clickable) until Preact has rendered over the same nodes with what storage
 * holds now (utils/first-paint/keepSnapshot.tsx).
 */
export default defineUnlistedScript(() => {
  // The page's only copy of its styles (the module loads none): a stylesheet link would make this
  // deferred script, and so the paint, wait for it.
  const style = document.createElement('style');
  style.textContent = styles;
  document.head.append(style);
  showTheme(readDisplay().theme);
  const root = document.getElementById('app');
  const lang = uiLanguage();
  const snapshot = freshSnapshot(readSnapshots('popup'), Date.now(), currentTimeZone(), lang);
  if (!root || !snapshot) return;
  document.documentElement.lang = lang;
  root.inert = true;
  for (const snap of snapshot.nodes) {
    const node = rebuild(snap);
    if (node) root.append(node);
  }
  // For the bench and tests, and anyone profiling: this open painted from the snapshot.
  performance.mark(SNAPSHOT_MARK);
});
