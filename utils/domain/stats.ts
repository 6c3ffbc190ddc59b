import type { Act } from '@/utils/content/types';
import { addDays, type DayKey, daysBetween } from './day';
import type { Progress } from './model';

/*
 * Counts that only ever grow as days pass: days practiced, never days not.
 * Pure: the day and the act lookup are passed in.
 */

/** Days up to `today` that were done; a day not yet come (a clock that ran ahead, an import) is not counted. */
const doneDays = (progress: Progress, today: DayKey) =>
  Object.entries(progress.days).filter(([day, r]) => day <= today && r.status === 'done');

export interface Counts {
  month: number;
  allTime: number;
  towardOthers: number;
  towardSelf: number;
}

/** Whom each done act went to; an act that has left the library counts in the totals only. */
export function counts(progress: Progress, today: DayKey, findAct: (id: string) => Act | undefined): Counts {
  const done = doneDays(progress, today);
  const month = today.slice(0, 7);
  const directions = done.map(([, r]) => findAct(r.actId)?.direction);
  const self = directions.filter((d) => d === 'self' || d === 'body').length;
  return {
    month: done.filter(([day]) => day.startsWith(month)).length,
    allTime: done.length,
    towardSelf: self,
    towardOthers: directions.filter((d) => d !== undefined).length - self,
  };
}

/** Back after a while: the last day with any record was this many days ago or more. */
export const WELCOME_BACK_AFTER = 3;

export function isWelcomeBack(progress: Progress, today: DayKey): boolean {
  const earlier = Object.keys(progress.days).filter((day) => day < today);
  const last = earlier.sort().at(-1);
  return last !== undefined && daysBetween(last, today) >= WELCOME_BACK_AFTER;
}

/** The check-ins needed before an average says anything. */
export const MIN_CHECK_INS = 5;

/** How feelings moved on days the person checked in both before and after; null until there are enough. */
export function feelingChange(progress: Progress, today: DayKey): { days: number; average: number } | null {
  const pairs = Object.entries(progress.days)
    .filter(([day, r]) => day <= today && r.before !== undefined && r.after !== undefined)
    .map(([, r]) => r);
  if (pairs.length < MIN_CHECK_INS) return null;
  const total = pairs.reduce((sum, r) => sum + ((r.after ?? 0) - (r.before ?? 0)), 0);
  return { days: pairs.length, average: Math.round((total / pairs.length) * 10) / 10 };
}

/** The last day of a program, done: time for a quiet celebration. */
export function finishedProgram(progress: Progress, today: DayKey, startDay: DayKey | null, length: number): boolean {
  if (!startDay) return false;
  const last = addDays(startDay, length - 1);
  return last === today && progress.days[today]?.status === 'done';
}
