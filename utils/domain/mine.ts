import { EFFORTS, type Effort } from '@/utils/content/types';
import { hash } from './hash';

/*
 * What makes the practice the person's own: acts they wrote, acts from the library they set aside
 * for good ("Not for me"), and acts they keep. Their words are theirs: shown as text, in any
 * language and script, never linted or translated.
 */

/** How often a day offers one of the person's own acts. */
export const OWN_FREQUENCIES = ['never', 'sometimes', 'often', 'only'] as const;
export type OwnFrequency = (typeof OWN_FREQUENCIES)[number];

/**
 * Short enough that the act and its why show whole in a 360 × 600 popup with its week and counts
 * (tests/e2e/mine.chromium.spec.ts measures the longest): about what the library's acts hold.
 * Counted by wordsLength, so a script of wide characters gets the same room on screen.
 */
export const OWN_TITLE_MAX = 90;
export const OWN_WHY_MAX = 120;
/** More than a year of daily acts, and well inside what storage holds. */
export const OWN_ACTS_MAX = 400;

export interface OwnAct {
  /** `own_` and a stable hash of the words and when they were written: never reused. */
  id: string;
  title: string;
  why?: string;
  effort: Effort;
  /** Deleted by the person, kept only so history still shows its words; never offered. */
  retired?: true;
}

export interface Mine {
  acts: OwnAct[];
  /** Acts set aside for good: never offered again until brought back. */
  notForMe: string[];
  /** Acts the person keeps: they may come back after KEPT_REST_DAYS. */
  kept: string[];
}

export const EMPTY_MINE: Mine = { acts: [], notForMe: [], kept: [] };

/** A kept act may come back this soon (others rest NO_REPEAT_DAYS). */
export const KEPT_REST_DAYS = 14;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9_]{1,60}$/.test(v);
/** Own acts' ids begin with `own_`; the library's never do. */
export const isOwnId = (v: unknown): v is string => isId(v) && v.startsWith('own_');

/** Words on one line: runs of spaces and line breaks become one space. */
const oneLine = (raw: string): string => raw.replace(/\s+/g, ' ').trim();

/*
 * Characters a screen draws about twice as wide as a Latin letter: Chinese, Japanese and Korean
 * scripts, full-width forms and pictographic emoji.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/**
 * How long words are once on one line, as room on screen: each character as a person counts it
 * (an emoji is one, not two code units), a wide one (see WIDE) twice.
 */
export function wordsLength(raw: string): number {
  let length = 0;
  for (const char of oneLine(raw)) length += WIDE.test(char) ? 2 : 1;
  return length;
}

/** Whether words hold wide characters, which the counter says count twice. */
export const hasWide = (raw: string): boolean => WIDE.test(raw);

/** Words as the person wrote them, on one line and within `max` (wordsLength): nothing else is changed. */
export function cleanWords(raw: unknown, max: number): string {
  if (typeof raw !== 'string') return '';
  let length = 0;
  let kept = '';
  for (const char of oneLine(raw)) {
    length += WIDE.test(char) ? 2 : 1;
    if (length > max) break;
    kept += char;
  }
  return kept;
}

export function parseOwnAct(raw: unknown): OwnAct | null {
  if (!isObject(raw) || !isOwnId(raw.id)) return null;
  const title = cleanWords(raw.title, OWN_TITLE_MAX);
  if (!title) return null;
  const why = cleanWords(raw.why, OWN_WHY_MAX);
  const effort = EFFORTS.includes(raw.effort as Effort) ? (raw.effort as Effort) : 'small';
  return { id: raw.id, title, ...(why ? { why } : {}), effort, ...(raw.retired === true ? { retired: true } : {}) };
}

const ids = (raw: unknown): string[] => (Array.isArray(raw) ? [...new Set(raw.filter(isId))] : []);

/** Reads what the person made theirs, item by item: a damaged item is left out, never the rest. */
export function parseMine(raw: unknown): Mine {
  if (!isObject(raw)) return { acts: [], notForMe: [], kept: [] };
  const seen = new Set<string>();
  const acts: OwnAct[] = [];
  for (const item of Array.isArray(raw.acts) ? raw.acts : []) {
    const act = parseOwnAct(item);
    if (act && !seen.has(act.id) && acts.length < OWN_ACTS_MAX) {
      seen.add(act.id);
      acts.push(act);
    }
  }
  return { acts, notForMe: ids(raw.notForMe), kept: ids(raw.kept) };
}

/** The acts still offered: not deleted. */
export const liveOwnActs = (mine: Mine): OwnAct[] => mine.acts.filter((act) => !act.retired);

/** One of the person's acts, deleted ones included (history still shows their words). */
export const findOwn = (mine: Mine, id: string): OwnAct | undefined => mine.acts.find((act) => act.id === id);

/** A new act's id, from its words and the moment it was written. */
export function ownActId(title: string, now: number, taken: ReadonlySet<string>): string {
  let n = 0;
  let id = `own_${hash(`${title}|${now}`).toString(36)}`;
  while (taken.has(id)) id = `own_${hash(`${title}|${now}|${++n}`).toString(36)}`;
  return id;
}

/** Whether `day` offers one of the person's own acts, when they have some: about one day in five, every other day, or always. */
export function ownDay(day: string, frequency: OwnFrequency): boolean {
  switch (frequency) {
    case 'never':
      return false;
    case 'only':
      return true;
    case 'often':
      return hash(`${day}|own`) % 2 === 0;
    case 'sometimes':
      return hash(`${day}|own`) % 5 === 0;
  }
}

/** What two wordings of the same act share: they differ only in case, spacing or a final full stop. */
export const wordsKey = (s: string): string =>
  oneLine(s)
    .toLocaleLowerCase()
    .replace(/[.。!！]+$/u, '');

/** Two wordings are the same act when they differ only in case, spacing or a final full stop. */
export const sameWords = (a: string, b: string): boolean => wordsKey(a) === wordsKey(b);

/*
 * Storage keeps `acts` as a list, which carry-over treats as a set of whole members: an act with a
 * field from a newer version would then survive its own edit or deletion beside the new version.
 * Keyed by id for the write, each act is carried over field by field instead, and a deleted one goes.
 */

/** `acts` as an object keyed by id (a member without a readable id keeps its place under its index). */
export function keyActs(value: unknown): unknown {
  if (!isObject(value) || !Array.isArray(value.acts)) return value;
  const keyed: Record<string, unknown> = {};
  value.acts.forEach((act, i) => {
    const id = isObject(act) && typeof act.id === 'string' ? act.id : `#${i}`;
    keyed[id in keyed ? `#${i}` : id] = act;
  });
  return { ...value, acts: keyed };
}

/** The list again, in the stored order, new acts last. */
export function listActs(value: unknown): unknown {
  if (!isObject(value) || !isObject(value.acts)) return value;
  return { ...value, acts: Object.values(value.acts) };
}
