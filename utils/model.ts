import { CONTENT_NOTES, type ContentNote, FOCUSES, type Focus } from './content/types';
import { type DayKey, isDayKey } from './day';

/** Short programs with one act a day, in order. */
export const PROGRAMS = ['reset', 'gentle'] as const;
export type Program = (typeof PROGRAMS)[number];
/** A program, or the ongoing daily path. */
export const PATHS = [...PROGRAMS, 'daily'] as const;
export type Path = (typeof PATHS)[number];

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
}

export const DEFAULT_SETTINGS: Settings = {
  path: 'reset',
  focus: 'everyone',
  dayStartHour: 0,
  gentle: false,
  showBadge: true,
  avoidNotes: [],
};

export const DAY_STATUSES = ['open', 'done', 'skipped'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

export interface DayRecord {
  actId: string;
  status: DayStatus;
  /** Acts offered earlier the same day and swapped away, so a swap never offers them again. */
  swapped: string[];
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
    dayStartHour:
      Number.isInteger(hour) && (hour as number) >= 0 && (hour as number) <= 23 ? (hour as number) : d.dayStartHour,
    gentle: typeof s.gentle === 'boolean' ? s.gentle : d.gentle,
    showBadge: typeof s.showBadge === 'boolean' ? s.showBadge : d.showBadge,
    avoidNotes: Array.isArray(s.avoidNotes) ? s.avoidNotes.filter((n) => oneOf(CONTENT_NOTES, n)) : d.avoidNotes,
  };
}

function parseRecord(raw: unknown): DayRecord | null {
  if (!isObject(raw) || !isId(raw.actId) || !oneOf(DAY_STATUSES, raw.status)) return null;
  return {
    actId: raw.actId,
    status: raw.status,
    swapped: Array.isArray(raw.swapped) ? raw.swapped.filter(isId) : [],
  };
}

/** Reads progress day by day: one damaged day is dropped, never the rest. */
export function parseProgress(raw: unknown): Progress {
  if (!isObject(raw)) return { ...EMPTY_PROGRESS, days: {} };
  const days: Record<DayKey, DayRecord> = {};
  if (isObject(raw.days)) {
    for (const [key, value] of Object.entries(raw.days)) {
      const record = parseRecord(value);
      if (isDayKey(key) && record) days[key] = record;
    }
  }
  return { startDay: isDayKey(raw.startDay) ? raw.startDay : null, days };
}
