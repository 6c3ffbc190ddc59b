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

/** Short enough to show whole in the popup, with room for any script. */
export const OWN_TITLE_MAX = 120;
export const OWN_WHY_MAX = 200;
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
const isOwnId = (v: unknown): v is string => isId(v) && v.startsWith('own_');

/** Words as the person wrote them, on one line and within `max`: nothing else is changed. */
export function cleanWords(raw: unknown, max: number): string {
  if (typeof raw !== 'string') return '';
  return [...raw.replace(/\s+/g, ' ').trim()].slice(0, max).join('');
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

/** Two wordings are the same act when they differ only in case, spacing or a final full stop. */
export const sameWords = (a: string, b: string): boolean => {
  const key = (s: string) =>
    cleanWords(s, OWN_TITLE_MAX)
      .toLocaleLowerCase()
      .replace(/[.。!！]+$/u, '');
  return key(a) === key(b);
};
