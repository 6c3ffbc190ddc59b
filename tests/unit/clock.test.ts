import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockFace, clockLocale, localHour, partOfDay, untilNextMinute } from '@/utils/domain/clock';

const at = (iso: string) => Date.parse(iso);

describe('the quiet clock', () => {
  it('greets by the local hour, with the night running past midnight', () => {
    const zone = 'America/New_York';
    expect(partOfDay(at('2026-12-03T09:59:59Z'), zone)).toBe('night'); // 04:59
    expect(partOfDay(at('2026-12-03T10:00:00Z'), zone)).toBe('morning'); // 05:00
    expect(partOfDay(at('2026-12-03T16:59:59Z'), zone)).toBe('morning'); // 11:59
    expect(partOfDay(at('2026-12-03T17:00:00Z'), zone)).toBe('afternoon'); // 12:00
    expect(partOfDay(at('2026-12-03T22:00:00Z'), zone)).toBe('evening'); // 17:00
    expect(partOfDay(at('2026-12-04T03:00:00Z'), zone)).toBe('night'); // 22:00
    expect(partOfDay(at('2026-12-04T05:00:00Z'), zone)).toBe('night'); // 00:00
  });

  it('keeps “buenas tardes” until eight in Spanish, and says good evening from five in English', () => {
    const six = at('2026-06-15T18:30:00Z');
    expect(partOfDay(six, 'UTC', 'en')).toBe('evening');
    expect(partOfDay(six, 'UTC', 'es')).toBe('afternoon');
    expect(partOfDay(at('2026-06-15T20:00:00Z'), 'UTC', 'es')).toBe('evening');
    expect(partOfDay(at('2026-06-15T22:00:00Z'), 'UTC', 'es')).toBe('night');
    expect(clockFace(six, 'UTC', 'es-MX', 'h12').part).toBe('afternoon');
    expect(clockFace(six, 'UTC', 'en-US', 'h12').part).toBe('evening');
  });

  it('follows the zone: the same instant is another part of the day elsewhere', () => {
    const now = at('2026-12-03T12:30:00Z');
    expect(partOfDay(now, 'UTC')).toBe('afternoon');
    expect(partOfDay(now, 'Asia/Tokyo')).toBe('evening'); // 21:30, night from 22
    expect(partOfDay(now, 'Pacific/Honolulu')).toBe('night'); // 02:30
    expect(localHour(now, 'Asia/Kolkata')).toBe(18); // a half-hour zone
  });

  it('keeps the wall-clock hour across a change to and from daylight saving', () => {
    const zone = 'America/Chicago';
    // 2026-03-08: 02:00 does not exist; 2026-11-01: 01:00 comes twice.
    expect(clockFace(at('2026-03-08T07:59:00Z'), zone, 'en-US', 'h12').time).toMatch(/^1:59\sAM$/);
    expect(clockFace(at('2026-03-08T08:00:00Z'), zone, 'en-US', 'h12').time).toMatch(/^3:00\sAM$/);
    expect(clockFace(at('2026-11-01T06:30:00Z'), zone, 'en-US', 'h12').time).toMatch(/^1:30\sAM$/);
    expect(clockFace(at('2026-11-01T07:30:00Z'), zone, 'en-US', 'h12').time).toMatch(/^1:30\sAM$/);
  });

  it('writes the time and date the way the language and region do', () => {
    const now = at('2026-12-03T16:31:00Z');
    expect(clockFace(now, 'UTC', 'en-US', 'h12')).toMatchObject({
      date: 'Thursday, December 3',
      machineTime: '16:31',
      part: 'afternoon',
    });
    expect(clockFace(now, 'UTC', 'es', 'h23')).toMatchObject({ time: '16:31', date: 'jueves, 3 de diciembre' });
    expect(clockFace(now, 'UTC', 'es-MX', 'h12').time).toMatch(/^4:31\sp\.\sm\.$|^4:31\sp\.m\.$/);
    expect(clockFace(at('2026-12-03T09:05:00Z'), 'UTC', 'en-GB', 'h23').time).toBe('09:05');
  });

  it('takes the hours from the browser’s region and the words from the page’s language', () => {
    expect(clockLocale('en', 'en-US')).toEqual({ locale: 'en-US', hourCycle: 'h12' });
    expect(clockLocale('en', 'en-GB')).toEqual({ locale: 'en-GB', hourCycle: 'h23' });
    // A German browser reads this page in English: English words, German hours.
    expect(clockLocale('en', 'de-DE')).toEqual({ locale: 'en-DE', hourCycle: 'h23' });
    expect(clockLocale('es', 'es-MX')).toEqual({ locale: 'es-MX', hourCycle: 'h12' });
    expect(clockLocale('es', 'es')).toEqual({ locale: 'es', hourCycle: 'h23' });
    // A language tag the browser should never give still yields a clock.
    expect(clockLocale('en', 'not a tag').locale).toBe('en');
  });

  it('wakes at the start of the next minute, never later and never at once', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (now) => {
        const wait = untilNextMinute(now);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(60_000);
        expect((((now + wait) % 60_000) + 60_000) % 60_000).toBe(0);
      }),
    );
  });
});
