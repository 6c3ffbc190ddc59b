import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '@/utils/model';
import { daysShownUp, openDay, setStatus, startPath, swapTo, weekMarks } from '@/utils/progress';

describe('progress changes', () => {
  it('opens a day once and never overwrites what the person did', () => {
    const done = setStatus('2026-11-25', 'a', 'done')(EMPTY_PROGRESS);
    expect(openDay('2026-11-25', 'b')(done)).toBe(done);
    expect(openDay('2026-11-26', 'b')(done).days['2026-11-26']).toEqual({ actId: 'b', status: 'open', swapped: [] });
  });

  it('undoes a done day back to open with the same act', () => {
    const done = setStatus('2026-11-25', 'a', 'done')(EMPTY_PROGRESS);
    expect(setStatus('2026-11-25', 'a', 'open')(done).days['2026-11-25']).toEqual({
      actId: 'a',
      status: 'open',
      swapped: [],
    });
  });

  it('remembers swapped acts and reopens the day', () => {
    const p = swapTo('2026-11-25', 'a', 'b')(setStatus('2026-11-25', 'a', 'skipped')(EMPTY_PROGRESS));
    expect(p.days['2026-11-25']).toEqual({ actId: 'b', status: 'open', swapped: ['a'] });
  });

  it('starts the path once unless asked to restart', () => {
    const started = startPath('2026-11-25')(EMPTY_PROGRESS);
    expect(startPath('2026-11-30')(started).startDay).toBe('2026-11-25');
    expect(startPath('2026-11-30', true)(started).startDay).toBe('2026-11-30');
  });
});

describe('the week', () => {
  it('marks done, set aside, today and days to come', () => {
    let p = setStatus('2026-11-23', 'a', 'done')(EMPTY_PROGRESS);
    p = setStatus('2026-11-24', 'b', 'skipped')(p);
    const marks = weekMarks(p, '2026-11-25');
    expect(marks.map((m) => m.status)).toEqual(['done', 'skipped', 'none', 'none', 'none', 'none', 'none']);
    expect(marks.filter((m) => m.isToday).map((m) => m.day)).toEqual(['2026-11-25']);
    expect(marks.filter((m) => m.isFuture)).toHaveLength(4);
    expect(
      daysShownUp(
        p,
        marks.map((m) => m.day),
      ),
    ).toBe(1);
  });
});
