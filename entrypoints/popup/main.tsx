import { i18n } from '#i18n';
import { mountPage } from '@/components/mountPage';
import { App } from './App';
import '@/components/theme.css';

import './style.css';

// The popup sizes itself to its first layout, so it renders once the day is known.
await mountPage(i18n.t('extName'), App, () => Date.now());
