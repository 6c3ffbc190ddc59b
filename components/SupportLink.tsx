import { i18n } from '#i18n';

/** Always one click away on every surface: opens the support page (same extension origin) in a new tab. */
export function SupportLink() {
  return (
    <a class="support-link" href="/support.html" target="_blank" rel="noopener">
      {i18n.t('support.link')}
    </a>
  );
}
