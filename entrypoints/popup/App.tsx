import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ActCard } from '@/components/ActCard';
import { ArticleLink } from '@/components/ArticleLink';
import { SupportLink } from '@/components/SupportLink';
import { WeekView } from '@/components/WeekView';

export function App() {
  return (
    <main class="popup">
      <ActCard />
      <WeekView />
      <footer class="popup-footer">
        <ArticleLink />
        <SupportLink />
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {i18n.t('settingsLink')}
        </a>
      </footer>
    </main>
  );
}
