import type { Act } from '@/utils/content/types';
import { catalogue, LANGS, type Lang } from './catalogue';

/** Every locale flattened once, for the content tests. */
export const text = Object.fromEntries(LANGS.map((lang) => [lang, catalogue(lang)])) as Record<
  Lang,
  Map<string, string>
>;

export const titleOf = (lang: Lang, act: Act) => text[lang].get(`acts_${act.id}_title`) ?? '';
export const whyOf = (lang: Lang, act: Act) => text[lang].get(`acts_${act.id}_why`) ?? '';
export const actText = (lang: Lang, act: Act) => `${titleOf(lang, act)} ${whyOf(lang, act)}`;

/** Whether the words show in the act's title and why, in either language. */
export const has = (words: RegExp, act: Act) => words.test(actText('en', act)) || words.test(actText('es', act));

/** A line to print when a lint finds an act: its id and English words. */
export const show = (act: Act) => `${act.id}: ${actText('en', act)}`;

/**
 * A case-insensitive pattern matching whole words in any language: `\b` in JavaScript only
 * knows a–z, so "pequeños" would hold the word "os".
 */
export const wordsIn = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
