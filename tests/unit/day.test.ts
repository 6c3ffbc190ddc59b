import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, isDayKey, nextDayStart, weekOf } from '@/utils/domain/day';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('dayKey', () => {
  it('turns over at local midnight, not UTC midnight', () => {
    expect(dayKey(at('2026-11-25T23:59:59-05:00'), NY)).toBe('2026-11-25');
    expect(dayKey(at('2026-11-26T00:00:00-05:00'), NY)).toBe('2026-11-26');
    expect(dayKey(at('2026-11-26T03:00:00Z'), NY)).toBe('2026-11-25');
  });

  it('keeps the small hours in the previous day when the day starts later', () => {
    expect(dayKey(at('2026-11-26T03:59:00-05:00'), NY, 4)).toBe('2026-11-25');
    expect(dayKey(at('2026-11-26T04:00:00-05:00'), NY, 4)).toBe('2026-11-26');
  });

  it('gives the same instant a different day in another zone', () => {
    const instant = at('2026-11-25T23:30:00Z');
    expect(dayKey(instant, NY)).toBe('2026-11-25');
    expect(dayKey(instant, BERLIN)).toBe('2026-11-26');
    expect(dayKey(instant, 'Pacific/Auckland')).toBe('2026-11-26');
  });
});

describe('nextDayStart', () => {
  it('is the coming local midnight', () => {
    expect(iso(nextDayStart(at('2026-11-25T15:00:00-05:00'), NY))).toBe('2026-11-26T05:00:00.000Z');
  });

  it('is exactly one instant after the last moment of the day', () => {
    const next = nextDayStart(at('2026-11-25T23:59:59.999-05:00'), NY);
    expect(iso(next)).toBe('2026-11-26T05:00:00.000Z');
    expect(dayKey(next - 1, NY)).toBe('2026-11-25');
    expect(dayKey(next, NY)).toBe('2026-11-26');
  });

  it('honours the chosen start hour', () => {
    expect(iso(nextDayStart(at('2026-11-25T22:00:00-05:00'), NY, 4))).toBe('2026-11-26T09:00:00.000Z');
    expect(iso(nextDayStart(at('2026-11-26T02:00:00-05:00'), NY, 4))).toBe('2026-11-26T09:00:00.000Z');
  });

  it('spans a 23-hour day when clocks spring forward (New York)', () => {
    const start = at('2026-03-08T00:00:00-05:00');
    const next = nextDayStart(start, NY);
    expect(iso(next)).toBe('2026-03-09T04:00:00.000Z');
    expect((next - start) / 3_600_000).toBe(23);
  });

  it('spans a 25-hour day when clocks fall back (New York)', () => {
    const start = at('2026-11-01T00:00:00-04:00');
    const next = nextDayStart(start, NY);
    expect(iso(next)).toBe('2026-11-02T05:00:00.000Z');
    expect((next - start) / 3_600_000).toBe(25);
  });

  it('handles a start hour that does not exist on the spring-forward day (Berlin, 02:00)', () => {
    // 2026-03-29 02:00 does not exist in Berlin: the day begins when 03:00 arrives.
    const next = nextDayStart(at('2026-03-28T12:00:00+01:00'), BERLIN, 2);
    expect(iso(next)).toBe('2026-03-29T01:00:00.000Z');
    expect(dayKey(next, BERLIN, 2)).toBe('2026-03-29');
  });

  it('handles a start hour inside the repeated hour of the fall-back day (Berlin, 02:00)', () => {
    // 02:00 happens twice on 2026-10-25; the first one starts the day.
    const next = nextDayStart(at('2026-10-24T12:00:00+02:00'), BERLIN, 2);
    expect(iso(next)).toBe('2026-10-25T00:00:00.000Z');
    const after = nextDayStart(next, BERLIN, 2);
    expect(iso(after)).toBe('2026-10-26T01:00:00.000Z');
  });

  it('follows a change of time zone: the same instant has a new boundary', () => {
    const now = at('2026-11-25T20:00:00Z');
    expect(iso(nextDayStart(now, NY))).toBe('2026-11-26T05:00:00.000Z');
    expect(iso(nextDayStart(now, BERLIN))).toBe('2026-11-25T23:00:00.000Z');
    expect(iso(nextDayStart(now, 'Asia/Kolkata'))).toBe('2026-11-26T18:30:00.000Z');
  });
});

describe('calendar arithmetic on keys', () => {
  it('adds days across months, leap days and DST without drifting', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-11-25', '2026-11-20')).toBe(-5);
  });

  it('counts the days of a browser closed for a week', () => {
    const closed = dayKey(at('2026-11-18T22:00:00-05:00'), NY);
    const reopened = dayKey(at('2026-11-25T08:00:00-05:00'), NY);
    expect(daysBetween(closed, reopened)).toBe(7);
  });

  it('lists the week Monday first', () => {
    expect(weekOf('2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(weekOf('2026-11-23')[0]).toBe('2026-11-23');
    expect(weekOf('2026-11-29')[6]).toBe('2026-11-29');
  });

  it('recognises real day keys only', () => {
    expect(isDayKey('2026-11-25')).toBe(true);
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('yesterday')).toBe(false);
    expect(isDayKey(20261125)).toBe(false);
  });
});
