import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import { readDisplay, readShownAct, showTheme } from '@/utils/first-paint/mirror';
import { paintShell } from '@/utils/first-paint/NewTabShell';
import { takePrompt } from '@/utils/first-paint/prompt';
import styles from '../newtab/style.css?inline';

/*
 * The new tab's first paint: a classic script, first in newtab.html's head,
 * deferred and render-blocking, so it loads ahead of the modules and runs as
 * soon as the page is parsed, before the first frame. It needs only what is read
 * synchronously: the prompt rotation and the display choices mirrored in
 * localStorage. Preact, storage and the act come after (entrypoints/newtab).
 */
export default defineUnlistedScript(() => {
  // The page's only copy of its styles (the module loads none): a stylesheet link would make this
  // deferred script, and so the paint, wait for it.
  const style = document.createElement('style');
  style.textContent = styles;
  document.head.append(style);
  const display = readDisplay();
  const prompt = takePrompt(display.newTabStyle, readShownAct(), String(Date.now()));
  document.documentElement.lang = uiLanguage();
  document.title = i18n.t('newTabTitle');
  // Only shown: the choices just read are already what the mirror holds.
  showTheme(display.theme);
  if (prompt) paintShell(document.getElementById('app') as HTMLElement, prompt, display.newTabStyle);
});
