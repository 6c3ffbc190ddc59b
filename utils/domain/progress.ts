import { addDays, type DayKey, weekOf } from './day';
import {
  type DayRecord,
  type DayStatus,
  type Feeling,
  MAX_SWAPPED,
  NOTE_MAX,
  type Progress,
  STORED_NOTE_MAX,
} from './model';

/**
 * Pure changes to progress. Each returns a new value touching only one day, so
 * it can be re-applied to the latest stored progress inside a lock.
 */
export type ProgressChange = (progress: Progress) => Progress;

function withDay(progress: Progress, day: DayKey, record: DayRecord): Progress {
  return { ...progress, days: { ...progress.days, [day]: record } };
}

/**
 * Records the day's act as open. A day already recorded keeps its record, unless it is still open
 * with another act (one that left the library): then it offers `actId`, keeping the rest.
 */
export const openDay =
  (day: DayKey, actId: string): ProgressChange =>
  (progress) => {
    const record = progress.days[day];
    if (record && (record.status !== 'open' || record.actId === actId)) return progress;
    return withDay(progress, day, { swapped: [], ...record, actId, status: 'open' });
  };

/** Sets the day's status, keeping the act shown when the person acted. */
export const setStatus =
  (day: DayKey, actId: string, status: DayStatus): ProgressChange =>
  (progress) =>
    withDay(progress, day, { swapped: [], ...progress.days[day], actId, status });

/** Replaces the day's act, remembering the one swapped away. */
export const swapTo =
  (day: DayKey, fromId: string, toId: string): ProgressChange =>
  (progress) => {
    const swapped = progress.days[day]?.swapped ?? [];
    return withDay(progress, day, { actId: toId, status: 'open', swapped: [...swapped, fromId].slice(-MAX_SWAPPED) });
  };

/**
 * Offers `actId` on a day still open; a day already acted on keeps its act, and the acts swapped
 * away today stay remembered, so a swap never offers them again.
 */
export const repick =
  (day: DayKey, actId: string): ProgressChange =>
  (progress) => {
    const record = progress.days[day];
    if (record && (record.status !== 'open' || record.actId === actId)) return progress;
    return withDay(progress, day, { swapped: [], ...record, actId, status: 'open' });
  };

/** Nothing done with the day yet beyond its act being shown: no swap, no check-in, no note. */
export function untouched(record: DayRecord | undefined): boolean {
  return (
    !record ||
    (record.status === 'open' &&
      record.swapped.length === 0 &&
      !record.note &&
      record.before === undefined &&
      record.after === undefined)
  );
}

/**
 * Begins the current path (day 1 of the reset) on `day`, once. A start more than a day ahead
 * (tomorrow is a restart the person chose) can only come from a clock that ran ahead: it begins today.
 */
export const startPath =
  (day: DayKey, restart = false): ProgressChange =>
  (progress) =>
    progress.startDay && !restart && progress.startDay <= addDays(day, 1) ? progress : { ...progress, startDay: day };

export interface WeekMark {
  day: DayKey;
  status: DayStatus | 'none';
  isToday: boolean;
  isFuture: boolean;
}

/** The seven days of the week holding `today`, as quiet marks; a day not yet come has none. */
export function weekMarks(progress: Progress, today: DayKey): WeekMark[] {
  return weekOf(today).map((day) => ({
    day,
    status: day > today ? 'none' : (progress.days[day]?.status ?? 'none'),
    isToday: day === today,
    isFuture: day > today,
  }));
}

/** Days up to `today` the person showed up (did an act) among `days`; only ever grows as days pass. */
export function daysShownUp(progress: Progress, days: readonly DayKey[], today: DayKey): number {
  return days.filter((day) => day <= today && progress.days[day]?.status === 'done').length;
}

export interface CheckIn {
  before?: Feeling;
  after?: Feeling;
  note?: string;
}

const NOTE_GAP = '\n\n';

/**
 * Both notes, when they differ: the first, a blank line, then the second. A note already
 * holding the other one is kept as it is. Null when the two will not fit in one day's note.
 */
export function joinNotes(first: string | undefined, second: string | undefined): string | null {
  const a = first?.trim() ?? '';
  const b = second?.trim() ?? '';
  if (!a) return b;
  if (!b || a.includes(b)) return a;
  if (b.includes(a)) return b;
  const joined = `${a}${NOTE_GAP}${b}`;
  return joined.length <= STORED_NOTE_MAX ? joined : null;
}

/**
 * Sets (or clears, with undefined) the day's check-in and note; the act and status stay.
 * `base` is the note the person started editing from: if the stored note has changed since
 * (another open page saved one), both are kept rather than one written over the other.
 */
export const setCheckIn =
  (day: DayKey, checkIn: CheckIn, base?: string): ProgressChange =>
  (progress) => {
    const record = progress.days[day];
    if (!record) return progress;
    const { before, after, note, ...rest } = record;
    const next: DayRecord = { ...rest };
    if (checkIn.before) next.before = checkIn.before;
    if (checkIn.after) next.after = checkIn.after;
    const typed = checkIn.note?.trim().slice(0, Math.max(NOTE_MAX, base?.length ?? 0)) ?? '';
    const changedElsewhere = (note ?? '') !== (base?.trim() ?? '') && (note ?? '') !== typed;
    const text = changedElsewhere ? joinNotes(note, typed) : typed;
    if (text === null) throw new Error(NOTE_CONFLICT);
    if (text) next.note = text;
    return withDay(progress, day, next);
  };

/** Why a check-in was not saved: the day's note changed in another page, and the two do not fit together. */
export const NOTE_CONFLICT = 'The note was changed in another window';
