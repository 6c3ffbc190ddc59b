import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { i18n } from '#i18n';
import { besideAct, prompts } from '@/utils/content/prompts';
import { uiLanguage } from '@/utils/content/text';
import { nextPrompt } from '@/utils/domain/rotation';
import {
  readDisplay,
  readRecentPrompts,
  readShownAct,
  showTheme,
  writeRecentPrompts,
} from '@/utils/first-paint/mirror';
import { paintShell } from '@/utils/first-paint/NewTabShell';
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
  const styled = display.newTabStyle === 'breath' ? prompts.filter((p) => p.kind === 'breath') : prompts;
  // One idea shows once: no prompt that repeats the act this new tab showed last (on the day's
  // first tab of a day that can still be yesterday's).
  const pool = besideAct(styled, readShownAct());
  const { id, recent } = nextPrompt(
    pool.map((p) => p.id),
    readRecentPrompts(),
    String(Date.now()),
  );
  writeRecentPrompts(recent);
  const prompt = pool.find((p) => p.id === id) ?? prompts[0];
  document.documentElement.lang = uiLanguage();
  document.title = i18n.t('newTabTitle');
  // Only shown: the choices just read are already what the mirror holds.
  showTheme(display.theme);
  if (prompt) paintShell(document.getElementById('app') as HTMLElement, prompt, display.newTabStyle);
});
