import { render } from 'preact';
import { i18n } from '#i18n';
import { FROM_REMINDER } from '@/components/links';
import { prompts } from '@/utils/content/prompts';
import { applyDisplay, readDisplay, readRecentPrompts, writeRecentPrompts } from '@/utils/mirror';
import { nextPrompt } from '@/utils/rotation';
import { uiLanguage } from '@/utils/text';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

/*
 * First paint needs only what is read synchronously: the prompt rotation and
 * the display choices mirrored in localStorage. Storage, the act library and
 * the day logic load after it (see App).
 */
const display = readDisplay();
const pool = display.newTabStyle === 'breath' ? prompts.filter((p) => p.kind === 'breath') : prompts;
const { id, recent } = nextPrompt(
  pool.map((p) => p.id),
  readRecentPrompts(),
  String(Date.now()),
);
writeRecentPrompts(recent);
const prompt = pool.find((p) => p.id === id) ?? prompts[0];

document.documentElement.lang = uiLanguage();
document.title = i18n.t('newTabTitle');
applyDisplay(display);
if (prompt) {
  render(
    <App prompt={prompt} style={display.newTabStyle} fromReminder={location.search.includes(FROM_REMINDER)} />,
    document.getElementById('app') as HTMLElement,
  );
}
