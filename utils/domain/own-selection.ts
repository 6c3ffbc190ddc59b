import type { Effort } from '@/utils/content/types';
import { addDays, type DayKey } from './day';
import { hash } from './hash';
import { findOwn, isOwnId, KEPT_REST_DAYS, liveOwnActs, type Mine, type OwnAct, ownDay } from './mine';
import type { Progress } from './model';
import { inLibrary, type Library, pickAct, programActId, type Selection, swapAct, wantsTiny } from './schedule';

/*
 * The one place where what the person made theirs enters selection. The library's rules
 * (schedule.ts) stay as they are; these functions wrap them, and every page and the background
 * call these instead of actForDay, pickAct and swapAct:
 *
 * - An act set aside for good ("Not for me") leaves every pool, own acts included. A program's
 *   days stay in order, but a program act set aside is replaced by a library act of the same
 *   effort or less, chosen by the library's rules (a program is a fixed sequence, so nothing is
 *   asked of the person that they turned down).
 * - A kept act rests KEPT_REST_DAYS instead of NO_REPEAT_DAYS.
 * - Outside a program, a day the person's frequency marks (ownDay) offers one of their own acts
 *   under the same rules as the library's: no repeat within OWN_REST_DAYS while there are enough,
 *   a gentle day only a tiny one, a swap never more effort. When none fits (none written, all
 *   resting, none tiny on a gentle day) the day is the library's, so nothing repeats early;
 *   "only my own" repeats the one rested longest instead, and still gives way on a gentle day
 *   with no tiny act of theirs, or when they have none.
 */

/** Own acts rest like kept ones: the person chose them, and a list of twenty fills "often" with no repeat. */
export const OWN_REST_DAYS = KEPT_REST_DAYS;

const RANK: Record<Effort, number> = { tiny: 0, small: 1, larger: 2 };

/**
 * Whether keeping `id` changes anything: only the daily library's acts rest 60 days. A program's
 * acts come in their fixed order, and the person's own already rest only OWN_REST_DAYS.
 */
export const keepable = (id: string, library: Library): boolean => library.acts.some((act) => act.id === id);

/** An act's effort, the person's own or the library's; undefined for one that has left both. */
export function effortOf(id: string, library: Library, mine: Mine): Effort | undefined {
  const own = findOwn(mine, id);
  if (own) return own.effort;
  return [...library.acts, ...Object.values(library.programs).flat()].find((act) => act.id === id)?.effort;
}

/**
 * History as the no-repeat rule reads it: a kept act's days more than KEPT_REST_DAYS ago are left
 * out, so it may come back after 14 days instead of 60. Only that rule looks so far back.
 */
export function restedHistory(progress: Progress, day: DayKey, mine: Mine): Progress {
  if (mine.kept.length === 0) return progress;
  const kept = new Set(mine.kept);
  const since = addDays(day, -KEPT_REST_DAYS);
  const entries = Object.entries(progress.days);
  const days = entries.filter(([key, record]) => !(kept.has(record.actId) && key < since));
  return days.length === entries.length ? progress : { ...progress, days: Object.fromEntries(days) };
}

const views = new WeakMap<Library, WeakMap<Mine, Library>>();

/**
 * The library without the acts set aside for good. Kept whole in the unlikely case that would
 * leave nothing: a page must always have an act to show. One view per library and Mine, so the
 * library's own caches (inLibrary) hold.
 */
export function libraryFor(library: Library, mine: Mine): Library {
  if (mine.notForMe.length === 0) return library;
  let forLibrary = views.get(library);
  if (!forLibrary) {
    forLibrary = new WeakMap();
    views.set(library, forLibrary);
  }
  let view = forLibrary.get(mine);
  if (!view) {
    const out = new Set(mine.notForMe);
    const acts = library.acts.filter((act) => !out.has(act.id));
    view = { acts: acts.length > 0 ? acts : library.acts, programs: library.programs };
    forLibrary.set(mine, view);
  }
  return view;
}

/** The library's acts of `effort` or less (all of them, if none is). */
function noMoreThan(library: Library, effort: Effort | undefined): Library {
  const most = RANK[effort ?? 'larger'];
  const acts = library.acts.filter((act) => RANK[act.effort] <= most);
  return acts.length > 0 ? { ...library, acts } : library;
}

/** The person's own acts a day may offer: not deleted, not set aside, not already offered today. */
function ownPool(mine: Mine, exclude: ReadonlySet<string>): OwnAct[] {
  const out = new Set(mine.notForMe);
  return liveOwnActs(mine).filter((act) => !out.has(act.id) && !exclude.has(act.id));
}

/** The last day before `day` each own act was a day's act. */
function lastOffered(progress: Progress, day: DayKey): Map<string, DayKey> {
  const last = new Map<string, DayKey>();
  for (const [key, record] of Object.entries(progress.days)) {
    if (key >= day || !isOwnId(record.actId)) continue;
    if (key > (last.get(record.actId) ?? '')) last.set(record.actId, key);
  }
  return last;
}

/** One of `pool` that has rested, or with `repeat` the one rested longest; null when none may come. */
function chooseOwn(pool: OwnAct[], progress: Progress, day: DayKey, seed: string, repeat: boolean): string | null {
  const last = lastOffered(progress, day);
  const since = addDays(day, -OWN_REST_DAYS);
  const fresh = pool.filter((act) => (last.get(act.id) ?? '') < since);
  if (fresh.length > 0) return fresh[hash(seed) % fresh.length]?.id ?? null;
  if (!repeat) return null;
  return [...pool].sort((a, b) => (last.get(a.id) ?? '').localeCompare(last.get(b.id) ?? ''))[0]?.id ?? null;
}

/** The person's own act for `day`, or null when the day is the library's. */
function ownPick(day: DayKey, settings: Selection, progress: Progress, mine: Mine, exclude: ReadonlySet<string>) {
  if (!ownDay(day, settings.ownFrequency)) return null;
  const pool = ownPool(mine, exclude);
  const fitting = wantsTiny(day, settings, progress) ? pool.filter((act) => act.effort === 'tiny') : pool;
  return chooseOwn(fitting, progress, day, `${day}|own-pick`, settings.ownFrequency === 'only');
}

/** What `pickAct` offers, with the person's own acts, set-aside and kept acts honoured. */
export function pickMine(
  day: DayKey,
  settings: Selection,
  progress: Progress,
  library: Library,
  mine: Mine,
  exclude: ReadonlySet<string> = new Set(),
): string {
  const programAct = programActId(day, settings, progress, library);
  if (programAct && !mine.notForMe.includes(programAct)) return programAct;
  const rested = restedHistory(progress, day, mine);
  const view = libraryFor(library, mine);
  if (programAct) {
    const instead = noMoreThan(view, effortOf(programAct, library, mine));
    return pickAct(day, { ...settings, path: 'daily' }, rested, instead, exclude);
  }
  return ownPick(day, settings, progress, mine, exclude) ?? pickAct(day, settings, rested, view, exclude);
}

/** Whether a day still open may keep offering `id`: in the library or the person's, and not set aside. */
/**
 * One of the person's own acts this computer has no words for at all, neither live nor deleted: it
 * came from another computer ahead of its words (a deletion here always keeps the words of an act a
 * day names). The day keeps it; offering another would replace the act that computer decided.
 */
const notHereYet = (id: string, mine: Mine): boolean => isOwnId(id) && !findOwn(mine, id);

function offerable(id: string, library: Library, mine: Mine): boolean {
  if (mine.notForMe.includes(id)) return false;
  return inLibrary(library, id) || liveOwnActs(mine).some((act) => act.id === id);
}

/**
 * Today's act, as `actForDay`: what history says, or what the day offers. A day still open whose
 * act was set aside for good, deleted or has left the library is offered another.
 */
export function actForDayMine(day: DayKey, settings: Selection, progress: Progress, library: Library, mine: Mine) {
  const record = progress.days[day];
  if (record && (record.status !== 'open' || offerable(record.actId, library, mine) || notHereYet(record.actId, mine)))
    return record.actId;
  return pickMine(day, settings, progress, library, mine, new Set(record?.swapped));
}

/**
 * Another act for `day`, as `swapAct`: never one already offered today, never more effort. On the
 * person's own day another of their own comes first; then the library's.
 */
export function swapMine(day: DayKey, settings: Selection, progress: Progress, library: Library, mine: Mine) {
  const current = actForDayMine(day, settings, progress, library, mine);
  const record = progress.days[day];
  const seen = new Set([current, ...(record?.swapped ?? [])]);
  const most = effortOf(current, library, mine);
  if (!programActId(day, settings, progress, library) && ownDay(day, settings.ownFrequency)) {
    const pool = ownPool(mine, seen).filter((act) => RANK[act.effort] <= RANK[most ?? 'larger']);
    const own = chooseOwn(pool, progress, day, `${day}|swap|${seen.size}`, settings.ownFrequency === 'only');
    if (own) return own;
  }
  const rested = restedHistory(progress, day, mine);
  const view = libraryFor(library, mine);
  if (inLibrary(view, current)) {
    // swapAct reads today's act from the record: one the background has not written yet is written in.
    const withToday = rested.days[day]
      ? rested
      : { ...rested, days: { ...rested.days, [day]: { actId: current, status: 'open' as const, swapped: [] } } };
    return swapAct(day, settings, withToday, view);
  }
  // Today's act is the person's own and none of theirs is left to offer: a library act, no more effort.
  return pickAct(day, { ...settings, path: 'daily' }, rested, noMoreThan(view, most), seen);
}
