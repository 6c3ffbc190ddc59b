import { i18n } from '#i18n';
import { mountPage } from '@/utils/page/mountPage';
import { App } from './App';
import './style.css';

await mountPage(i18n.t('summary.title'), App, () => Date.now());
