import { readdirSync, readFileSync, statSync } from 'node:fs';
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
});
