import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { carryOver } from '@/utils/domain/carry-over';
import { setCheckIn, setStatus } from '@/utils/domain/progress';
import { readProgress, readSettings, updateProgress, updateSettings } from '@/utils/storage/store';

/*
 * Keep what you do not understand: data written by a newer version or another
 * computer survives every write this version makes, and reading never writes.
 */
const newer = JSON.parse(readFileSync(new URL('../fixtures/storage/newer.json', import.meta.url), 'utf8')) as {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
};
const raw = async () => ({
  ...(await fakeBrowser.storage.local.get(null)),
  ...(await fakeBrowser.storage.sync.get(null)),
});
const clone = <T>(v: T): T => structuredClone(v);

beforeEach(async () => {
  await fakeBrowser.storage.sync.set(clone(newer.sync));
  await fakeBrowser.storage.local.set(clone(newer.local));
});

describe('a store written by a newer version', () => {
  it('reads what it understands and writes nothing while reading', async () => {
    const writes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => writes.push(change));
    const settings = await readSettings();
    const progress = await readProgress();
    expect(settings.theme).toBe('system');
    expect(settings.avoidNotes).toEqual(['grief']);
    expect(Object.keys(progress.days).sort()).toEqual(['2026-11-20', '2026-11-22']);
    expect(writes).toEqual([]);
    expect(await raw()).toEqual({ ...newer.sync, ...newer.local });
  });

  it('changes only the day it wrote, keeping unknown fields, statuses, keys and the version', async () => {
    await updateProgress(setStatus('2026-11-20', 'e_water_slowly', 'skipped'));
    const stored = await raw();
    const days = (stored.progress as { days: Record<string, unknown> }).days;
    const before = newer.local.progress as { days: Record<string, unknown> };
    expect(days['2026-11-20']).toEqual({ ...(before.days['2026-11-20'] as object), status: 'skipped' });
    for (const key of ['2026-11-21', '2026-11-22', '1970-01-01', 'someday'])
      expect(days[key]).toEqual(before.days[key]);
    expect((stored.progress as Record<string, unknown>).streakFree).toBe(true);
    expect(stored.progress$).toEqual({ v: 3 });
  });

  it('sets aside, not deletes, a record it cannot read when it writes that day anew', async () => {
    await updateProgress(setStatus('2026-11-21', 'e_water_slowly', 'done'));
    const progress = (await raw()).progress as { days: Record<string, unknown>; unreadableDays: unknown[] };
    expect(progress.days['2026-11-21']).toEqual({ actId: 'e_water_slowly', status: 'done', swapped: [] });
    expect(progress.unreadableDays).toEqual([
      { day: '2026-11-21', record: { actId: 'e_water_slowly', status: 'partial', swapped: [] } },
    ]);
  });

  it('keeps values it could not read inside a record it changes', async () => {
    await updateProgress(setCheckIn('2026-11-22', { after: 4 }, undefined));
    const day = ((await raw()).progress as { days: Record<string, Record<string, unknown>> }).days['2026-11-22'];
    expect(day).toEqual({
      actId: 'e_water_slowly',
      status: 'done',
      swapped: ['e_hand_on_heart', 7],
      before: 9,
      after: 4,
    });
  });

  it('keeps unknown settings keys, values and members when a setting changes', async () => {
    await updateSettings({ focus: 'parents', avoidNotes: ['grief', 'trauma'] });
    const stored = (await raw()).settings as Record<string, unknown>;
    expect(stored).toEqual({
      ...(newer.sync.settings as object),
      focus: 'parents',
      avoidNotes: ['grief', 'trauma', 'violence'],
    });
    expect((await raw()).settings$).toEqual({ v: 3 });
  });

  it('writes nothing when a change changes nothing', async () => {
    const writes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => writes.push(change));
    await updateSettings({ focus: 'teens' });
    await updateProgress((p) => p);
    expect(writes).toEqual([]);
  });
});

describe('carryOver', () => {
  it('removes only what this version read and removed', () => {
    const raw = { note: 'x', extra: 1 };
    expect(carryOver(raw, { note: 'x' }, {})).toEqual({ extra: 1 });
    expect(carryOver(raw, { note: 'x' }, { note: 'x' })).toBe(raw);
  });

  it('keeps members of a set this version did not read, and drops the ones it removed', () => {
    expect(carryOver([1, 9, 3], [1, 3], [3, 4])).toEqual([3, 4, 9]);
  });

  it('never changes what it was given', () => {
    const raw = { a: { b: [1] }, c: 2 };
    const copy = structuredClone(raw);
    carryOver(raw, { a: { b: [1] } }, { a: { b: [2] } });
    expect(raw).toEqual(copy);
  });
});

describe('a store this version cannot read at all', () => {
  it.each([
    ['a string', 'corrupt'],
    ['days as a list', { startDay: null, days: [{ actId: 'e_water_slowly' }] }],
  ])('sets %s aside when it writes', async (_, value) => {
    await fakeBrowser.storage.local.set({ progress: value });
    await updateProgress(setStatus('2026-11-25', 'e_water_slowly', 'done'));
    const stored = (await raw()).progress as { days: Record<string, unknown>; unreadableDays: { record: unknown }[] };
    expect(stored.days['2026-11-25']).toMatchObject({ status: 'done' });
    expect(stored.unreadableDays.map((u) => u.record)).toContainEqual(
      typeof value === 'string' ? value : (value as { days: unknown }).days,
    );
  });
});
