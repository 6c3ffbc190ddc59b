import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh } from '@/utils/background/rollover';
import { allActs, findAct, library } from '@/utils/content/library';
import type { Act } from '@/utils/content/types';
import { addDays } from '@/utils/domain/day';
import { coming, feelingsBy, feelingsLower, MIN_FOR_KINDS, whatHelped } from '@/utils/domain/looking-back';
import { EMPTY_MINE } from '@/utils/domain/mine';
import { type DayRecord, DEFAULT_SETTINGS, type Feeling, type Progress, type Settings } from '@/utils/domain/model';
import { readProgress } from '@/utils/storage/store';

const act = (pick: (a: Act) => boolean): string => {
  const found = library.acts.find(pick);
  if (!found) throw new Error('no such act in the library');
  return found.id;
};
const SELF_TINY = act((a) => a.direction === 'body' && a.effort === 'tiny');
const OTHERS_SMALL = act((a) => a.direction === 'stranger' && a.effort === 'small');
const OTHERS_TINY = act((a) => a.direction === 'close' && a.effort === 'tiny');

const checkIn = (actId: string, before: Feeling, after: Feeling, note?: string): DayRecord => ({
  actId,
  status: 'done',
  swapped: [],
  before,
  after,
  ...(note ? { note } : {}),
});

describe('feelings by week and month', () => {
  // Three weeks, Monday 2026-11-09 to Sunday 2026-11-29, a check-in every other day.
  const days: Record<string, DayRecord> = {
    '2026-11-09': checkIn(SELF_TINY, 2, 3),
    '2026-11-11': checkIn(SELF_TINY, 2, 4),
    '2026-11-15': checkIn(OTHERS_SMALL, 3, 3),
    '2026-11-16': checkIn(OTHERS_SMALL, 3, 4),
    '2026-11-18': checkIn(OTHERS_SMALL, 4, 5),
    '2026-11-23': checkIn(SELF_TINY, 1, 2),
    '2026-11-29': checkIn(SELF_TINY, 2, 2),
    // Half a check-in, a day set aside and a day not yet come say nothing about feelings.
    '2026-11-24': { actId: SELF_TINY, status: 'done', swapped: [], before: 3 },
    '2026-11-25': { actId: SELF_TINY, status: 'skipped', swapped: [] },
    '2026-12-05': checkIn(SELF_TINY, 5, 5),
  };
  const progress: Progress = { startDay: '2026-11-09', days };

  it('averages before and after by week, weeks from Monday to Sunday, only weeks with check-ins', () => {
    expect(feelingsBy('week', progress, '2026-12-01')).toEqual([
      { start: '2026-11-09', end: '2026-11-15', checkIns: 3, before: 2.3, after: 3.3 },
      { start: '2026-11-16', end: '2026-11-22', checkIns: 2, before: 3.5, after: 4.5 },
      { start: '2026-11-23', end: '2026-11-29', checkIns: 2, before: 1.5, after: 2 },
    ]);
  });

  it('by month, from the 1st to the month’s last day, and from a chosen day on', () => {
    expect(feelingsBy('month', progress, '2026-12-31')).toEqual([
      { start: '2026-11-01', end: '2026-11-30', checkIns: 7, before: 2.4, after: 3.3 },
      { start: '2026-12-01', end: '2026-12-31', checkIns: 1, before: 5, after: 5 },
    ]);
    expect(feelingsBy('week', progress, '2026-12-01', '2026-11-18').map((p) => p.checkIns)).toEqual([1, 2]);
    expect(feelingsBy('month', { startDay: null, days: {} }, '2026-12-01')).toEqual([]);
  });

  it('notices when feelings went lower, so the page can offer support and smaller acts', () => {
    const weeks = feelingsBy('week', progress, '2026-12-01');
    expect(feelingsLower(weeks)).toBe(true);
    expect(feelingsLower(weeks.slice(0, 2))).toBe(false);
    expect(feelingsLower([])).toBe(false);
  });
});

describe('what helped', () => {
  const many = (n: number, actId: string, before: Feeling, after: Feeling, from: string) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [addDays(from, i), checkIn(actId, before, after)]));

  it('says nothing until there are enough check-ins', () => {
    const days = many(MIN_FOR_KINDS - 1, SELF_TINY, 2, 4, '2026-10-01');
    expect(whatHelped({ startDay: null, days }, '2026-12-01', findAct)).toEqual([]);
  });

  it('names the kinds with the largest lift first, and leaves out a kind with too few check-ins', () => {
    const days = {
      ...many(6, SELF_TINY, 2, 3, '2026-10-01'),
      ...many(5, OTHERS_SMALL, 2, 4, '2026-10-10'),
      ...many(2, OTHERS_TINY, 1, 5, '2026-10-20'),
      // An own act has no direction: it is not counted as a kind.
      ...many(3, 'own_abc123', 1, 5, '2026-10-25'),
    };
    expect(whatHelped({ startDay: null, days }, '2026-12-01', findAct)).toEqual([
      { kind: { toward: 'others', effort: 'small' }, checkIns: 5, lift: 2 },
      { kind: { toward: 'self', effort: 'tiny' }, checkIns: 6, lift: 1 },
    ]);
  });
});

describe('the coming month', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, path: 'daily' };

  it('lists the acts the background then records day by day, as the clock moves', async () => {
    const today = '2026-12-03';
    const start: Progress = {
      startDay: '2026-11-20',
      days: { [today]: { actId: allActs[0]?.id ?? '', status: 'open', swapped: [] } },
    };
    const sheet = coming(today, '2027-01-01', '2027-01-31', settings, start, library, EMPTY_MINE);
    expect(sheet.map((d) => d.day)).toEqual(Array.from({ length: 31 }, (_, i) => addDays('2027-01-01', i)));
    await fakeBrowser.storage.sync.set({ settings });
    await fakeBrowser.storage.local.set({ progress: start });
    // The background, once a day at noon UTC, from tomorrow to the month's end.
    for (let day = addDays(today, 1); day <= '2027-01-31'; day = addDays(day, 1))
      await refresh(Date.parse(`${day}T12:00:00Z`), 'UTC');
    const recorded = (await readProgress()).days;
    expect(sheet.map((d) => d.actId)).toEqual(sheet.map((d) => recorded[d.day]?.actId));
    expect(new Set(sheet.map((d) => d.actId)).size).toBe(31);
    expect(sheet.every((d) => d.effort !== undefined)).toBe(true);
  });

  it('keeps a day already recorded as it is', () => {
    const today = '2026-12-03';
    const recorded: Progress = {
      startDay: '2026-11-20',
      days: { '2026-12-04': { actId: SELF_TINY, status: 'open', swapped: [] } },
    };
    const [first] = coming(today, '2026-12-04', '2026-12-04', settings, recorded, library, EMPTY_MINE);
    expect(first?.actId).toBe(SELF_TINY);
  });
});
