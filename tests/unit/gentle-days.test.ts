import { describe, expect, it } from 'vitest';
import { findAct, library, retiredActs } from '@/utils/content/library';
import { type Act, FOCUSES } from '@/utils/content/types';
import { addDays, type DayKey, daysBetween } from '@/utils/domain/day';
import { type DayStatus, DEFAULT_SETTINGS, type Progress, type Settings } from '@/utils/domain/model';
import { openDay, setStatus, swapTo } from '@/utils/domain/progress';
import { actForDay, type Library, NO_REPEAT_DAYS, pickAct, swapAct, wantsTiny } from '@/utils/domain/schedule';

/*
 * A gentle day ("Be gentle with me", or the day after "Not today") offers only tiny acts with
 * no content note, for as long as the person needs, and never falls back to a larger act.
 */
const START = '2026-11-25';
const gentle: Settings = { ...DEFAULT_SETTINGS, path: 'daily', gentle: true };
const act = (id: string, more: Partial<Act> = {}): Act => ({
  id,
  direction: 'self',
  effort: 'tiny',
  focus: ['everyone'],
  involves: 'no_one',
  ...more,
});

/** Each day as the app records it: the act is shown (open), then marked as the person chose. */
function live(
  settings: Settings,
  days: number,
  status: (i: number) => DayStatus = () => 'done',
  lib: Library = library,
) {
  let progress: Progress = { startDay: START, days: {} };
  const ids: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(START, i);
    const id = actForDay(day, settings, progress, lib);
    progress = setStatus(day, id, status(i))(openDay(day, id)(progress));
    ids.push(id);
  }
  return { progress, ids };
}

/** The shortest gap, in days, between two offers of the same act. */
function shortestGap(ids: readonly string[]): number {
  const last = new Map<string, DayKey>();
  let gap = Number.POSITIVE_INFINITY;
  ids.forEach((id, i) => {
    const day = addDays(START, i);
    const before = last.get(id);
    if (before) gap = Math.min(gap, daysBetween(before, day));
    last.set(id, day);
  });
  return gap;
}

describe('120 gentle days in a row', () => {
  it.each(FOCUSES)('offer %s only tiny acts without a note, none twice within the no-repeat window', (focus) => {
    const { ids } = live({ ...gentle, focus }, 120);
    for (const id of ids) {
      const a = findAct(id);
      expect(a?.effort, id).toBe('tiny');
      expect(a?.note, id).toBeUndefined();
      expect(
        a?.focus.some((f) => f === 'everyone' || f === focus),
        id,
      ).toBe(true);
    }
    expect(shortestGap(ids)).toBeGreaterThanOrEqual(NO_REPEAT_DAYS);
  });

  it('keep to the gentle week for its seven days, then go on gently', () => {
    const { ids } = live({ ...gentle, path: 'gentle' }, 30);
    expect(ids.slice(0, 7)).toEqual(library.programs.gentle.map((a) => a.id));
    for (const id of ids) expect(findAct(id)?.effort, id).toBe('tiny');
  });
});

describe('the day after "Not today"', () => {
  const daily: Settings = { ...DEFAULT_SETTINGS, path: 'daily' };

  it('is gentle, and the day after a done day is not', () => {
    const skipped = setStatus(START, 'e_water_slowly', 'skipped')({ startDay: START, days: {} });
    const done = setStatus(START, 'e_water_slowly', 'done')({ startDay: START, days: {} });
    expect(wantsTiny(addDays(START, 1), daily, skipped)).toBe(true);
    expect(wantsTiny(addDays(START, 1), daily, done)).toBe(false);
    expect(wantsTiny(addDays(START, 1), gentle, done)).toBe(true);
  });

  it.each(FOCUSES)('offers %s a tiny act without a note, every time', (focus) => {
    // Every other day set aside, for three months.
    const { ids } = live({ ...daily, focus }, 90, (i) => (i % 2 === 0 ? 'skipped' : 'done'));
    ids.forEach((id, i) => {
      if (i % 2 === 1) {
        expect(findAct(id)?.effort, id).toBe('tiny');
        expect(findAct(id)?.note, id).toBeUndefined();
      }
    });
  });
});

describe('a gentle day in a small library', () => {
  const lib: Library = {
    programs: { reset: [], gentle: [] },
    acts: [
      act('tiny_a'),
      act('tiny_b'),
      act('tiny_with_note', { note: 'grief' }),
      act('small_one', { effort: 'small' }),
      act('larger_one', { effort: 'larger' }),
    ],
  };

  it('brings back the tiny act rested longest rather than a larger one or a noted one', () => {
    const { ids } = live(gentle, 8, undefined, lib);
    expect(new Set(ids)).toEqual(new Set(['tiny_a', 'tiny_b']));
    expect(ids.slice(2)).toEqual([...ids.slice(0, 2), ...ids.slice(0, 2), ...ids.slice(0, 2)]);
  });

  it('swaps to another tiny act without a note, never up', () => {
    let progress: Progress = { startDay: START, days: {} };
    const first = actForDay(START, gentle, progress, lib);
    progress = openDay(START, first)(progress);
    const next = swapAct(START, gentle, progress, lib);
    expect(['tiny_a', 'tiny_b']).toContain(next);
    progress = swapTo(START, first, next)(progress);
    // Both gentle acts were offered today: the swap comes back to one of them, still tiny.
    expect(['tiny_a', 'tiny_b']).toContain(swapAct(START, gentle, progress, lib));
  });

  it('offers the rest of the library on an ordinary day', () => {
    const ordinary = { ...gentle, gentle: false };
    const ids = new Set(live(ordinary, 5, undefined, lib).ids);
    expect(ids).toEqual(new Set(lib.acts.map((a) => a.id)));
  });
});

describe('a retired act', () => {
  const retired = retiredActs[0] as Act;
  const daily: Settings = { ...DEFAULT_SETTINGS, path: 'daily' };

  it('is never offered, and a day still open with it gets a new act', () => {
    const p: Progress = { startDay: null, days: { [START]: { actId: retired.id, status: 'open', swapped: [] } } };
    expect(actForDay(START, daily, p, library)).not.toBe(retired.id);
    expect(pickAct(START, daily, p, library)).not.toBe(retired.id);
  });

  it('stays in the history of a day acted on, with its tags for the counts', () => {
    const p: Progress = { startDay: null, days: { [START]: { actId: retired.id, status: 'done', swapped: [] } } };
    expect(actForDay(START, daily, p, library)).toBe(retired.id);
    expect(findAct(retired.id)?.direction).toBe(retired.direction);
  });
});
