import { i18n } from '#i18n';
import { ActCard } from '@/components/ActCard';
import { ArticleLink } from '@/components/ArticleLink';
import { Celebration } from '@/components/Celebration';
import { Counts } from '@/components/Counts';
import { SupportLink } from '@/components/SupportLink';
import { WeekView } from '@/components/WeekView';
import { isWelcomeBack } from '@/utils/stats';
import { progress, today } from '@/utils/store';

export function App() {
  return (
    <main class="popup">
      {isWelcomeBack(progress.value, today.value.day) && <p class="welcome-back">{i18n.t('welcomeBack')}</p>}
      <ActCard />
      <Celebration />
      <WeekView />
      <Counts />
      <footer class="popup-footer">
        <ArticleLink />
        <SupportLink />
        <a href="/options.html" target="_blank" rel="noopener">
          {i18n.t('settingsLink')}
        </a>
      </footer>
    </main>
  );
}
