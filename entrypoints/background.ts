import { browser } from 'wxt/browser';
import { currentTimeZone } from '@/utils/day';
import { refresh } from '@/utils/rollover';
import { progressItem, settingsItem } from '@/utils/store';

export default defineBackground(() => {
  const update = () => refresh(Date.now(), currentTimeZone());
  browser.runtime.onInstalled.addListener(update);
  browser.runtime.onStartup.addListener(update);
  browser.alarms.onAlarm.addListener(update);
  progressItem.watch(update);
  settingsItem.watch(update);
  void update();
});
