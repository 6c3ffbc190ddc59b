import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_MINE } from '@/utils/domain/mine';
import { addOwnActs, editOwnAct, setAsideForGood } from '@/utils/domain/mine-changes';
import { DEFAULT_SETTINGS } from '@/utils/domain/model';
import { setStatus } from '@/utils/domain/progress';
import { noteText } from '@/utils/domain/sync/day';
import { readLayout } from '@/utils/domain/sync/layout';
import {
  readMine,
  readProgress,
  readSettings,
  STORAGE_VERSION,
  updateMine,
  updateProgress,
  updateSettings,
} from '@/utils/storage/store';
import { syncBaseItem, syncOnce } from '@/utils/storage/sync';

const fixture = (version: number) =>
  JSON.parse(readFileSync(new URL(`../fixtures/storage/v${version}.json`, import.meta.url), 'utf8')) as {
    sync: Record<string, unknown>;
    local: Record<string, unknown>;
  };

async function loadFixture(version: number) {
  const { sync, local } = fixture(version);
  await fakeBrowser.storage.sync.set(sync);
  await fakeBrowser.storage.local.set(local);
}

describe('stored schema', () => {
  it('has a fixture for every released version up to the current one', () => {
    for (let v = 1; v <= Math.max(STORAGE_VERSION.settings, STORAGE_VERSION.progress); v++) {
      expect(() => fixture(v)).not.toThrow();
    }
    expect(STORAGE_VERSION).toEqual({ settings: 4, progress: 1, mine: 1, syncBase: 1 });
  });

  it('reads a version 1 store into the current shape with nothing lost', async () => {
    await loadFixture(1);
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      path: 'daily',
      focus: 'parents',
      dayStartHour: 4,
      gentle: true,
      showBadge: true,
      avoidNotes: ['grief'],
    });
    const progress = await readProgress();
    expect(progress.startDay).toBe('2026-11-20');
    expect(Object.keys(progress.days)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(progress.days['2026-11-22']).toEqual({
      actId: 'reset_sincere_compliment',
      status: 'open',
      swapped: ['reset_grace_for_mistake'],
    });
    // Before own acts: the default frequency, and nothing of the person's own yet.
    expect((await readSettings()).ownFrequency).toBe('sometimes');
    expect(await readMine()).toEqual(EMPTY_MINE);
  });

  it('upgrades a version 1 store as it reads it, writing nothing', async () => {
    await loadFixture(1);
    const writes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => writes.push(change));
    await Promise.all([readSettings(), readProgress(), readMine()]);
    expect(writes).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(fixture(1).local);
  });

  it('reads a version 2 store: own acts in any script, deleted ones kept for history, set-aside and kept acts', async () => {
    await loadFixture(2);
    expect((await readSettings()).ownFrequency).toBe('often');
    const mine = await readMine();
    expect(mine.acts.map((a) => a.title)).toEqual([
      'Llamar a mi abuela',
      '友だちに「ありがとう」と伝える',
      'اتصل بصديق قديم',
    ]);
    expect(mine.acts[2]?.retired).toBe(true);
    expect(mine.notForMe).toEqual(['e_water_slowly']);
    expect(mine.kept).toEqual(['e_hand_on_heart']);
    expect((await readProgress()).days['2026-11-20']?.actId).toBe('own_1k2j3h');
    // Before the practice travelled: notes stay where they were written.
    expect((await readSettings()).syncNotes).toBe(false);
  });

  it('reads a version 3 store with the clock off, and a version 4 store with it as stored', async () => {
    await loadFixture(3);
    expect((await readSettings()).clock).toBe(false);
    fakeBrowser.reset();
    await loadFixture(4);
    expect(await readSettings()).toMatchObject({ clock: true, syncNotes: true, ownFrequency: 'often' });
  });

  it('reads a version 3 store: notes travel by choice, and the copy last joined reads back whole', async () => {
    await loadFixture(3);
    expect((await readSettings()).syncNotes).toBe(true);
    const base = readLayout(await syncBaseItem.getValue());
    expect(base.start).toEqual({ d: '2026-11-20', t: 1763650000 });
    expect(Object.keys(base.days)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(base.days['2026-11-21']).toMatchObject({ s: 'd', w: ['e_water_slowly'], c: [2, 4, 1763736600] });
    expect(noteText(base.days['2026-11-21'] ?? {})).toBe('Called after work.');
    expect(Object.keys(base.mine.own)).toHaveLength(3);
    expect(base.mine.aside.e_water_slowly).toEqual([1763650000, 1]);
  });

  it('upgrades a version 2 store to a joined copy of the practice without losing a day, act or note', async () => {
    await loadFixture(2);
    await fakeBrowser.storage.local.set({
      progress: {
        ...(fixture(2).local.progress as object),
        days: {
          ...((fixture(2).local.progress as { days: object }).days as object),
          '2026-11-21': { actId: 'own_9x8y7z', status: 'done', swapped: ['e_water_slowly'], note: 'Mine alone.' },
        },
      },
    });
    const before = { progress: await readProgress(), mine: await readMine() };
    await syncOnce(1_764_000_000, false);
    expect(await readProgress()).toEqual(before.progress);
    expect(await readMine()).toEqual(before.mine);
    const remote = readLayout(await fakeBrowser.storage.sync.get(null));
    expect(Object.keys(remote.days)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(remote.days['2026-11-21']).toEqual({ a: 'own_9x8y7z', s: 'd', w: ['e_water_slowly'], t: 1_764_000_000 });
    expect(remote.start?.d).toBe('2026-11-20');
    expect(Object.keys(remote.mine.own).sort()).toEqual(['own_1k2j3h', 'own_5q6w7e', 'own_9x8y7z']);
    // The note stays on this computer: notes travel only when the person says so.
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('Mine alone.');
  });
});

describe('the person’s own acts in storage', () => {
  it('writes only what changed, keeps what it cannot read, and writes nothing for no change', async () => {
    await fakeBrowser.storage.local.set({
      mine: {
        acts: [{ id: 'own_a', title: 'Call Grandma', effort: 'tiny', sound: 'chime' }, { title: 'no id' }],
        notForMe: [],
        kept: [],
        fromLater: 1,
      },
    });
    await updateMine(editOwnAct('own_a', { title: 'Call Grandma on Sunday', effort: 'tiny' }));
    await updateMine(setAsideForGood('e_water_slowly'));
    const stored = (await fakeBrowser.storage.local.get('mine')).mine;
    expect(stored).toEqual({
      acts: [{ id: 'own_a', title: 'Call Grandma on Sunday', effort: 'tiny', sound: 'chime' }, { title: 'no id' }],
      notForMe: ['e_water_slowly'],
      kept: [],
      fromLater: 1,
    });
    const writes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => writes.push(change));
    await updateMine(setAsideForGood('e_water_slowly'));
    expect(writes).toEqual([]);
  });

  it('loses no act when many are added at once', async () => {
    const titles = Array.from({ length: 20 }, (_, i) => `Act ${i}`);
    await Promise.all(titles.map((title, i) => updateMine(addOwnActs([{ title, effort: 'small' }], i))));
    expect((await readMine()).acts.map((a) => a.title).sort()).toEqual([...titles].sort());
  });
});

describe('damaged storage', () => {
  it('keeps every good day when one day record is corrupt', async () => {
    await fakeBrowser.storage.local.set({
      progress: {
        startDay: 'not a day',
        days: {
          '2026-11-20': { actId: 'reset_kind_to_body', status: 'done' },
          '2026-11-21': 'garbage',
          '2026-13-01': { actId: 'x', status: 'done', swapped: [] },
          '2026-11-22': { actId: 'DROP TABLE', status: 'done', swapped: [] },
          '2026-11-23': { actId: 'reset_kind_to_body', status: 'finished', swapped: [] },
        },
      },
    });
    const progress = await readProgress();
    expect(progress.startDay).toBeNull();
    expect(progress.days).toEqual({ '2026-11-20': { actId: 'reset_kind_to_body', status: 'done', swapped: [] } });
  });

  it('falls back field by field for corrupt settings and leaves history alone', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { path: 'sideways', focus: 'teens', dayStartHour: 31, gentle: 'yes' },
    });
    await fakeBrowser.storage.local.set({ progress: { startDay: '2026-11-20', days: {} } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, focus: 'teens' });
    expect((await readProgress()).startDay).toBe('2026-11-20');
  });

  it('reads a store that is not an object at all as empty, without throwing', async () => {
    await fakeBrowser.storage.local.set({ progress: 'corrupt' });
    await fakeBrowser.storage.sync.set({ settings: 42 });
    expect(await readProgress()).toEqual({ startDay: null, days: {} });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('writes', () => {
  it('loses nothing when many changes arrive at once', async () => {
    const days = Array.from({ length: 25 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    await Promise.all(days.map((day) => updateProgress(setStatus(day, 'reset_kind_to_body', 'done'))));
    expect(Object.keys((await readProgress()).days).sort()).toEqual(days);
  });

  it('saves settings into sync storage and keeps other fields', async () => {
    await updateSettings({ focus: 'veterans' });
    await updateSettings({ dayStartHour: 5 });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toMatchObject({ focus: 'veterans', dayStartHour: 5 });
  });
});
