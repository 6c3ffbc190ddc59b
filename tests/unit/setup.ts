import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The English catalogue, flattened as @wxt-dev/i18n flattens it for browser.i18n. */
function catalogue(lang: string): Map<string, string> {
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

const english = catalogue('en');

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n and no action title: answer from the real catalogue.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (english.get(key) ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
});
