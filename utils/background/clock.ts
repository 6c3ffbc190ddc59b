import { browser } from 'wxt/browser';

/*
 * Browser alarms are set for wall-clock times, and the wall clock can be turned back: a computer
 * that ran days ahead gets corrected. Chromium then leaves every alarm at its old time, now far
 * off: its timer runs out, it finds the wall clock short of the alarm's time and waits again
 * (seen with a faked clock: no alarm fired after a three-day correction, the periodic one
 * included). Firefox counts an alarm's delay on a timer the wall clock does not move, so its
 * periodic check still comes. What always comes is the person using the browser: switching tabs,
 * opening one, coming back to a window. Those events need no permission, and the background looks
 * at the clock on them, in memory and at most every few minutes, unless the clock went back.
 */

const MINUTE = 60_000;
/** How often an ordinary browser event brings the day up to date while the clock runs forward. */
export const LOOK_EVERY_MS = 5 * MINUTE;

export interface Lookout {
  /** The background brought the day up to date at `now`. */
  saw(now: number): void;
  /** Whether it should again: the clock went back since, or it has not for a while. */
  due(now: number): boolean;
}

/** Remembers, in memory only, when the background last looked at the clock. A fresh worker looks at once. */
export function lookout(every = LOOK_EVERY_MS): Lookout {
  let last: number | null = null;
  return {
    saw: (now) => {
      last = now;
    },
    due: (now) => last === null || now < last || now - last >= every,
  };
}

/**
 * Whether a periodic alarm next due at `scheduledTime` was set by a clock since turned back: set
 * by this clock it is never more than one period ahead (a minute of leeway for the browser).
 */
export function setByLaterClock(scheduledTime: number, now: number, periodMinutes: number): boolean {
  return scheduledTime > now + (periodMinutes + 1) * MINUTE;
}

/** Sets a one-shot alarm for `when`, unless it is set for then already (every change is a write in the browser). */
export async function alarmAt(name: string, when: number): Promise<void> {
  if ((await browser.alarms.get(name))?.scheduledTime !== when) await browser.alarms.create(name, { when });
}

/**
 * Keeps a periodic alarm going, due one period from `now`: created when missing or when set by a
 * clock since turned back, and otherwise left alone, so calling this often never puts it off.
 */
export async function keepPeriodic(name: string, periodMinutes: number, now: number): Promise<void> {
  const alarm = await browser.alarms.get(name);
  if (alarm && !setByLaterClock(alarm.scheduledTime, now, periodMinutes)) return;
  await browser.alarms.create(name, { when: now + periodMinutes * MINUTE, periodInMinutes: periodMinutes });
}
