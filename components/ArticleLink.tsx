import { i18n } from '#i18n';

export const ARTICLE_URL =
  'https://www.palomasserenity.com/serenity-blog/acts-of-kindness-a-simple-path-to-stronger-mental-health';

export function ArticleLink() {
  return (
    <a class="article-link" href={ARTICLE_URL} target="_blank" rel="noopener noreferrer">
      {i18n.t('readArticle')}
      <span class="visually-hidden"> {i18n.t('opensNewTab')}</span>
    </a>
  );
}
