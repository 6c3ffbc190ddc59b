import { i18n } from '#i18n';
import { mountPage } from '@/components/mountPage';
import { App } from './App';
import '@/components/theme.css';
import '@/components/form.css';
import './style.css';

await mountPage(i18n.t('welcome.title'), App, () => Date.now());
