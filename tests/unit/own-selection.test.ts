import { describe, expect, it } from 'vitest';
import { allActs, library } from '@/utils/content/library';
import type { Act, Effort } from '@/utils/content/types';
import { addDays } from '@/utils/domain/day';
import { EMPTY_MINE, isOwnId, KEPT_REST_DAYS, type Mine, type OwnAct, type OwnFrequency } from '@/utils/domain/mine';
import { DEFAULT_SETTINGS, type Progress, type Settings } from '@/utils/domain/model';
import { actForDayMine, effortOf, OWN_REST_DAYS, pickMine, swapMine } from '@/utils/domain/own-selection';
import { openDay, setStatus, swapTo } from '@/utils/domain/progress';
import { actForDay, type Library, NO_REPEAT_DAYS, pickAct, swapAct } from '@/utils/domain/schedule';

/*
 * The selection rules with the person's own acts, "Not for me" and kept acts
 * (utils/domain/own-selection.ts), over simulated months as the background records them.
 */

const START = '2026-11-25';
const daily: Settings = { ...DEFAULT_SETTINGS, path: 'daily' };
const EFFORTS: Effort[] = ['tiny', 'small', 'larger'];
const RANK: Record<Effort, number> = { tiny: 0, small: 1, larger: 2 };

const own = (n: number, effort?: Effort): OwnAct[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `own_${effort ?? 'mixed'}_${i}`,
    title: `My act ${i}`,
    effort: effort ?? (EFFORTS[i % 3] as Effort),
  }));
const mineOf = (acts: OwnAct[], more: Partial<Mine> = {}): Mine => ({ ...EMPTY_MINE, acts, ...more });
const find = (id: string) => allActs.find((a) => a.id === id) as Act;
const effort = (id: string, mine: Mine) => effortOf(id, library, mine) as Effort;

/** Lives `days` days from START, each day's act done (or as `status` says), as the background records them. */
function live(settings: Settings, mine: Mine, days: number, status: (i: number) => 'done' | 'skipped' = () => 'done') {
  let progress: Progress = { startDay: START, days: {} };
  const ids: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(START, i);
    const id = actForDayMine(day, settings, progress, library, mine);
    progress = setStatus(day, id, status(i))(openDay(day, id)(progress));
    ids.push(id);
  }
  return { progress, ids };
}

/** The shortest number of days between two offers of the same act among `ids`, for acts that `pick` says. */
function shortestGap(ids: string[], pick: (id: string) => boolean): number {
  const last = new Map<string, number>();
  let shortest = Number.POSITIVE_INFINITY;
  ids.forEach((id, i) => {
    if (!pick(id)) return;
    const before = last.get(id);
    if (before !== undefined) shortest = Math.min(shortest, i - before);
    last.set(id, i);
  });
  return shortest;
}

describe('how often own acts come, over 120 days with 20 own acts', () => {
  const twenty = mineOf(own(20));
  const counts = Object.fromEntries(
    (['never', 'sometimes', 'often', 'only'] as OwnFrequency[]).map((ownFrequency) => {
      const { ids } = live({ ...daily, ownFrequency }, twenty, 120);
      return [ownFrequency, ids];
    }),
  ) as Record<OwnFrequency, string[]>;
  const ownCount = (f: OwnFrequency) => counts[f].filter(isOwnId).length;
  console.log(
    'Own acts offered in 120 days, 20 own acts:',
    Object.fromEntries((['never', 'sometimes', 'often', 'only'] as const).map((f) => [f, ownCount(f)])),
  );

  it('never: none; sometimes: about one day in five; often: about every other day; only: every day', () => {
    expect(ownCount('never')).toBe(0);
    expect(Math.abs(ownCount('sometimes') - 24)).toBeLessThanOrEqual(8);
    expect(Math.abs(ownCount('often') - 60)).toBeLessThanOrEqual(12);
    expect(ownCount('only')).toBe(120);
  });

  it(`repeats no own act within ${OWN_REST_DAYS} days, and no library act within ${NO_REPEAT_DAYS}`, () => {
    for (const f of ['sometimes', 'often', 'only'] as const) {
      expect(shortestGap(counts[f], isOwnId), f).toBeGreaterThan(OWN_REST_DAYS);
      expect(
        shortestGap(counts[f], (id) => !isOwnId(id)),
        f,
      ).toBeGreaterThan(NO_REPEAT_DAYS);
    }
  });

  it('offers every one of the twenty in time', () => {
    expect(new Set(counts.only).size).toBe(20);
    expect(new Set(counts.often.filter(isOwnId)).size).toBe(20);
  });
});

describe('too few own acts, or none', () => {
  it('falls back to the library rather than repeat early, unless only the person’s own acts are asked for', () => {
    const two = mineOf(own(2, 'small'));
    const often = live({ ...daily, ownFrequency: 'often' }, two, 60).ids;
    expect(often.filter(isOwnId).length).toBeGreaterThan(4);
    expect(often.filter(isOwnId).length).toBeLessThan(often.length);
    expect(shortestGap(often, isOwnId)).toBeGreaterThan(OWN_REST_DAYS);

    const only = live({ ...daily, ownFrequency: 'only' }, two, 30).ids;
    expect(new Set(only)).toEqual(new Set(two.acts.map((a) => a.id)));
    // The one rested longest comes back: the two take turns.
    for (let i = 2; i < only.length; i++) expect(only[i]).toBe(only[i - 2]);
  });

  it('"only my own" with no own acts, or only deleted ones, offers the library', () => {
    for (const mine of [EMPTY_MINE, mineOf(own(3).map((a) => ({ ...a, retired: true as const })))]) {
      const { ids } = live({ ...daily, ownFrequency: 'only' }, mine, 30);
      expect(ids.every((id) => library.acts.some((a) => a.id === id))).toBe(true);
    }
  });

  it('with nothing of the person’s own, chooses exactly as the library does', () => {
    let progress: Progress = { startDay: START, days: {} };
    for (let i = 0; i < 60; i++) {
      const day = addDays(START, i);
      const first = actForDayMine(day, daily, progress, library, EMPTY_MINE);
      expect(first).toBe(actForDay(day, daily, progress, library));
      progress = openDay(day, first)(progress);
      const next = swapMine(day, daily, progress, library, EMPTY_MINE);
      expect(next).toBe(swapAct(day, daily, progress, library));
      progress = setStatus(day, next, 'done')(swapTo(day, first, next)(progress));
    }
    expect(pickMine(START, DEFAULT_SETTINGS, progress, library, EMPTY_MINE)).toBe(
      pickAct(START, DEFAULT_SETTINGS, progress, library),
    );
  });
});

describe('"Not for me"', () => {
  const setAside = [...library.acts.slice(0, 12).map((a) => a.id), 'own_mixed_0', 'own_mixed_5'];
  const mine = mineOf(own(20), { notForMe: setAside });

  it('never offers an act set aside for good, over a year of days and swaps', () => {
    for (const ownFrequency of ['sometimes', 'often', 'only'] as const) {
      const settings = { ...daily, ownFrequency };
      let progress: Progress = { startDay: START, days: {} };
      const offered: string[] = [];
      for (let i = 0; i < 365; i++) {
        const day = addDays(START, i);
        const first = actForDayMine(day, settings, progress, library, mine);
        progress = openDay(day, first)(progress);
        const next = swapMine(day, settings, progress, library, mine);
        progress = setStatus(day, next, 'done')(swapTo(day, first, next)(progress));
        offered.push(first, next);
      }
      expect(
        offered.filter((id) => setAside.includes(id)),
        ownFrequency,
      ).toEqual([]);
    }
  });

  it('offers a day still open with an act just set aside another, never one swapped away that day', () => {
    const first = actForDayMine(START, daily, { startDay: START, days: {} }, library, EMPTY_MINE);
    const progress: Progress = {
      startDay: START,
      days: { [START]: { actId: first, status: 'open', swapped: ['e_water_slowly'] } },
    };
    const next = actForDayMine(START, daily, progress, library, mineOf([], { notForMe: [first] }));
    expect([first, 'e_water_slowly']).not.toContain(next);
    // A day already done keeps its act, as history.
    const done = setStatus(START, first, 'done')(progress);
    expect(actForDayMine(START, daily, done, library, mineOf([], { notForMe: [first] }))).toBe(first);
  });

  it('replaces a program act set aside with a library act of the same effort or less, and keeps the program’s order', () => {
    const reset = library.programs.reset.map((a) => a.id);
    const body = library.programs.reset[1] as Act;
    const { ids } = live(DEFAULT_SETTINGS, mineOf([], { notForMe: [body.id] }), 5);
    expect(ids[1]).not.toBe(body.id);
    expect(library.acts.map((a) => a.id)).toContain(ids[1]);
    expect(RANK[find(ids[1] as string).effort]).toBeLessThanOrEqual(RANK[body.effort]);
    expect([ids[0], ...ids.slice(2)]).toEqual([reset[0], ...reset.slice(2)]);
  });
});

describe('kept acts', () => {
  /** Five acts: every one used within the last 60 days, so only a kept act can count as rested. */
  const five: Library = {
    programs: { reset: [], gentle: [] },
    acts: ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      direction: 'self',
      effort: 'tiny',
      focus: ['everyone'],
      involves: 'no_one',
    })),
  };
  const history = (keptDaysAgo: number): Progress => ({
    startDay: null,
    days: {
      [addDays(START, -keptDaysAgo)]: { actId: 'a', status: 'done', swapped: [] },
      ...Object.fromEntries(
        ['b', 'c', 'd', 'e'].map((id, i) => [addDays(START, -20 - i), { actId: id, status: 'done', swapped: [] }]),
      ),
    },
  });
  const kept = mineOf([], { kept: ['a'] });

  it(`may come back once it has rested ${KEPT_REST_DAYS} days, not before`, () => {
    expect(pickMine(START, daily, history(KEPT_REST_DAYS + 1), five, kept)).toBe('a');
    expect(pickMine(START, daily, history(KEPT_REST_DAYS), five, kept)).not.toBe('a');
    // Not kept, it waits its 60 days like the rest: the one rested longest comes first.
    expect(pickMine(START, daily, history(KEPT_REST_DAYS + 1), five, EMPTY_MINE)).toBe('e');
  });

  it('comes back sooner than 60 days over a year, never within 14', () => {
    const keptIds = library.acts.filter((a) => a.focus.includes('everyone')).map((a) => a.id);
    const { ids } = live(daily, mineOf([], { kept: keptIds }), 365);
    const gap = shortestGap(ids, (id) => keptIds.includes(id));
    console.log(`Shortest return of a kept act over 365 days: ${gap} days`);
    expect(gap).toBeGreaterThan(KEPT_REST_DAYS);
    expect(gap).toBeLessThanOrEqual(NO_REPEAT_DAYS);
  });
});

describe('gentle days and swaps with own acts', () => {
  const twenty = mineOf(own(20));

  it('on a gentle day offers only a tiny own act, and after a day set aside too', () => {
    const { ids } = live({ ...daily, gentle: true, ownFrequency: 'only' }, twenty, 60);
    for (const id of ids) expect(effort(id, twenty)).toBe('tiny');
    expect(ids.every(isOwnId)).toBe(true);
    // Odd days set aside ("Not today"): each day after one leans tiny.
    const afterRest = live({ ...daily, ownFrequency: 'only' }, twenty, 40, (i) => (i % 2 ? 'skipped' : 'done')).ids;
    for (let i = 2; i < afterRest.length; i += 2) expect(effort(afterRest[i] as string, twenty)).toBe('tiny');
    expect(afterRest.filter((id) => effort(id, twenty) !== 'tiny').length).toBeGreaterThan(0);
  });

  it('on a gentle day with no tiny own act, offers a tiny library act, even with "only my own"', () => {
    const larger = mineOf(own(10, 'larger'));
    const { ids } = live({ ...daily, gentle: true, ownFrequency: 'only' }, larger, 20);
    for (const id of ids) expect(find(id).effort).toBe('tiny');
  });

  it('swaps to another own act of no more effort, never one offered today, then to the library', () => {
    const settings: Settings = { ...daily, ownFrequency: 'only' };
    for (let start = 0; start < 10; start++) {
      const day = addDays(START, start);
      let progress: Progress = { startDay: START, days: {} };
      const first = actForDayMine(day, settings, progress, library, twenty);
      progress = openDay(day, first)(progress);
      const seen = [first];
      for (let i = 0; i < 25; i++) {
        const current = actForDayMine(day, settings, progress, library, twenty);
        const next = swapMine(day, settings, progress, library, twenty);
        expect(seen).not.toContain(next);
        expect(RANK[effort(next, twenty)]).toBeLessThanOrEqual(RANK[effort(current, twenty)]);
        progress = swapTo(day, current, next)(progress);
        seen.push(next);
      }
      // Own acts first, while any of no more effort is left.
      const firstLibrary = seen.findIndex((id) => !isOwnId(id));
      expect(seen.slice(0, firstLibrary).every(isOwnId)).toBe(true);
      expect(seen.slice(firstLibrary).some(isOwnId)).toBe(false);
    }
  });

  it('never offers a deleted own act', () => {
    const retired = mineOf(own(20).map((a, i) => (i % 2 ? { ...a, retired: true as const } : a)));
    const { ids } = live({ ...daily, ownFrequency: 'only' }, retired, 60);
    const gone = new Set(retired.acts.filter((a) => a.retired).map((a) => a.id));
    expect(ids.filter((id) => gone.has(id))).toEqual([]);
  });
});
