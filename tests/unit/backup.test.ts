import { describe, expect, it } from 'vitest';
import { allActs, findAct } from '@/utils/content/library';
import {
  EXPORT_VERSION,
  exportCsv,
  exportData,
  exportJson,
  type ImportResult,
  maxImportBytes,
  parseImport,
} from '@/utils/domain/backup';
import { EMPTY_MINE } from '@/utils/domain/mine';
import {
  type DayRecord,
  DEFAULT_SETTINGS,
  EARLIEST_DAY,
  MAX_SWAPPED,
  type Progress,
  type Settings,
  STORED_NOTE_MAX,
} from '@/utils/domain/model';
import { catalogue } from './catalogue';

const NOW = Date.UTC(2026, 10, 23, 14, 30);
const TODAY = '2026-11-23';
const MAX_IMPORT_BYTES = maxImportBytes(TODAY);
const [ACT_A = '', ACT_B = '', ACT_C = ''] = allActs.map((act) => act.id);

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  path: 'daily',
  focus: 'parents',
  dayStartHour: 4,
  gentle: true,
  avoidNotes: ['grief'],
  theme: 'dark',
  reminder: { enabled: true, time: '20:15', days: [1, 3, 5], pausedUntil: NOW + 86_400_000 },
};

const DONE: DayRecord = {
  actId: 'reset_kind_to_body',
  status: 'done',
  swapped: [],
  before: 2,
  after: 4,
  note: 'Dormí una siesta 💤',
};
const OPEN: DayRecord = { actId: ACT_C, status: 'open', swapped: [] };
const progress: Progress = {
  startDay: '2026-11-20',
  days: { '2026-11-20': DONE, '2026-11-21': { actId: ACT_A, status: 'skipped', swapped: [ACT_B] }, '2026-11-22': OPEN },
};

const bytes = (text: string) => new TextEncoder().encode(text).length;
const importText = (text: string) => parseImport(text, bytes(text), TODAY);
const file = (patch: Record<string, unknown> = {}) => ({
  ...exportData(settings, progress, EMPTY_MINE, NOW, TODAY, '0.1.0'),
  ...patch,
});
const importFile = (patch: Record<string, unknown> = {}) => importText(JSON.stringify(file(patch)));
const withDay = (key: string, record: unknown) => importFile({ progress: { startDay: null, days: { [key]: record } } });
const errorOf = (result: ImportResult) => (result.ok ? null : result.error);
const day = (status: DayRecord['status'], extra: Partial<DayRecord> = {}): DayRecord => ({
  actId: ACT_A,
  status,
  swapped: [],
  ...extra,
});

describe('export', () => {
  it('writes a labelled, versioned file with the time it was made', () => {
    expect(exportData(settings, progress, EMPTY_MINE, NOW, TODAY, '0.1.0')).toEqual({
      format: 'daily-kindness-export',
      version: EXPORT_VERSION,
      exportedAt: '2026-11-23T14:30:00.000Z',
      appVersion: '0.1.0',
      settings,
      progress,
      mine: EMPTY_MINE,
    });
    expect(exportJson(settings, progress, EMPTY_MINE, NOW, TODAY, '0.1.0')).toContain(
      '\n  "format": "daily-kindness-export",\n',
    );
  });

  it('reads back exactly what it wrote, an empty history too', () => {
    expect(importText(exportJson(settings, progress, EMPTY_MINE, NOW, TODAY, '0.1.0'))).toEqual({
      ok: true,
      settings,
      progress,
      mine: EMPTY_MINE,
      days: 3,
    });
    const empty: Progress = { startDay: null, days: {} };
    const result = importText(exportJson(DEFAULT_SETTINGS, empty, EMPTY_MINE, NOW, TODAY, '0.1.0'));
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS, progress: empty, mine: EMPTY_MINE, days: 0 });
  });
});

describe('import errors', () => {
  it('refuses a file one byte over the limit before reading it', () => {
    const text = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    expect(errorOf(parseImport(text, MAX_IMPORT_BYTES + 1, TODAY))).toEqual({ code: 'too-large' });
    expect(errorOf(parseImport(text.slice(1), MAX_IMPORT_BYTES, TODAY))).toEqual({ code: 'not-json' });
  });

  it('says a picture is not a backup file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(errorOf(parseImport(new TextDecoder().decode(png), png.length, TODAY))).toEqual({ code: 'not-json' });
    expect(errorOf(importText(''))).toEqual({ code: 'not-json' });
  });

  it('says JSON from elsewhere is not ours', () => {
    expect(errorOf(importText('[{"date":"2026-11-20"}]'))).toEqual({ code: 'not-ours' });
    const other = '{"app":"HabitBuddy","habits":[{"name":"Water","streak":12}]}';
    expect(errorOf(importText(other))).toEqual({ code: 'not-ours' });
    expect(errorOf(importText('null'))).toEqual({ code: 'not-ours' });
    expect(errorOf(importText('"daily-kindness-export"'))).toEqual({ code: 'not-ours' });
  });

  it('refuses a file from a newer version and names the version', () => {
    expect(errorOf(importFile({ version: EXPORT_VERSION + 1 }))).toEqual({
      code: 'newer-version',
      version: EXPORT_VERSION + 1,
    });
  });

  it('accepts a byte-order mark in front of the file', () => {
    expect(importText(`\uFEFF${exportJson(settings, progress, EMPTY_MINE, NOW, TODAY, '0.1.0')}`).ok).toBe(true);
  });

  it.each([
    [{ version: '1' }, 'version'],
    [{ version: 0 }, 'version'],
    [{ version: undefined }, 'version'],
    [{ settings: 'dark' }, 'settings'],
    [{ progress: [] }, 'progress'],
    [{ progress: { startDay: '20/11/2026', days: {} } }, 'progress.startDay'],
    [{ progress: { days: {} } }, 'progress.startDay'],
    [{ progress: { startDay: null, days: [] } }, 'progress.days'],
  ])('names the bad place in %j', (patch, where) => {
    expect(errorOf(importFile(patch))).toEqual({ code: 'wrong-shape', where });
  });

  it.each([
    ['2026-13-01', { actId: ACT_A, status: 'done' }, 'progress.days["2026-13-01"]'],
    ['2026-02-30', { actId: ACT_A, status: 'done' }, 'progress.days["2026-02-30"]'],
    ['yesterday', { actId: ACT_A, status: 'done' }, 'progress.days["yesterday"]'],
    ['2026-11-20', 'done', 'progress.days["2026-11-20"]'],
    ['2026-11-20', { actId: 'DROP TABLE', status: 'done' }, 'progress.days["2026-11-20"].actId'],
    ['2026-11-20', { actId: ACT_A, status: 'finished' }, 'progress.days["2026-11-20"].status'],
    ['2026-11-20', { actId: ACT_A, status: 'done', swapped: 'x' }, 'progress.days["2026-11-20"].swapped'],
    ['2026-11-20', { actId: ACT_A, status: 'done', swapped: ['Bad Id'] }, 'progress.days["2026-11-20"].swapped'],
    ['2026-11-20', { actId: ACT_A, status: 'done', before: 6 }, 'progress.days["2026-11-20"].before'],
    ['2026-11-20', { actId: ACT_A, status: 'done', after: '4' }, 'progress.days["2026-11-20"].after'],
    ['2026-11-20', { actId: ACT_A, status: 'done', note: 42 }, 'progress.days["2026-11-20"].note'],
  ])('refuses day %s with %j', (key, record, where) => {
    expect(errorOf(withDay(key, record))).toEqual({ code: 'wrong-shape', where });
  });

  it('refuses a note longer than a day can keep, but not one exactly at the limit', () => {
    const record = (note: string) => ({ actId: ACT_A, status: 'done', swapped: [], note });
    expect(errorOf(withDay('2026-11-20', record('a'.repeat(STORED_NOTE_MAX + 1))))).toEqual({
      code: 'wrong-shape',
      where: 'progress.days["2026-11-20"].note',
    });
    expect(withDay('2026-11-20', record('a'.repeat(STORED_NOTE_MAX))).ok).toBe(true);
  });

  it('refuses more swapped acts than a day remembers', () => {
    const swapped = (n: number) => Array.from({ length: n }, (_, i) => `act_${i}`);
    expect(withDay('2026-11-20', { actId: ACT_A, status: 'open', swapped: swapped(MAX_SWAPPED) }).ok).toBe(true);
    expect(errorOf(withDay('2026-11-20', { actId: ACT_A, status: 'open', swapped: swapped(MAX_SWAPPED + 1) }))).toEqual(
      { code: 'wrong-shape', where: 'progress.days["2026-11-20"].swapped' },
    );
  });

  it('holds days from when history begins to tomorrow, and names a day outside them', () => {
    const range = { first: EARLIEST_DAY, last: '2026-11-24' };
    expect(withDay(EARLIEST_DAY, day('done')).ok).toBe(true);
    expect(withDay('2026-11-24', day('done')).ok).toBe(true);
    expect(errorOf(withDay('2024-12-31', day('done')))).toEqual({ code: 'out-of-range', day: '2024-12-31', ...range });
    expect(errorOf(withDay('1970-01-01', day('done')))).toEqual({ code: 'out-of-range', day: '1970-01-01', ...range });
    expect(errorOf(withDay('2026-11-25', day('done')))).toEqual({ code: 'out-of-range', day: '2026-11-25', ...range });
  });

  it('returns nothing to write when one day among good ones is bad', () => {
    const days = { ...progress.days, '2026-11-23': { actId: ACT_A, status: 'finished' } };
    const result = importFile({ progress: { startDay: '2026-11-20', days } });
    expect(result).toEqual({ ok: false, error: { code: 'wrong-shape', where: 'progress.days["2026-11-23"].status' } });
    expect(Object.keys(result)).toEqual(['ok', 'error']);
  });

  it('keeps a hostile key short in the message', () => {
    const error = errorOf(withDay('x'.repeat(10_000), {}));
    expect(error?.code).toBe('wrong-shape');
    expect(error && 'where' in error && error.where.length).toBeLessThan(80);
  });

  it('fills unknown settings with defaults, as stored settings are read', () => {
    const result = importFile({ settings: { focus: 'veterans', theme: 'neon' } });
    expect(result.ok && result.settings).toEqual({ ...DEFAULT_SETTINGS, focus: 'veterans' });
  });
});

describe('CSV', () => {
  const en = catalogue('en');
  const title = (id: string) => en.get(`acts_${id}_title`) ?? id;
  const csv = (days: Record<string, DayRecord>) => exportCsv({ startDay: null, days }, title);
  const lines = (text: string) => text.split('\r\n');
  const firstRow = (text: string) => lines(text)[1] ?? '';

  it('writes a header and one row per day, in date order, with CRLF endings', () => {
    const out = exportCsv({ ...progress, days: { '2026-11-22': OPEN, ...progress.days } }, title);
    const rows = lines(out);
    expect(rows[0]).toBe('date,status,act_id,act,before,after,note');
    expect(rows.slice(1, 4).map((r) => r.slice(0, 10))).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(rows[4]).toBe('');
    expect(out.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('uses the act title the person saw, quoted when it has a comma', () => {
    expect(findAct('reset_kind_to_body')).toBeDefined();
    expect(firstRow(csv({ '2026-11-20': DONE }))).toBe(
      '2026-11-20,done,reset_kind_to_body,"Do one kind thing for your body: rest, move gently or drink some water.",2,4,Dormí una siesta 💤',
    );
  });

  it('leaves fields empty for a day without a check-in or a note', () => {
    const row = firstRow(csv({ '2026-11-21': { actId: 'reset_kind_to_body', status: 'skipped', swapped: [] } }));
    expect(row.split(',').slice(-3)).toEqual(['', '', '']);
    expect(row.endsWith('water.",,,')).toBe(true);
  });

  it('doubles quotes and keeps line breaks inside one quoted field', () => {
    const note = 'She said "thanks"\nand smiled';
    const out = exportCsv({ startDay: null, days: { '2026-11-20': day('done', { note }) } }, () => 'Plain');
    expect(out).toBe(
      'date,status,act_id,act,before,after,note\r\n' +
        `2026-11-20,done,${ACT_A},Plain,,,"She said ""thanks""\nand smiled"\r\n`,
    );
  });

  it.each([
    ['=HYPERLINK("http://x.test","hi")', `"'=HYPERLINK(""http://x.test"",""hi"")"`],
    ['+1 good day', "'+1 good day"],
    ['-felt low, then better', `"'-felt low, then better"`],
    ['@mom', "'@mom"],
    ['a=b', 'a=b'],
  ])('keeps note %j as text in a spreadsheet', (note, cell) => {
    const out = csv({ '2026-11-20': day('done', { note }) });
    expect(firstRow(out).endsWith(`,${cell}`)).toBe(true);
  });

  it('neutralises a formula in an act title too', () => {
    expect(exportCsv(progress, () => '=1+1')).toContain(",'=1+1,");
  });
});
