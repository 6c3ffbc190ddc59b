import { browser } from 'wxt/browser';
import { library } from '@/utils/content/library';
import { dayKey, nextDayStart } from '@/utils/domain/day';
import { actForDayMine } from '@/utils/domain/own-selection';
import { openDay, startPath } from '@/utils/domain/progress';
import { readMine, readSettings, updateProgress, welcomedItem } from '@/utils/storage/store';
import { showOpenMark } from './badge';
import { alarmAt, keepPeriodic } from './clock';
import { scheduleReminder } from './remind';

export const DAY_ALARM = 'day-turn';
/**
 * A slow heartbeat: the platform has no time-zone event, so this notices a change of zone (and,
 * in Firefox, a clock turned back; Chromium's waits with its other alarms, see utils/background/clock.ts).
 */
export const CHECK_ALARM = 'check';
const CHECK_MINUTES = 30;

/**
 * Brings the stored day up to `now`: records today's act (once), sets the
 * badge and schedules the next turn of the day and the next reminder, from this clock even when an
 * earlier one ran ahead. Safe to call any number of times, from any event: it writes only what changed.
 */
export async function refresh(now: number, timeZone: string): Promise<void> {
  const [settings, mine] = await Promise.all([readSettings(), readMine()]);
  const day = dayKey(now, timeZone, settings.dayStartHour);
  const progress = await updateProgress((p) => {
    const started = startPath(day)(p);
    return openDay(day, actForDayMine(day, settings, started, library, mine))(started);
  });
  await showOpenMark(settings.showBadge && progress.days[day]?.status === 'open');
  await alarmAt(DAY_ALARM, nextDayStart(now, timeZone, settings.dayStartHour));
  await scheduleReminder(now, timeZone, settings.reminder);
  await keepPeriodic(CHECK_ALARM, CHECK_MINUTES, now);
}

export const INSTALL_HANDLED_MARK = 'install-handled';

/** The welcome page opens once, on first install, never on update. */
export async function welcome(reason: string): Promise<void> {
  if (reason !== 'install' || (await welcomedItem.getValue())) return;
  await welcomedItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
