import { EFFORTS, type Effort } from '@/utils/content/types';
import { sameValue } from './carry-over';
import {
  findOwn,
  isOwnId,
  type Mine,
  OWN_ACTS_MAX,
  OWN_TITLE_MAX,
  OWN_WHY_MAX,
  type OwnAct,
  parseMine,
  sameWords,
  wordsLength,
} from './mine';
import { parseRecord } from './model';

/*
 * The person's own acts, set-aside and kept acts in the backup file (export version 2): checked as
 * strictly as its history, and joined on a merge so that nothing comes twice.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isActId = (v: unknown): boolean => parseRecord({ actId: v, status: 'open' }) !== null;

/** The largest `mine` this version writes, pretty-printed as a file holds it (six bytes a character at most). */
export const LARGEST_MINE_BYTES = JSON.stringify(
  {
    mine: {
      acts: Array.from({ length: OWN_ACTS_MAX }, () => ({
        id: `own_${'a'.repeat(56)}`,
        title: '\u0001'.repeat(OWN_TITLE_MAX),
        why: '\u0001'.repeat(OWN_WHY_MAX),
        effort: 'larger',
        retired: true,
      })),
      notForMe: Array.from({ length: OWN_ACTS_MAX * 2 }, () => 'a'.repeat(60)),
      kept: Array.from({ length: OWN_ACTS_MAX * 2 }, () => 'a'.repeat(60)),
    },
  },
  null,
  8,
).length;

function checkAct(raw: unknown, where: string): string | null {
  if (!isObject(raw)) return where;
  if (!isOwnId(raw.id)) return `${where}.id`;
  if (typeof raw.title !== 'string' || wordsLength(raw.title) === 0 || wordsLength(raw.title) > OWN_TITLE_MAX)
    return `${where}.title`;
  if (raw.why !== undefined && (typeof raw.why !== 'string' || wordsLength(raw.why) > OWN_WHY_MAX))
    return `${where}.why`;
  if (!EFFORTS.includes(raw.effort as Effort)) return `${where}.effort`;
  if (raw.retired !== undefined && raw.retired !== true) return `${where}.retired`;
  return null;
}

/**
 * The file's `mine`, or the first bad place in it. Nothing is cut or dropped: a value the stored
 * parser would change is refused instead, so what comes in is what the file says.
 */
export function checkMine(raw: unknown): { where: string } | { mine: Mine } {
  if (!isObject(raw)) return { where: 'mine' };
  if (!Array.isArray(raw.acts) || raw.acts.length > OWN_ACTS_MAX) return { where: 'mine.acts' };
  const ids = new Set<string>();
  for (const [i, act] of raw.acts.entries()) {
    const bad = checkAct(act, `mine.acts[${i}]`);
    if (bad) return { where: bad };
    const id = (act as OwnAct).id;
    if (ids.has(id)) return { where: `mine.acts[${i}].id` };
    ids.add(id);
  }
  for (const list of ['notForMe', 'kept'] as const) {
    const ids = raw[list];
    if (!Array.isArray(ids) || !ids.every(isActId)) return { where: `mine.${list}` };
  }
  return { mine: parseMine(raw) };
}

/** What a merge adds to what the person made theirs here. */
export interface MinePlan {
  /** Own acts from the file, not here yet (by id or by words). */
  acts: number;
  setAside: number;
  kept: number;
  /** Own acts beyond what this browser may hold: left out. */
  noRoom: number;
}

/**
 * Joins the file's `mine` into this one. An act already here (same id) keeps this browser's words
 * and state, a deletion included. An act whose words are already here is not added again, unless
 * the file's history names it: then it comes in deleted, so those days keep their words and it is
 * never offered twice. The lists are joined; an act set aside is no longer kept.
 */
export function mergeMine(current: Mine, incoming: Mine, named: ReadonlySet<string>): { mine: Mine; plan: MinePlan } {
  const plan: MinePlan = { acts: 0, setAside: 0, kept: 0, noRoom: 0 };
  const acts = [...current.acts];
  for (const act of incoming.acts) {
    if (findOwn(current, act.id)) continue;
    const twin = acts.some((here) => sameWords(here.title, act.title));
    if (twin && !named.has(act.id)) continue;
    if (acts.length >= OWN_ACTS_MAX) {
      plan.noRoom++;
      continue;
    }
    acts.push(twin ? { ...act, retired: true } : act);
    if (!twin && !act.retired) plan.acts++;
  }
  const notForMe = [...new Set([...current.notForMe, ...incoming.notForMe])];
  const kept = [...new Set([...current.kept, ...incoming.kept])].filter((id) => !notForMe.includes(id));
  plan.setAside = notForMe.length - current.notForMe.length;
  plan.kept = kept.filter((id) => !current.kept.includes(id)).length;
  const next = { acts, notForMe, kept };
  return { mine: sameValue(next, current) ? current : next, plan };
}
