import { i18n } from '#i18n';

/*
 * Content words live in the locale files under keys built from stable ids;
 * the generated key types cannot list ids known only at run time.
 */
type Key = Parameters<typeof i18n.t>[0];

/** An act that has left the library (removed or renamed in a later release) still gets a title in history. */
export const actTitle = (id: string): string => i18n.t(`acts.${id}.title` as Key) || i18n.t('retiredAct');
export const actWhy = (id: string): string => i18n.t(`acts.${id}.why` as Key);
export const promptText = (id: string): string => i18n.t(`prompts.${id}` as Key);

/**
 * The language our words are shown in, for `<html lang>` and for dates and numbers.
 * The catalogue says which one the browser picked (a French browser gets English
 * words, so "en"); the browser's own tag adds the region when it is the same language.
 * Synchronous and without the extension API, so the new tab's first paint can use it.
 */
export function uiLanguage(): string {
  const words = i18n.t('lang');
  const browserTag = navigator.language;
  return browserTag.toLowerCase().split('-')[0] === words ? browserTag : words;
}
