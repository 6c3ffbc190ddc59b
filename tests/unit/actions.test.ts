import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findAct, library } from '@/utils/content/library';
import { addDays } from '@/utils/domain/day';
import type { Settings } from '@/utils/domain/model';
import { pickAct } from '@/utils/domain/schedule';
import { DAY, loadStore, NOON } from './page-harness';

/*
 * The page actions as a control calls them, against WXT's fake browser, with fake timers for the
 * settings debounce. The module keeps its pending change and listens for `pagehide` when loaded, so
 * each test loads it afresh into a page-like global with its own localStorage.
 */

let page: EventTarget;

async function load(settings: Partial<Settings> = {}) {
  page = new EventTarget();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  const store = await loadStore(settings);
  const actions = await import('@/utils/page/actions');
  const mirror = await import('@/utils/first-paint/mirror');
  await store.connect();
  return { ...store, ...actions, ...mirror };
}

const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
const storedDay = async (day = DAY) =>
  ((await fakeBrowser.storage.local.get('progress')).progress as { days: Record<string, { actId: string }> })?.days?.[
    day
  ];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('settings changes are shown at once and written once, shortly after', () => {
  it('writes a burst of changes as one write after the pause, with every change in it', async () => {
    const page = await load();
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    void page.changeSettings({ theme: 'dark' });
    void page.changeSettings({ hideNumbers: true });
    await vi.advanceTimersByTimeAsync(300);
    void page.changeSettings({ newTabStyle: 'minimal' });
    expect(page.settings.value).toMatchObject({ theme: 'dark', hideNumbers: true, newTabStyle: 'minimal' });
    await vi.advanceTimersByTimeAsync(399);
    expect(writes).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    expect(await storedSettings()).toMatchObject({ theme: 'dark', hideNumbers: true, newTabStyle: 'minimal' });
  });

  it('writes what is pending when the page hides, without waiting for the pause', async () => {
    const page = await load();
    void page.changeSettings({ theme: 'dark' });
    pageHides();
    // Well inside the pause (vi.waitFor would run the fake clock on past it).
    await vi.advanceTimersByTimeAsync(20);
    expect((await storedSettings()).theme).toBe('dark');
  });

  it('shows the stored value again and names the control when the write fails', async () => {
    const page = await load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    void page.changeSettings({ theme: 'dark' }, { source: 'theme' });
    expect(page.settings.value.theme).toBe('dark');
    await vi.advanceTimersByTimeAsync(400);
    await vi.waitFor(() => expect(page.unsaved.value?.sources).toEqual(['theme']));
    expect(page.unsaved.value?.reason).toContain('quota');
    expect(page.settings.value.theme).toBe('system');
    expect((await storedSettings()).theme).toBe('system');
    // The next change that saves clears the note beside that control.
    void page.changeSettings({ theme: 'light' }, { source: 'theme' });
    await vi.advanceTimersByTimeAsync(400);
    await vi.waitFor(() => expect(page.unsaved.value).toBeNull());
    expect((await storedSettings()).theme).toBe('light');
  });

  it('never writes a change made before "Delete everything" ran, in this page or another', async () => {
    const page = await load();
    void page.changeSettings({ theme: 'dark' });
    // Another page deletes everything: it counts the deletion in the localStorage all pages share.
    page.countErasure();
    await vi.advanceTimersByTimeAsync(400);
    await vi.runAllTimersAsync();
    expect((await storedSettings()).theme).toBe('system');
  });
});

describe('a change that shapes the act', () => {
  it('chooses today’s act again when it is still open, under the new settings', async () => {
    const page = await load();
    await page.changeSettings({ gentle: true, focus: 'parents' });
    const after = page.today.value;
    expect(findAct(after.actId)?.effort).toBe('tiny');
    expect(findAct(after.actId)?.focus.some((f) => f === 'parents' || f === 'everyone')).toBe(true);
    expect((await storedDay())?.actId).toBe(after.actId);
    expect(after.actId).toBe(pickAct(DAY, page.settings.value, { startDay: null, days: {} }, library));
  });

  it('keeps the act of a day already done', async () => {
    const page = await load();
    await page.actions.done();
    const done = page.today.value.actId;
    await page.changeSettings({ gentle: true, focus: 'teens' });
    expect(page.today.value.actId).toBe(done);
    expect(page.today.value.status).toBe('done');
  });

  it('does not choose again for a change that does not shape the act', async () => {
    const page = await load();
    await page.actions.swap();
    const swapped = page.today.value.actId;
    await page.changeSettings({ theme: 'dark' });
    expect(page.today.value.actId).toBe(swapped);
  });

  it('never offers again an act swapped away today', async () => {
    const page = await load();
    const first = page.today.value.actId;
    await page.actions.swap();
    await page.changeSettings({ focus: 'veterans' });
    expect(page.today.value.actId).not.toBe(first);
  });
});

describe('beginning a path again', () => {
  it('begins today: today is day 1 of the program', async () => {
    const page = await load();
    await page.changeSettings({ path: 'reset' }, { restart: true });
    expect(page.today.value.program).toMatchObject({ program: 'reset', day: 1 });
    expect(page.today.value.actId).toBe(library.programs.reset[0]?.id);
  });

  it('begins tomorrow after a finished program: today keeps its act, tomorrow is day 1', async () => {
    const page = await load();
    const todays = page.today.value.actId;
    await page.changeSettings({ path: 'gentle' }, { restart: true, fromTomorrow: true });
    expect(page.progress.value.startDay).toBe(addDays(DAY, 1));
    expect(page.today.value.actId).toBe(todays);
    expect(page.today.value.program).toBeNull();
    page.now.value = NOON + 86_400_000;
    expect(page.today.value.program).toMatchObject({ program: 'gentle', day: 1 });
    expect(page.today.value.actId).toBe(library.programs.gentle[0]?.id);
  });
});

function pageHides() {
  page.dispatchEvent(new Event('pagehide'));
}
