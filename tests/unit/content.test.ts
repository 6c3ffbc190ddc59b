import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actsWithWords, allActs, findAct, library, retiredActs } from '@/utils/content/library';
import { prompts } from '@/utils/content/prompts';
import { EFFORTS, FOCUSES, INVOLVES, PROMPT_KINDS } from '@/utils/content/types';
import { inLibrary } from '@/utils/domain/schedule';
import { hashRun, reusedRuns, runHashes, words } from '../originality';
import { LANGS, type Lang } from './catalogue';
import { actText, text, wordsIn } from './content-words';

const acts = allActs;
/*
 * The popup is 360 px wide and shows the act with its counts without scrolling. The one
 * English title over 70 is the 5-day reset's day 2, whose wording an end-to-end test holds.
 */
const LIMITS = { en: { title: 71, why: 120, prompt: 160 }, es: { title: 80, why: 140, prompt: 190 } };
/** Retired acts only show in history, which wraps: the limits they shipped with. */
const RETIRED_LIMITS = { en: { title: 80, why: 130 }, es: { title: 95, why: 155 } };

describe('content data', () => {
  it('has unique, well-formed ids across acts (retired ones too) and prompts', () => {
    const ids = [...actsWithWords.map((a) => a.id), ...prompts.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]{2,40}$/);
  });

  it('offers at least 180 acts, 20 for every focus, 100 tiny ones, and 80 prompts of every kind', () => {
    expect(library.acts.length).toBeGreaterThanOrEqual(180);
    for (const focus of FOCUSES) {
      expect(library.acts.filter((a) => a.focus.includes(focus)).length, focus).toBeGreaterThanOrEqual(20);
    }
    expect(library.acts.filter((a) => a.effort === 'tiny').length).toBeGreaterThanOrEqual(100);
    expect(prompts.length).toBeGreaterThanOrEqual(80);
    for (const kind of PROMPT_KINDS)
      expect(
        prompts.some((p) => p.kind === kind),
        kind,
      ).toBe(true);
    for (const effort of EFFORTS)
      expect(
        library.acts.some((a) => a.effort === effort),
        effort,
      ).toBe(true);
  });

  it('keeps the 5-day reset in the article’s order and finds every act by id', () => {
    expect(library.programs.reset.map((a) => a.direction)).toEqual(['close', 'body', 'close', 'self', 'stranger']);
    for (const act of actsWithWords) expect(findAct(act.id)).toBe(act);
  });

  it('tags every act with who it involves', () => {
    for (const act of actsWithWords) expect(INVOLVES, act.id).toContain(act.involves);
  });

  it('keeps retired acts findable for history but never on offer', () => {
    expect(retiredActs.length).toBeGreaterThan(0);
    for (const act of retiredActs) {
      expect(findAct(act.id), act.id).toBe(act);
      expect(inLibrary(library, act.id), act.id).toBe(false);
    }
  });

  it('gives paced breath only to breath prompts, at a gentle length', () => {
    for (const p of prompts) {
      expect(Boolean(p.pace), p.id).toBe(p.kind === 'breath');
      if (p.pace) expect(p.pace.inhale + p.pace.hold + p.pace.exhale).toBeLessThanOrEqual(19);
    }
  });
});

describe.each(LANGS)('content words in %s', (lang) => {
  it('has a title and a why for every act, short enough for the popup', () => {
    const check = (list: typeof acts, limits: { title: number; why: number }) => {
      for (const act of list) {
        const title = text[lang].get(`acts_${act.id}_title`) ?? '';
        const why = text[lang].get(`acts_${act.id}_why`) ?? '';
        expect(title.length, `${act.id} title`).toBeGreaterThan(10);
        expect(title.length, `${act.id} title: ${title}`).toBeLessThanOrEqual(limits.title);
        expect(why.length, `${act.id} why`).toBeGreaterThan(10);
        expect(why.length, `${act.id} why: ${why}`).toBeLessThanOrEqual(limits.why);
      }
    };
    check(acts, LIMITS[lang]);
    check(retiredActs, RETIRED_LIMITS[lang]);
  });

  it('has every prompt, short enough to read in a breath', () => {
    for (const p of prompts) {
      const words = text[lang].get(`prompts_${p.id}`) ?? '';
      expect(words.length, p.id).toBeGreaterThan(10);
      expect(words.length, p.id).toBeLessThanOrEqual(LIMITS[lang].prompt);
    }
  });

  it('defines no act or prompt text without data behind it', () => {
    const known = new Set([
      ...actsWithWords.flatMap((a) => [`acts_${a.id}_title`, `acts_${a.id}_why`]),
      ...prompts.map((p) => `prompts_${p.id}`),
    ]);
    const orphans = [...text[lang].keys()].filter((k) => /^(acts|prompts)_/.test(k) && !known.has(k));
    expect(orphans).toEqual([]);
  });
});

/*
 * The language rules, over every string in every locale: UI and content.
 * Words are matched whole, so "shoulders" is not "should".
 */
const RULES: Record<Lang, Record<string, RegExp>> = {
  en: {
    'loss or shame':
      /\b(fail(s|ed|ing|ure)?|miss(ed|ing)?|broke|broken|lost|lose|losing|should have|lazy|worthless|pathetic|behind|streaks?)\b/i,
    commanding: /\b(you must|you should|you need to|you have to (do|be|make|try|keep)|don'?t forget|never skip)\b/i,
    'medical promise': /\b(cures?|cured|will fix|guarantee[sd]?|proven|clinically|treats?|treatment)\b/i,
  },
  es: {
    'loss or shame':
      /\b(fall(aste|ar|aste|ido|ida|o)|fracas(o|aste|ado)|perd(iste|er|ido|ida)|deberías haber|debiste|floj[oa]|perezos[oa]|racha|inútil|culpable)\b/i,
    commanding: /\b(debes|tienes que|no olvides|nunca dejes)\b/i,
    'medical promise': /\b(cura[rs]?|garantiza|comprobado|tratamiento)\b/i,
  },
};

describe.each(LANGS)('language rules in %s', (lang) => {
  for (const [rule, pattern] of Object.entries(RULES[lang])) {
    it(`has no ${rule} words`, () => {
      const hits = [...text[lang]].filter(([, words]) => pattern.test(words)).map(([key, words]) => `${key}: ${words}`);
      expect(hits).toEqual([]);
    });
  }

  it('never shouts', () => {
    const hits = [...text[lang]].filter(([, words]) => /!.*!/.test(words)).map(([key]) => key);
    expect(hits).toEqual([]);
  });
});

/*
 * Spanish for a Latin American reader: tú (never vos or vosotros), no Spain-only words, no
 * calques, and no masculine generic for people ("las personas", "alguien", "una amistad").
 * A pair that names both ("tu hijo o hija") is inclusive and is left out before matching.
 */
const SPANISH: Record<string, RegExp> = {
  'masculine generics': wordsIn(
    'amigos?|hijos|niños|vecinos|compañeros|veteranos|desconocidos?|los demás|otros|muchos|todos(?! los días)|juntos|solos|nosotros|bienvenidos?',
  ),
  'a masculine word for the reader': wordsIn(
    '(estés|estás|te sientes|te sientas|quedas) (list|segur|cansad|agotad|sol|preparad|tranquil)o',
  ),
  'vos or vosotros': wordsIn(
    'vos|vosotr[oa]s|vuestr[oa]s?|os|tenés|podés|querés|sabés|sentís|hacés|decís|sos|tenéis|podéis|sois|estáis',
  ),
  'Spain-only words': wordsIn('móvil|ordenador|coger|guay|zumo|manta|echar de menos|prueba a \\p{L}+r|peques'),
  calques: wordsIn('hacer sentido|hace sentido|tomar lugar|aplicar para|en base a|en orden de'),
};
const inclusivePairs = (s: string) =>
  s.replace(/\b(\w+?)([oa])(s?) (o|y) (\w+ )?\1([oa])\3\b/gi, (m, _w, a, _s, _c, _x, b) => (a === b ? m : ''));

describe('Spanish acts for a Latin American reader', () => {
  for (const [rule, pattern] of Object.entries(SPANISH)) {
    it(`has no ${rule}`, () => {
      const hits = actsWithWords
        .map((a) => [a.id, inclusivePairs(actText('es', a))] as const)
        .filter(([, words]) => pattern.test(words))
        .map(([id, words]) => `${id}: ${words}`);
      expect(hits).toEqual([]);
    });
  }

  it('knows an inclusive pair from a masculine generic', () => {
    expect(SPANISH['masculine generics']?.test(inclusivePairs('tu hijo o hija y un amigo o amiga'))).toBe(false);
    expect(SPANISH['masculine generics']?.test(inclusivePairs('tus amigos'))).toBe(true);
  });
});

describe('originality', () => {
  // The article itself stays outside the repo; its runs are committed only as hashes.
  const fixture: { runs: string[] } = JSON.parse(
    readFileSync(new URL('../fixtures/article-runs.json', import.meta.url), 'utf8'),
  );
  const articleRuns = new Set(fixture.runs);

  it('holds the hashed runs of a whole article', () => {
    // The article is about 580 words: far fewer runs would mean a truncated or wrong source.
    expect(articleRuns.size).toBe(fixture.runs.length);
    expect(articleRuns.size).toBeGreaterThan(400);
    expect(articleRuns.size).toBeLessThan(2000);
    for (const h of fixture.runs) expect(h).toMatch(/^[0-9a-f]{12}$/);
  });

  it('normalises and hashes as the fixture was written', () => {
    expect(words('Kindness — it’s FREE, (mostly)!')).toEqual(['kindness', 'it', 's', 'free', 'mostly']);
    expect(hashRun('one small act of kindness today')).toBe('2e916d68fd03');
  });

  it('catches a text that shares one run with the source', () => {
    const [key, act] = [...text.en].find(([k]) => k.startsWith('acts_')) ?? ['', ''];
    const planted = new Set([runHashes(act)[1] ?? '']);
    expect(reusedRuns(text.en, planted)).toContain(key);
    expect(reusedRuns([['mine', 'a text made of its own words']], planted)).toEqual([]);
  });

  it.each(LANGS)('reuses no six-word run of the source article in %s', (lang) => {
    expect(reusedRuns(text[lang], articleRuns)).toEqual([]);
  });
});
