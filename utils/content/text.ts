import { i18n } from '#i18n';
import { findOwn, isOwnId, type Mine } from '@/utils/domain/mine';

/*
 * Content words live in the locale files under keys built from stable ids;
 * the generated key types cannot list ids known only at run time.
 */
type Key = Parameters<typeof i18n.t>[0];

/** An act that has left the library (removed or renamed in a later release) still gets a title in history. */
export const actTitle = (id: string): string => i18n.t(`acts.${id}.title` as Key) || i18n.t('retiredAct');
export const actWhy = (id: string): string => i18n.t(`acts.${id}.why` as Key);
/**
 * The words of any act wherever one is shown (cards, history, the spreadsheet, a reminder): the
 * person's own as they wrote them, in any language, or the library's in theirs.
 */
export function titleOf(id: string, mine: Mine): string {
  const own = findOwn(mine, id);
  if (own) return own.title;
  // History can name an own act whose words are not here (deleted everything, then brought history back).
  return isOwnId(id) ? i18n.t('mine.goneAct') : actTitle(id);
}

export function whyOf(id: string, mine: Mine): string {
  const own = findOwn(mine, id);
  if (own) return own.why ?? '';
  return isOwnId(id) ? '' : actWhy(id);
}

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
