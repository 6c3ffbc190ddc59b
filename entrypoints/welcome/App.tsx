import { i18n } from '#i18n';
import { ArticleLink } from '@/components/ArticleLink';
import { SupportLink } from '@/components/SupportLink';
import { WelcomeChoices } from '@/components/WelcomeChoices';

export function App() {
  return (
    <main class="welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p class="lead">{i18n.t('welcome.intro')}</p>
      <p class="note">{i18n.t('welcome.private')}</p>
      <WelcomeChoices />
      <footer class="welcome-footer">
        <ArticleLink />
        <SupportLink />
      </footer>
      <p class="hint">{i18n.t('support.notTherapy')}</p>
    </main>
  );
}
