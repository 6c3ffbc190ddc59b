import { type DayKey, weekOf } from './day';
import { type DayRecord, type DayStatus, type Feeling, NOTE_MAX, type Progress } from './model';

/**
 * Pure changes to progress. Each returns a new value touching only one day, so
 * it can be re-applied to the latest stored progress inside a lock.
 */
export type ProgressChange = (progress: Progress) => Progress;

function withDay(progress: Progress, day: DayKey, record: DayRecord): Progress {
  return { ...progress, days: { ...progress.days, [day]: record } };
}

/** Records the day's act as open unless the day already has a record. */
export const openDay =
  (day: DayKey, actId: string): ProgressChange =>
  (progress) =>
    progress.days[day] ? progress : withDay(progress, day, { actId, status: 'open', swapped: [] });

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
    return withDay(progress, day, { actId: toId, status: 'open', swapped: [...swapped, fromId] });
  };

/** Offers `actId` on a day still open; a day already acted on keeps its act. */
export const repick =
  (day: DayKey, actId: string): ProgressChange =>
  (progress) => {
    const record = progress.days[day];
    if (record && (record.status !== 'open' || record.actId === actId)) return progress;
    return withDay(progress, day, { actId, status: 'open', swapped: [] });
  };

/** Begins the current path (day 1 of the reset) on `day`, once. */
export const startPath =
  (day: DayKey, restart = false): ProgressChange =>
  (progress) =>
    progress.startDay && !restart ? progress : { ...progress, startDay: day };

export interface WeekMark {
  day: DayKey;
  status: DayStatus | 'none';
  isToday: boolean;
  isFuture: boolean;
}

/** The seven days of the week holding `today`, as quiet marks. */
export function weekMarks(progress: Progress, today: DayKey): WeekMark[] {
  return weekOf(today).map((day) => ({
    day,
    status: progress.days[day]?.status ?? 'none',
    isToday: day === today,
    isFuture: day > today,
  }));
}

/** Days the person showed up (did an act) among `days`; only ever grows as days pass. */
export function daysShownUp(progress: Progress, days: readonly DayKey[]): number {
  return days.filter((day) => progress.days[day]?.status === 'done').length;
}

export interface CheckIn {
  before?: Feeling;
  after?: Feeling;
  note?: string;
}

/** Sets (or clears, with undefined) the day's check-in and note; the act and status stay. */
export const setCheckIn =
  (day: DayKey, checkIn: CheckIn): ProgressChange =>
  (progress) => {
    const record = progress.days[day];
    if (!record) return progress;
    const { before, after, note, ...rest } = record;
    const next: DayRecord = { ...rest };
    if (checkIn.before) next.before = checkIn.before;
    if (checkIn.after) next.after = checkIn.after;
    const text = checkIn.note?.trim().slice(0, NOTE_MAX);
    if (text) next.note = text;
    return withDay(progress, day, next);
  };
