import { i18n } from '#i18n';

/*
 * Content words live in the locale files under keys built from stable ids;
 * the generated key types cannot list ids known only at run time.
 */
type Key = Parameters<typeof i18n.t>[0];

export const actTitle = (id: string): string => i18n.t(`acts.${id}.title` as Key);
export const actWhy = (id: string): string => i18n.t(`acts.${id}.why` as Key);
export const promptText = (id: string): string => i18n.t(`prompts.${id}` as Key);

/** The language the browser shows our words in, for dates and `<html lang>` (`@@ui_locale` is built in). */
export function uiLanguage(): string {
  return (i18n.t('@@ui_locale' as Key) || 'en').replace('_', '-');
}
