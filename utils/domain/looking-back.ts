import type { Act, Effort } from '@/utils/content/types';
import { addDays, type DayKey, weekOf } from './day';
import type { Mine } from './mine';
import type { DayRecord, Progress } from './model';
import { actForDayMine, effortOf } from './own-selection';
import { openDay, startPath } from './progress';
import type { Library, Selection } from './schedule';

/*
 * Looking back over the practice: feelings by week or month, which kinds of acts came with the
 * largest lift, and the coming month as the selection rules will offer it. Pure: the day, the
 * history and the act lookup are passed in. Nothing here judges; it only counts.
 */

export type Period = 'week' | 'month';

export interface FeelingPeriod {
  /** The period's first day (a Monday, or the 1st). */
  start: DayKey;
  /** Its last day. */
  end: DayKey;
  /** Days with a check-in before and after. */
  checkIns: number;
  /** Averages, 1 (very low) to 5 (very good), to one decimal. */
  before: number;
  after: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const average = (values: readonly number[]) => round1(values.reduce((a, b) => a + b, 0) / values.length);

/** Days up to `today` with both halves of a check-in, oldest first. */
function checkedIn(progress: Progress, today: DayKey, from?: DayKey): [DayKey, DayRecord][] {
  return Object.entries(progress.days)
    .filter(([day, r]) => day <= today && (!from || day >= from) && r.before !== undefined && r.after !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function periodOf(day: DayKey, period: Period): { start: DayKey; end: DayKey } {
  if (period === 'week') {
    const week = weekOf(day);
    return { start: week[0] ?? day, end: week[6] ?? day };
  }
  const start = `${day.slice(0, 7)}-01`;
  const next = addDays(start, 32);
  return { start, end: addDays(`${next.slice(0, 7)}-01`, -1) };
}

/** Feelings before and after, averaged by week or month, for the periods that hold check-ins. */
export function feelingsBy(period: Period, progress: Progress, today: DayKey, from?: DayKey): FeelingPeriod[] {
  const groups = new Map<DayKey, { end: DayKey; records: DayRecord[] }>();
  for (const [day, record] of checkedIn(progress, today, from)) {
    const { start, end } = periodOf(day, period);
    const group = groups.get(start) ?? { end, records: [] };
    group.records.push(record);
    groups.set(start, group);
  }
  return [...groups].map(([start, { end, records }]) => ({
    start,
    end,
    checkIns: records.length,
    before: average(records.map((r) => r.before ?? 0)),
    after: average(records.map((r) => r.after ?? 0)),
  }));
}

/**
 * Feelings were lower lately: the last period's "after" fell below the one before by half a step
 * or more, or sits at "low" or under. A page offers support and smaller acts then, never advice.
 */
export function feelingsLower(periods: readonly FeelingPeriod[]): boolean {
  const last = periods.at(-1);
  const before = periods.at(-2);
  if (!last) return false;
  return last.after <= 2 || (before !== undefined && before.after - last.after >= 0.5);
}

/** Toward whom an act went, as the history counts it, and how much it asked. */
export interface Kind {
  toward: 'others' | 'self';
  effort: Effort;
}

export interface Lift {
  kind: Kind;
  checkIns: number;
  /** Average of after minus before, to one decimal. */
  lift: number;
}

/** Check-ins needed in all before anything is said about kinds of acts. */
export const MIN_FOR_KINDS = 10;
/** Check-ins one kind needs before it is named. */
export const MIN_PER_KIND = 3;

/**
 * The kinds of acts (toward others or oneself, by effort) with their average lift, largest first,
 * once there are enough check-ins to say anything; kinds with too few are left out. The person's
 * own acts have no direction and are not counted here.
 */
export function whatHelped(progress: Progress, today: DayKey, findAct: (id: string) => Act | undefined): Lift[] {
  const days = checkedIn(progress, today);
  if (days.length < MIN_FOR_KINDS) return [];
  const groups = new Map<string, { kind: Kind; lifts: number[] }>();
  for (const [, record] of days) {
    const act = findAct(record.actId);
    if (!act) continue;
    const kind: Kind = {
      toward: act.direction === 'self' || act.direction === 'body' ? 'self' : 'others',
      effort: act.effort,
    };
    const key = `${kind.toward}|${kind.effort}`;
    const group = groups.get(key) ?? { kind, lifts: [] };
    group.lifts.push((record.after ?? 0) - (record.before ?? 0));
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.lifts.length >= MIN_PER_KIND)
    .map((g) => ({ kind: g.kind, checkIns: g.lifts.length, lift: average(g.lifts) }))
    .sort((a, b) => b.lift - a.lift || b.checkIns - a.checkIns);
}

export interface SheetDay {
  day: DayKey;
  actId: string;
  effort: Effort | undefined;
}

/**
 * The acts the days from `first` to `last` will offer, as the background records them day by day
 * when nothing is swapped or marked: each day after `today` opens over the days before it, as
 * `refresh` opens it; a day already recorded keeps its act.
 */
export function coming(
  today: DayKey,
  first: DayKey,
  last: DayKey,
  settings: Selection,
  progress: Progress,
  library: Library,
  mine: Mine,
): SheetDay[] {
  const out: SheetDay[] = [];
  let p = progress;
  const from = first < today ? first : addDays(today, 1) < first ? addDays(today, 1) : first;
  for (let day = from; day <= last; day = addDays(day, 1)) {
    if (!p.days[day] && day >= today) {
      const started = startPath(day)(p);
      p = openDay(day, actForDayMine(day, settings, started, library, mine))(started);
    }
    const actId = p.days[day]?.actId ?? actForDayMine(day, settings, p, library, mine);
    if (day >= first) out.push({ day, actId, effort: effortOf(actId, library, mine) });
  }
  return out;
}
