import type { DayKey } from '@/utils/domain/day';
import type { FeelingPeriod } from '@/utils/domain/looking-back';
import type { Progress } from '@/utils/domain/model';

/*
 * The feelings chart's geometry, apart from its words: where each period's before and after sit in
 * the drawing, on a scale of 1 (very low, at the bottom) to 5 (very good, at the top).
 */

export const VIEW = { width: 640, height: 250, left: 112, right: 36, top: 16, bottom: 44 } as const;
/** The most periods drawn at once; the table beside the chart lists them all. */
export const MAX_DRAWN = 12;

export interface Point {
  x: number;
  before: number;
  after: number;
}

const plotWidth = VIEW.width - VIEW.left - VIEW.right;
const plotHeight = VIEW.height - VIEW.top - VIEW.bottom;

/** Height in the drawing of a feeling from 1 to 5. */
export const yOf = (value: number): number => Math.round((VIEW.top + ((5 - value) / 4) * plotHeight) * 10) / 10;

/** The periods' points, oldest first, spread evenly; one period sits in the middle. */
export function chartPoints(periods: readonly FeelingPeriod[]): Point[] {
  const n = periods.length;
  return periods.map((p, i) => ({
    x: Math.round((n === 1 ? VIEW.left + plotWidth / 2 : VIEW.left + (i * plotWidth) / (n - 1)) * 10) / 10,
    before: yOf(p.before),
    after: yOf(p.after),
  }));
}

/** An SVG path through the points' `key` heights. */
export const pathOf = (points: readonly Point[], key: 'before' | 'after'): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p[key]}`).join(' ');

/** Before and after averaged over every check-in from `from` to `today`, to one decimal; null with none. */
export function overall(progress: Progress, today: DayKey, from?: DayKey): { before: number; after: number } | null {
  let before = 0;
  let after = 0;
  let n = 0;
  for (const [day, r] of Object.entries(progress.days)) {
    if (day > today || (from && day < from) || r.before === undefined || r.after === undefined) continue;
    before += r.before;
    after += r.after;
    n++;
  }
  if (n === 0) return null;
  return { before: Math.round((before / n) * 10) / 10, after: Math.round((after / n) * 10) / 10 };
}
