import { describe, expect, it } from 'vitest';
import { monthMarks, yearGrids } from '@/components/history/grid';
import { clampPage, pageCount, pageOf, pageRange, pastEntries } from '@/components/history/pages';
import { addDays } from '@/utils/domain/day';
import type { DayRecord } from '@/utils/domain/model';

const record = (status: DayRecord['status']): DayRecord => ({ actId: 'e_water_slowly', status, swapped: [] });

/** `n` days ending on `last`, all done. */
function history(last: string, n: number): Record<string, DayRecord> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [addDays(last, -i), record('done')]));
}

describe('the day list', () => {
  it('holds the days up to today, newest first, and never a day after today', () => {
    const days = { ...history('2030-06-15', 3), '2030-06-16': record('open'), '2031-01-01': record('done') };
    expect(pastEntries(days, '2030-06-15').map(([day]) => day)).toEqual(['2030-06-15', '2030-06-14', '2030-06-13']);
  });

  it('pages 1,800 days in 30 pages of 60, and says where each starts and ends', () => {
    expect(pageCount(1800, 60)).toBe(30);
    expect(pageCount(1801, 60)).toBe(31);
    expect(pageCount(0, 60)).toBe(1);
    expect(pageRange(0, 1800, 60)).toEqual({ first: 1, last: 60 });
    expect(pageRange(1, 1800, 60)).toEqual({ first: 61, last: 120 });
    expect(pageRange(30, 1801, 60)).toEqual({ first: 1801, last: 1801 });
  });

  it('finds the page holding a day, or none when the list does not have it', () => {
    const entries = pastEntries(history('2030-06-15', 1800), '2030-06-15');
    expect(pageOf(entries, '2030-06-15', 60)).toBe(0);
    expect(pageOf(entries, addDays('2030-06-15', -60), 60)).toBe(1);
    expect(pageOf(entries, addDays('2030-06-15', -1799), 60)).toBe(29);
    expect(pageOf(entries, '2030-06-16', 60)).toBeNull();
  });

  it('stays on the list when the history shrinks under the page shown', () => {
    expect(clampPage(29, 1800, 60)).toBe(29);
    expect(clampPage(29, 100, 60)).toBe(1);
    expect(clampPage(29, 0, 60)).toBe(0);
    expect(clampPage(-1, 100, 60)).toBe(0);
  });
});

describe('month marks', () => {
  it('marks done and set-aside days up to today, and nothing after today', () => {
    const june = yearGrids(2030)[5];
    if (!june) throw new Error('no June');
    const days = {
      '2030-06-01': record('done'),
      '2030-06-02': record('skipped'),
      '2030-06-03': record('open'),
      '2030-06-20': record('done'),
    };
    const marks = monthMarks(june, days, '2030-06-15');
    expect(marks).toHaveLength(30);
    expect(marks.slice(0, 4)).toBe('dsnn');
    expect(marks.slice(15)).toBe('n'.repeat(15));
  });

  it('gives a month whose days did not change the same marks, whatever objects storage hands back', () => {
    const june = yearGrids(2030)[5];
    if (!june) throw new Error('no June');
    const before = history('2030-06-15', 400);
    const after = structuredClone(before);
    after['2030-03-10'] = record('skipped');
    expect(monthMarks(june, after, '2030-06-15')).toBe(monthMarks(june, before, '2030-06-15'));
  });
});
