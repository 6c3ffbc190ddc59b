import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '@/utils/content/library';
import { setStatus } from '@/utils/progress';
import { DAY_ALARM, refresh, welcome } from '@/utils/rollover';
import { readProgress, updateProgress, updateSettings } from '@/utils/store';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const badge = () => fakeBrowser.action.getBadgeText({});
const dayAlarm = async () => new Date((await fakeBrowser.alarms.get(DAY_ALARM))?.scheduledTime ?? 0).toISOString();

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
