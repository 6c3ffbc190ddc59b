import { describe, expect, it } from 'vitest';
import { allActs, library } from '@/utils/content/library';
import type { Act } from '@/utils/content/types';
import { actText, has, show, titleOf } from './content-words';

/*
 * Trauma-informed lint over every act a day can offer. Many readers are fragile on a bad
 * day: an act may not presume what they may not have, and anything touching conflict, a
 * strained bond or deep work says "if it feels safe" and carries a content note.
 */
const acts = allActs;

/** "If", "when", "next time": the act is offered for a day that has the thing, not assumed. */
const hedged = (act: Act) =>
  /\b(if|when|next time|whenever)\b/i.test(titleOf('en', act)) &&
  /\b(si|cuando|la próxima vez)\b/i.test(titleOf('es', act));
/** "If it feels safe", or an equivalent the reader can answer for themself. */
const SAFE = {
  en: /\b(if|when|only if)\b[^.;:]*\b(safe|right|okay|ready)\b/i,
  es: /\b(si|cuando|solo si)\b[^.;:]*\b(segur[oa]|seguridad|bien|nazca|nace)\b/i,
};
const safeHedge = (act: Act) => SAFE.en.test(titleOf('en', act)) && SAFE.es.test(titleOf('es', act));
const titleHas = (words: RegExp, act: Act) => words.test(titleOf('en', act)) || words.test(titleOf('es', act));
const focusIs =
  (...focuses: Act['focus'][number][]) =>
  (a: Act) =>
    a.focus.some((f) => focuses.includes(f));

/** Things an act may assume only where its focus makes them natural, or where it says "if". */
const ASSUMPTIONS: { name: string; words: RegExp; inTitle?: true; allowed: (act: Act) => boolean }[] = [
  {
    name: 'children',
    words: /\b(child|children|kids?|baby|babies|toddler|son|daughter|hij[oa]s?|bebés?|niñ[oa]s?)\b/i,
    allowed: focusIs('parents'),
  },
  {
    name: 'a partner',
    words: /\b(partner|spouse|husband|wife|boyfriend|girlfriend|co-?parent|pareja|espos[oa]|crías con)\b/i,
    allowed: focusIs('parents', 'veterans'),
  },
  {
    name: 'money',
    words:
      /\b(buy|pay for|purchase|donate|money|spend(ing)? (a little|money)|compra\w*|pagar|paga|donar|dona\w*|dinero|gast\w*)\b/i,
    allowed: (a) => a.effort !== 'tiny' && hedged(a),
  },
  {
    name: 'mobility',
    words: /\b(walk|jog|go for a run|stairs|hike|stand up|camina[rs]?|salir a correr|escaleras)\b/i,
    allowed: () => false,
  },
  {
    name: 'leaving the house',
    words:
      /\b(out today|outside|outdoors|in public|store|shop|supermarket|park|street|bus|train|cart|litter|door|you pass|go somewhere|afuera|sales|tienda|calle|parque|autobús|basura|te cruzas|vas a un lugar)\b/i,
    inTitle: true,
    allowed: hedged,
  },
  {
    name: 'a job',
    words: /\b(job|coworkers?|boss|workplace|customers?|at work|empleo|trabajas|jefe|jefa|clientes?)\b/i,
    allowed: (a) =>
      /\bif you (have|work)\b/i.test(titleOf('en', a)) && /\bsi (trabajas|tienes)\b/i.test(titleOf('es', a)),
  },
  {
    name: 'a safe or trusted person',
    words:
      /\b(safe person|someone safe|safe friend|safe to you|you trust|trusted|de confianza|te da seguridad|persona segura)\b/i,
    inTitle: true,
    allowed: hedged,
  },
  {
    name: 'fault',
    words: /\b(your part|your fault|snapped|apolog\w*|sorry|owe|tu parte|culpa de|disculp\w*|gritaste|perdón)\b/i,
    allowed: (a) => a.note !== undefined && safeHedge(a),
  },
  {
    name: 'a mistake today',
    words: /\b(mistakes?|slip-ups?|errors?|error|errores|tropiezos?)\b/i,
    inTitle: true,
    allowed: hedged,
  },
  {
    name: 'a therapist',
    words: /\b(therapy|therapist|session|terapia|terapeuta|sesión)\b/i,
    inTitle: true,
    allowed: hedged,
  },
  {
    name: 'a pet, a plant or a garden',
    words: /\b(pets?|dogs?|cats?|plants?|garden|yard|mascotas?|perr[oa]s?|gat[oa]s?|plantas?|jardín|patio)\b/i,
    inTitle: true,
    allowed: hedged,
  },
  {
    name: 'a home shared with others',
    words: /\b(live with|at home|compartes casa|en casa)\b/i,
    allowed: (a) => focusIs('parents', 'teens', 'veterans')(a) || hedged(a),
  },
  {
    name: 'school',
    words: /\b(school|class|classmates?|grades?|exams?|study|studying|lunch|escuela|clase|examen|estudiar)\b/i,
    allowed: focusIs('teens'),
  },
];

describe('acts assume nothing a person may not have', () => {
  for (const { name, words, inTitle, allowed } of ASSUMPTIONS) {
    it(`mentions ${name} only where the focus allows`, () => {
      const found = (a: Act) => (inTitle ? titleHas(words, a) : has(words, a));
      expect(acts.filter((a) => found(a) && !allowed(a)).map(show)).toEqual([]);
    });
  }
});

describe('content notes', () => {
  const NOTES = {
    grief: /\b(grief|griev\w*|died|death|passed away|funeral|memorial|duelo|falleci\w*|muerte|murió)\b/i,
    family: /\b(estranged|family conflict|argument|fight|pelea|discusión|conflicto familiar|distanciad[oa])\b/i,
    trauma: /\b(trauma|abuse|assault|flashback|abuso|agresión|hurt you|te hizo daño|survivors?|sobrevivientes?)\b/i,
  } as const;

  for (const [note, words] of Object.entries(NOTES)) {
    it(`marks acts touching ${note} with a ${note} note`, () => {
      expect(acts.filter((a) => has(words, a) && a.note !== note).map(show)).toEqual([]);
    });
  }

  const CONFLICT = {
    en: /\b(conflict|clash\w*|disagree\w*|friction|strained|apolog\w*|sorry|mend\w*|repair\w*|drift\w*|hurt you|snapped|truce|mix-up|tense)\b/i,
    es: /\b(conflict\w*|choc\w*|roces?|desacuerdo\w*|disculp\w*|perdón|repar\w*|alejaste|alejad[oa]|te hizo daño|gritaste|tregua|malentendido|tensa|tenso)\b/i,
  };
  const RELATIONSHIP =
    /\b(co-?parent|sibling|relative|parent or caregiver|hermana|hermano|alguien de tu familia|quien te cuida|crías con)\b/i;

  it('gives acts about conflict, repair or a particular relationship a note and an "if it feels safe"', () => {
    const touches = (a: Act) =>
      a.direction === 'repair' ||
      CONFLICT.en.test(actText('en', a)) ||
      CONFLICT.es.test(actText('es', a)) ||
      has(RELATIONSHIP, a);
    expect(acts.filter((a) => touches(a) && !(a.note && safeHedge(a))).map(show)).toEqual([]);
  });

  it('keeps deep work out of the everyone pool, with a trauma note', () => {
    const DEEP =
      /\b(hurt you|younger (you|self)|unsent\b.*\bletter|te hizo daño|tu yo más joven|carta\b.*\bsin enviar)\b/i;
    expect(acts.filter((a) => has(DEEP, a) && a.note !== 'trauma').map(show)).toEqual([]);
    expect(acts.filter((a) => a.note === 'trauma' && a.focus.includes('everyone')).map(show)).toEqual([]);
  });
});

describe('acts and the new tab', () => {
  // Breath, senses and body scans are the new tab's prompts: one idea never shows twice on one page.
  const PROMPT_LIKE = {
    en: /\b(breath\w*|breathe|inhal\w*|exhal\w*|things you (can )?(see|hear|touch)|body scan|scan your|notice your (neck|jaw|shoulders|feet|hands|breath)|soften|unclench|what holds you)\b/i,
    es: /\b(respir\w*|inhal\w*|exhal\w*|cosas que (puedes )?(ver|oír|tocar)|escanea|recorre tu cuerpo|mandíbula)\b/i,
  };

  it('offers no breath pattern, senses exercise or body scan as an act', () => {
    const hits = acts.filter((a) => PROMPT_LIKE.en.test(titleOf('en', a)) || PROMPT_LIKE.es.test(titleOf('es', a)));
    expect(hits.map(show)).toEqual([]);
  });
});

describe('the gentle week', () => {
  it('holds seven tiny acts, with no note and no one else needed', () => {
    const week = library.programs.gentle;
    expect(week).toHaveLength(7);
    for (const act of week) {
      expect(act.effort, act.id).toBe('tiny');
      expect(act.note, act.id).toBeUndefined();
      expect(act.involves, act.id).toBe('no_one');
    }
  });
});
