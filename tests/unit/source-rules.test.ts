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
    expect(pageSheets.length).toBe(7);
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

/*
 * Layers, lowest first: each folder of utils/ may import only from the layers it names, so the pure
 * rules never reach the browser, i18n or Preact, and no import runs back up a layer.
 */
const LAYERS: Record<string, { may: string[]; never: RegExp }> = {
  'utils/domain/': { may: ['utils/domain/', 'utils/content/types'], never: /^(wxt|#i18n|preact|@preact)/ },
  'utils/content/': { may: ['utils/domain/', 'utils/content/'], never: /^(wxt\/browser|preact|@preact)/ },
  'utils/storage/': { may: ['utils/domain/', 'utils/content/', 'utils/storage/'], never: /^preact/ },
  'utils/first-paint/': {
    may: ['utils/domain/', 'utils/content/', 'utils/storage/', 'utils/first-paint/'],
    never: /^wxt\/browser/,
  },
  'utils/page/': {
    may: ['utils/domain/', 'utils/content/', 'utils/storage/', 'utils/first-paint/', 'utils/page/'],
    never: /^$/,
  },
  'utils/background/': {
    may: ['utils/domain/', 'utils/content/', 'utils/storage/', 'utils/background/'],
    never: /^(preact|@preact\/signals$)/,
  },
  'components/': { may: ['utils/', 'components/'], never: /^$/ },
};

function importsOf(file: { path: string; text: string }): string[] {
  return [...file.text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(([, spec = '']) => {
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return join(file.path, '..', spec);
    return spec;
  });
}

/** The imports in `files` that break the layer rules, as "file -> import". */
function layerBreaks(files: { path: string; text: string }[]): string[] {
  return files.flatMap((file) => {
    const layer = Object.keys(LAYERS).find((prefix) => file.path.startsWith(prefix));
    if (!layer) return [];
    const { may, never } = LAYERS[layer] as (typeof LAYERS)[string];
    return importsOf(file)
      .filter((target) =>
        /^(utils|components|entrypoints)\//.test(target)
          ? !may.some((prefix) => target.startsWith(prefix))
          : never.test(target),
      )
      .map((target) => `${file.path} -> ${target}`);
  });
}

describe('layers', () => {
  it('has every utils file in a layer', () => {
    expect(code.filter((f) => f.path.startsWith('utils/') && f.path.split('/').length < 3).map((f) => f.path)).toEqual(
      [],
    );
  });

  it('has no import that runs back up a layer', () => {
    expect(layerBreaks(code)).toEqual([]);
  });

  it('catches one that does', () => {
    const planted = [
      { path: 'utils/domain/x.ts', text: "import { i18n } from '#i18n';\nimport { a } from '../storage/store';" },
      { path: 'utils/background/y.ts', text: "import { b } from '@/utils/page/actions';" },
      { path: 'components/Z.tsx', text: "import { c } from '@/entrypoints/popup/App';" },
    ];
    expect(layerBreaks(planted)).toEqual([
      'utils/domain/x.ts -> #i18n',
      'utils/domain/x.ts -> utils/storage/store',
      'utils/background/y.ts -> utils/page/actions',
      'components/Z.tsx -> entrypoints/popup/App',
    ]);
  });
});
