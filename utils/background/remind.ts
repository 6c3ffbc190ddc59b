import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { library } from '@/utils/content/library';
import { FROM_REMINDER } from '@/utils/content/links';
import { titleOf } from '@/utils/content/text';
import { dayKey } from '@/utils/domain/day';
import type { Reminder } from '@/utils/domain/model';
import { actForDayMine } from '@/utils/domain/own-selection';
import { nextReminderAt } from '@/utils/domain/reminder-time';
import { NOTIFICATIONS, pausedFor, REMINDER_ALARM, shouldRemind } from '@/utils/domain/reminders';
import { readMine, readProgress, readSettings, reminderLogItem, updateSettings } from '@/utils/storage/store';
import { alarmAt } from './clock';

export const NOTIFICATION_ID = 'daily-kindness-reminder';

/** Sets the reminder alarm for the next time it may come, or clears it. */
export async function scheduleReminder(now: number, timeZone: string, reminder: Reminder): Promise<void> {
  const when = nextReminderAt(now, timeZone, reminder);
  if (when === null) await browser.alarms.clear(REMINDER_ALARM);
  else await alarmAt(REMINDER_ALARM, when);
}

/** The reminder alarm fired: show today's act if it is still open, then plan the next one. */
export async function remind(now: number, timeZone: string): Promise<void> {
  const [settings, progress, mine, log] = await Promise.all([
    readSettings(),
    readProgress(),
    readMine(),
    reminderLogItem.getValue(),
  ]);
  if ((await browser.permissions.contains(NOTIFICATIONS)) && shouldRemind(now, timeZone, settings, progress, log.day)) {
    const day = dayKey(now, timeZone, settings.dayStartHour);
    const actId = actForDayMine(day, settings, progress, library, mine);
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n.t('reminder.title'),
      message: titleOf(actId, mine),
      // Firefox shows no notification buttons; there the page it opens offers the pause.
      ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: i18n.t('reminder.pauseWeek') }] }),
    });
    await reminderLogItem.setValue({ day, actId });
  }
  await scheduleReminder(now, timeZone, settings.reminder);
}

/** Opens a page with today's act, where the reminder can also be paused. */
export async function openFromReminder(): Promise<void> {
  await browser.notifications.clear(NOTIFICATION_ID);
  await browser.tabs.create({ url: browser.runtime.getURL(`/newtab.html?${FROM_REMINDER}`) });
}

export async function pauseReminders(now: number): Promise<void> {
  await browser.notifications.clear(NOTIFICATION_ID);
  const { reminder } = await readSettings();
  await updateSettings({ reminder: { ...reminder, pausedUntil: pausedFor(now) } });
}

/** Notification events exist only once the optional permission is granted. */
export function listenToNotifications(now: () => number): void {
  const api = browser.notifications;
  if (!api || api.onClicked.hasListener(openFromReminder)) return;
  api.onClicked.addListener(openFromReminder);
  api.onButtonClicked?.addListener(() => pauseReminders(now()));
}
