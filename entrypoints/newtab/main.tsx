// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { render } from 'preact';
import { i18n } from '#i18n';
import { prompts } from '@/utils/content/prompts';
import { nextPrompt } from '@/utils/rotation';
import { connect, keepTime } from '@/utils/store';
import { uiLanguage } from '@/utils/text';
import { App } from './App';
import '@/components/theme.css';
import './style.css';

/*
 * The prompt rotation lives in this page's synchronous localStorage, not in
 * extension storage, so the first paint already holds the prompt: no await
 * stands before it. It records nothing about the person.
 */
const ROTATION_KEY = 'prompt-rotation';

function readRecent(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(ROTATION_KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

const now = Date.now();
const { id, recent } = nextPrompt(
  prompts.map((p) => p.id),
  readRecent(),
  `${now}`,
);
localStorage.setItem(ROTATION_KEY, JSON.stringify(recent));
const prompt = prompts.find((p) => p.id === id) ?? prompts[0];

document.documentElement.lang = uiLanguage();
document.title = i18n.t('newTabTitle');
keepTime(() => Date.now());
if (prompt) render(<App prompt={prompt} />, document.getElementById('app') as HTMLElement);
void connect();
