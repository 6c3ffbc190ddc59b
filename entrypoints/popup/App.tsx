import { i18n } from '#i18n';
import { ActCard } from '@/components/ActCard';
import { ArticleLink } from '@/components/ArticleLink';
import { Celebration } from '@/components/Celebration';
import { Counts } from '@/components/Counts';
import { keepSnapshot } from '@/components/keepSnapshot';
import { mountPage } from '@/components/mountPage';
import { SupportLink } from '@/components/SupportLink';
import { WeekView } from '@/components/WeekView';
import { isWelcomeBack } from '@/utils/stats';
import { progress, today } from '@/utils/store';
import '@/components/theme.css';
import './style.css';

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

/**
 * The popup sizes itself to its first layout, so it renders once the day is known. When today was
 * drawn before, that drawing is already on screen (entrypoints/popup-paint): this render takes its
 * nodes over, and only then can they be used.
 */
export async function mountPopup(readClock: () => number): Promise<void> {
  await mountPage(i18n.t('extName'), App, readClock);
  document.getElementById('app')?.removeAttribute('inert');
  keepSnapshot(App);
}
