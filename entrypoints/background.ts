import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { lookout } from '@/utils/background/clock';
import { listenToNotifications, remind } from '@/utils/background/remind';
import { INSTALL_HANDLED_MARK, refresh, welcome } from '@/utils/background/rollover';
import { SYNC_TIMING, syncJob, TEST_SYNC_TIMING } from '@/utils/background/sync';
import { currentTimeZone } from '@/utils/domain/day';
import { REMINDER_ALARM } from '@/utils/domain/reminders';
import { mineItem, progressItem, settingsItem } from '@/utils/storage/store';
import { touchesPractice } from '@/utils/storage/sync';

export default defineBackground(() => {
  const now = () => Date.now();
  const look = lookout();
  // The practice travels between computers through the browser's sync (utils/storage/sync.ts).
  const sync = syncJob(now, undefined, import.meta.env.MODE === 'e2e' ? TEST_SYNC_TIMING : SYNC_TIMING);
  const update = () => {
    const at = now();
    look.saw(at);
    return refresh(at, currentTimeZone());
  };
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await update();
    await welcome(reason);
    // A sign, for tests and anyone profiling, that the event has been handled, whatever it did.
    performance.mark(INSTALL_HANDLED_MARK);
  });
  browser.runtime.onStartup.addListener(update);
  browser.alarms.onAlarm.addListener((alarm) => {
    // A retry the worker slept through waits at most for the next alarm.
    sync.poke();
    return alarm.name === REMINDER_ALARM ? remind(now(), currentTimeZone()) : update();
  });
  const changed = () => {
    sync.poke();
    return update();
  };
  progressItem.watch(changed);
  settingsItem.watch(changed);
  // An open day whose act was set aside for good or deleted is recorded with the act offered instead.
  mineItem.watch(changed);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && touchesPractice(changes)) sync.poke();
  });
  // Alarms wait for wall-clock times a clock turned back puts far off (utils/background/clock.ts); the person
  // using the browser does not. No permission needed; a sleeping worker wakes and looks at once.
  const glance = () => (look.due(now()) ? update() : undefined);
  browser.tabs.onActivated.addListener(glance);
  // Firefox for Android has no windows API.
  browser.windows?.onFocusChanged.addListener(glance);
  listenToNotifications(now);
  browser.permissions.onAdded.addListener(() => listenToNotifications(now));
  void update();
  sync.poke();
});
