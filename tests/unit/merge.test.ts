import { describe, expect, it } from 'vitest';
import { mergeDay, mergeProgress } from '@/utils/domain/merge';
import type { DayRecord, Progress } from '@/utils/domain/model';

const day = (status: DayRecord['status'], extra: Partial<DayRecord> = {}): DayRecord => ({
  actId: 'e_water_slowly',
  status,
  swapped: [],
  ...extra,
});
const merge = (mine: DayRecord, theirs: DayRecord) => mergeDay(mine, theirs).record;

describe('merging one day', () => {
  it('keeps the record that says more of what the person did: done, then set aside, then open', () => {
    expect(merge(day('open'), day('done'))).toEqual(day('done'));
    expect(merge(day('done'), day('open'))).toEqual(day('done'));
    expect(merge(day('skipped'), day('done'))).toEqual(day('done'));
    expect(merge(day('open'), day('skipped'))).toEqual(day('skipped'));
  });

  it('never trades a done day for a set-aside day with a note, and keeps the note', () => {
    expect(merge(day('done'), day('skipped', { note: 'hard day' }))).toEqual(day('done', { note: 'hard day' }));
    expect(merge(day('skipped', { note: 'hard day' }), day('done'))).toEqual(day('done', { note: 'hard day' }));
  });

  it('keeps both notes when they differ, and one when they are the same', () => {
    expect(merge(day('done', { note: 'mine' }), day('done', { note: 'theirs' })).note).toBe('mine\n\ntheirs');
    expect(merge(day('done', { note: 'same' }), day('done', { note: 'same' })).note).toBe('same');
  });

  it('takes a check-in whole from the side that has one', () => {
    expect(merge(day('done'), day('open', { before: 2, after: 4 }))).toEqual(day('done', { before: 2, after: 4 }));
    expect(merge(day('done', { before: 3 }), day('done', { before: 1, after: 5 }))).toEqual(day('done', { before: 3 }));
  });

  it('remembers the acts swapped away on either side', () => {
    const record = merge(day('open', { swapped: ['a'] }), day('done', { actId: 'a', swapped: ['b'] }));
    expect(record).toEqual(day('done', { actId: 'a', swapped: ['b'] }));
  });

  it('says when two notes are too long to keep together, and keeps the one here', () => {
    const long = (c: string) => c.repeat(1500);
    const result = mergeDay(day('done', { note: long('a') }), day('done', { note: long('b') }));
    expect(result.joined).toBe(false);
    expect(result.record.note).toBe(long('a'));
  });
});

describe('merging histories', () => {
  const at = (startDay: string | null, days: Progress['days'] = {}): Progress => ({ startDay, days });

  it('keeps days found on only one side and says what it will do', () => {
    const { progress, plan } = mergeProgress(
      at(null, { '2026-11-20': day('done'), '2026-11-21': day('open', { note: 'x' }) }),
      at(null, { '2026-11-21': day('done', { note: 'y' }), '2026-11-22': day('skipped'), '2026-11-20': day('open') }),
    );
    expect(progress.days).toEqual({
      '2026-11-20': day('done'),
      '2026-11-21': day('done', { note: 'x\n\ny' }),
      '2026-11-22': day('skipped'),
    });
    expect(plan).toEqual({ added: 1, filledIn: 1, notesJoined: 1, notesApart: 0 });
  });

  it('starts from the earlier start day, ignoring a missing one', () => {
    expect(mergeProgress(at('2026-11-20'), at('2026-10-01')).progress.startDay).toBe('2026-10-01');
    expect(mergeProgress(at(null), at('2026-11-20')).progress.startDay).toBe('2026-11-20');
    expect(mergeProgress(at(null), at(null)).progress.startDay).toBeNull();
  });

  it('merging the same file twice changes nothing the second time', () => {
    const here = at(null, { '2026-11-21': day('open', { note: 'x' }) });
    const file = at(null, { '2026-11-21': day('done', { note: 'y' }), '2026-11-22': day('done') });
    const once = mergeProgress(here, file).progress;
    const twice = mergeProgress(once, file);
    expect(twice.progress).toEqual(once);
    expect(twice.plan).toEqual({ added: 0, filledIn: 0, notesJoined: 0, notesApart: 0 });
  });
});
