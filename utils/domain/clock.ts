/*
 * The new tab's quiet clock as plain values: what it says at `now` in a time zone and locale.
 * The page only puts these words on screen and asks again on the next minute.
 */

export const PARTS_OF_DAY = ['night', 'morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/**
 * Where each part of the day begins, by the local hour; before the first it is still night. A
 * language's evening greeting belongs to its own hours: "buenas tardes" lasts until about eight.
 */
const EVENING_FROM: Record<string, number> = { es: 20 };

function begins(language: string): [hour: number, part: PartOfDay][] {
  return [
    [22, 'night'],
    [EVENING_FROM[language] ?? 17, 'evening'],
    [12, 'afternoon'],
    [5, 'morning'],
  ];
}

export function localHour(now: number, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now);
  return Number(hour) % 24;
}

/** The part of the day at `now` in a zone, as a language divides it (its primary subtag: 'en', 'es'). */
export function partOfDay(now: number, timeZone: string, language = 'en'): PartOfDay {
  const hour = localHour(now, timeZone);
  return begins(language).find(([from]) => hour >= from)?.[1] ?? 'night';
}

export type HourCycle = 'h11' | 'h12' | 'h23' | 'h24';

/**
 * The locale and hour cycle a clock speaks in: the page's language with the region the browser's
 * language names (so English read in Germany shows 24 hours and dates the German way round), and
 * the hours that region counts in.
 */
export function clockLocale(pageLang: string, browserLang: string): { locale: string; hourCycle: HourCycle } {
  const page = safeLocale(pageLang) ?? new Intl.Locale('en');
  const browser = safeLocale(browserLang) ?? page;
  const locale = browser.language === page.language ? browser.baseName : withRegion(page.language, browser.region);
  const cycle = new Intl.DateTimeFormat(browser.baseName, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return { locale, hourCycle: (cycle ?? 'h23') as HourCycle };
}

function safeLocale(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag);
  } catch {
    return null;
  }
}

const withRegion = (language: string, region: string | undefined) => (region ? `${language}-${region}` : language);

export interface ClockFace {
  /** Hours and minutes, as the locale writes them. */
  time: string;
  /** The same, as `HH:mm`, for the `<time>` element. */
  machineTime: string;
  date: string;
  part: PartOfDay;
}

export function clockFace(now: number, timeZone: string, locale: string, hourCycle: HourCycle): ClockFace {
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', hourCycle, timeZone }).format(now);
  const machine = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(
    now,
  );
  const language = safeLocale(locale)?.language ?? 'en';
  return { time, machineTime: machine.format(now), date, part: partOfDay(now, timeZone, language) };
}

/** How long until the clock next changes: the start of the next minute. */
export const untilNextMinute = (now: number): number => 60_000 - (((now % 60_000) + 60_000) % 60_000);
