import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import actCard from '@/components/ActCard.css?inline';
import celebration from '@/components/Celebration.css?inline';
import theme from '@/components/theme.css?inline';
import week from '@/components/WeekView.css?inline';
import { currentTimeZone } from '@/utils/day';
import { readDisplay, readPopupSnapshot, showTheme } from '@/utils/mirror';
import { freshSnapshot, KEPT_DRAWING_MARK, rebuild } from '@/utils/snapshot';
import { uiLanguage } from '@/utils/text';
import popup from '../popup/style.css?inline';

/*
 * The popup's first paint when it was already drawn today: a classic script,
 * first in popup.html's head and render-blocking like the new tab's, rebuilds
 * that drawing as soon as the page is parsed, before the first frame.
 * It stays inert (seen, not yet clickable) until Preact has rendered over the
 * same nodes with what storage holds now (components/keepSnapshot.tsx).
 */
export default defineUnlistedScript(() => {
  // Styles come with the script, as for the new tab: stylesheet links would hold it, and the paint,
  // until they load. The module links the same files later (and the check-in form's, which a
  // kept drawing never holds); the rules are the same.
  const style = document.createElement('style');
  style.textContent = theme + actCard + week + celebration + popup;
  document.head.append(style);
  showTheme(readDisplay().theme);
  const root = document.getElementById('app');
  const lang = uiLanguage();
  const snapshot = freshSnapshot(readPopupSnapshot(), Date.now(), currentTimeZone(), lang);
  if (!root || !snapshot) return;
  document.documentElement.lang = lang;
  root.inert = true;
  for (const snap of snapshot.nodes) {
    const node = rebuild(snap);
    if (node) root.append(node);
  }
  // For the bench and tests, and anyone profiling: this open painted from the kept drawing.
  performance.mark(KEPT_DRAWING_MARK);
});
