import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { DayKey } from './day-key';

dayjs.extend(utc);
dayjs.extend(timezone);

export { type DayKey, isDayKey } from './day-key';

const DAY_MS = 86_400_000;

/**
 * The person's day at `now`: the local date in `timeZone`, except that hours
 * before `startHour` still belong to the day before (for night owls).
 */
export function dayKey(now: number, timeZone: string, startHour = 0): DayKey {
  const local = dayjs(now).tz(timeZone);
  const date = local.format('YYYY-MM-DD');
  return local.hour() < startHour ? addDays(date, -1) : date;
}

/**
 * The first instant after `now` that belongs to the next day. Found by bisection
 * over `dayKey` rather than by building a local wall time, so daylight-saving
 * gaps and repeated hours cannot put the boundary in the wrong place.
 */
export function nextDayStart(now: number, timeZone: string, startHour = 0): number {
  const today = dayKey(now, timeZone, startHour);
  // A day never lasts more than 26 hours, so this bound is always in a later day.
  let high = now + 2 * DAY_MS;
  let low = now;
  while (high - low > 1) {
    const mid = low + Math.floor((high - low) / 2);
    if (dayKey(mid, timeZone, startHour) === today) low = mid;
    else high = mid;
  }
  return high;
}

export function addDays(key: DayKey, days: number): DayKey {
  return dayjs.utc(key).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((dayjs.utc(to).valueOf() - dayjs.utc(from).valueOf()) / DAY_MS);
}

/** The seven days, Monday first, of the week holding `key`. */
export function weekOf(key: DayKey): DayKey[] {
  const monday = addDays(key, -((dayjs.utc(key).day() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The time zone the browser uses now; read by entrypoints and passed down. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
