import { describe, expect, it } from 'vitest';
import { findAct } from '@/utils/content/library';
import { EMPTY_PROGRESS, type Feeling, type Progress } from '@/utils/domain/model';
import { setCheckIn, setStatus } from '@/utils/domain/progress';
import { counts, feelingChange, finishedProgram, isWelcomeBack, MIN_CHECK_INS } from '@/utils/domain/stats';

const done = (days: [string, string][], p: Progress = EMPTY_PROGRESS) =>
  days.reduce((acc, [day, act]) => setStatus(day, act, 'done')(acc), p);

describe('counts', () => {
  it('counts days practiced this month, all time, toward others and toward self', () => {
    let p = done([
      ['2026-10-30', 'reset_encouraging_message'],
      ['2026-11-02', 'reset_kind_to_body'],
      ['2026-11-20', 'reset_grace_for_mistake'],
      ['2026-11-25', 'reset_anonymous_kindness'],
    ]);
    p = setStatus('2026-11-21', 'reset_sincere_compliment', 'skipped')(p);
    expect(counts(p, '2026-11-25', findAct)).toEqual({ month: 3, allTime: 4, towardOthers: 2, towardSelf: 2 });
  });

  it('counts the person’s own acts in the days shown up, not toward others or themself: they have no direction', () => {
    const p = done([
      ['2026-11-20', 'own_call_grandma'],
      ['2026-11-21', 'reset_kind_to_body'],
      ['2026-11-22', 'own_water_plant'],
    ]);
    expect(counts(p, '2026-11-25', findAct)).toEqual({ month: 3, allTime: 3, towardOthers: 0, towardSelf: 1 });
  });

  it('never shrinks as days pass without practice', () => {
    const p = done([['2026-11-02', 'reset_kind_to_body']]);
    expect(counts(p, '2026-11-25', findAct).allTime).toBe(1);
    expect(counts(p, '2027-03-01', findAct).allTime).toBe(1);
  });
});

describe('welcome back', () => {
  it('greets the person after a few days away, and not on an ordinary day', () => {
    const p = done([['2026-11-20', 'reset_kind_to_body']]);
    expect(isWelcomeBack(p, '2026-11-21')).toBe(false);
    expect(isWelcomeBack(p, '2026-11-23')).toBe(true);
    expect(isWelcomeBack(EMPTY_PROGRESS, '2026-11-23')).toBe(false);
  });
});

describe('feeling change', () => {
  const withCheckIns = (pairs: [Feeling, Feeling][]) =>
    pairs.reduce((p, [before, after], i) => {
      const day = `2026-11-${String(i + 1).padStart(2, '0')}`;
      return setCheckIn(day, { before, after })(setStatus(day, 'reset_kind_to_body', 'done')(p));
    }, EMPTY_PROGRESS as Progress);

  it(`says nothing until there are ${MIN_CHECK_INS} check-ins with both answers`, () => {
    expect(
      feelingChange(
        withCheckIns([
          [2, 3],
          [2, 4],
          [3, 3],
          [1, 2],
        ]),
        '2026-11-30',
      ),
    ).toBeNull();
  });

  it('averages the change on days with both answers, to one decimal', () => {
    expect(
      feelingChange(
        withCheckIns([
          [2, 3],
          [2, 4],
          [3, 3],
          [1, 2],
          [4, 4],
          [2, 3],
        ]),
        '2026-11-30',
      ),
    ).toEqual({ days: 6, average: 0.8 });
  });
});

describe('check-in', () => {
  it('keeps the act and status, trims the note and clears what is left empty', () => {
    let p = setStatus('2026-11-25', 'a_b', 'done')(EMPTY_PROGRESS);
    p = setCheckIn('2026-11-25', { before: 2, after: 4, note: '  felt lighter  ' })(p);
    expect(p.days['2026-11-25']).toEqual({
      actId: 'a_b',
      status: 'done',
      swapped: [],
      before: 2,
      after: 4,
      note: 'felt lighter',
    });
    p = setCheckIn('2026-11-25', { note: '' }, 'felt lighter')(p);
    expect(p.days['2026-11-25']).toEqual({ actId: 'a_b', status: 'done', swapped: [] });
    expect(setCheckIn('2026-11-26', { note: 'x' })(p)).toBe(p);
  });
});

describe('finished program', () => {
  it('is the last day of the program, once it is done', () => {
    const p = done([['2026-11-24', 'reset_anonymous_kindness']]);
    expect(finishedProgram(p, '2026-11-24', '2026-11-20', 5)).toBe(true);
    expect(finishedProgram(p, '2026-11-24', '2026-11-21', 5)).toBe(false);
    expect(finishedProgram(EMPTY_PROGRESS, '2026-11-24', '2026-11-20', 5)).toBe(false);
  });
});

describe('counts at the edges', () => {
  const record = (actId: string) => ({ actId, status: 'done' as const, swapped: [] });
  const p: Progress = {
    startDay: null,
    days: {
      '2026-11-24': record('reset_kind_to_body'),
      '2026-11-25': record('an_act_removed_in_a_later_release'),
      '2026-11-26': record('reset_encouraging_message'),
      '2026-12-30': record('reset_encouraging_message'),
    },
  };

  it('counts no day after today, and an act gone from the library in the totals only', () => {
    expect(counts(p, '2026-11-26', findAct)).toEqual({ month: 3, allTime: 3, towardSelf: 1, towardOthers: 1 });
  });
});
