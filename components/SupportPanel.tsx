import { i18n } from '#i18n';
import { LINKS } from '@/utils/content/links';

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Plain words and direct lines to people who can help. */
export function SupportPanel() {
  return (
    <section class="support" aria-labelledby="support-title">
      <h1 id="support-title">{i18n.t('support.title')}</h1>
      <p>{i18n.t('support.intro')}</p>
      <p>{i18n.t('support.us')}</p>
      <ul class="support-lines">
        <li>
          <a href={LINKS.call988}>{i18n.t('support.call')}</a>
        </li>
        <li>
          <a href={LINKS.text988}>{i18n.t('support.text')}</a>
        </li>
        <li>
          <a href={LINKS.call988}>{i18n.t('support.veterans')}</a>
        </li>
        <li>
          <a href={LINKS.helplines} {...external}>
            {i18n.t('support.elsewhere')}
          </a>
        </li>
      </ul>
      <p>{i18n.t('support.emergency')}</p>
      <p class="note">{i18n.t('support.notTherapy')}</p>
      <p>
        <a href={LINKS.consultation} {...external}>
          {i18n.t('support.consult')}
        </a>
      </p>
    </section>
  );
}
