import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A locale file flattened to the message names browser.i18n sees (`acts.x.title` → `acts_x_title`). */
export function catalogue(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') out.set(prefix, node);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}_${k}` : k);
    }
  };
  walk(load(readFileSync(new URL(`../../locales/${lang}.yml`, import.meta.url), 'utf8')), '');
  return out;
}
