import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Rules for our own code, enforced by a test as refined-github does: nothing
 * that writes HTML from strings, evaluates strings or reaches the network, and
 * only entrypoints read the clock.
 */
const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [{ path, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

const code = ['entrypoints', 'components', 'utils'].flatMap(sources);

const forbidden: [string, RegExp][] = [
  ['HTML from strings', /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/],
  ['string evaluation', /\beval\(|new Function\(|setTimeout\(\s*['"`]/],
  ['network access', /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/],
  ['remote resources', /(src|href)=["']https?:\/\/(?!www\.palomasserenity|findahelpline)/],
];

describe('source rules', () => {
  it('finds our code to check', () => {
    expect(code.length).toBeGreaterThan(40);
  });

  for (const [rule, pattern] of forbidden) {
    it(`has no ${rule}`, () => {
      expect(code.filter((f) => pattern.test(f.text)).map((f) => f.path)).toEqual([]);
    });
  }

  it('reads the clock only in entrypoints', () => {
    const readers = code.filter((f) => !f.path.startsWith('entrypoints/') && /Date\.now\(\)|new Date\(\)/.test(f.text));
    expect(readers.map((f) => f.path)).toEqual([]);
  });

  /*
   * Each page has one stylesheet, `entrypoints/<page>/style.css`, that imports the theme and the
   * styles of the components it shows. A component importing its own would load it a second time
   * on the popup and new tab, whose first-paint scripts already carry the page's styles.
   */
  const pageSheets = readdirSync(join(root, 'entrypoints'))
    .map((page) => join(root, 'entrypoints', page, 'style.css'))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'));

  it('leaves styles to the pages', () => {
    expect(
      code.filter((f) => /import\s+['"][^'"]+\.css['"]/.test(f.text) && !f.path.startsWith('entrypoints/')),
    ).toEqual([]);
    expect(pageSheets.length).toBe(5);
    for (const sheet of pageSheets)
      expect(sheet).toMatch(/^(\/\*[\s\S]*?\*\/\s*)?@import "..\/..\/components\/theme.css";/);
  });

  it('puts every component stylesheet on a page', () => {
    const used = new Set(
      pageSheets.flatMap((s) => [...s.matchAll(/@import "..\/..\/components\/([^"]+)"/g)].map((m) => m[1])),
    );
    const sheets = readdirSync(join(root, 'components'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.css'),
    );
    expect(sheets.filter((f) => !used.has(f))).toEqual([]);
  });
});
