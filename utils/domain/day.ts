/** A local calendar day as `YYYY-MM-DD`; the unit of history. */
export type DayKey = string;

const DAY_MS = 86_400_000;
const KEY = /^\d{4}-\d{2}-\d{2}$/;

export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string' || !KEY.test(value)) return false;
  // Rejects dates that do not exist (2026-02-30 rolls over, 2026-13-01 is invalid).
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/*
 * Calendar arithmetic on day keys is plain UTC date arithmetic, and the local
 * date comes from Intl, which holds the time-zone database: no library is
 * needed here, so the popup and the new tab do not load one. (dayjs does the
 * one harder job, a local wall time to an instant, in reminders.ts.)
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function localParts(now: number, timeZone: string): { date: DayKey; hour: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(now)) part[type] = value;
  return { date: `${part.year}-${part.month}-${part.day}`, hour: Number(part.hour) };
}

const utcMs = (key: DayKey): number => Date.parse(`${key}T00:00:00Z`);
const fromUtcMs = (ms: number): DayKey => new Date(ms).toISOString().slice(0, 10);

/**
 * The person's day at `now`: the local date in `timeZone`, except that hours
 * before `startHour` still belong to the day before (for night owls).
 */
export function dayKey(now: number, timeZone: string, startHour = 0): DayKey {
  const { date, hour } = localParts(now, timeZone);
  return hour < startHour ? addDays(date, -1) : date;
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
  return fromUtcMs(utcMs(key) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** 0 for Sunday to 6 for Saturday, as `Date.getDay` counts. */
export function weekday(key: DayKey): number {
  return new Date(utcMs(key)).getUTCDay();
}

/** The seven days, Monday first, of the week holding `key`. */
export function weekOf(key: DayKey): DayKey[] {
  const monday = addDays(key, -((weekday(key) + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The time zone the browser uses now; read by entrypoints and passed down. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
