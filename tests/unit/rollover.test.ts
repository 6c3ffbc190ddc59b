import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { LOOK_EVERY_MS, lookout, setByLaterClock } from '@/utils/background/clock';
import { CHECK_ALARM, DAY_ALARM, refresh, welcome } from '@/utils/background/rollover';
import { library } from '@/utils/content/library';
import { DEFAULT_REMINDER } from '@/utils/domain/model';
import { setStatus } from '@/utils/domain/progress';
import { REMINDER_ALARM } from '@/utils/domain/reminders';
import { readProgress, updateProgress, updateSettings } from '@/utils/storage/store';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const badge = () => fakeBrowser.action.getBadgeText({});
const alarmTime = async (name: string) =>
  new Date((await fakeBrowser.alarms.get(name))?.scheduledTime ?? 0).toISOString();
const dayAlarm = () => alarmTime(DAY_ALARM);
const MINUTE = 60_000;

describe('refresh (the background’s turn of the day)', () => {
  it('records day 1 of the reset on the first day, shows the mark and schedules local midnight', async () => {
    await refresh(at('2026-11-25T09:00:00-05:00'), NY);
    const progress = await readProgress();
    expect(progress.startDay).toBe('2026-11-25');
    expect(progress.days['2026-11-25']).toEqual({ actId: library.programs.reset[0]?.id, status: 'open', swapped: [] });
    expect(await badge()).toBe('•');
    expect(await dayAlarm()).toBe('2026-11-26T05:00:00.000Z');
  });

  it('clears the mark once the act is done and leaves the record alone on later refreshes', async () => {
    await refresh(at('2026-11-25T09:00:00-05:00'), NY);
    await updateProgress(setStatus('2026-11-25', library.programs.reset[0]?.id ?? '', 'done'));
    await refresh(at('2026-11-25T09:05:00-05:00'), NY);
    expect(await badge()).toBe('');
    expect((await readProgress()).days['2026-11-25']?.status).toBe('done');
  });

  it('shows no mark when the person turned the badge off', async () => {
    await updateSettings({ showBadge: false });
    await refresh(at('2026-11-25T09:00:00-05:00'), NY);
    expect(await badge()).toBe('');
  });

  it('turns to the next act when the alarm fires just after midnight', async () => {
    await refresh(at('2026-11-25T23:59:00-05:00'), NY);
    await refresh(at('2026-11-26T00:00:01-05:00'), NY);
    const progress = await readProgress();
    expect(progress.days['2026-11-26']?.actId).toBe(library.programs.reset[1]?.id);
    expect(await dayAlarm()).toBe('2026-11-27T05:00:00.000Z');
  });

  it('after a browser closed for days, opens only today and keeps the past as it was', async () => {
    await refresh(at('2026-11-25T09:00:00-05:00'), NY);
    await refresh(at('2026-12-02T08:00:00-05:00'), NY);
    const progress = await readProgress();
    expect(Object.keys(progress.days)).toEqual(['2026-11-25', '2026-12-02']);
    expect(await dayAlarm()).toBe('2026-12-03T05:00:00.000Z');
  });

  it('follows the day-start hour and a change of time zone', async () => {
    await updateSettings({ dayStartHour: 4 });
    await refresh(at('2026-11-26T02:00:00-05:00'), NY);
    expect(Object.keys((await readProgress()).days)).toEqual(['2026-11-25']);
    expect(await dayAlarm()).toBe('2026-11-26T09:00:00.000Z');
    await refresh(at('2026-11-26T02:00:00-05:00'), 'Europe/Berlin');
    expect(Object.keys((await readProgress()).days)).toEqual(['2026-11-25', '2026-11-26']);
    expect(await dayAlarm()).toBe('2026-11-27T03:00:00.000Z');
  });

  it('schedules the next boundary across a daylight-saving change', async () => {
    await refresh(at('2026-03-08T00:30:00-05:00'), NY);
    expect(await dayAlarm()).toBe('2026-03-09T04:00:00.000Z');
  });
});

describe('a clock corrected backwards', () => {
  // The computer ran three days ahead, on Tuesday 8 December; the real day is Saturday the 5th.
  const ahead = at('2026-12-08T10:00:00-05:00');
  const real = at('2026-12-05T10:00:00-05:00');
  const remindAtNine = () => updateSettings({ reminder: { ...DEFAULT_REMINDER, enabled: true, time: '09:00' } });

  it('the next check records the real day and plans the day turn, reminder and check from the corrected clock', async () => {
    await remindAtNine();
    await refresh(ahead, NY);
    expect(await dayAlarm()).toBe('2026-12-09T05:00:00.000Z');
    expect(await alarmTime(REMINDER_ALARM)).toBe('2026-12-09T14:00:00.000Z');
    expect(await alarmTime(CHECK_ALARM)).toBe(new Date(ahead + 30 * MINUTE).toISOString());

    await refresh(real + 5 * MINUTE, NY);
    expect((await readProgress()).days['2026-12-05']?.status).toBe('open');
    expect(await dayAlarm()).toBe('2026-12-06T05:00:00.000Z');
    expect(await alarmTime(REMINDER_ALARM)).toBe('2026-12-06T14:00:00.000Z');
    expect(await alarmTime(CHECK_ALARM)).toBe(new Date(real + 35 * MINUTE).toISOString());
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.periodInMinutes).toBe(30);
  });

  it('leaves the check alone while the clock runs forward, so frequent refreshes never put it off', async () => {
    await refresh(real, NY);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await refresh(real + 10 * MINUTE, NY);
    await refresh(real + 29 * MINUTE, NY);
    expect(await alarmTime(CHECK_ALARM)).toBe(new Date(real + 30 * MINUTE).toISOString());
    // Nothing changed, so nothing is set again: each alarm set is a write in the browser.
    expect(create).not.toHaveBeenCalled();
  });

  it('knows a periodic alarm set by a clock since turned back: more than a period (and a minute) ahead', () => {
    expect(setByLaterClock(real + 30 * MINUTE, real, 30)).toBe(false);
    expect(setByLaterClock(real + 31 * MINUTE, real, 30)).toBe(false);
    expect(setByLaterClock(real + 32 * MINUTE, real, 30)).toBe(true);
    expect(setByLaterClock(ahead + 30 * MINUTE, real, 30)).toBe(true);
  });

  it('looks again on an ordinary event when the clock went back, or after a while, never more often', () => {
    const look = lookout();
    expect(look.due(real)).toBe(true);
    look.saw(ahead);
    expect(look.due(ahead + MINUTE)).toBe(false);
    expect(look.due(ahead + LOOK_EVERY_MS)).toBe(true);
    expect(look.due(real)).toBe(true);
    look.saw(real);
    expect(look.due(real + LOOK_EVERY_MS - 1)).toBe(false);
  });

  describe('the background, driven through its events', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllEnvs();
    });

    /** Starts the background as the browser does, on a clock set to `now` in New York. */
    async function start(now: number) {
      vi.stubEnv('TZ', NY);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now);
      // The fake browser has no permissions API.
      vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
      background.main();
      await vi.waitFor(async () => expect(await dayAlarm()).toBe('2026-12-09T05:00:00.000Z'));
      await settle();
    }

    /** Lets the background finish what it started (its own writes wake it once more). */
    const settle = () => new Promise((done) => setTimeout(done, 100));

    it('a tab switched to after the correction records the real day and plans from the corrected clock', async () => {
      await remindAtNine();
      await start(ahead);
      expect(Object.keys((await readProgress()).days)).toEqual(['2026-12-08']);
      vi.setSystemTime(real);
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 0 });
      await vi.waitFor(async () => expect(await dayAlarm()).toBe('2026-12-06T05:00:00.000Z'));
      expect((await readProgress()).days['2026-12-05']?.status).toBe('open');
      expect(await alarmTime(REMINDER_ALARM)).toBe('2026-12-06T14:00:00.000Z');
      expect(await alarmTime(CHECK_ALARM)).toBe(new Date(real + 30 * MINUTE).toISOString());
    });

    it('the next check (Firefox keeps it coming) or a window coming back does the same', async () => {
      await start(ahead);
      vi.setSystemTime(real);
      await fakeBrowser.alarms.onAlarm.trigger({ name: CHECK_ALARM, scheduledTime: real, periodInMinutes: 30 });
      await vi.waitFor(async () => expect(await dayAlarm()).toBe('2026-12-06T05:00:00.000Z'));
      expect(await alarmTime(CHECK_ALARM)).toBe(new Date(real + 30 * MINUTE).toISOString());

      // Corrected once more, by another day, while the worker is awake.
      const again = real - 86_400_000;
      vi.setSystemTime(again);
      await fakeBrowser.windows.onFocusChanged.trigger(0);
      await vi.waitFor(async () => expect(await dayAlarm()).toBe('2026-12-05T05:00:00.000Z'));
      expect(Object.keys((await readProgress()).days).sort()).toEqual(['2026-12-04', '2026-12-05', '2026-12-08']);
    });

    it('an event soon after the last look does nothing while the clock runs forward', async () => {
      await start(ahead);
      const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
      vi.setSystemTime(ahead + MINUTE);
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 0 });
      await fakeBrowser.windows.onFocusChanged.trigger(0);
      expect(get).not.toHaveBeenCalled();
      vi.setSystemTime(ahead + LOOK_EVERY_MS + MINUTE);
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 0 });
      expect(get).toHaveBeenCalled();
    });
  });
});

describe('welcome', () => {
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));

  it('opens once on first install, never on update or a later install of the same profile', async () => {
    await welcome('update');
    expect(await welcomeTabs()).toHaveLength(0);
    await welcome('install');
    expect(await welcomeTabs()).toHaveLength(1);
    await welcome('install');
    await welcome('update');
    expect(await welcomeTabs()).toHaveLength(1);
  });
});
