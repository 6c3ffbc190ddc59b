import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER, EMPTY_PROGRESS, type Reminder } from '@/utils/domain/model';
import { setStatus } from '@/utils/domain/progress';
import { atLocalTime, nextReminderAt } from '@/utils/domain/reminder-time';
import { pausedFor, shouldRemind } from '@/utils/domain/reminders';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const on: Reminder = { ...DEFAULT_REMINDER, enabled: true, time: '09:30' };

describe('nextReminderAt', () => {
  it('is off unless enabled with at least one day', () => {
    expect(nextReminderAt(at('2026-11-25T08:00:00-05:00'), NY, DEFAULT_REMINDER)).toBeNull();
    expect(nextReminderAt(at('2026-11-25T08:00:00-05:00'), NY, { ...on, days: [] })).toBeNull();
  });

  it('comes at the chosen local time today, or tomorrow once it has passed', () => {
    expect(iso(nextReminderAt(at('2026-11-25T08:00:00-05:00'), NY, on))).toBe('2026-11-25T14:30:00.000Z');
    expect(iso(nextReminderAt(at('2026-11-25T09:30:00-05:00'), NY, on))).toBe('2026-11-26T14:30:00.000Z');
  });

  it('skips weekdays the person left out', () => {
    // 2026-11-27 is a Friday; only Mondays (1) chosen.
    expect(iso(nextReminderAt(at('2026-11-27T10:00:00-05:00'), NY, { ...on, days: [1] }))).toBe(
      '2026-11-30T14:30:00.000Z',
    );
  });

  it('keeps local wall time across daylight-saving changes', () => {
    expect(iso(nextReminderAt(at('2026-03-07T12:00:00-05:00'), NY, on))).toBe('2026-03-08T13:30:00.000Z');
    expect(iso(nextReminderAt(at('2026-10-31T12:00:00-04:00'), NY, on))).toBe('2026-11-01T14:30:00.000Z');
  });

  it('moves to a time that exists when the chosen one falls in the spring-forward gap', () => {
    const gap = atLocalTime('2026-03-08', '02:30', NY);
    expect(gap).toBeGreaterThanOrEqual(at('2026-03-08T03:00:00-04:00'));
    expect(gap).toBeLessThan(at('2026-03-08T04:00:00-04:00'));
  });

  it('follows a change of time zone', () => {
    const now = at('2026-11-25T12:00:00Z');
    expect(iso(nextReminderAt(now, NY, on))).toBe('2026-11-25T14:30:00.000Z');
    expect(iso(nextReminderAt(now, 'Europe/Berlin', on))).toBe('2026-11-26T08:30:00.000Z');
  });

  it('waits out a pause of a week', () => {
    const now = at('2026-11-25T08:00:00-05:00');
    expect(iso(nextReminderAt(now, NY, { ...on, pausedUntil: pausedFor(now) }))).toBe('2026-12-02T14:30:00.000Z');
  });
});

describe('shouldRemind', () => {
  const settings = { reminder: on, dayStartHour: 0 };
  const morning = at('2026-11-25T09:30:00-05:00');

  it('reminds once a day while today’s act is open', () => {
    expect(shouldRemind(morning, NY, settings, EMPTY_PROGRESS, null)).toBe(true);
    expect(shouldRemind(morning, NY, settings, EMPTY_PROGRESS, '2026-11-25')).toBe(false);
    expect(shouldRemind(morning, NY, settings, EMPTY_PROGRESS, '2026-11-24')).toBe(true);
  });

  it('stays quiet when the act is done or set aside', () => {
    expect(shouldRemind(morning, NY, settings, setStatus('2026-11-25', 'a', 'done')(EMPTY_PROGRESS), null)).toBe(false);
    expect(shouldRemind(morning, NY, settings, setStatus('2026-11-25', 'a', 'skipped')(EMPTY_PROGRESS), null)).toBe(
      false,
    );
  });

  it('stays quiet while paused, when off, or on a day left out', () => {
    expect(
      shouldRemind(morning, NY, { ...settings, reminder: { ...on, pausedUntil: morning + 1 } }, EMPTY_PROGRESS, null),
    ).toBe(false);
    expect(shouldRemind(morning, NY, { ...settings, reminder: { ...on, enabled: false } }, EMPTY_PROGRESS, null)).toBe(
      false,
    );
    expect(shouldRemind(morning, NY, { ...settings, reminder: { ...on, days: [0, 6] } }, EMPTY_PROGRESS, null)).toBe(
      false,
    );
  });

  it('counts the reminder against the person’s day when it starts later', () => {
    const late = at('2026-11-26T01:00:00-05:00');
    const s = { reminder: { ...on, time: '01:00' }, dayStartHour: 4 };
    expect(shouldRemind(late, NY, s, setStatus('2026-11-25', 'a', 'done')(EMPTY_PROGRESS), null)).toBe(false);
  });
});
