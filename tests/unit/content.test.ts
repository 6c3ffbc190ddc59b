import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allActs, findAct, library } from '@/utils/content/library';
import { prompts } from '@/utils/content/prompts';
import { type Act, EFFORTS, FOCUSES, PROMPT_KINDS } from '@/utils/content/types';
import { hashRun, reusedRuns, runHashes, words } from '../originality';
import { catalogue, LANGS, type Lang } from './catalogue';

const acts = allActs;
const text = Object.fromEntries(LANGS.map((lang) => [lang, catalogue(lang)])) as Record<Lang, Map<string, string>>;
const LIMITS = { en: { title: 80, why: 130, prompt: 160 }, es: { title: 95, why: 155, prompt: 190 } };

const actText = (lang: Lang, act: Act) =>
  `${text[lang].get(`acts_${act.id}_title`)} ${text[lang].get(`acts_${act.id}_why`)}`;
const has = (words: RegExp, act: Act) => words.test(actText('en', act)) || words.test(actText('es', act));

describe('content data', () => {
  it('has unique, well-formed ids across acts and prompts', () => {
    const ids = [...acts.map((a) => a.id), ...prompts.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]{2,40}$/);
  });

  it('offers at least 150 acts, 20 for every focus, 25 tiny ones, and 80 prompts of every kind', () => {
    expect(library.acts.length).toBeGreaterThanOrEqual(150);
    for (const focus of FOCUSES) {
      expect(library.acts.filter((a) => a.focus.includes(focus)).length, focus).toBeGreaterThanOrEqual(20);
    }
    expect(library.acts.filter((a) => a.effort === 'tiny').length).toBeGreaterThanOrEqual(25);
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
    for (const act of acts) expect(findAct(act.id)).toBe(act);
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
    for (const act of acts) {
      const title = text[lang].get(`acts_${act.id}_title`) ?? '';
      const why = text[lang].get(`acts_${act.id}_why`) ?? '';
      expect(title.length, `${act.id} title`).toBeGreaterThan(10);
      expect(title.length, `${act.id} title`).toBeLessThanOrEqual(LIMITS[lang].title);
      expect(why.length, `${act.id} why`).toBeGreaterThan(10);
      expect(why.length, `${act.id} why`).toBeLessThanOrEqual(LIMITS[lang].why);
    }
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
      ...acts.flatMap((a) => [`acts_${a.id}_title`, `acts_${a.id}_why`]),
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

/** Things an act may assume only where its focus makes them natural. */
const ASSUMPTIONS: { name: string; words: RegExp; allowed: (act: Act) => boolean }[] = [
  {
    name: 'children',
    words: /\b(child|children|kids?|baby|babies|toddler|son|daughter|hij[oa]s?|bebés?|niñ[oa]s?)\b/i,
    allowed: (a) => a.focus.includes('parents'),
  },
  {
    name: 'a partner',
    words: /\b(partner|spouse|husband|wife|boyfriend|girlfriend|pareja|espos[oa])\b/i,
    allowed: (a) => a.focus.includes('parents') || a.focus.includes('veterans'),
  },
  {
    name: 'money',
    words: /\b(buy|pay for|purchase|donate|money|compra[rs]?|pagar|donar|dinero)\b/i,
    allowed: (a) => a.effort !== 'tiny',
  },
  {
    name: 'mobility',
    words: /\b(walk|jog|go for a run|stairs|hike|stand up|camina[rs]?|salir a correr|escaleras)\b/i,
    allowed: () => false,
  },
];

describe('acts assume nothing a person may not have', () => {
  for (const { name, words, allowed } of ASSUMPTIONS) {
    it(`mentions ${name} only where the focus allows`, () => {
      const hits = acts.filter((a) => has(words, a) && !allowed(a)).map((a) => `${a.id}: ${actText('en', a)}`);
      expect(hits).toEqual([]);
    });
  }
});

describe('content notes', () => {
  const NOTES = {
    grief: /\b(grief|griev\w*|died|death|passed away|funeral|memorial|duelo|falleci\w*|muerte)\b/i,
    family: /\b(estranged|family conflict|argument|fight|pelea|discusión|conflicto familiar|distanciad[oa])\b/i,
    trauma: /\b(trauma|abuse|assault|flashback|abuso|agresión)\b/i,
  } as const;

  for (const [note, words] of Object.entries(NOTES)) {
    it(`marks acts touching ${note} with a ${note} note`, () => {
      const hits = acts.filter((a) => has(words, a) && a.note !== note).map((a) => `${a.id}: ${actText('en', a)}`);
      expect(hits).toEqual([]);
    });
  }
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
