import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { currentTimeZone } from '@/utils/day';
import { listenToNotifications, remind } from '@/utils/remind';
import { REMINDER_ALARM } from '@/utils/reminders';
import { refresh, welcome } from '@/utils/rollover';
import { progressItem, settingsItem } from '@/utils/store';

export default defineBackground(() => {
  const now = () => Date.now();
  const update = () => refresh(now(), currentTimeZone());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await update();
    await welcome(reason);
  });
  browser.runtime.onStartup.addListener(update);
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === REMINDER_ALARM ? remind(now(), currentTimeZone()) : update(),
  );
  progressItem.watch(update);
  settingsItem.watch(update);
  listenToNotifications(now);
  browser.permissions.onAdded.addListener(() => listenToNotifications(now));
  void update();
});
