import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnId } from '@/utils/domain/mine';
import type { Progress, Settings } from '@/utils/domain/model';
import { DAY, loadStore } from './page-harness';

/*
 * "Not for me", its Undo, and adding own acts, as the card and the settings page call them,
 * against WXT's fake browser. As in actions.test.ts, each test loads the page modules afresh.
 */

async function load(settings: Partial<Settings> = {}) {
  const store = await loadStore(settings);
  const actions = await import('@/utils/page/actions');
  const mine = await import('@/utils/page/mine-actions');
  await store.connect();
  return { ...store, ...actions, ...mine };
}

const storedDay = async () =>
  ((await fakeBrowser.storage.local.get('progress')).progress as Progress | undefined)?.days[DAY];
const storedMine = async () => (await fakeBrowser.storage.local.get('mine')).mine as { notForMe: string[] };

afterEach(() => vi.unstubAllGlobals());

describe('"Not for me"', () => {
  it('sets today’s act aside for good and offers another at once; Undo brings it back as today’s act', async () => {
    const page = await load();
    const first = page.today.value.actId;
    const { why, setAside } = await page.mineActions.notForMe();
    expect(why).toBeNull();
    const offered = page.today.value.actId;
    expect(offered).not.toBe(first);
    expect(setAside).toEqual({ actId: first, offered });
    expect((await storedMine()).notForMe).toEqual([first]);
    expect(await storedDay()).toMatchObject({ actId: offered, status: 'open', swapped: [first] });

    expect(await page.mineActions.undoNotForMe({ actId: first, offered })).toBeNull();
    expect(page.today.value.actId).toBe(first);
    expect((await storedMine()).notForMe).toEqual([]);
    // What was offered meanwhile counts as swapped away: a swap offers something else.
    expect(await storedDay()).toMatchObject({ actId: first, swapped: [offered] });
    await page.actions.swap();
    expect([first, offered]).not.toContain(page.today.value.actId);
  });

  it('changes nothing when the act cannot be set aside, and says why', async () => {
    const page = await load();
    const first = page.today.value.actId;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { why, setAside } = await page.mineActions.notForMe();
    expect(why).toContain('quota');
    expect(setAside).toBeUndefined();
    expect(page.today.value.actId).toBe(first);
    expect(page.mine.value.notForMe).toEqual([]);
  });

  it('takes back the swap when the act could not be set aside afterwards', async () => {
    const page = await load();
    const first = page.today.value.actId;
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set')
      .mockImplementationOnce(set)
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const { why } = await page.mineActions.notForMe();
    expect(why).toContain('quota');
    expect(page.today.value.actId).toBe(first);
    expect((await storedDay())?.actId).toBe(first);
    expect(page.mine.value.notForMe).toEqual([]);
  });
});

describe('adding own acts', () => {
  it('with "only my own", offers one of them today if the day is untouched', async () => {
    const page = await load({ ownFrequency: 'only' });
    // The background recorded a library act before there were any of the person's own.
    await page.updateProgress((p) => ({
      ...p,
      days: { [DAY]: { actId: page.today.value.actId, status: 'open', swapped: [] } },
    }));
    expect(isOwnId(page.today.value.actId)).toBe(false);
    expect(await page.mineActions.addOwn([{ title: 'Call Grandma', effort: 'small' }])).toBeNull();
    expect(page.mine.value.acts.map((a) => a.title)).toEqual(['Call Grandma']);
    expect(isOwnId(page.today.value.actId)).toBe(true);
    expect(isOwnId((await storedDay())?.actId)).toBe(true);
  });

  it('keeps a deleted act’s words when history names it, and drops one never used', async () => {
    const page = await load({ ownFrequency: 'only' });
    await page.mineActions.addOwn([{ title: 'Call Grandma', effort: 'small' }]);
    await page.actions.done();
    await page.mineActions.addOwn([{ title: 'Never used', effort: 'tiny' }]);
    const [used, unused] = page.mine.value.acts.map((a) => a.id) as [string, string];
    expect(page.today.value.actId).toBe(used);
    await page.mineActions.removeOwn(used);
    await page.mineActions.removeOwn(unused);
    expect(page.mine.value.acts).toEqual([{ id: used, title: 'Call Grandma', effort: 'small', retired: true }]);
  });
});
