import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh } from '@/utils/background/rollover';
import { dayKey } from '@/utils/domain/day';
import type { Mine } from '@/utils/domain/mine';
import type { Progress } from '@/utils/domain/model';
import { itemBytes, planLayout, QUOTA } from '@/utils/domain/sync/layout';
import { mineItem, progressItem, settingsItem } from '@/utils/storage/store';
import { rememberWipe, syncOnce, wipeEverywhere } from '@/utils/storage/sync';

/*
 * Several computers through one sync storage, each with its own local storage, in the cases a
 * hostile review found: what one computer did must survive what another does next.
 */

function computers() {
  const locals = new Map<string, Record<string, unknown>>();
  return async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(locals.get(name) ?? {});
    try {
      return await run();
    } finally {
      locals.set(name, await fakeBrowser.storage.local.get(null));
    }
  };
}

const MS = Date.parse('2026-12-03T10:00:00Z');
const T = MS / 1000;
const TODAY = dayKey(MS, 'UTC');
const ACT = 'e_talk_like_a_friend';
const own = { id: 'own_abc123', title: 'Write to Grandma', effort: 'small' as const };
const progress = async () => (await progressItem.getValue()) as Progress;
const mine = async () => (await mineItem.getValue()) as Mine;

describe('computers meeting through sync', () => {
  it('notes that arrive before the choice to sync them are not replaced once it arrives', async () => {
    const as = computers();
    await as('A', async () => {
      await progressItem.setValue({
        startDay: '2026-12-01',
        days: { '2026-12-01': { actId: ACT, status: 'done', swapped: [], note: 'Called Mum.' } },
      });
      await syncOnce(T, true);
    });
    // B runs before the settings item reaches it (notes off), then after (notes on).
    await as('B', async () => {
      await syncOnce(T + 10, false);
      await syncOnce(T + 20, true);
    });
    await as('A', async () => {
      await syncOnce(T + 30, true);
      expect((await progress()).days['2026-12-01']?.note).toBe('Called Mum.');
    });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toContain('Called Mum.');
  });

  it('a day this version cannot read here is set aside, note and all, when the other computer’s copy comes', async () => {
    const as = computers();
    await as('A', async () => {
      await progressItem.setValue({
        startDay: '2026-12-01',
        days: { '2026-12-01': { actId: ACT, status: 'open', swapped: [] } },
      });
      await syncOnce(T, false);
    });
    await as('B', async () => {
      const newer = { actId: ACT, status: 'partly', swapped: [], note: 'Half done, will finish' };
      await progressItem.setValue({ startDay: '2026-12-01', days: { '2026-12-01': newer } } as never);
      await syncOnce(T + 5, false);
      expect(JSON.stringify(await progressItem.getValue())).toContain('Half done, will finish');
    });
  });

  it('a joined note longer than a day holds settles: later runs write nothing', async () => {
    const as = computers();
    const write = async (note: string, at: number) => {
      const p = await progress();
      const day = p.days[TODAY];
      if (day) await progressItem.setValue({ ...p, days: { ...p.days, [TODAY]: { ...day, note } } });
      await syncOnce(at, true);
    };
    await as('A', async () => {
      await progressItem.setValue({ startDay: TODAY, days: { [TODAY]: { actId: ACT, status: 'done', swapped: [] } } });
      await syncOnce(T, true);
    });
    await as('B', () => syncOnce(T + 1, true));
    await as('A', () => write('a'.repeat(1200), T + 2));
    await as('B', () => write('b'.repeat(1200), T + 3));
    await as('A', async () => {
      const runs = [];
      for (let i = 0; i < 4; i++) runs.push(await syncOnce(T + 10 + i, true));
      expect(runs.slice(1)).toEqual([
        { changedHere: false, wrote: 0, removed: 0 },
        { changedHere: false, wrote: 0, removed: 0 },
        { changedHere: false, wrote: 0, removed: 0 },
      ]);
    });
  });

  it('a day that arrives before its own act’s words keeps that act, on both computers', async () => {
    const as = computers();
    await as('A', async () => {
      await settingsItem.setValue({ path: 'daily', ownFrequency: 'only' } as never);
      await mineItem.setValue({ acts: [own], notForMe: [], kept: [] });
      await progressItem.setValue({
        startDay: TODAY,
        days: { [TODAY]: { actId: own.id, status: 'open', swapped: [] } },
      });
      await syncOnce(T, false);
    });
    const all = await fakeBrowser.storage.sync.get(null);
    await fakeBrowser.storage.sync.remove('dk:own');
    await as('B', async () => {
      await syncOnce(T + 5, false);
      // The background's look at the day, woken by that write.
      await refresh(MS + 6000, 'UTC');
      await syncOnce(T + 10, false);
      await fakeBrowser.storage.sync.set({ 'dk:own': all['dk:own'] });
      await syncOnce(T + 15, false);
      expect((await progress()).days[TODAY]?.actId).toBe(own.id);
    });
    await as('A', async () => {
      await syncOnce(T + 30, false);
      await refresh(MS + 31000, 'UTC');
      expect((await progress()).days[TODAY]?.actId).toBe(own.id);
    });
  });

  it('a computer that joins first never restarts a path already under way elsewhere', async () => {
    const as = computers();
    await as('B', async () => {
      await progressItem.setValue({ startDay: TODAY, days: { [TODAY]: { actId: ACT, status: 'open', swapped: [] } } });
      await syncOnce(T, false);
    });
    await as('A', async () => {
      await progressItem.setValue({
        startDay: '2026-06-01',
        days: { '2026-06-01': { actId: ACT, status: 'done', swapped: [] } },
      });
      await syncOnce(T + 600, false);
      expect((await progress()).startDay).toBe('2026-06-01');
    });
    await as('B', async () => {
      await syncOnce(T + 700, false);
      expect((await progress()).startDay).toBe('2026-06-01');
    });
  });

  it('an act deleted on one computer whose history does not name it keeps its words where a day does', async () => {
    const as = computers();
    await as('A', async () => {
      await mineItem.setValue({ acts: [own], notForMe: [], kept: [] });
      await syncOnce(T, false);
    });
    await as('B', () => syncOnce(T + 5, false));
    await as('A', async () => {
      await progressItem.setValue({
        startDay: TODAY,
        days: { [TODAY]: { actId: own.id, status: 'done', swapped: [], note: 'She loved it' } },
      });
    });
    await as('B', async () => {
      await mineItem.setValue({ acts: [], notForMe: [], kept: [] });
      await syncOnce(T + 100, false);
    });
    await as('A', async () => {
      await syncOnce(T + 200, false);
      expect((await mine()).acts).toEqual([{ ...own, retired: true }]);
      expect((await progress()).days[TODAY]).toMatchObject({ actId: own.id, note: 'She loved it' });
    });
  });
});

describe('Delete everything, across computers', () => {
  /** What deleteEverything does on a computer (utils/page/data.ts), holding its locks. */
  async function deleteHere(at: number) {
    const wipe = await wipeEverywhere(at);
    await fakeBrowser.storage.local.clear();
    await rememberWipe(wipe);
  }

  it('takes own acts and lists from a computer whose clock runs an hour ahead', async () => {
    const as = computers();
    await as('B', async () => {
      await mineItem.setValue({ acts: [own], notForMe: [ACT], kept: [] });
      await syncOnce(T + 3600, false);
    });
    await as('A', async () => {
      await syncOnce(T, false);
      expect((await mine()).acts).toHaveLength(1);
      await deleteHere(T + 60);
    });
    await as('B', async () => {
      await syncOnce(T + 3600 + 120, false);
      expect(await mine()).toEqual({ acts: [], notForMe: [], kept: [] });
    });
    await as('A', async () => {
      await syncOnce(T + 180, false);
      expect(await mine()).toEqual({ acts: [], notForMe: [], kept: [] });
    });
  });

  it('that sync refuses deletes nothing anywhere: what only the other computer had stays', async () => {
    const as = computers();
    await as('A', async () => {
      await progressItem.setValue({
        startDay: '2026-11-01',
        days: { '2026-11-05': { actId: ACT, status: 'open', swapped: [] } },
      });
      await syncOnce(T, true);
    });
    await as('B', async () => {
      await syncOnce(T + 5, true);
      await progressItem.setValue({
        startDay: '2026-11-01',
        days: {
          '2026-11-05': { actId: ACT, status: 'done', swapped: [], note: 'B wrote this' },
          '2026-11-02': { actId: ACT, status: 'done', swapped: [] },
        },
      });
      await syncOnce(T + 6, true);
    });
    await as('A', async () => {
      vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
        new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
      );
      await expect(wipeEverywhere(T + 20)).rejects.toThrow();
      await syncOnce(T + 30, true);
    });
    await as('B', async () => {
      await syncOnce(T + 40, true);
      const days = (await progress()).days;
      expect(days['2026-11-02']?.status).toBe('done');
      expect(days['2026-11-05']).toMatchObject({ status: 'done', note: 'B wrote this' });
    });
  });

  it('keeps what the person does right after it, before the background’s next run', async () => {
    await progressItem.setValue({
      startDay: '2026-11-01',
      days: { '2026-11-02': { actId: ACT, status: 'done', swapped: [] } },
    });
    await syncOnce(T, false);
    await deleteHere(T + 10);
    await progressItem.setValue({
      startDay: TODAY,
      days: { [TODAY]: { actId: ACT, status: 'done', swapped: [], note: 'did it' } },
    });
    await syncOnce(T + 11, false);
    expect((await progress()).days).toEqual({ [TODAY]: { actId: ACT, status: 'done', swapped: [], note: 'did it' } });
  });

  it('where the browser has no sync at all, there is nothing to clear and deleting here goes ahead', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('storage.sync is disabled'));
    expect(await wipeEverywhere(T)).toBeNull();
  });
});

describe('the quota, as Chrome counts it', () => {
  it('counts < as the six bytes Chrome’s JSON writer makes of it', () => {
    expect(itemBytes('k', '<3')).toBe(1 + '"\\u003C3"'.length);
  });

  it('as many own acts as a person may have, at their longest, never stop the days from travelling', () => {
    const acts = Array.from({ length: 400 }, (_, i) => ({
      id: `own_${(1e9 + i).toString(36)}`,
      title: 'Bring a warm drink to the neighbour who shovels the snow every single morning for us',
      why: 'Because they never ask for anything and it would mean a lot to them to be seen for it today',
      effort: 'small' as const,
    }));
    const ownActs = Object.fromEntries(acts.map((a): [string, [number, typeof a]] => [a.id, [T, a]]));
    const days = { [TODAY]: { a: ACT, s: 'd' as const, t: T } };
    const plan = planLayout({ wipe: 0, days, mine: { own: ownActs, aside: {}, kept: {} } }, {}, false);
    expect(plan.bytes).toBeLessThanOrEqual(QUOTA.total);
    expect(plan.leftOut).toEqual(['lists']);
    expect(Object.keys(plan.items).sort()).toEqual(['dk:d:2026-12', 'dk:meta']);
  });
});
