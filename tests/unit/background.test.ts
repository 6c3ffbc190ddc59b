import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { NOTIFICATION_ID } from '@/utils/background/remind';
import { DAY_ALARM } from '@/utils/background/rollover';
import { findAct, library } from '@/utils/content/library';
import { DEFAULT_REMINDER } from '@/utils/domain/model';
import { setStatus } from '@/utils/domain/progress';
import { REMINDER_ALARM } from '@/utils/domain/reminders';
import { readProgress, updateProgress, updateSettings } from '@/utils/storage/store';
import { catalogue } from './catalogue';

/*
 * The background as the browser runs it, in the style of WXT's own example: `main()` wires the
 * events, and the test fires them through WXT's fake browser on a fake clock in Madrid.
 */

const MADRID = 'Europe/Madrid';
const english = catalogue('en');
const at = (iso: string) => Date.parse(iso);
const badge = () => fakeBrowser.action.getBadgeText({});
const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));
const dayAlarm = async () => new Date((await fakeBrowser.alarms.get(DAY_ALARM))?.scheduledTime ?? 0).toISOString();
const days = async () => (await readProgress()).days;

/** Starts the background on a clock set to `now` in Madrid, and waits for its first look at the day. */
async function start(now: number) {
  vi.stubEnv('TZ', MADRID);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  // The fake browser has no permissions API.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  background.main();
  await vi.waitFor(async () => expect(Object.keys(await days()).length).toBeGreaterThan(0));
  await settle();
}

/** Lets the background finish what an event started (its own writes wake it once more). */
const settle = () => new Promise((done) => setTimeout(done, 50));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('the background, through its events', () => {
  it('on install: records day 1 of the reset, shows the mark, plans the day turn and opens the welcome page once', async () => {
    await start(at('2026-12-03T10:00:00+01:00'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(await days()).toEqual({
      '2026-12-03': { actId: library.programs.reset[0]?.id, status: 'open', swapped: [] },
    });
    expect(await badge()).toBe('•');
    expect(await dayAlarm()).toBe('2026-12-03T23:00:00.000Z');
    expect(await welcomeTabs()).toHaveLength(1);

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await settle();
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('at the day-turn alarm: opens the next day with its own act and shows the mark again', async () => {
    await start(at('2026-12-03T10:00:00+01:00'));
    const first = library.programs.reset[0]?.id ?? '';
    await updateProgress(setStatus('2026-12-03', first, 'done'));
    await vi.waitFor(async () => expect(await badge()).toBe(''));

    vi.setSystemTime(at('2026-12-04T00:00:01+01:00'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: DAY_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await days())['2026-12-04']?.status).toBe('open'));
    expect((await days())['2026-12-04']?.actId).toBe(library.programs.reset[1]?.id);
    expect((await days())['2026-12-03']?.status).toBe('done');
    expect(await badge()).toBe('•');
    expect(await dayAlarm()).toBe('2026-12-04T23:00:00.000Z');
  });

  it('after days with the browser closed, the start-up event opens only today', async () => {
    await start(at('2026-12-03T10:00:00+01:00'));
    vi.setSystemTime(at('2026-12-09T08:00:00+01:00'));
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(Object.keys(await days()).sort()).toEqual(['2026-12-03', '2026-12-09']));
  });

  it('a settings change anywhere reaches the badge: turned off, the mark goes', async () => {
    await start(at('2026-12-03T10:00:00+01:00'));
    expect(await badge()).toBe('•');
    await updateSettings({ showBadge: false });
    await vi.waitFor(async () => expect(await badge()).toBe(''));
  });

  it('what another computer did arrives through sync: its path, its act done, and the mark goes', async () => {
    await start(at('2026-12-03T10:00:00+01:00'));
    expect(await badge()).toBe('•');
    const third = library.programs.reset[2]?.id ?? '';
    // As the browser's sync would bring it: the path began two days ago there, and today is done.
    await fakeBrowser.storage.sync.set({
      'dk:meta': { v: 1, start: { d: '2026-12-01', t: at('2026-12-01T09:00:00+01:00') / 1000 } },
      'dk:d:2026-12': { '03': { a: third, s: 'd', t: at('2026-12-03T09:30:00+01:00') / 1000 } },
    });
    await vi.waitFor(async () => expect((await days())['2026-12-03']).toMatchObject({ actId: third, status: 'done' }), {
      timeout: 5000,
    });
    expect((await readProgress()).startDay).toBe('2026-12-01');
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    // And what this computer knew goes back out, joined: one copy of today, the other's.
    const sent = (await fakeBrowser.storage.sync.get('dk:d:2026-12'))['dk:d:2026-12'] as Record<string, { a: string }>;
    expect(sent['03']?.a).toBe(third);
  });

  describe('at the reminder alarm', () => {
    async function startWithReminder() {
      await fakeBrowser.storage.sync.set({
        settings: { reminder: { ...DEFAULT_REMINDER, enabled: true, time: '09:00' } },
      });
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
      const shown = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue(NOTIFICATION_ID);
      await start(at('2026-12-03T08:30:00+01:00'));
      return shown;
    }
    const fireReminder = async (iso: string) => {
      vi.setSystemTime(at(iso));
      await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
      await settle();
    };

    it('shows today’s open act once a day, and plans tomorrow’s', async () => {
      const shown = await startWithReminder();
      await fireReminder('2026-12-03T09:00:00+01:00');
      const act = findAct(library.programs.reset[0]?.id ?? '');
      expect(shown).toHaveBeenCalledTimes(1);
      expect((shown.mock.calls[0] as unknown[] | undefined)?.[1]).toMatchObject({
        title: english.get('reminder_title'),
        message: english.get(`acts_${act?.id}_title`),
      });
      expect(new Date((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime ?? 0).toISOString()).toBe(
        '2026-12-04T08:00:00.000Z',
      );
      await fireReminder('2026-12-03T09:01:00+01:00');
      expect(shown).toHaveBeenCalledTimes(1);
    });

    it('stays quiet when today’s act is already done', async () => {
      const shown = await startWithReminder();
      await updateProgress(setStatus('2026-12-03', library.programs.reset[0]?.id ?? '', 'done'));
      await fireReminder('2026-12-03T09:00:00+01:00');
      expect(shown).not.toHaveBeenCalled();
    });
  });
});
