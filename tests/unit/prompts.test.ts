import { describe, expect, it } from 'vitest';
import { library } from '@/utils/content/library';
import { besideAct, prompts } from '@/utils/content/prompts';
import type { Prompt } from '@/utils/content/types';
import { catalogue, LANGS, type Lang } from './catalogue';

/*
 * What a trauma-informed grounding prompt holds to (utils/content/prompts.ts says the
 * conventions): an outward way out of every inward prompt, reframes that lead with the kind
 * words, breath prompts with distinct ideas and optional holds, and no assumptions about a
 * person's life. Checked in every language.
 */

const text = Object.fromEntries(LANGS.map((lang) => [lang, catalogue(lang)])) as Record<Lang, Map<string, string>>;
const words = (lang: Lang, p: Prompt) => text[lang].get(`prompts_${p.id}`) ?? '';

/** Whole words in any script: `\b` knows only ASCII letters, and Spanish has accents. */
const whole = (alternatives: string) => new RegExp(`(?<![\\p{L}\\d])(?:${alternatives})(?![\\p{L}\\d])`, 'iu');

/** Words that turn attention to the inside of the body. */
const INWARD: Record<Lang, RegExp> = {
  en: whole(
    'breath\\w*|breathe|breathing|inhale\\w*|exhale\\w*|pulse|heart\\w*|chest|belly|stomach|jaw|shoulders?|forehead|throat|neck|tension|tight|eyelids|eyes closed|close your eyes|scan\\w*',
  ),
  es: whole(
    'respir\\p{L}*|inhal\\p{L}*|exhal\\p{L}*|pulso|corazón|latidos?|pecho|vientre|abdomen|estómago|mandíbula|hombros?|garganta|cuello|tensión|tens[oa]s?|párpados|ojos cerrados|cierra los ojos',
  ),
};

/** Something outside the body to see, hear or touch. */
const OUTWARD: Record<Lang, RegExp> = {
  en: whole(
    'see|look|looking|watch|listen|hear|sounds?|colou?rs?|shapes?|textures?|surface|edges|name|count|around you|near|nearby|far|window|wall|space|floor|things?|objects?|detail|mug',
  ),
  es: whole(
    'veas?|ver|mira\\p{L}*|mirada|observa|escucha|oigas|sonidos?|color(es)?|forma|textura|superficie|bordes|nombra|cuenta|alrededor|cerca|lejan\\p{L}*|ventana|pared|espacio|piso|cosas?|objetos?|detalle|taza',
  ),
};

/** The outward way out opens the last sentence with "Or" / "O". */
const OR: Record<Lang, RegExp> = { en: /^Or[\s,]/, es: /^O[\s,]/ };

const sentences = (s: string) => s.split(/(?<=[.?!][”»]?)\s+(?=\p{Lu}|[“«¿])/u);
const isInward = (p: Prompt) =>
  p.kind === 'breath' || p.kind === 'body' || LANGS.some((l) => INWARD[l].test(words(l, p)));

/**
 * The one idea each breath prompt is built on. A new breath prompt needs a line here, and the
 * test below fails if its idea is already taken: the library once held ten versions of one idea.
 */
const BREATH_IDEAS: Record<string, string> = {
  g_breath_four_six: 'a longer breath out, counted',
  g_breath_box_four: 'a square traced with the eyes',
  g_breath_even_four: 'an even rhythm, like a clock',
  g_breath_five_five_wave: 'a slow wave',
  g_breath_warm_cup_three_six: 'smelling and cooling something warm',
  g_breath_five_seven_sigh: 'a sigh with a second sip of air',
  g_breath_count_to_five: 'counting five breaths',
  g_breath_here_and_now: 'a word on each breath',
  g_breath_two_colors: 'two colours to look at, one per breath',
  g_breath_soft_hum: 'humming on the breath out',
};

const breaths = prompts.filter((p) => p.kind === 'breath');

describe('inward prompts offer an outward way out', () => {
  it('counts every breath and body prompt, and any other that turns inward', () => {
    const inward = prompts.filter(isInward);
    expect(inward.length).toBeGreaterThanOrEqual(breaths.length + prompts.filter((p) => p.kind === 'body').length);
    // The detection is not empty: a breath prompt's own words turn inward in both languages.
    for (const lang of LANGS) expect(INWARD[lang].test(words(lang, breaths[0] as Prompt)), lang).toBe(true);
  });

  it.each(LANGS)('ends each with an outward alternative in %s', (lang) => {
    const hits = prompts.filter(isInward).flatMap((p) => {
      const last = sentences(words(lang, p)).at(-1) ?? '';
      const ok = OR[lang].test(last) && OUTWARD[lang].test(last) && !INWARD[lang].test(last);
      return ok ? [] : [`${p.id}: ${last}`];
    });
    expect(hits).toEqual([]);
  });

  it('would catch an inward prompt without one', () => {
    const last = (s: string) => sentences(s).at(-1) ?? '';
    expect(OR.en.test(last('Notice your jaw. Let it soften.'))).toBe(false);
    expect(INWARD.en.test(last('Notice your jaw. Or breathe slowly instead.'))).toBe(true);
    expect(OUTWARD.es.test(last('Nota tu mandíbula. O busca tres colores a tu alrededor.'))).toBe(true);
  });

  it.each(LANGS)('asks for no body scan and no watching of the pulse or heartbeat in %s', (lang) => {
    const banned = {
      en: whole('scan\\w*|pulse|heartbeats?|from (the )?(top|head) to (toe|feet|wherever)|whole body'),
      es: whole('escane\\p{L}*|pulso|latidos?|recorre (despacio )?tu cuerpo|de pies a cabeza|todo (tu|el) cuerpo'),
    }[lang];
    expect(prompts.filter((p) => banned.test(words(lang, p))).map((p) => p.id)).toEqual([]);
  });
});

describe('breath prompts', () => {
  it('each hold a distinct idea', () => {
    expect(Object.keys(BREATH_IDEAS).sort()).toEqual(breaths.map((p) => p.id).sort());
    const ideas = Object.values(BREATH_IDEAS);
    expect(new Set(ideas).size).toBe(ideas.length);
  });

  it('lengthen the breath out in at most a third of them', () => {
    const longer = breaths.filter((p) => p.pace && p.pace.exhale > p.pace.inhale);
    expect(longer.length * 3).toBeLessThanOrEqual(breaths.length);
  });

  it('hold the breath rarely, briefly, and only if it feels comfortable', () => {
    const holding = breaths.filter((p) => (p.pace?.hold ?? 0) > 0);
    expect(holding.length * 4).toBeLessThanOrEqual(breaths.length);
    for (const p of holding) {
      expect(p.pace?.hold, p.id).toBeLessThanOrEqual(4);
      expect(words('en', p), p.id).toMatch(/only if it feels comfortable/);
      expect(words('es', p), p.id).toMatch(/solo si te resulta cómodo/);
    }
  });

  it('say the counts their pace shows, in one form per language', () => {
    for (const p of breaths) {
      const { inhale = 0, hold = 0, exhale = 0 } = p.pace ?? {};
      const en = words('en', p);
      const es = words('es', p);
      expect(en, p.id).toMatch(new RegExp(`\\bin for ${inhale}\\b.*\\bout for ${exhale}\\b`));
      expect(es, p.id).toMatch(new RegExp(`\\b[Ii]nhala en ${inhale}\\b.*\\bexhala en ${exhale}\\b`));
      if (hold) {
        expect(en, p.id).toMatch(new RegExp(`\\bhold for ${hold}\\b`));
        expect(es, p.id).toMatch(new RegExp(`sostén el aire en ${hold}\\b`));
      }
      // No second way of counting ("contando hasta 4", "for a count of 4").
      expect(es, p.id).not.toMatch(/contando|cuenta hasta/);
      expect(en, p.id).not.toMatch(/count of|counting to/);
    }
  });
});

describe('reframes lead with the kind words', () => {
  const QUOTES: Record<Lang, [string, string]> = { en: ['“', '”'], es: ['«', '»'] };

  it.each(LANGS)('quote only the kind sentence, first, in %s', (lang) => {
    const [open, close] = QUOTES[lang];
    const hits = prompts
      .filter((p) => p.kind === 'reframe')
      .filter((p) => {
        const s = words(lang, p);
        const quoted = s.split(open).length - 1;
        return !s.startsWith(open) || quoted !== 1 || s.split(close).length - 1 !== 1;
      })
      .map((p) => `${p.id}: ${words(lang, p)}`);
    expect(hits).toEqual([]);
  });

  it.each(LANGS)('never set out a harsh thought to answer in %s', (lang) => {
    const harsh = { en: /\b(if|when) the thought\b|\bthe thought is\b/i, es: /\bsi (aparece )?el pensamiento\b/i }[
      lang
    ];
    expect(prompts.filter((p) => harsh.test(words(lang, p))).map((p) => p.id)).toEqual([]);
  });
});

describe('prompts presume nothing about a life', () => {
  const PRESUMES: Record<Lang, Record<string, RegExp>> = {
    en: {
      'fault or a mistake': whole('my fault|your fault|i made a mistake|your mistake|you got wrong'),
      'a safe person or place': whole('safe (place|person|space|people)|someone safe|somewhere safe'),
      'a job': whole('job|work|workplace|boss|coworkers?|colleagues?|office'),
      'a partner or children': whole('partner|spouse|husband|wife|kids?|children|child|baby'),
      money: whole('money|buy|pay|shop'),
      'leaving the house': whole('go (out|outside)|step outside|leave the house|walk|outdoors'),
      'hard memories': whole('remember|memor(y|ies)|recall|think back'),
    },
    es: {
      'fault or a mistake': whole('mi culpa|tu culpa|cometí un error|tu error'),
      'a safe person or place': whole('lugar seguro|persona segura|espacio seguro|alguien de confianza'),
      'a job': whole('trabajo|empleo|jef[ea]|colegas|oficina|turno'),
      // "pareja" alone is also the adjective "even", so a partner is looked for with a possessive.
      'a partner or children': whole('(tu|mi|su) pareja|espos[oa]|hij[oa]s?|niñ[oa]s?|bebés?'),
      money: whole('dinero|compra\\p{L}*|paga\\p{L}*'),
      'leaving the house': whole('sal(ir|gas?) (a la calle|de casa|afuera)|camina\\p{L}*|al aire libre'),
      'hard memories': whole('recuerd\\p{L}*|memoria|recordar|acuérdate'),
    },
  };

  for (const lang of LANGS) {
    for (const [name, pattern] of Object.entries(PRESUMES[lang])) {
      it(`assumes nothing about ${name} in ${lang}`, () => {
        expect(prompts.filter((p) => pattern.test(words(lang, p))).map((p) => `${p.id}: ${words(lang, p)}`)).toEqual(
          [],
        );
      });
    }
  }
});

describe('one idea shows once on a new tab', () => {
  const live = new Set([...library.acts, ...library.programs.reset, ...library.programs.gentle].map((a) => a.id));

  it('names only acts that are offered', () => {
    for (const p of prompts) for (const id of p.echoes ?? []) expect(live.has(id), `${p.id} -> ${id}`).toBe(true);
  });

  it('leaves out every prompt that repeats the act shown, and only those', () => {
    for (const actId of live) {
      const shown = besideAct(prompts, actId);
      expect(shown.some((p) => p.echoes?.includes(actId))).toBe(false);
      expect(shown.length).toBe(prompts.filter((p) => !p.echoes?.includes(actId)).length);
    }
    expect(besideAct(prompts, 'e_water_slowly').map((p) => p.id)).not.toContain('g_ritual_sip_of_water_first');
    expect(besideAct(prompts, null)).toBe(prompts);
  });
});
