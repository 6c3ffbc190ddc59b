import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, LANGS } from './catalogue';

const root = new URL('../../', import.meta.url).pathname;
const en = catalogue('en');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) return sources(join(dir, name));
    return /\.(tsx?|html)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const code = [
  ...['entrypoints', 'components', 'utils'].flatMap(sources),
  readFileSync(join(root, 'wxt.config.ts'), 'utf8'),
].join('\n');
/** Message names the code asks for, as browser.i18n names them. */
const used = new Set(
  [...code.matchAll(/i18n\.t\(\s*'([\w.]+)'/g), ...code.matchAll(/__MSG_(\w+)__/g)].map((m) =>
    (m[1] ?? '').replaceAll('.', '_'),
  ),
);
/** Plural forms are stored as `key_0`, `key_1`, `key_n` and asked for as `key`. */
const base = (key: string) => key.replace(/_(0|1|n)$/, '');
const isContent = (key: string) => /^(acts|prompts)_/.test(key);

describe.each(LANGS)('the %s catalogue', (lang) => {
  const messages = catalogue(lang);

  it('has exactly the keys of the English catalogue', () => {
    expect([...messages.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty message and keeps every placeholder', () => {
    for (const [key, value] of messages) {
      expect(value.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(holes(value), key).toEqual(holes(en.get(key) ?? ''));
    }
  });
});

describe('keys in code and catalogue', () => {
  it('defines every key the code uses', () => {
    const defined = new Set([...en.keys()].map(base));
    expect([...used].filter((key) => !defined.has(key))).toEqual([]);
  });

  it('uses every interface key it defines (content keys are checked against content data)', () => {
    const unused = [...new Set([...en.keys()].filter((k) => !isContent(k)).map(base))].filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });
});
