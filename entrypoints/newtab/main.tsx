// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { render } from 'preact';
import { i18n } from '#i18n';
import { prompts } from '@/utils/content/prompts';
import { applyDisplay, readDisplay, readRecentPrompts, writeRecentPrompts } from '@/utils/mirror';
import { FROM_REMINDER } from '@/utils/reminders';
import { nextPrompt } from '@/utils/rotation';
import { connect, keepTime } from '@/utils/store';
import { uiLanguage } from '@/utils/text';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

// Everything the first paint needs is read synchronously: no await stands before render.
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
keepTime(() => Date.now());
if (prompt) {
  render(
    <App prompt={prompt} fromReminder={location.search.includes(FROM_REMINDER)} />,
    document.getElementById('app') as HTMLElement,
  );
}
void connect();
