import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/*
 * Content words live in the locale files under keys built from stable ids;
 * the generated key types cannot list ids known only at run time.
 */
type Key = Parameters<typeof i18n.t>[0];

export const actTitle = (id: string): string => i18n.t(`acts.${id}.title` as Key);
export const actWhy = (id: string): string => i18n.t(`acts.${id}.why` as Key);
export const promptText = (id: string): string => i18n.t(`prompts.${id}` as Key);

/** The browser's language, which also picks our words: for dates and `<html lang>`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
