import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { addDays, type DayKey, dayKey, weekday } from './day';
import type { Reminder } from './model';

// Only the background schedules reminders, so only it loads dayjs.
dayjs.extend(utc);
dayjs.extend(timezone);

/** The instant a local wall time happens; in a daylight-saving gap, the first moment after it. */
export function atLocalTime(date: DayKey, time: string, timeZone: string): number {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', timeZone).valueOf();
}

/**
 * The next moment after `now` when a reminder may come: the chosen local time
 * on one of the chosen weekdays, and not while paused. Null when reminders are
 * off or no weekday is chosen.
 */
export function nextReminderAt(now: number, timeZone: string, reminder: Reminder): number | null {
  if (!reminder.enabled || reminder.days.length === 0) return null;
  const from = Math.max(now, reminder.pausedUntil ?? 0);
  // The wall-clock date, not the person's day: a reminder keeps its local time whatever the day-start hour.
  const start = dayKey(from, timeZone);
  for (let i = 0; i <= 8; i++) {
    const date = addDays(start, i);
    if (!reminder.days.includes(weekday(date))) continue;
    const at = atLocalTime(date, reminder.time, timeZone);
    if (at > now && at >= (reminder.pausedUntil ?? 0)) return at;
  }
  return null;
}
