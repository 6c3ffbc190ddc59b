import { CONTENT_NOTES, type ContentNote, FOCUSES, type Focus } from '@/utils/content/types';
import { type DayKey, isDayKey } from './day';
import { OWN_FREQUENCIES, type OwnFrequency } from './mine';

/** Short programs with one act a day, in order. */
export const PROGRAMS = ['reset', 'gentle'] as const;
export type Program = (typeof PROGRAMS)[number];
/** A program, or the ongoing daily path. */
export const PATHS = [...PROGRAMS, 'daily'] as const;
export type Path = (typeof PATHS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const NEWTAB_STYLES = ['full', 'minimal', 'breath'] as const;
export type NewTabStyle = (typeof NEWTAB_STYLES)[number];

export interface Reminder {
  enabled: boolean;
  /** Local wall time, `HH:MM`. */
  time: string;
  /** Days of the week it may come, 0 = Sunday. */
  days: number[];
  /** No reminder before this instant (ms since epoch), or null. */
  pausedUntil: number | null;
}

export interface Settings {
  path: Path;
  focus: Focus;
  /** Local hour (0–23) at which a new day begins. */
  dayStartHour: number;
  /** Lean towards tiny acts. */
  gentle: boolean;
  showBadge: boolean;
  /** Content notes the person prefers not to see. */
  avoidNotes: ContentNote[];
  theme: Theme;
  newTabStyle: NewTabStyle;
  /** A quiet clock on the new tab: the time, the date and a greeting for the time of day. */
  clock: boolean;
  /** Show no counts anywhere, for people who find counting stressful. */
  hideNumbers: boolean;
  reminder: Reminder;
  /** How often a day offers one of the person's own acts (utils/domain/mine.ts). */
  ownFrequency: OwnFrequency;
  /** Notes and check-ins travel through the browser's sync too; otherwise they stay where written. */
  syncNotes: boolean;
}

export const DEFAULT_REMINDER: Reminder = {
  enabled: false,
  time: '09:00',
  days: [0, 1, 2, 3, 4, 5, 6],
  pausedUntil: null,
};

export const DEFAULT_SETTINGS: Settings = {
  path: 'reset',
  focus: 'everyone',
  dayStartHour: 0,
  gentle: false,
  showBadge: true,
  avoidNotes: [],
  theme: 'system',
  newTabStyle: 'full',
  clock: false,
  hideNumbers: false,
  reminder: DEFAULT_REMINDER,
  ownFrequency: 'sometimes',
  syncNotes: false,
};

export const DAY_STATUSES = ['open', 'done', 'skipped'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

/** How the person felt, 1 (very low) to 5 (very good). */
export type Feeling = 1 | 2 | 3 | 4 | 5;
/** What one note may hold as it is typed. */
export const NOTE_MAX = 500;
/** What a day's note may hold once notes from two places are joined (a merge, two open pages). */
export const STORED_NOTE_MAX = 4 * NOTE_MAX;
/** Acts swapped away in one day that a swap remembers: plenty for a person, and a bound on a day's size. */
export const MAX_SWAPPED = 40;
/**
 * History begins here. The extension did not exist before, so an earlier day can only come from a
 * clock that was wrong (reset to 1970 or 2000): it stays in storage untouched but is not history.
 */
export const EARLIEST_DAY = '2025-01-01';
/** Every hour a day may begin at; the settings page offers each of them. */
export const DAY_START_HOURS = Array.from({ length: 24 }, (_, h) => h);
/** The latest instant a `Date` can hold; a pause date beyond it could not be shown. */
const LAST_INSTANT = 8.64e15;

export interface DayRecord {
  actId: string;
  status: DayStatus;
  /** Acts offered earlier the same day and swapped away, so a swap never offers them again. */
  swapped: string[];
  /** Optional check-in after "I did it". */
  before?: Feeling;
  after?: Feeling;
  /** A private note, at most NOTE_MAX characters. */
  note?: string;
}

export interface Progress {
  /** The day the current path began: day 1 of the 5-day reset. */
  startDay: DayKey | null;
  days: Record<DayKey, DayRecord>;
}

export const EMPTY_PROGRESS: Progress = { startDay: null, days: {} };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9_]{1,60}$/.test(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isFeeling = (v: unknown): v is Feeling => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;
const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

function parseReminder(raw: unknown): Reminder {
  const r = isObject(raw) ? raw : {};
  const d = DEFAULT_REMINDER;
  const days = Array.isArray(r.days)
    ? [...new Set(r.days.filter((n) => Number.isInteger(n) && n >= 0 && n <= 6))].sort()
    : null;
  return {
    enabled: isBool(r.enabled) ? r.enabled : d.enabled,
    time: isTime(r.time) ? r.time : d.time,
    days: days ?? d.days,
    pausedUntil:
      typeof r.pausedUntil === 'number' && Number.isFinite(r.pausedUntil) && Math.abs(r.pausedUntil) <= LAST_INSTANT
        ? r.pausedUntil
        : null,
  };
}

/**
 * Reads settings field by field: a corrupt or foreign field falls back to its
 * default while every good field is kept.
 */
export function parseSettings(raw: unknown): Settings {
  const s = isObject(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  const hour = s.dayStartHour;
  return {
    path: oneOf(PATHS, s.path) ? s.path : d.path,
    focus: oneOf(FOCUSES, s.focus) ? s.focus : d.focus,
    dayStartHour: DAY_START_HOURS.includes(hour as number) ? (hour as number) : d.dayStartHour,
    gentle: isBool(s.gentle) ? s.gentle : d.gentle,
    showBadge: isBool(s.showBadge) ? s.showBadge : d.showBadge,
    avoidNotes: Array.isArray(s.avoidNotes)
      ? [...new Set(s.avoidNotes.filter((n) => oneOf(CONTENT_NOTES, n)))]
      : d.avoidNotes,
    theme: oneOf(THEMES, s.theme) ? s.theme : d.theme,
    newTabStyle: oneOf(NEWTAB_STYLES, s.newTabStyle) ? s.newTabStyle : d.newTabStyle,
    clock: isBool(s.clock) ? s.clock : d.clock,
    hideNumbers: isBool(s.hideNumbers) ? s.hideNumbers : d.hideNumbers,
    reminder: parseReminder(s.reminder),
    // Settings stored before own acts existed (schema 1) have none: they take the default.
    ownFrequency: oneOf(OWN_FREQUENCIES, s.ownFrequency) ? s.ownFrequency : d.ownFrequency,
    // Settings stored before sync carried the practice (schema 2): notes stay where written.
    syncNotes: isBool(s.syncNotes) ? s.syncNotes : d.syncNotes,
  };
}

export function parseRecord(raw: unknown): DayRecord | null {
  if (!isObject(raw) || !isId(raw.actId) || !oneOf(DAY_STATUSES, raw.status)) return null;
  const record: DayRecord = {
    actId: raw.actId,
    status: raw.status,
    swapped: Array.isArray(raw.swapped) ? raw.swapped.filter(isId).slice(-MAX_SWAPPED) : [],
  };
  if (isFeeling(raw.before)) record.before = raw.before;
  if (isFeeling(raw.after)) record.after = raw.after;
  if (typeof raw.note === 'string' && raw.note.trim()) record.note = raw.note.slice(0, STORED_NOTE_MAX);
  return record;
}

/** A day that can be history: a real date, not before history begins. */
export const isHistoryDay = (key: unknown): key is DayKey => isDayKey(key) && key >= EARLIEST_DAY;

/**
 * Reads progress day by day: a day this version cannot read is left out of what it shows, and
 * left in storage exactly as it is (utils/carry-over.ts), never the rest.
 */
export function parseProgress(raw: unknown): Progress {
  if (!isObject(raw)) return { ...EMPTY_PROGRESS, days: {} };
  const days: Record<DayKey, DayRecord> = {};
  if (isObject(raw.days)) {
    for (const [key, value] of Object.entries(raw.days)) {
      const record = parseRecord(value);
      if (isHistoryDay(key) && record) days[key] = record;
    }
  }
  return { startDay: isDayKey(raw.startDay) ? raw.startDay : null, days };
}
