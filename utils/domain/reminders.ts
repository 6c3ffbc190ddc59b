import { type DayKey, dayKey, weekday } from './day';
import type { Progress, Settings } from './model';

export const REMINDER_ALARM = 'reminder';
export const PAUSE_DAYS = 7;
/** The optional permission a reminder needs. */
export const NOTIFICATIONS = { permissions: ['notifications' as const] };

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
  if (!reminder.days.includes(weekday(dayKey(now, timeZone)))) return false;
  const day = dayKey(now, timeZone, settings.dayStartHour);
  return lastRemindedDay !== day && (progress.days[day]?.status ?? 'open') === 'open';
}

export function pausedFor(now: number): number {
  return now + PAUSE_DAYS * 86_400_000;
}
