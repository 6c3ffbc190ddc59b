// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { render } from 'preact';
import { i18n } from '#i18n';
import { applyDisplay, readDisplay } from '@/utils/mirror';
import { connect, keepTime } from '@/utils/store';
import { uiLanguage } from '@/utils/text';
import { App } from './App';
import '@/components/theme.css';
import '@/components/form.css';
import './style.css';

document.documentElement.lang = uiLanguage();
document.title = i18n.t('welcome.title');
applyDisplay(readDisplay());
keepTime(() => Date.now());
await connect();
render(<App />, document.getElementById('app') as HTMLElement);
