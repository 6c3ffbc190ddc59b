import { describe, expect, it } from 'vitest';
import { actsWithWords, library } from '@/utils/content/library';
import { type Act, CONTENT_NOTES } from '@/utils/content/types';
import { addDays } from '@/utils/domain/day';
import { DEFAULT_SETTINGS, EMPTY_PROGRESS, type Progress, type Settings } from '@/utils/domain/model';
import { openDay, setStatus, swapTo } from '@/utils/domain/progress';
import {
  actForDay,
  inLibrary,
  type Library,
  NO_REPEAT_DAYS,
  pickAct,
  programActId,
  programDay,
  swapAct,
} from '@/utils/domain/schedule';

const daily: Settings = { ...DEFAULT_SETTINGS, path: 'daily' };
const START = '2026-11-25';

/** Lives `days` days from `start`, doing each day's act, as the background records them. */
function live(
  settings: Settings,
  days: number,
  start = START,
  lib: Library = library,
): { progress: Progress; ids: string[] } {
  let progress: Progress = { startDay: start, days: {} };
  const ids: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(start, i);
    const id = actForDay(day, settings, progress, lib);
    progress = setStatus(day, id, 'done')(openDay(day, id)(progress));
    ids.push(id);
  }
  return { progress, ids };
}

const find = (id: string) => actsWithWords.find((a) => a.id === id) as Act;
const reset = library.programs.reset;

describe('the 5-day reset', () => {
  it('offers the article’s five days in order from the install day, then the library', () => {
    const { ids } = live(DEFAULT_SETTINGS, 7);
    expect(ids.slice(0, 5)).toEqual(reset.map((a) => a.id));
    expect(library.acts.map((a) => a.id)).toContain(ids[5]);
    expect(library.acts.map((a) => a.id)).toContain(ids[6]);
  });

  it('counts days by the calendar, so a day set aside does not stall the reset', () => {
    const progress: Progress = { startDay: START, days: {} };
    expect(programDay(addDays(START, 3), DEFAULT_SETTINGS, progress, library)).toEqual({
      program: 'reset',
      day: 4,
      length: 5,
    });
    expect(programDay(addDays(START, 5), DEFAULT_SETTINGS, progress, library)).toBeNull();
    expect(programDay(START, daily, progress, library)).toBeNull();
  });

  it('treats today as day 1 before a start is recorded', () => {
    expect(pickAct(START, DEFAULT_SETTINGS, EMPTY_PROGRESS, library)).toBe(reset[0]?.id);
  });
});

describe('the gentle week', () => {
  it('offers its seven days in order, then the library', () => {
    const { ids } = live({ ...DEFAULT_SETTINGS, path: 'gentle' }, 8);
    expect(ids.slice(0, 7)).toEqual(library.programs.gentle.map((a) => a.id));
    expect(library.acts.map((a) => a.id)).toContain(ids[7]);
  });
});

describe('daily selection', () => {
  it('is deterministic for a given day and history', () => {
    const a = live(daily, 20).ids;
    const b = live(daily, 20).ids;
    expect(a).toEqual(b);
    expect(pickAct('2027-01-01', daily, EMPTY_PROGRESS, library)).toBe(
      pickAct('2027-01-01', daily, EMPTY_PROGRESS, library),
    );
  });

  it(`never repeats an act within ${NO_REPEAT_DAYS} days`, () => {
    const { ids } = live(daily, NO_REPEAT_DAYS);
    expect(new Set(ids).size).toBe(NO_REPEAT_DAYS);
  });

  it('keeps to the chosen focus and acts meant for everyone', () => {
    const { ids } = live({ ...daily, focus: 'veterans' }, 40);
    for (const id of ids) expect(find(id).focus.some((f) => f === 'veterans' || f === 'everyone')).toBe(true);
    const everyone = live(daily, 40).ids;
    for (const id of everyone) expect(find(id).focus).toContain('everyone');
  });

  it('leans to acts written for the chosen focus on most days', () => {
    for (const focus of ['parents', 'veterans', 'trauma', 'teens'] as const) {
      const { ids } = live({ ...daily, focus }, 30);
      const own = ids.filter((id) => find(id).focus.includes(focus)).length;
      expect(own, focus).toBeGreaterThanOrEqual(15);
      expect(own, focus).toBeLessThan(30);
    }
  });

  it('skips acts with a content note the person avoids', () => {
    const { ids } = live({ ...daily, focus: 'veterans', avoidNotes: [...CONTENT_NOTES] }, 60);
    for (const id of ids) expect(find(id).note).toBeUndefined();
  });

  it('keeps what history says for a day, whatever the library now offers', () => {
    const progress = openDay(START, 'reset_kind_to_body')({ startDay: '2020-01-01', days: {} });
    expect(actForDay(START, daily, progress, library)).toBe('reset_kind_to_body');
  });

  it('gives the day after a browser closed for days a fresh act, and never an old day’s', () => {
    const { progress, ids } = live(daily, 10);
    const back = addDays(START, 16);
    const id = actForDay(back, daily, progress, library);
    expect(ids).not.toContain(id);
  });

  it('leans to tiny acts when asked for gentleness or after a day set aside', () => {
    const gentle = live({ ...daily, gentle: true }, 20).ids;
    for (const id of gentle) expect(find(id).effort).toBe('tiny');
    const day = addDays(START, 1);
    const afterRest = setStatus(START, 'reset_kind_to_body', 'skipped')({ startDay: START, days: {} });
    expect(find(pickAct(day, daily, afterRest, library)).effort).toBe('tiny');
  });

  it('brings back the act rested longest once a small library is used up', () => {
    const tiny: Library = {
      programs: { reset: [], gentle: [] },
      acts: ['a', 'b', 'c'].map((id) => ({
        id,
        direction: 'self',
        effort: 'tiny',
        focus: ['everyone'],
        involves: 'no_one',
      })),
    };
    const { ids } = live(daily, 6, START, tiny);
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    expect(ids.slice(3)).toEqual(ids.slice(0, 3));
  });
});

describe('swap', () => {
  it('offers a different act of the same or lower effort, never one already swapped away today', () => {
    let progress: Progress = { startDay: '2020-01-01', days: {} };
    const first = actForDay(START, daily, progress, library);
    progress = openDay(START, first)(progress);
    const seen = [first];
    for (let i = 0; i < 6; i++) {
      const current = actForDay(START, daily, progress, library);
      const next = swapAct(START, daily, progress, library);
      expect(seen).not.toContain(next);
      const rank = { tiny: 0, small: 1, larger: 2 };
      expect(rank[find(next).effort]).toBeLessThanOrEqual(rank[find(current).effort]);
      progress = swapTo(START, current, next)(progress);
      seen.push(next);
    }
    expect(progress.days[START]?.swapped).toEqual(seen.slice(0, -1));
  });

  it('is deterministic for the same day and history', () => {
    const progress = openDay(START, 'reset_encouraging_message')(EMPTY_PROGRESS);
    expect(swapAct(START, daily, progress, library)).toBe(swapAct(START, daily, progress, library));
  });
});

describe('an act that left the library', () => {
  const gone = 'an_act_removed_in_a_later_release';

  it('offers a day still open with it a new act from the library, never one swapped away that day', () => {
    const p: Progress = {
      startDay: null,
      days: { [START]: { actId: gone, status: 'open', swapped: ['e_water_slowly'] } },
    };
    const id = actForDay(START, daily, p, library);
    expect(inLibrary(library, id)).toBe(true);
    expect(id).not.toBe('e_water_slowly');
  });

  it('keeps it on a day the person acted on, as history', () => {
    const p: Progress = { startDay: null, days: { [START]: { actId: gone, status: 'done', swapped: [] } } };
    expect(actForDay(START, daily, p, library)).toBe(gone);
  });
});

describe('the program day and the act', () => {
  it('names the program act of the day, so a label can check it shows over its own act', () => {
    const reset: Settings = { ...DEFAULT_SETTINGS, path: 'reset' };
    const p: Progress = { startDay: addDays(START, -3), days: {} };
    expect(programActId(START, reset, p, library)).toBe('reset_grace_for_mistake');
    expect(programActId(START, daily, p, library)).toBeNull();
    expect(programActId(addDays(START, 5), reset, p, library)).toBeNull();
  });
});
