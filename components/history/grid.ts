import { addDays, type DayKey, weekday } from '@/utils/domain/day';
import type { DayRecord } from '@/utils/domain/model';

/*
 * Pure calendar arithmetic for the year view, kept apart from the components
 * so the grid layout and the keyboard moves can be tested without a DOM.
 * Day keys are plain calendar dates, so UTC arithmetic is exact here.
 */

/** A week row of a month grid, Monday first; null where the day belongs to another month. */
export type WeekRow = (DayKey | null)[];

export interface MonthGrid {
  /** `YYYY-MM` */
  month: string;
  weeks: WeekRow[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (day: DayKey) => day.split('-').map(Number) as [number, number, number];

export const keyOf = (year: number, month: number, date: number): DayKey => `${year}-${pad(month)}-${pad(date)}`;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 0 for Monday through 6 for Sunday. */
export const weekdayIndex = (day: DayKey): number => (weekday(day) + 6) % 7;

export const yearOf = (day: DayKey): number => parts(day)[0];

/** The days of `month` (1–12) laid out in Monday-first week rows, padded with null. */
export function monthWeeks(year: number, month: number): WeekRow[] {
  const first = keyOf(year, month, 1);
  const cells: WeekRow = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let date = 1; date <= daysInMonth(year, month); date++) cells.push(keyOf(year, month, date));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export function yearGrids(year: number): MonthGrid[] {
  return Array.from({ length: 12 }, (_, i) => ({ month: `${year}-${pad(i + 1)}`, weeks: monthWeeks(year, i + 1) }));
}

/**
 * A month's marks as one string, a letter a day, so a month whose days did not change is not
 * drawn again when the history does (storage hands back every record as a new object).
 * Only done and set-aside days carry a mark; an open or empty day is just its date, with no
 * judgement; days after today carry none.
 */
export function monthMarks(grid: MonthGrid, days: Record<DayKey, DayRecord>, todayKey: DayKey): string {
  let marks = '';
  for (const week of grid.weeks) {
    for (const day of week) {
      if (!day) continue;
      const status = day <= todayKey ? days[day]?.status : undefined;
      marks += status === 'done' ? 'd' : status === 'skipped' ? 's' : 'n';
    }
  }
  return marks;
}

function clampToYear(target: DayKey, year: number): DayKey {
  const first = keyOf(year, 1, 1);
  const last = keyOf(year, 12, 31);
  return target < first ? first : target > last ? last : target;
}

/** The same date `by` months away, on the month's last day when it is shorter. */
function addMonths(day: DayKey, by: number): DayKey {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + by;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return keyOf(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Days an arrow key moves: a day sideways, a week up or down. */
const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * Where a key press moves the calendar's focus from `day`, or null for keys the
 * grid leaves alone. Home and End stay inside the month, as each month is its
 * own grid on screen; every move stays inside the year shown.
 */
export function moveTarget(day: DayKey, key: string): DayKey | null {
  const [y, m, d] = parts(day);
  const column = weekdayIndex(day);
  let target: DayKey;
  if (key in STEPS) target = addDays(day, STEPS[key] ?? 0);
  else if (key === 'Home') target = addDays(day, -Math.min(column, d - 1));
  else if (key === 'End') target = addDays(day, Math.min(6 - column, daysInMonth(y, m) - d));
  else if (key === 'PageUp' || key === 'PageDown') target = addMonths(day, key === 'PageUp' ? -1 : 1);
  else return null;
  return clampToYear(target, y);
}
