import { i18n } from '#i18n';
import { isWelcomeBack } from '@/utils/domain/stats';
import { progress, today } from '@/utils/storage/store';
import { ActCard } from './ActCard';
import { ArticleLink } from './ArticleLink';
import { Celebration, celebrating } from './Celebration';
import { Counts } from './Counts';
import { SupportLink } from './SupportLink';
import { WeekView } from './WeekView';

/** What the toolbar popup shows; also drawn off-screen by the new tab, for the popup's next open. */
export function PopupView() {
  return (
    <main class="popup">
      {isWelcomeBack(progress.value, today.value.day) && <p class="welcome-back">{i18n.t('welcomeBack')}</p>}
      <ActCard />
      {/* The day a program is finished is that moment alone: the week and the counts are back tomorrow. */}
      {celebrating() ? (
        <Celebration />
      ) : (
        <>
          <WeekView />
          <Counts />
        </>
      )}
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
