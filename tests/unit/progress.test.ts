import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, MAX_SWAPPED, NOTE_MAX, STORED_NOTE_MAX } from '@/utils/domain/model';
import {
  daysShownUp,
  joinNotes,
  NOTE_CONFLICT,
  openDay,
  repick,
  setCheckIn,
  setStatus,
  startPath,
  swapTo,
  weekMarks,
} from '@/utils/domain/progress';

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
    // Tomorrow is a restart the person chose; later, a clock that ran ahead.
    expect(startPath('2026-11-24')(started).startDay).toBe('2026-11-25');
    expect(startPath('2026-11-20')(started).startDay).toBe('2026-11-20');
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
        '2026-11-25',
      ),
    ).toBe(1);
  });

  it('shows and counts nothing on a day not yet come, whatever is stored for it', () => {
    const p = setStatus('2026-11-27', 'a', 'done')(setStatus('2026-11-23', 'a', 'done')(EMPTY_PROGRESS));
    const marks = weekMarks(p, '2026-11-25');
    expect(marks.find((m) => m.day === '2026-11-27')?.status).toBe('none');
    expect(
      daysShownUp(
        p,
        marks.map((m) => m.day),
        '2026-11-25',
      ),
    ).toBe(1);
  });
});

describe('a setting changed or an act gone from the library', () => {
  it('keeps the acts swapped away today when the day is chosen again', () => {
    const p = swapTo('2026-11-25', 'a', 'b')(openDay('2026-11-25', 'a')(EMPTY_PROGRESS));
    expect(repick('2026-11-25', 'c')(p).days['2026-11-25']).toEqual({ actId: 'c', status: 'open', swapped: ['a'] });
  });

  it('opens a day again with a new act only while it is open, keeping what the day holds', () => {
    const open = setCheckIn('2026-11-25', { note: 'hi' })(openDay('2026-11-25', 'gone')(EMPTY_PROGRESS));
    expect(openDay('2026-11-25', 'b')(open).days['2026-11-25']).toEqual({
      actId: 'b',
      status: 'open',
      swapped: [],
      note: 'hi',
    });
    const done = setStatus('2026-11-25', 'gone', 'done')(EMPTY_PROGRESS);
    expect(openDay('2026-11-25', 'b')(done)).toBe(done);
  });

  it('remembers at most MAX_SWAPPED swapped acts, the latest', () => {
    let p = openDay('2026-11-25', 'a0')(EMPTY_PROGRESS);
    for (let i = 0; i < MAX_SWAPPED + 5; i++) p = swapTo('2026-11-25', `a${i}`, `a${i + 1}`)(p);
    const swapped = p.days['2026-11-25']?.swapped ?? [];
    expect(swapped).toHaveLength(MAX_SWAPPED);
    expect(swapped.at(-1)).toBe(`a${MAX_SWAPPED + 4}`);
  });
});

describe('notes saved from two places', () => {
  const withNote = (note: string) => setCheckIn('2026-11-25', { note })(openDay('2026-11-25', 'a')(EMPTY_PROGRESS));

  it('replaces the note when nothing else changed it since the form opened', () => {
    expect(setCheckIn('2026-11-25', { note: 'new' }, 'old')(withNote('old')).days['2026-11-25']?.note).toBe('new');
    expect(setCheckIn('2026-11-25', { note: '' }, 'old')(withNote('old')).days['2026-11-25']?.note).toBeUndefined();
  });

  it('keeps both when another page saved a different note meanwhile', () => {
    const p = setCheckIn('2026-11-25', { note: 'mine' }, undefined)(withNote('theirs'));
    expect(p.days['2026-11-25']?.note).toBe('theirs\n\nmine');
    // Clearing a note the person never saw keeps the other one.
    expect(setCheckIn('2026-11-25', { note: '' }, 'old')(withNote('theirs')).days['2026-11-25']?.note).toBe('theirs');
  });

  it('saves nothing and says so when the two cannot fit together', () => {
    const long = { actId: 'a', status: 'done' as const, swapped: [], note: 'x'.repeat(STORED_NOTE_MAX - 10) };
    const p = { startDay: null, days: { '2026-11-25': long } };
    expect(() => setCheckIn('2026-11-25', { note: 'y'.repeat(NOTE_MAX) }, '')(p)).toThrow(NOTE_CONFLICT);
  });

  it('joins notes without repeating one the other already holds', () => {
    expect(joinNotes('a', 'a')).toBe('a');
    expect(joinNotes('a\n\nb', 'b')).toBe('a\n\nb');
    expect(joinNotes(undefined, 'b')).toBe('b');
    expect(joinNotes('a', 'b')).toBe('a\n\nb');
  });
});
