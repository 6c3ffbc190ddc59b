import { browser } from 'wxt/browser';
import { showOpenMark } from './badge';
import { library } from './content/library';
import { dayKey, nextDayStart } from './day';
import { openDay, startPath } from './progress';
import { scheduleReminder } from './remind';
import { actForDay } from './schedule';
import { readSettings, updateProgress, welcomedItem } from './store';

export const DAY_ALARM = 'day-turn';
/** A slow heartbeat: the platform has no time-zone event, so this notices a change of zone. */
export const CHECK_ALARM = 'check';
const CHECK_MINUTES = 30;

/**
 * Brings the stored day up to `now`: records today's act (once), sets the
 * badge and schedules the next turn of the day and the next reminder. Safe to call any number of
 * times, from any event.
 */
export async function refresh(now: number, timeZone: string): Promise<void> {
  const settings = await readSettings();
  const day = dayKey(now, timeZone, settings.dayStartHour);
  const progress = await updateProgress((p) => {
    const started = startPath(day)(p);
    return openDay(day, actForDay(day, settings, started, library))(started);
  });
  await showOpenMark(settings.showBadge && progress.days[day]?.status === 'open');
  await browser.alarms.create(DAY_ALARM, { when: nextDayStart(now, timeZone, settings.dayStartHour) });
  await scheduleReminder(now, timeZone, settings.reminder);
  if (!(await browser.alarms.get(CHECK_ALARM))) {
    await browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_MINUTES });
  }
}

/** The welcome page opens once, on first install, never on update. */
export async function welcome(reason: string): Promise<void> {
  if (reason !== 'install' || (await welcomedItem.getValue())) return;
  await welcomedItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
