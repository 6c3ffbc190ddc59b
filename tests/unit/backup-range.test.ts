import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson, maxImportBytes, parseImport } from '@/utils/domain/backup';
import { addDays, daysBetween } from '@/utils/domain/day';
import { EMPTY_MINE, type Mine, OWN_ACTS_MAX, OWN_TITLE_MAX, OWN_WHY_MAX, parseMine } from '@/utils/domain/mine';
import {
  type DayRecord,
  DEFAULT_SETTINGS,
  EARLIEST_DAY,
  MAX_SWAPPED,
  type Progress,
  parseProgress,
  STORED_NOTE_MAX,
} from '@/utils/domain/model';

/*
 * What it exports, it imports: any history storage can hold, up to its extremes,
 * comes back whole from its own export file.
 */
const bytes = (text: string) => new TextEncoder().encode(text).length;
const roundTrip = (progress: Progress, today: string, mine: Mine = EMPTY_MINE) => {
  const text = exportJson(DEFAULT_SETTINGS, progress, mine, 0, today, '0.1.0');
  return { size: bytes(text), result: parseImport(text, bytes(text), today) };
};

/** As large as a day can be: the longest id, every swap remembered, a joined note of six-byte characters. */
const largest = (i: number): DayRecord => ({
  actId: `a${'b'.repeat(50)}${String(i).padStart(9, '0')}`,
  status: 'done',
  swapped: Array.from({ length: MAX_SWAPPED }, (_, n) => `${'s'.repeat(50)}_${String(n).padStart(9, '0')}`),
  before: 1,
  after: 5,
  note: '\u0001'.repeat(STORED_NOTE_MAX),
});

/** As many own acts as a browser holds, each as long as it may be, every one set aside and kept too. */
const largestMine = (): Mine => {
  const acts = Array.from({ length: OWN_ACTS_MAX }, (_, i) => ({
    id: `own_${String(i).padStart(56, '0')}`,
    title: '\u0001'.repeat(OWN_TITLE_MAX),
    why: '\u0001'.repeat(OWN_WHY_MAX),
    effort: 'larger',
    retired: true,
  }));
  const ids = acts.map((act) => act.id);
  return parseMine({ acts, notForMe: ids, kept: ids });
};

describe('export and import limits', () => {
  it('imports back the largest history it can hold: every day since history began, each as large as a day gets', () => {
    const today = '2026-12-02';
    const count = daysBetween(EARLIEST_DAY, addDays(today, 1)) + 1;
    const days = Object.fromEntries(Array.from({ length: count }, (_, i) => [addDays(EARLIEST_DAY, i), largest(i)]));
    const progress = parseProgress({ startDay: EARLIEST_DAY, days });
    expect(Object.keys(progress.days)).toHaveLength(count);
    const mine = largestMine();
    expect(mine.acts).toHaveLength(OWN_ACTS_MAX);
    const { size, result } = roundTrip(progress, today, mine);
    expect(size).toBeLessThanOrEqual(maxImportBytes(today));
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS, progress, mine, days: count });
  });

  it('leaves out of the file, and so out of any import, only days after tomorrow', () => {
    const record: DayRecord = { actId: 'e_water_slowly', status: 'done', swapped: [] };
    const progress: Progress = { startDay: null, days: { '2026-12-03': record, '2031-05-01': record } };
    const { result } = roundTrip(progress, '2026-12-02');
    expect(result.ok && Object.keys(result.progress.days)).toEqual(['2026-12-03']);
  });

  it('round-trips any history storage accepts', () => {
    const id = fc.stringMatching(/^[a-z0-9_]{1,60}$/);
    const record = fc.record(
      {
        actId: id,
        status: fc.constantFrom('open', 'done', 'skipped'),
        swapped: fc.array(id, { maxLength: MAX_SWAPPED }),
        before: fc.integer({ min: 1, max: 5 }),
        after: fc.integer({ min: 1, max: 5 }),
        note: fc.string({ minLength: 1, maxLength: STORED_NOTE_MAX, unit: 'binary' }).filter((n) => n.trim() !== ''),
      },
      { requiredKeys: ['actId', 'status', 'swapped'] },
    );
    const dayKey = fc
      .integer({ min: 0, max: daysBetween(EARLIEST_DAY, '2026-12-03') })
      .map((n) => addDays(EARLIEST_DAY, n));
    fc.assert(
      fc.property(fc.dictionary(dayKey, record, { maxKeys: 40 }), fc.option(dayKey), (days, startDay) => {
        const progress = parseProgress({ startDay, days });
        const { result } = roundTrip(progress, '2026-12-02');
        expect(result).toEqual({
          ok: true,
          settings: DEFAULT_SETTINGS,
          progress,
          mine: EMPTY_MINE,
          days: Object.keys(progress.days).length,
        });
      }),
      { numRuns: 200 },
    );
  });
});
