import { uiLanguage } from '@/utils/content/text';
import type { DayKey } from '@/utils/domain/day';

/*
 * Dates in the person's language. Day keys are calendar dates, so they are read
 * at noon UTC and formatted in UTC: no time zone can shift them to another day.
 */

const noon = (day: DayKey) => new Date(`${day}T12:00:00Z`);

/** The year view formats hundreds of dates per render; building a formatter is the slow part. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dates(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${uiLanguage()} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLanguage(), { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** Spanish month and weekday names are lower case; a heading or a label still starts with a capital. */
export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase(uiLanguage()) + text.slice(1);

export const longDate = (day: DayKey): string =>
  capitalize(dates({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(noon(day)));

/** Weekday and date without the year, which the calendar's heading already says. */
export const cellDate = (day: DayKey): string =>
  capitalize(dates({ weekday: 'long', month: 'long', day: 'numeric' }).format(noon(day)));

export const monthName = (month: string): string => capitalize(dates({ month: 'long' }).format(noon(`${month}-01`)));

/** A date with its year and without its weekday, as the day list's position says it. */
export const fullDate = (day: DayKey): string =>
  capitalize(dates({ year: 'numeric', month: 'long', day: 'numeric' }).format(noon(day)));

/** The same for every month of every year: worked out once per language. */
const weekdays = new Map<string, { narrow: string; long: string }[]>();

/** Monday to Sunday: 5 January 2026 was a Monday. */
export function weekdayNames(): { narrow: string; long: string }[] {
  let names = weekdays.get(uiLanguage());
  if (!names) {
    names = Array.from({ length: 7 }, (_, i) => {
      const date = noon(`2026-01-${String(5 + i).padStart(2, '0')}`);
      const name = (weekday: 'narrow' | 'long') => dates({ weekday }).format(date);
      return { narrow: name('narrow'), long: capitalize(name('long')) };
    });
    weekdays.set(uiLanguage(), names);
  }
  return names;
}

/** A whole number in the person's language: "1,800" in English. */
export const count = (n: number): string => new Intl.NumberFormat(uiLanguage()).format(n);

export const oneDecimal = (value: number): string =>
  new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(value);

/** A short date for a chart's axis: "Nov 23". */
export const shortDate = (day: DayKey): string => dates({ month: 'short', day: 'numeric' }).format(noon(day));

/** A month and its year: "November 2026". */
export const monthYear = (day: DayKey): string =>
  capitalize(dates({ month: 'long', year: 'numeric' }).format(noon(day)));

/** A short month and its year for a chart's axis: "Nov 2026". */
export const shortMonth = (day: DayKey): string => dates({ month: 'short', year: 'numeric' }).format(noon(day));
