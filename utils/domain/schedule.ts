import type { Act, Effort } from '@/utils/content/types';
import { addDays, type DayKey, daysBetween } from './day';
import { hash } from './hash';
import type { Program, Progress, Settings } from './model';

/** No act comes back within this many days while the library allows. */
export const NO_REPEAT_DAYS = 60;

export interface Library {
  /** The ongoing library. */
  readonly acts: readonly Act[];
  /** Short programs, one act a day in order: the 5-day reset and the gentle week. */
  readonly programs: Readonly<Record<Program, readonly Act[]>>;
}

/** The settings that decide which act a day offers: changing any of them re-picks an open day. */
export const SHAPES_THE_ACT = [
  'path',
  'focus',
  'gentle',
  'avoidNotes',
  'ownFrequency',
] as const satisfies readonly (keyof Settings)[];

export type Selection = Pick<Settings, (typeof SHAPES_THE_ACT)[number]>;

const EFFORT_RANK: Record<Effort, number> = { tiny: 0, small: 1, larger: 2 };

export interface ProgramDay {
  program: Program;
  /** 1-based. */
  day: number;
  length: number;
}

/**
 * Where `day` falls in the person's program, or null on the daily path and
 * after the program ends. Days count by the calendar, so a day set aside never
 * stalls it. Before the path has a recorded start, today is day 1, as the
 * background will record it.
 */
export function programDay(
  day: DayKey,
  settings: Pick<Settings, 'path'>,
  progress: Progress,
  library: Library,
): ProgramDay | null {
  if (settings.path === 'daily') return null;
  const length = library.programs[settings.path].length;
  const n = daysBetween(progress.startDay ?? day, day) + 1;
  return n >= 1 && n <= length ? { program: settings.path, day: n, length } : null;
}

/** When each act was last the act of a day before `day`. */
function lastUsed(day: DayKey, progress: Progress): Map<string, DayKey> {
  const used = new Map<string, DayKey>();
  for (const [key, record] of Object.entries(progress.days)) {
    if (key >= day) continue;
    const prev = used.get(record.actId);
    if (!prev || key > prev) used.set(record.actId, key);
  }
  return used;
}

/**
 * A gentle day: the person asked for gentleness, or set yesterday aside with "Not today".
 * It offers only tiny acts without a content note.
 */
export function wantsTiny(day: DayKey, settings: Selection, progress: Progress): boolean {
  return settings.gentle || progress.days[addDays(day, -1)]?.status === 'skipped';
}

/**
 * Narrows `pool` step by step, keeping the last non-empty result, so a
 * preference never leaves the person without an act.
 */
function narrow(pool: readonly Act[], ...filters: ((act: Act) => boolean)[]): readonly Act[] {
  let current = pool;
  for (const keep of filters) {
    const next = current.filter(keep);
    if (next.length > 0) current = next;
  }
  return current;
}

function choose(pool: readonly Act[], seed: string, recent: ReadonlyMap<string, DayKey>): string {
  const fresh = pool.filter((act) => !recent.has(act.id));
  const picked =
    fresh.length > 0
      ? fresh[hash(seed) % fresh.length]
      : // Every act was used recently: the one rested longest comes back first.
        [...pool].sort((a, b) => (recent.get(a.id) ?? '').localeCompare(recent.get(b.id) ?? ''))[0];
  if (!picked) throw new Error('The act library is empty');
  return picked.id;
}

/**
 * The acts a day may offer, most wanted first: suited to the focus, outside the notes the
 * person avoids, tiny and without a note on a gentle day, not offered today already, and
 * rested at least NO_REPEAT_DAYS when the library allows. The gentle rule comes before
 * freshness, so when every tiny act was used recently the day brings back the tiny act rested
 * longest rather than a larger one. Each further preference narrows this without ever emptying it.
 */
function candidates(
  day: DayKey,
  settings: Selection,
  progress: Progress,
  library: Library,
  exclude: ReadonlySet<string>,
) {
  const used = lastUsed(day, progress);
  const windowStart = addDays(day, -NO_REPEAT_DAYS);
  const recent = new Map([...used].filter(([, last]) => last >= windowStart));
  const gentle = wantsTiny(day, settings, progress);
  const open = narrow(
    library.acts,
    (act) => act.focus.includes('everyone') || act.focus.includes(settings.focus),
    (act) => !act.note || !settings.avoidNotes.includes(act.note),
    (act) => !gentle || (act.effort === 'tiny' && !act.note),
    (act) => !exclude.has(act.id),
  );
  const fresh = open.filter((act) => !recent.has(act.id));
  // Nothing rested enough: choose() brings back the longest rested of them all, whatever its focus.
  if (fresh.length === 0) return { pool: open, recent };
  const pool = narrow(
    fresh,
    // Two days in three lean to acts written for the person's focus; the third mixes in acts for everyone.
    (act) => settings.focus === 'everyone' || hash(`${day}|focus`) % 3 === 0 || act.focus.includes(settings.focus),
  );
  return { pool, recent };
}

/** The program's act for `day`, when the day falls in the person's program. */
export function programActId(day: DayKey, settings: Selection, progress: Progress, library: Library): string | null {
  const inProgram = programDay(day, settings, progress, library);
  return (inProgram && library.programs[inProgram.program][inProgram.day - 1]?.id) || null;
}

/**
 * The act a day offers before anything is done with it. It looks only at earlier days, so the
 * day's current record does not bias it; `exclude` holds acts already swapped away that day.
 */
export function pickAct(
  day: DayKey,
  settings: Selection,
  progress: Progress,
  library: Library,
  exclude: ReadonlySet<string> = new Set(),
): string {
  const programAct = programActId(day, settings, progress, library);
  if (programAct) return programAct;
  const { pool, recent } = candidates(day, settings, progress, library, exclude);
  return choose(pool, day, recent);
}

const knownIds = new WeakMap<Library, Set<string>>();
/** Whether `library` still holds the act: one removed or renamed in a later release is not. */
export function inLibrary(library: Library, id: string): boolean {
  let ids = knownIds.get(library);
  if (!ids) {
    ids = new Set([...library.acts, ...Object.values(library.programs).flat()].map((act) => act.id));
    knownIds.set(library, ids);
  }
  return ids.has(id);
}

/**
 * Today's act: what history says, or what the day offers. A day still open whose act has left
 * the library is offered a new one (the acts swapped away that day stay excluded).
 */
export function actForDay(day: DayKey, settings: Selection, progress: Progress, library: Library): string {
  const record = progress.days[day];
  if (record && (record.status !== 'open' || inLibrary(library, record.actId))) return record.actId;
  return pickAct(day, settings, progress, library, new Set(record?.swapped));
}

/** Another act for `day`, never one already offered today and never more effort. */
export function swapAct(day: DayKey, settings: Selection, progress: Progress, library: Library): string {
  const current = actForDay(day, settings, progress, library);
  const seen = new Set([current, ...(progress.days[day]?.swapped ?? [])]);
  const all = [...Object.values(library.programs).flat(), ...library.acts];
  const rank = EFFORT_RANK[all.find((act) => act.id === current)?.effort ?? 'larger'];
  const { pool, recent } = candidates(day, settings, progress, library, seen);
  const easier = narrow(pool, (act) => EFFORT_RANK[act.effort] <= rank);
  return choose(easier, `${day}|swap|${seen.size}`, recent);
}
