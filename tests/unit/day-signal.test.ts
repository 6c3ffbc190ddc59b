import { effect } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { day, now, settings, timeZone } from '@/utils/storage/store';

/* What depends on the day renders once a day: the store's `day` changes only when the day does. */
describe('the day signal', () => {
  it('changes once at the day boundary however often the clock moves, and follows the day-start hour', () => {
    timeZone.value = 'America/New_York';
    now.value = Date.parse('2026-12-03T08:00:00-05:00');
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(day.value);
    });
    // A minute at a time through the evening, past midnight and into the next morning.
    for (let t = now.value; t <= Date.parse('2026-12-04T06:00:00-05:00'); t += 60_000) now.value = t;
    expect(seen).toEqual(['2026-12-03', '2026-12-04']);
    settings.value = { ...settings.value, dayStartHour: 7 };
    expect(seen.at(-1)).toBe('2026-12-03');
    stop();
  });
});
