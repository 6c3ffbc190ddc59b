import type { DayKey } from '@/utils/domain/day';
import type { DayRecord } from '@/utils/domain/model';

/*
 * The day list's pages, kept apart from the component so the arithmetic can be tested
 * without a DOM. Entries are newest first; page 0 holds the newest.
 */

export type Entry = [DayKey, DayRecord];

/** Days up to today that have a record, newest first: never a day after today. */
export function pastEntries(days: Record<DayKey, DayRecord>, todayKey: DayKey): Entry[] {
  return Object.entries(days)
    .filter(([day]) => day <= todayKey)
    .sort(([a], [b]) => (a < b ? 1 : -1));
}

/** How many pages `total` entries fill: at least one, so an empty list still has a page to be on. */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** `page` kept on the list: the history may have shrunk (deleted, replaced by a backup) since it was chosen. */
export const clampPage = (page: number, total: number, size: number): number =>
  Math.min(Math.max(0, page), pageCount(total, size) - 1);

/** The page holding `day`, or null when the list does not have it. */
export function pageOf(entries: readonly Entry[], day: DayKey, size: number): number | null {
  const index = entries.findIndex(([d]) => d === day);
  return index < 0 ? null : Math.floor(index / size);
}

/** Where a page starts and ends in the list, counted from 1 as the person reads it ("Days 61–120"). */
export function pageRange(page: number, total: number, size: number): { first: number; last: number } {
  return { first: page * size + 1, last: Math.min(total, (page + 1) * size) };
}
