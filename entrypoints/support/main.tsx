import { render } from 'preact';
import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import { applyDisplay, readDisplay } from '@/utils/first-paint/mirror';
import './style.css';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = i18n.t('support.title');
applyDisplay(readDisplay());
render(<App />, document.getElementById('app') as HTMLElement);
