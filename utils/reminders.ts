import dayjs from 'dayjs';
import { addDays, type DayKey, dayKey } from './day';
import type { Progress, Reminder, Settings } from './model';

export const REMINDER_ALARM = 'reminder';
export const PAUSE_DAYS = 7;
/** The optional permission a reminder needs. */
export const NOTIFICATIONS = { permissions: ['notifications' as const] };

/** The local date of `now` in `timeZone`, ignoring the day-start hour: reminders keep wall-clock time. */
const localDate = (now: number, timeZone: string) => dayjs(now).tz(timeZone).format('YYYY-MM-DD');

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
  const start = localDate(from, timeZone);
  for (let i = 0; i <= 8; i++) {
    const date = addDays(start, i);
    if (!reminder.days.includes(dayjs.utc(date).day())) continue;
    const at = atLocalTime(date, reminder.time, timeZone);
    if (at > now && at >= (reminder.pausedUntil ?? 0)) return at;
  }
  return null;
}

/** Whether a reminder due at `now` should show: once a day, only while today's act is open. */
export function shouldRemind(
  now: number,
  timeZone: string,
  settings: Pick<Settings, 'reminder' | 'dayStartHour'>,
  progress: Progress,
  lastRemindedDay: DayKey | null,
): boolean {
  const { reminder } = settings;
  if (!reminder.enabled || (reminder.pausedUntil ?? 0) > now) return false;
  if (!reminder.days.includes(dayjs.utc(localDate(now, timeZone)).day())) return false;
  const day = dayKey(now, timeZone, settings.dayStartHour);
  return lastRemindedDay !== day && (progress.days[day]?.status ?? 'open') === 'open';
}

export function pausedFor(now: number): number {
  return now + PAUSE_DAYS * 86_400_000;
}
