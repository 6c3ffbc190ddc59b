import { describe, expect, it } from 'vitest';
import { daysInMonth, monthWeeks, moveTarget, weekdayIndex, yearGrids } from '@/components/history/grid';

describe('month grid', () => {
  it('puts a month that starts on Sunday in the last column of its first row', () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthWeeks(2026, 11);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[1]?.[0]).toBe('2026-11-02');
    expect(weeks).toHaveLength(6);
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null]);
  });

  it('gives February of a leap year its 29th day', () => {
    // 1 February 2028 is a Tuesday.
    const weeks = monthWeeks(2028, 2);
    expect(weeks[0]?.slice(0, 2)).toEqual([null, '2028-02-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(weeks.at(-1)).toEqual(['2028-02-28', '2028-02-29', null, null, null, null, null]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
  });

  it('fits a February that starts on Monday of a common year into exactly four rows', () => {
    // 1 February 2027 is a Monday.
    expect(monthWeeks(2027, 2)).toHaveLength(4);
  });

  it('keeps every row seven cells long and every day in its weekday column', () => {
    for (const { weeks } of yearGrids(2026)) {
      for (const row of weeks) {
        expect(row).toHaveLength(7);
        row.forEach((day, column) => {
          if (day) expect(weekdayIndex(day)).toBe(column);
        });
      }
    }
  });

  it('lays out twelve months holding every day of the year once', () => {
    const grids = yearGrids(2028);
    expect(grids.map((g) => g.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2028-${String(i + 1).padStart(2, '0')}`),
    );
    expect(grids.flatMap((g) => g.weeks.flat()).filter(Boolean)).toHaveLength(366);
  });
});

describe('keyboard moves', () => {
  it('moves by day and by week across month edges', () => {
    expect(moveTarget('2026-01-31', 'ArrowRight')).toBe('2026-02-01');
    expect(moveTarget('2026-03-01', 'ArrowLeft')).toBe('2026-02-28');
    expect(moveTarget('2026-11-28', 'ArrowDown')).toBe('2026-12-05');
    expect(moveTarget('2028-03-04', 'ArrowUp')).toBe('2028-02-26');
  });

  it('goes to the start and end of the week, staying inside the month', () => {
    // Wednesday 25 November 2026.
    expect(moveTarget('2026-11-25', 'Home')).toBe('2026-11-23');
    expect(moveTarget('2026-11-25', 'End')).toBe('2026-11-29');
    // 1 November is a Sunday, so its week starts in October.
    expect(moveTarget('2026-11-01', 'Home')).toBe('2026-11-01');
    // 30 November is a Monday, so its week ends in December.
    expect(moveTarget('2026-11-30', 'End')).toBe('2026-11-30');
  });

  it('moves by month, landing on the last day of a shorter month', () => {
    expect(moveTarget('2026-03-15', 'PageUp')).toBe('2026-02-15');
    expect(moveTarget('2028-01-31', 'PageDown')).toBe('2028-02-29');
    expect(moveTarget('2026-01-31', 'PageDown')).toBe('2026-02-28');
    expect(moveTarget('2026-11-30', 'PageDown')).toBe('2026-12-30');
  });

  it('stops at the ends of the year', () => {
    expect(moveTarget('2026-01-01', 'ArrowLeft')).toBe('2026-01-01');
    expect(moveTarget('2026-01-05', 'ArrowUp')).toBe('2026-01-01');
    expect(moveTarget('2026-01-20', 'PageUp')).toBe('2026-01-01');
    expect(moveTarget('2026-12-31', 'ArrowRight')).toBe('2026-12-31');
    expect(moveTarget('2026-12-28', 'ArrowDown')).toBe('2026-12-31');
    expect(moveTarget('2026-12-10', 'PageDown')).toBe('2026-12-31');
  });

  it('leaves other keys alone', () => {
    expect(moveTarget('2026-11-25', 'Tab')).toBeNull();
    expect(moveTarget('2026-11-25', 'a')).toBeNull();
  });
});
