import { i18n } from '#i18n';
import { LINKS } from '@/utils/content/links';
import { ArticleLink } from '../ArticleLink';
import { Section } from '../form';
import { SupportLink } from '../SupportLink';

export function AboutLinks() {
  return (
    <Section id="about" title={i18n.t('options.about')}>
      <ul class="link-list">
        <li>
          <ArticleLink />
        </li>
        <li>
          <a href={LINKS.consultation} target="_blank" rel="noopener noreferrer">
            {i18n.t('support.consult')}
          </a>
        </li>
        <li>
          <SupportLink />
        </li>
        <li>
          <a href="/welcome.html">{i18n.t('options.welcomeAgain')}</a>
        </li>
      </ul>
      <p class="hint">{i18n.t('support.notTherapy')}</p>
    </Section>
  );
}
