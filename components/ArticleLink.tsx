import { i18n } from '#i18n';
import { LINKS } from '@/utils/content/links';

export function ArticleLink() {
  return (
    <a class="article-link" href={LINKS.article} target="_blank" rel="noopener noreferrer">
      {i18n.t('readArticle')}
      <span class="visually-hidden"> {i18n.t('opensNewTab')}</span>
    </a>
  );
}
