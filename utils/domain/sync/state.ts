import type { DayKey } from '../day';
import type { Mine } from '../mine';
import type { DayRecord, Progress } from '../model';
import { joinDay, recordOf, type SyncDay, stampDay } from './day';
import { EMPTY_SYNC_MINE, joinMine, mineOf, mineSince, type SyncMine, stampMine } from './mine';

/*
 * The whole practice as it travels, and how this computer's copy meets another's. Pure.
 * `joinState` is a semilattice: the product of the day joins, the act registers and the start
 * register, all cut at the latest "Delete everything".
 */

/** When the path began. A restart (`g`) outranks the start before it; otherwise the earliest start day stands. */
export interface StartRegister {
  d: DayKey;
  t: number;
  /** The "Delete everything" it came after, as for a day (utils/domain/sync/day.ts). */
  e?: number;
  g?: number;
}

export interface SyncState {
  start?: StartRegister;
  /** When "Delete everything" last ran on any computer; 0 if never. */
  wipe: number;
  days: Record<DayKey, SyncDay>;
  mine: SyncMine;
}

export const EMPTY_SYNC_STATE: SyncState = { wipe: 0, days: {}, mine: EMPTY_SYNC_MINE };

function laterStart(a: StartRegister | undefined, b: StartRegister | undefined): StartRegister | undefined {
  if (!a || !b) return a ?? b;
  // With the same wipe and restarts, the earlier start day stands: a computer that joins late, or
  // first runs this version late, never restarts a path already under way.
  const order = (a.e ?? 0) - (b.e ?? 0) || (a.g ?? 0) - (b.g ?? 0) || (a.d < b.d ? 1 : a.d > b.d ? -1 : 0) || b.t - a.t;
  return order >= 0 ? a : b;
}

/**
 * What outlives "Delete everything": a copy made after it. Cut by the copy's epoch and not its
 * stamp, and every copy after a wipe outranks every copy before it, so the cut and the join
 * commute: the join stays associative whichever copy brings the wipe.
 */
const alive = <T extends { e?: number }>(value: T | undefined, wipe: number): T | undefined =>
  value && (value.e ?? 0) >= wipe ? value : undefined;

/** Days, acts and the start, both sides' together; whatever "Delete everything" came after is gone. */
export function joinState(a: SyncState, b: SyncState): SyncState {
  const wipe = Math.max(a.wipe, b.wipe);
  const days: Record<DayKey, SyncDay> = {};
  for (const key of [...new Set([...Object.keys(a.days), ...Object.keys(b.days)])].sort()) {
    const x = alive(a.days[key], wipe);
    const y = alive(b.days[key], wipe);
    const day = x && y ? joinDay(x, y) : (x ?? y);
    if (day) days[key] = day;
  }
  const start = laterStart(alive(a.start, wipe), alive(b.start, wipe));
  return {
    ...(start ? { start } : {}),
    wipe,
    days,
    mine: mineSince(joinMine(a.mine, b.mine), wipe),
  };
}

/**
 * This computer's practice, stamped against `base`, the copy it last joined. `now` is in seconds;
 * every stamp here comes after the latest "Delete everything" this computer knows of.
 */
export function stampState(progress: Progress, mine: Mine, base: SyncState, now: number, notes: boolean): SyncState {
  const at = Math.max(now, base.wipe + 1);
  const days: Record<DayKey, SyncDay> = {};
  for (const [key, record] of Object.entries(progress.days))
    days[key] = stampDay(record, base.days[key], at, notes, base.wipe);
  // A day joined before but gone from here now (a backup that replaced history) is still the base's.
  for (const [key, day] of Object.entries(base.days)) days[key] ??= day;
  let start = base.start;
  if (progress.startDay && progress.startDay !== start?.d)
    start = {
      d: progress.startDay,
      ...(start ? { t: Math.max(at, start.t + 1), g: (start.g ?? 0) + 1 } : { t: at }),
      ...(base.wipe > 0 ? { e: base.wipe } : {}),
    };
  return { ...(start ? { start } : {}), wipe: base.wipe, days, mine: stampMine(mine, base.mine, at, base.wipe) };
}

/**
 * The joined practice as this computer's progress and acts (every day here is in `joined`, stamped).
 * With `notes` off, notes and check-ins are this computer's own and never replaced. After a
 * "Delete everything" this computer had not seen (`wiped`), only what came after it is left.
 */
export function localOf(
  joined: SyncState,
  progress: Progress,
  mine: Mine,
  notes: boolean,
  wiped: boolean,
): { progress: Progress; mine: Mine } {
  const days: Record<DayKey, DayRecord> = {};
  for (const [key, day] of Object.entries(joined.days)) days[key] = recordOf(day, progress.days[key], notes);
  const acts = mineOf(joined.mine, wiped ? { acts: [], notForMe: [], kept: [] } : mine);
  // An act deleted elsewhere that a day here still names keeps its words here, retired, for history.
  const named = new Set(Object.values(days).map((d) => d.actId));
  const kept = new Set(acts.acts.map((a) => a.id));
  const stillNamed = wiped ? [] : mine.acts.filter((a) => named.has(a.id) && !kept.has(a.id));
  return {
    progress: { startDay: joined.start?.d ?? (wiped ? null : progress.startDay), days },
    mine: { ...acts, acts: [...acts.acts, ...stillNamed.map((a) => ({ ...a, retired: true as const }))] },
  };
}
