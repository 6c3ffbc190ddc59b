import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINKS } from '@/utils/content/links';
import config from '../../wxt.config';
import { LANGS, type Lang, SHOT_SIZE, SHOTS, STORE_DIR, shotFile, TILE, TILE_SIZE, tileFile } from '../e2e/store-shots';
import { reusedRuns } from '../originality';
import { catalogue } from './catalogue';

/*
 * The store listing kit in docs/store/ (README: Releasing) stays true to the product: every picture
 * at the size the stores take and with no alpha, both listings with the same sections and within
 * the stores' limits, and a privacy policy that explains every permission the shipped build asks for.
 */

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const text = (path: string) => read(path).toString('utf8');

/** A PNG's size and whether it can hold transparency (an alpha channel or a tRNS chunk). */
function png(path: string) {
  const b = read(path);
  expect(b.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  const chunks: string[] = [];
  for (let at = 8; at < b.length; at += 12 + b.readUInt32BE(at)) chunks.push(b.toString('latin1', at + 4, at + 8));
  expect(chunks[0], path).toBe('IHDR');
  // Colour type 2 is RGB; 4 and 6 carry alpha, and tRNS makes a colour transparent.
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), depth: b[24], colour: b[25], chunks };
}

/** The shipped build's manifest, as wxt.config.ts declares it. */
async function shippedManifest() {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: the manifest is expected to be a function');
  return manifest({ mode: 'production', browser: 'chrome', manifestVersion: 3, command: 'build' });
}

/** The `## ` sections of a listing, in order, each with its text. */
function sections(markdown: string): [string, string][] {
  return markdown
    .split(/^## /m)
    .slice(1)
    .map((part) => {
      const [heading = '', ...body] = part.split('\n');
      return [heading.trim(), body.join('\n').trim()];
    });
}

/** The same sections in each language, in order; the listings are held to these headings. */
const SECTIONS: Record<Lang, string[]> = {
  en: [
    'Name',
    'Summary (Chrome Web Store and Edge, at most 132 characters)',
    'Summary (addons.mozilla.org, at most 250 characters)',
    'Description',
    'Category',
    'Single purpose',
    'Permission justifications',
    'Remote code',
    'Data usage',
    'Privacy policy',
    'Notes for reviewers',
    'Support',
  ],
  es: [
    'Nombre',
    'Resumen (Chrome Web Store y Edge, 132 caracteres como máximo)',
    'Resumen (addons.mozilla.org, 250 caracteres como máximo)',
    'Descripción',
    'Categoría',
    'Propósito único',
    'Justificación de los permisos',
    'Código remoto',
    'Uso de datos',
    'Política de privacidad',
    'Notas para la revisión',
    'Soporte',
  ],
};

const POLICY: Record<Lang, { file: string; noRemoteCode: RegExp; noData: RegExp }> = {
  en: { file: 'PRIVACY.md', noRemoteCode: /no remote code/i, noData: /no data is collected/i },
  es: { file: 'PRIVACIDAD.md', noRemoteCode: /ningún código remoto/i, noData: /no se recopila ningún dato/i },
};

const manifest = await shippedManifest();
const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].map(String);

describe('store pictures', () => {
  it.each(LANGS)(
    'has every shot in %s at 1280×800, 24-bit with no alpha, and nothing left from a shot gone',
    (lang) => {
      for (const shot of SHOTS) {
        const path = shotFile(lang, shot);
        const { width, height, depth, colour, chunks } = png(path);
        expect({ path, width, height, depth, colour }).toEqual({ path, ...SHOT_SIZE, depth: 8, colour: 2 });
        expect(chunks, path).not.toContain('tRNS');
      }
      const names = SHOTS.map((shot) => shotFile(lang, shot).split('/').at(-1));
      expect(readdirSync(new URL(`../../${STORE_DIR}/${lang}/`, import.meta.url)).sort()).toEqual(names.sort());
    },
  );

  it.each(LANGS)('has the promo tile in %s at 440×280, 24-bit with no alpha, named as the extension', (lang) => {
    const { width, height, depth, colour, chunks } = png(tileFile(lang));
    expect({ width, height, depth, colour }).toEqual({ ...TILE_SIZE, depth: 8, colour: 2 });
    expect(chunks).not.toContain('tRNS');
    expect(TILE[lang].name).toBe(catalogue(lang).get('extName'));
  });

  it("are all listed in README's table of the kit", () => {
    const readme = text('README.md');
    for (const path of [...LANGS.flatMap((lang) => SHOTS.map((shot) => shotFile(lang, shot))), ...LANGS.map(tileFile)])
      expect(readme, path).toContain(`\`${path}\``);
  });
});

describe('store listings', () => {
  it.each(LANGS)('has the same sections in %s, each filled in', (lang) => {
    const found = sections(text(`${STORE_DIR}/listing.${lang}.md`));
    expect(found.map(([heading]) => heading)).toEqual(SECTIONS[lang]);
    for (const [heading, body] of found) expect(body, heading).not.toBe('');
  });

  it.each(LANGS)('in %s, names the extension and summarises it as its manifest does, within the limits', (lang) => {
    const words = catalogue(lang);
    const [name, chrome = '', amo = '', description = ''] = SECTIONS[lang].map((h) => listing(lang).get(h) ?? '');
    expect(name).toBe(words.get('extName'));
    // The Chrome Web Store shows the manifest's description as the summary: they must agree.
    expect(chrome).toBe(words.get('extDescription'));
    expect(chrome.length).toBeLessThanOrEqual(132);
    expect(amo.length).toBeLessThanOrEqual(250);
    expect(description.length).toBeLessThanOrEqual(16_000);
  });
});

describe('privacy policy and permissions', () => {
  it('finds the shipped permissions in wxt.config.ts', () => {
    // At least those of today, so a config the test cannot read fails here; more are fine once explained.
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'notifications']));
  });

  it.each(LANGS)('in %s, explains every permission in the policy and in the listing', (lang) => {
    const policy = text(`${STORE_DIR}/${POLICY[lang].file}`);
    const justified = listing(lang).get(SECTIONS[lang][6] ?? '') ?? '';
    for (const permission of permissions) {
      expect(policy, `${POLICY[lang].file} explains ${permission}`).toContain(`\`${permission}\``);
      expect(justified, `listing.${lang}.md justifies ${permission}`).toContain(`\`${permission}\``);
    }
  });

  it.each(LANGS)('in %s, says there is no remote code and no data is collected, and names every link out', (lang) => {
    const { file, noRemoteCode, noData } = POLICY[lang];
    const policy = text(`${STORE_DIR}/${file}`);
    expect(policy).toMatch(noRemoteCode);
    expect(policy).toMatch(noData);
    expect(policy).toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const link of Object.values(LINKS)) expect(policy, `${file} names ${link}`).toContain(link);
    // What a person can do about their data, in the words the settings page uses.
    const words = catalogue(lang);
    expect(policy).toContain(words.get('data_delete'));
    expect(policy).toContain(words.get('sync_notes'));
  });

  it('copies no run of words from the source article', () => {
    const fixture: { runs: string[] } = JSON.parse(text('tests/fixtures/article-runs.json'));
    const files = ['listing.en.md', 'listing.es.md', 'PRIVACY.md', 'PRIVACIDAD.md'];
    // Addresses are left out: the article's address spells its title.
    const paragraphs = files.flatMap((file) =>
      text(`${STORE_DIR}/${file}`)
        .replace(/<?https?:\/\/\S+/g, ' ')
        .split(/\n\s*\n/)
        .map((p, i) => [`${file} ¶${i + 1}`, p] as const),
    );
    expect(reusedRuns(paragraphs, new Set(fixture.runs))).toEqual([]);
  });
});

/** The listing's sections by heading, for the tests above. */
function listing(lang: Lang) {
  return new Map(sections(text(`${STORE_DIR}/listing.${lang}.md`)));
}
