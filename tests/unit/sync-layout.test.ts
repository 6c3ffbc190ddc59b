import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Mine } from '@/utils/domain/mine';
import { type DayRecord, MAX_SWAPPED, type Progress, STORED_NOTE_MAX } from '@/utils/domain/model';
import { noteText, type SyncDay, stampDay } from '@/utils/domain/sync/day';
import { changesTo, type Items, itemBytes, planLayout, QUOTA, readLayout } from '@/utils/domain/sync/layout';
import { EMPTY_SYNC_STATE, joinState, type SyncState } from '@/utils/domain/sync/state';
import { mineItem, progressItem, readMine, readProgress } from '@/utils/storage/store';
import { syncOnce, wipeEverywhere } from '@/utils/storage/sync';
import { history, SETTINGS } from '../sync-history';

/*
 * The practice in sync storage within the browsers' quotas (issue 15): five years of daily use,
 * newest months first, oldest left on each computer; what a newer version wrote survives.
 */

const bytesOf = (items: Items) => Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
const settingsBytes = itemBytes('settings', SETTINGS);
const monthOf = (key: string) => /^dk:[dn]:(\d{4}-\d{2})(~\d+)?$/.exec(key)?.[1];
const withoutNotes = ({ c: _c, n: _n, x: _x, ...core }: SyncDay): SyncDay => core;

function expectWithinQuota(items: Items) {
  expect(bytesOf(items) + settingsBytes).toBeLessThanOrEqual(QUOTA.total);
  for (const [key, value] of Object.entries(items))
    expect(itemBytes(key, value), key).toBeLessThanOrEqual(QUOTA.perItem);
  expect(Object.keys(items).length + 1).toBeLessThanOrEqual(QUOTA.items);
}

/** The state as it should read back from a plan: the months kept, notes only if they travel. */
function kept(state: SyncState, months: Set<string>, notes: boolean): SyncState {
  const days = Object.fromEntries(
    Object.entries(state.days)
      .filter(([d]) => months.has(d.slice(0, 7)))
      .map(([d, day]) => [d, notes ? day : withoutNotes(day)]),
  );
  return { ...state, days };
}

describe('five years of daily use in sync storage', () => {
  for (const notes of [false, true]) {
    it(`stays within every quota, newest months in and the oldest left out${notes ? ', with notes' : ''}`, () => {
      const { state, months } = history({ years: 5, notes });
      expect(months.length).toBe(61);
      const plan = planLayout(state, {}, notes);
      expectWithinQuota(plan.items);
      expect(plan.bytes).toBe(bytesOf(plan.items));
      const inSync = new Set(
        Object.keys(plan.items)
          .map(monthOf)
          .filter((m): m is string => !!m),
      );
      // Five years do not fit: the oldest months leave, in order, and every month is somewhere.
      expect(plan.leftOut.length).toBeGreaterThan(0);
      expect(plan.leftOut).toEqual([...plan.leftOut].sort());
      expect([...plan.leftOut, ...[...inSync].sort()]).toEqual(months);
      expect(inSync.has('2026-12')).toBe(true);
      // A year and more travels, with or without notes.
      expect(inSync.size).toBeGreaterThanOrEqual(notes ? 12 : 36);
      // What travels reads back as it was.
      expect(readLayout(plan.items)).toEqual(kept(state, inSync, notes));
    });
  }

  it('with notes held back, a history with notes lays out exactly as one without', () => {
    const { state } = history({ years: 5, notes: true });
    const plan = planLayout(state, {}, false);
    expect(Object.keys(plan.items).some((k) => k.startsWith('dk:n:'))).toBe(false);
    expect(JSON.stringify(plan.items)).not.toContain('"n":');
    expectWithinQuota(plan.items);
  });

  it('a history that fits is all there, and a plan over itself changes nothing', () => {
    const { state, months } = history({ years: 1, notes: true });
    const plan = planLayout(state, {}, true);
    expect(plan.leftOut).toEqual([]);
    expect(readLayout(plan.items)).toEqual(state);
    expect(new Set(Object.keys(plan.items).map(monthOf).filter(Boolean))).toEqual(new Set(months));
    expect(changesTo(plan.items, planLayout(state, plan.items, true))).toEqual({ set: {}, remove: [] });
  });

  it('an oversized month (every swap a day remembers, long notes) continues in ~1, ~2, … each within the limit', () => {
    const state: SyncState = { wipe: 0, days: {}, mine: { own: {}, aside: {}, kept: {} } };
    for (let d = 1; d <= 31; d++) {
      const key = `2026-12-${String(d).padStart(2, '0')}`;
      const record: DayRecord = {
        actId: 'e_kind_word_after_mistake',
        status: 'done',
        swapped: Array.from({ length: MAX_SWAPPED }, (_, i) => `e_swapped_away_act_${d}_${i}`),
        before: 2,
        after: 4,
        note: `Day ${d}. ${'A long evening of writing about the day and the people in it. '.repeat(40)}`.slice(
          0,
          STORED_NOTE_MAX,
        ),
      };
      state.days[key] = stampDay(record, undefined, 1_764_600_000 + d * 86_400, true);
    }
    const plan = planLayout(state, {}, true, Number.POSITIVE_INFINITY);
    const cores = Object.keys(plan.items).filter((k) => k.startsWith('dk:d:2026-12'));
    const notes = Object.keys(plan.items).filter((k) => k.startsWith('dk:n:2026-12'));
    expect(cores.length).toBeGreaterThan(2);
    expect(notes.length).toBeGreaterThan(2);
    expect(cores.sort()).toEqual(['dk:d:2026-12', ...cores.slice(1).map((_, i) => `dk:d:2026-12~${i + 1}`)].sort());
    for (const [key, value] of Object.entries(plan.items))
      expect(itemBytes(key, value), key).toBeLessThanOrEqual(QUOTA.perItem);
    expect(readLayout(plan.items)).toEqual(state);
    // Under the real budget the month is in, or left out whole, and still every item fits.
    const real = planLayout(state, {}, true);
    expectWithinQuota(real.items);
    expect(real.leftOut.length === 0 ? readLayout(real.items) : real.leftOut).toEqual(
      real.leftOut.length === 0 ? state : ['2026-12'],
    );
  });

  it('a day whose notes from two computers are too long for one item keeps them on each computer, and its act still travels', () => {
    // Two computers each wrote the longest note a day holds, in Japanese (3 bytes a character), apart.
    const words = '今日は友達に電話して、久しぶりにゆっくり話した。'.repeat(100).slice(0, STORED_NOTE_MAX);
    const day: SyncDay = {
      a: 'e_kind_word_after_mistake',
      s: 'd',
      t: 1_764_700_000,
      n: [
        [1_764_700_000, words],
        [1_764_700_001, `${words.slice(0, -1)}。`],
      ],
    };
    const plan = planLayout({ wipe: 0, days: { '2026-12-02': day }, mine: { own: {}, aside: {}, kept: {} } }, {}, true);
    for (const [key, value] of Object.entries(plan.items))
      expect(itemBytes(key, value), key).toBeLessThanOrEqual(QUOTA.perItem);
    expect(readLayout(plan.items).days['2026-12-02']).toEqual({ a: day.a, s: 'd', t: day.t });
    expect(plan.items['dk:n:2026-12']).toBeUndefined();
  });
});

describe('what a newer version wrote survives', () => {
  const { state } = history({ years: 1, notes: true, end: '2026-12-02' });

  function storedByNewer(): Items {
    const items = structuredClone(planLayout(state, {}, true).items) as Record<string, Record<string, unknown>>;
    const month = items['dk:d:2026-11'] as Record<string, Record<string, unknown>>;
    month['03'] = { ...month['03'], z: 'a field from later', s: 'd' };
    // A day this version cannot read: a status from later, and a day of month it does not know.
    month['31'] = { a: 'e_water_slowly', s: 'p', t: 1_764_000_000 };
    month.x1 = { later: true };
    const notes = items['dk:n:2026-11'] as Record<string, unknown>;
    notes['03'] = { ...(notes['03'] ?? {}), mood: 'calm' };
    notes['31'] = { n: [[1_764_000_000, 'A note on a day from later.']] };
    // A month written only by the newer version, with a record this version cannot read.
    items['dk:d:2027-01'] = { '05': { a: 'e_water_slowly', s: 'p', t: 1_767_600_000 } };
    return {
      ...items,
      'dk:meta': { ...items['dk:meta'], v: 2, since: 'later' },
      'dk:future': { anything: [1, 2, 3] },
      other: 'another extension’s item',
    };
  }

  it('keeps unknown fields, days, items and a higher layout version, and never removes them', () => {
    const stored = storedByNewer();
    const read = readLayout(stored);
    // This version changes a day and adds one.
    const changed: SyncState = {
      ...read,
      days: {
        ...read.days,
        '2026-11-03': { ...(read.days['2026-11-03'] as SyncDay), t: (read.days['2026-11-03']?.t ?? 0) + 1 },
        '2026-12-03': { a: 'e_talk_like_a_friend', s: 'o', t: 1_764_790_000 },
      },
    };
    const plan = planLayout(changed, stored, true);
    const { set, remove } = changesTo(stored, plan);
    expect(remove).toEqual([]);
    const after: Items = { ...stored, ...set };
    expect(after['dk:future']).toEqual(stored['dk:future']);
    expect(after.other).toEqual(stored.other);
    expect(after['dk:meta']).toMatchObject({ v: 2, since: 'later' });
    const month = after['dk:d:2026-11'] as Record<string, Record<string, unknown>>;
    expect(month['03']).toMatchObject({ z: 'a field from later', t: changed.days['2026-11-03']?.t });
    expect(month['31']).toEqual({ a: 'e_water_slowly', s: 'p', t: 1_764_000_000 });
    expect(month.x1).toEqual({ later: true });
    const notes = after['dk:n:2026-11'] as Record<string, Record<string, unknown>>;
    expect(notes['03']).toMatchObject({ mood: 'calm' });
    expect(notes['31']).toEqual({ n: [[1_764_000_000, 'A note on a day from later.']] });
    expect(after['dk:d:2027-01']).toEqual(stored['dk:d:2027-01']);
    expect(readLayout(after).days['2026-12-03']).toEqual(changed.days['2026-12-03']);
  });

  it('keeps a month that holds only records this version cannot read', () => {
    const stored = storedByNewer();
    const plan = planLayout(readLayout(stored), stored, true);
    const { remove } = changesTo(stored, plan);
    expect(remove).not.toContain('dk:d:2027-01');
    expect(remove).toEqual([]);
  });

  it('with notes held back here, a newer version’s notes item is not taken for one of ours to drop', () => {
    const stored = storedByNewer();
    const { remove } = changesTo(stored, planLayout(readLayout(stored), stored, false));
    expect(remove).not.toContain('dk:future');
    expect(remove).not.toContain('other');
  });

  it('a sync run here over what a newer version wrote keeps all of it and adds this computer’s day', async () => {
    const stored = storedByNewer();
    await fakeBrowser.storage.sync.set(stored);
    await progressItem.setValue({
      startDay: state.start?.d ?? null,
      days: { '2026-12-03': { actId: 'e_talk_like_a_friend', status: 'done', swapped: [] } },
    });
    await syncOnce(1_764_790_000, true);
    const after = await fakeBrowser.storage.sync.get(null);
    for (const key of ['dk:future', 'other', 'dk:d:2027-01']) expect(after[key], key).toEqual(stored[key]);
    expect(after['dk:meta']).toMatchObject({ v: 2, since: 'later' });
    const month = after['dk:d:2026-11'] as Record<string, Record<string, unknown>>;
    expect(month['03']).toMatchObject({ z: 'a field from later' });
    expect(month['31']).toEqual({ a: 'e_water_slowly', s: 'p', t: 1_764_000_000 });
    expect(month.x1).toEqual({ later: true });
    expect(readLayout(after).days['2026-12-03']).toMatchObject({ a: 'e_talk_like_a_friend', s: 'd' });
    // And this computer took the whole readable history in.
    expect(Object.keys((await readProgress()).days).length).toBe(Object.keys(state.days).length + 1);
  });
});

describe('two computers through sync storage', () => {
  type Local = Record<string, unknown>;
  const day = (actId: string, status: DayRecord['status'], extra: Partial<DayRecord> = {}): DayRecord => ({
    actId,
    status,
    swapped: [],
    ...extra,
  });

  /** Runs sync on one computer: its local storage in the fake browser, sync storage shared. */
  async function on(local: Local, now: number, notes: boolean) {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(local);
    const result = await syncOnce(now, notes);
    const after = await fakeBrowser.storage.local.get(null);
    return { result, local: after, progress: await readProgress(), mine: await readMine() };
  }

  async function computer(progress: Progress, mine: Mine): Promise<Local> {
    await fakeBrowser.storage.local.clear();
    await progressItem.setValue(progress);
    await mineItem.setValue(mine);
    return fakeBrowser.storage.local.get(null);
  }

  for (const notes of [false, true]) {
    it(`settle on one practice and then write nothing more${notes ? ', notes travelling' : ''}`, async () => {
      let a = await computer(
        {
          startDay: '2026-11-29',
          days: {
            '2026-11-30': day('e_talk_like_a_friend', 'done', { note: 'Called Mum.', before: 2, after: 4 }),
            '2026-12-01': day('e_kind_word_after_mistake', 'open'),
          },
        },
        {
          acts: [{ id: 'own_1k2j3h', title: 'Call Grandma', effort: 'tiny' }],
          notForMe: ['e_permission_to_rest'],
          kept: [],
        },
      );
      let b = await computer(
        {
          startDay: '2026-11-29',
          days: {
            '2026-11-29': day('e_safe_place_memory', 'skipped'),
            '2026-12-01': day('e_one_quality_you_like', 'done', { swapped: ['e_kind_word_after_mistake'] }),
          },
        },
        { acts: [], notForMe: [], kept: ['e_safe_place_memory'] },
      );
      // Each runs once, then once more with what the other wrote, then once more: settled.
      a = (await on(a, 1_764_700_000, notes)).local;
      b = (await on(b, 1_764_600_000, notes)).local; // Its clock is a day behind.
      const lastA = await on(a, 1_764_700_010, notes);
      a = lastA.local;
      const lastB = await on(b, 1_764_600_010, notes);
      b = lastB.local;
      // With notes held back, each keeps its own notes and check-ins; everything else is the same.
      const strip = (p: Progress) =>
        notes
          ? p
          : {
              ...p,
              days: Object.fromEntries(
                Object.entries(p.days).map(([k, { actId, status, swapped }]) => [k, { actId, status, swapped }]),
              ),
            };
      expect(strip(lastA.progress)).toEqual(strip(lastB.progress));
      expect(lastA.mine).toEqual(lastB.mine);
      const days = lastA.progress.days;
      expect(Object.keys(days).sort()).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
      expect(days['2026-12-01']).toMatchObject({ actId: 'e_one_quality_you_like', status: 'done' });
      expect(days['2026-11-30']?.note).toBe('Called Mum.'); // Here from the start, notes or not.
      expect(lastB.progress.days['2026-11-30']?.note).toBe(notes ? 'Called Mum.' : undefined);
      expect(lastA.mine).toEqual({
        acts: [{ id: 'own_1k2j3h', title: 'Call Grandma', effort: 'tiny' }],
        notForMe: ['e_permission_to_rest'],
        kept: ['e_safe_place_memory'],
      });
      if (!notes) expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('Called Mum.');
      // Quiet: a run on either computer writes nothing, here or to sync, until something changes.
      for (const [pc, now] of [
        [a, 1_764_700_020],
        [b, 1_764_600_020],
      ] as const) {
        const writes: string[] = [];
        const listen = (_: unknown, area: string) => writes.push(area);
        const again = await on(pc, now, notes);
        fakeBrowser.storage.onChanged.addListener(listen);
        const twice = await on(pc, now + 1, notes);
        fakeBrowser.storage.onChanged.removeListener(listen);
        expect(again.result).toEqual({ changedHere: false, wrote: 0, removed: 0 });
        expect(twice.result).toEqual({ changedHere: false, wrote: 0, removed: 0 });
        // Only the run's own reset of local storage (this test's computer swap) writes.
        expect(writes.filter((area) => area === 'sync')).toEqual([]);
        expect(again.local).toEqual(pc);
      }

      // An Undo on the computer whose clock is behind stands on the other.
      const undone = structuredClone(lastB.progress);
      undone.days['2026-12-01'] = day('e_one_quality_you_like', 'open', { swapped: ['e_kind_word_after_mistake'] });
      await fakeBrowser.storage.local.clear();
      await fakeBrowser.storage.local.set(b);
      await progressItem.setValue(undone);
      b = await fakeBrowser.storage.local.get(null);
      b = (await on(b, 1_764_600_030, notes)).local;
      const seen = await on(a, 1_764_700_030, notes);
      expect(seen.progress.days['2026-12-01']).toMatchObject({ status: 'open', actId: 'e_one_quality_you_like' });
      expect(noteText(readLayout(await fakeBrowser.storage.sync.get(null)).days['2026-11-30'] ?? {})).toBe(
        notes ? 'Called Mum.' : '',
      );
    });
  }
});

describe('Delete everything, through sync', () => {
  it('leaves a mark after every stamp this computer knows of, even with its clock behind, and nothing else', async () => {
    const { state } = history({ years: 1, notes: true, end: '2026-12-02' });
    const items = planLayout(state, {}, true).items;
    await fakeBrowser.storage.sync.set({ ...items, settings: { path: 'daily' }, 'dk:future': { kept: true } });
    const latest = Math.max(
      ...Object.values(state.days).map((d) => d.t),
      ...Object.values(state.mine.own).map(([t]) => t),
    );
    // This computer's clock reads a year behind the stamps it has seen.
    await wipeEverywhere(latest - 365 * 86_400);
    const left = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(left).sort()).toEqual(['dk:future', 'dk:meta', 'settings']);
    const after = readLayout(left);
    expect(after.wipe).toBeGreaterThan(latest);
    // Every copy from before it is cut from any join, whoever brings it back.
    expect(joinState(state, after)).toEqual({ ...EMPTY_SYNC_STATE, wipe: after.wipe });
  });
});
