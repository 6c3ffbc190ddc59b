import { checkMine, LARGEST_MINE_BYTES } from './backup-mine';
import { addDays, type DayKey, daysBetween, isDayKey } from './day';
import { EMPTY_MINE, type Mine } from './mine';
import {
  DAY_STATUSES,
  type DayRecord,
  type DayStatus,
  EARLIEST_DAY,
  MAX_SWAPPED,
  type Progress,
  parseRecord,
  parseSettings,
  type Settings,
  STORED_NOTE_MAX,
} from './model';

/**
 * Export and import of everything the person owns. Pure: the caller reads the
 * clock, the file and the storage, so every rule here can be tested with plain values.
 */

export const EXPORT_FORMAT = 'daily-kindness-export';
/** 2 added `mine`: the person's own acts, set-aside and kept acts. */
export const EXPORT_VERSION = 2;

/**
 * The last day a file may hold: tomorrow, since another computer's day can run ahead of this
 * one's by a time zone. A later day (a clock that ran ahead) stays in storage but is no history yet.
 */
export const lastFileDay = (today: DayKey): DayKey => addDays(today, 1);

/** The largest day record this version writes, pretty-printed as a file holds it. */
const LARGEST_RECORD_BYTES = JSON.stringify(
  {
    '2026-01-01': {
      actId: 'a'.repeat(60),
      status: 'skipped',
      swapped: Array.from({ length: MAX_SWAPPED }, () => 'a'.repeat(60)),
      before: 5,
      after: 5,
      // A control character is the longest a character gets in JSON: six bytes.
      note: '\u0001'.repeat(STORED_NOTE_MAX),
    },
  },
  null,
  8,
).length;

/**
 * Files above this are not opened. It is what the largest history this version can hold at
 * `today` exports to (every day since history began, each as large as a day can be), so what it
 * exports, it imports.
 */
export function maxImportBytes(today: DayKey): number {
  return (daysBetween(EARLIEST_DAY, lastFileDay(today)) + 1) * LARGEST_RECORD_BYTES + LARGEST_MINE_BYTES + 64 * 1024;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  appVersion: string;
  settings: Settings;
  progress: Progress;
  /** Whole, deleted own acts too: history names them. */
  mine: Mine;
}

/** Everything the person owns up to `lastFileDay(today)`, the same range an import accepts. */
export function exportData(
  settings: Settings,
  progress: Progress,
  mine: Mine,
  now: number,
  today: DayKey,
  appVersion: string,
): ExportFile {
  const last = lastFileDay(today);
  const days = Object.fromEntries(Object.entries(progress.days).filter(([day]) => day <= last));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    appVersion,
    settings,
    progress: { startDay: progress.startDay, days },
    mine,
  };
}

export function exportJson(
  settings: Settings,
  progress: Progress,
  mine: Mine,
  now: number,
  today: DayKey,
  appVersion: string,
) {
  return `${JSON.stringify(exportData(settings, progress, mine, now, today, appVersion), null, 2)}\n`;
}

const CSV_COLUMNS = ['date', 'status', 'act_id', 'act', 'before', 'after', 'note'] as const;

/**
 * A spreadsheet runs a cell starting with one of these as a formula, so a note
 * like "=HYPERLINK(...)" could act on the person's machine; an apostrophe keeps it text.
 * Tab and carriage return are included because some spreadsheets strip them first.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** History for people who want to look at it in a spreadsheet; the JSON file is the backup. */
export function exportCsv(progress: Progress, title: (actId: string) => string): string {
  const rows = Object.entries(progress.days)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, r]) => [
      day,
      r.status,
      r.actId,
      title(r.actId),
      r.before?.toString() ?? '',
      r.after?.toString() ?? '',
      r.note ?? '',
    ]);
  return [CSV_COLUMNS, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-ours' }
  | { code: 'newer-version'; version: number }
  | { code: 'wrong-shape'; where: string }
  | { code: 'out-of-range'; day: string; first: DayKey; last: DayKey };

export type ImportResult =
  | { ok: true; settings: Settings; progress: Progress; mine: Mine; days: number }
  | { ok: false; error: ImportError };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each entry lifts a file of version `v` to `v + 1`, applied in turn before the shape is checked. */
const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 came before own acts: it has none, and nothing set aside or kept.
  1: (file) => ({ ...file, version: 2, mine: EMPTY_MINE }),
};

/** A key as shown in `where`: quoted like JSON, and cut short so a hostile key cannot flood the message. */
function keyLabel(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** Asks the model, so the rule for an id lives in one place. */
const isActId = (v: unknown): boolean => parseRecord({ actId: v, status: 'open' }) !== null;

/**
 * Stricter than `parseRecord`, which repairs what it can: an import replaces or
 * merges into real history, so anything it would drop or cut is refused instead.
 * Returns the first bad place, or the record.
 */
function checkRecord(raw: unknown, where: string): { where: string } | { record: DayRecord } {
  if (!isObject(raw)) return { where };
  if (!isActId(raw.actId)) return { where: `${where}.actId` };
  if (!DAY_STATUSES.includes(raw.status as DayStatus)) return { where: `${where}.status` };
  const swapped = raw.swapped;
  if (swapped !== undefined && !(Array.isArray(swapped) && swapped.length <= MAX_SWAPPED && swapped.every(isActId))) {
    return { where: `${where}.swapped` };
  }
  const record = parseRecord(raw);
  if (!record) return { where };
  for (const field of ['before', 'after'] as const) {
    if (raw[field] !== undefined && record[field] !== raw[field]) return { where: `${where}.${field}` };
  }
  if (raw.note !== undefined && (typeof raw.note !== 'string' || raw.note.length > STORED_NOTE_MAX)) {
    return { where: `${where}.note` };
  }
  return { record };
}

type Checked = { where: string } | { range: { day: string; first: DayKey; last: DayKey } } | { progress: Progress };

function checkProgress(raw: unknown, today: DayKey): Checked {
  if (!isObject(raw)) return { where: 'progress' };
  const last = lastFileDay(today);
  const startDay = raw.startDay;
  if (startDay !== null && !isDayKey(startDay)) return { where: 'progress.startDay' };
  if (!isObject(raw.days)) return { where: 'progress.days' };
  const days: Record<DayKey, DayRecord> = {};
  for (const [key, value] of Object.entries(raw.days)) {
    const where = `progress.days[${keyLabel(key)}]`;
    if (!isDayKey(key)) return { where };
    if (key < EARLIEST_DAY || key > last) return { range: { day: key, first: EARLIEST_DAY, last } };
    const checked = checkRecord(value, where);
    if ('where' in checked) return checked;
    days[key] = checked.record;
  }
  return { progress: { startDay, days } };
}

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

/**
 * Reads an export file. All or nothing: on any error there is nothing to write,
 * so a damaged file can never replace good history with part of itself.
 * `byteLength` is the file's size, checked before the text is parsed at all.
 */
export function parseImport(text: string, byteLength: number, today: DayKey): ImportResult {
  if (byteLength > maxImportBytes(today)) return fail({ code: 'too-large' });
  let data: unknown;
  try {
    // Editors on Windows often save with a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return fail({ code: 'not-ours' });
  const version = data.version;
  if (!Number.isInteger(version) || (version as number) < 1) return fail({ code: 'wrong-shape', where: 'version' });
  if ((version as number) > EXPORT_VERSION) return fail({ code: 'newer-version', version: version as number });

  let file = data;
  for (let v = version as number; v < EXPORT_VERSION; v++) file = UPGRADES[v]?.(file) ?? file;

  if (!isObject(file.settings)) return fail({ code: 'wrong-shape', where: 'settings' });
  const checked = checkProgress(file.progress, today);
  if ('where' in checked) return fail({ code: 'wrong-shape', ...checked });
  if ('range' in checked) return fail({ code: 'out-of-range', ...checked.range });
  const mine = checkMine(file.mine);
  if ('where' in mine) return fail({ code: 'wrong-shape', ...mine });
  return {
    ok: true,
    settings: parseSettings(file.settings),
    progress: checked.progress,
    mine: mine.mine,
    days: Object.keys(checked.progress.days).length,
  };
}
