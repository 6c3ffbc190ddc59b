import { describe, expect, it } from 'vitest';
import { carryOver } from '@/utils/domain/carry-over';
import {
  EMPTY_MINE,
  keyActs,
  listActs,
  type Mine,
  OWN_ACTS_MAX,
  OWN_TITLE_MAX,
  type OwnAct,
  ownActId,
  ownDay,
  parseMine,
  sameWords,
  wordsLength,
} from '@/utils/domain/mine';
import {
  addOwnActs,
  bringBack,
  draftProblem,
  editOwnAct,
  keepAct,
  removeOwnAct,
  restoreOwnAct,
  setAsideForGood,
  undoSetAside,
} from '@/utils/domain/mine-changes';
import type { Progress } from '@/utils/domain/model';

const NOW = Date.UTC(2026, 11, 3, 12);
const add = (mine: Mine, ...titles: string[]) =>
  addOwnActs(
    titles.map((title) => ({ title, effort: 'small' as const })),
    NOW,
  )(mine);

describe('reading what the person made theirs', () => {
  it('keeps every good act and leaves out only a damaged one', () => {
    const mine = parseMine({
      acts: [
        { id: 'own_a', title: '  Call   Grandma  ', effort: 'tiny', why: 'She laughs' },
        { id: 'own_b', title: '', effort: 'tiny' },
        { id: 'e_water_slowly', title: 'Not an own id', effort: 'tiny' },
        { id: 'own_c', title: 'Unknown effort', effort: 'huge', colour: 'blue' },
        { id: 'own_a', title: 'Same id again', effort: 'small' },
        { id: 'own_d', title: 'Gone', effort: 'larger', retired: true },
        'garbage',
      ],
      notForMe: ['e_water_slowly', 'e_water_slowly', 'BAD ID', 7],
      kept: 'nope',
    });
    expect(mine).toEqual({
      acts: [
        { id: 'own_a', title: 'Call Grandma', why: 'She laughs', effort: 'tiny' },
        { id: 'own_c', title: 'Unknown effort', effort: 'small' },
        { id: 'own_d', title: 'Gone', effort: 'larger', retired: true },
      ],
      notForMe: ['e_water_slowly'],
      kept: [],
    });
    for (const raw of [null, 42, 'x', []]) expect(parseMine(raw)).toEqual(EMPTY_MINE);
  });

  it('takes words in any script as they are', () => {
    const titles = ['اتصل بصديق قديم', '友だちに「ありがとう」と伝える', '🌱 water the plant 💧', 'Llamar a mamá'];
    const mine = parseMine({ acts: titles.map((title, i) => ({ id: `own_${i}`, title, effort: 'tiny' })) });
    expect(mine.acts.map((a) => a.title)).toEqual(titles);
  });

  it('counts characters as a person does (an accent is one), and a wide one as the room of two', () => {
    expect(wordsLength('  año\n\nnuevo  ')).toBe(9);
    expect(wordsLength('اتصل')).toBe(4);
    // Emoji and Chinese, Japanese or Korean characters take about twice a Latin letter's width on screen.
    expect(wordsLength('💧')).toBe(2);
    expect(wordsLength('ありがとう')).toBe(10);
    expect(wordsLength('감사')).toBe(4);
    expect(draftProblem({ title: 'ó'.repeat(OWN_TITLE_MAX), effort: 'tiny' })).toBeNull();
    expect(draftProblem({ title: '友'.repeat(OWN_TITLE_MAX / 2), effort: 'tiny' })).toBeNull();
    expect(draftProblem({ title: '友'.repeat(OWN_TITLE_MAX / 2 + 1), effort: 'tiny' })).toBe('title-too-long');
    expect(draftProblem({ title: '   ', effort: 'tiny' })).toBe('empty');
  });

  it('says two wordings are the same act when only case, spacing or a final full stop differ', () => {
    expect(sameWords('Call Grandma.', '  call   grandma ')).toBe(true);
    expect(sameWords('友だちに電話する。', '友だちに電話する')).toBe(true);
    expect(sameWords('Call Grandma', 'Call Grandpa')).toBe(false);
  });

  it('gives a new act an id of its own, never one taken', () => {
    const first = ownActId('Walk', NOW, new Set());
    expect(first).toMatch(/^own_[a-z0-9]+$/);
    expect(ownActId('Walk', NOW, new Set([first]))).not.toBe(first);
  });

  it('marks own days by the frequency: never, one in five, every other, always', () => {
    const days = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const share = (f: Parameters<typeof ownDay>[1]) => days.filter((d) => ownDay(d, f)).length / days.length;
    expect(share('never')).toBe(0);
    expect(share('only')).toBe(1);
    expect(share('sometimes')).toBeCloseTo(0.2, 1);
    expect(share('often')).toBeCloseTo(0.5, 1);
  });
});

describe('changes', () => {
  it('adds acts, nothing twice, and only while there is room', () => {
    const mine = add(EMPTY_MINE, 'Call Grandma', 'call grandma.', 'Water the plant');
    expect(mine.acts.map((a) => a.title)).toEqual(['Call Grandma', 'Water the plant']);
    expect(add(mine, 'Water the plant')).toBe(mine);
    const full = add(EMPTY_MINE, ...Array.from({ length: OWN_ACTS_MAX + 5 }, (_, i) => `Act ${i}`));
    expect(full.acts).toHaveLength(OWN_ACTS_MAX);
    expect(new Set(full.acts.map((a) => a.id)).size).toBe(OWN_ACTS_MAX);
  });

  it('edits words and effort, keeping the id; never saves words that would be cut', () => {
    const mine = add(EMPTY_MINE, 'Call Grandma');
    const id = mine.acts[0]?.id ?? '';
    const edited = editOwnAct(id, { title: 'Call Grandma on Sunday', why: 'She waits for it', effort: 'tiny' })(mine);
    expect(edited.acts[0]).toEqual({ id, title: 'Call Grandma on Sunday', why: 'She waits for it', effort: 'tiny' });
    expect(editOwnAct(id, { title: 'x'.repeat(OWN_TITLE_MAX + 1), effort: 'tiny' })(mine)).toBe(mine);
  });

  it('keeps a deleted act history names, as deleted, and drops one never used from every list', () => {
    const mine = { ...add(EMPTY_MINE, 'One', 'Two'), kept: [] as string[] };
    const [one, two] = mine.acts.map((a) => a.id) as [string, string];
    const withLists = { ...mine, notForMe: [two], kept: [one] };
    const used = removeOwnAct(one, true)(withLists);
    expect(used.acts.find((a) => a.id === one)?.retired).toBe(true);
    expect(used.kept).toEqual([one]);
    const unused = removeOwnAct(two, false)(withLists);
    expect(unused.acts.map((a) => a.id)).toEqual([one]);
    expect(unused.notForMe).toEqual([]);
    // Undo puts it back where it was.
    expect(restoreOwnAct(mine.acts[1] as OwnAct, 1)(unused).acts.map((a) => a.id)).toEqual([one, two]);
    expect(restoreOwnAct(used.acts[0] as OwnAct, 0)(used).acts[0]?.retired).toBeUndefined();
  });

  it('sets an act aside for good (no longer kept), brings it back, keeps and stops keeping, changing nothing twice', () => {
    const kept = keepAct('e_water_slowly', true)(EMPTY_MINE);
    expect(kept.kept).toEqual(['e_water_slowly']);
    expect(keepAct('e_water_slowly', true)(kept)).toBe(kept);
    const aside = setAsideForGood('e_water_slowly')(kept);
    expect(aside).toEqual({ acts: [], notForMe: ['e_water_slowly'], kept: [] });
    expect(setAsideForGood('e_water_slowly')(aside)).toBe(aside);
    expect(bringBack('e_water_slowly')(aside)).toEqual(EMPTY_MINE);
    expect(bringBack('e_water_slowly')(EMPTY_MINE)).toBe(EMPTY_MINE);
  });

  it('undoes "Not for me": the act is today’s again, and the one offered instead counts as swapped away', () => {
    const day = '2026-12-03';
    const p: Progress = {
      startDay: null,
      days: { [day]: { actId: 'e_offered', status: 'open', swapped: ['e_earlier', 'e_aside'] } },
    };
    expect(undoSetAside(day, 'e_aside', 'e_offered')(p).days[day]).toEqual({
      actId: 'e_aside',
      status: 'open',
      swapped: ['e_earlier', 'e_offered'],
    });
    // Once the day has moved on (done, or another act), Undo changes nothing.
    const done: Progress = { ...p, days: { [day]: { actId: 'e_offered', status: 'done', swapped: [] } } };
    expect(undoSetAside(day, 'e_aside', 'e_offered')(done)).toBe(done);
  });
});

describe('writing acts over what is stored', () => {
  const stored = {
    acts: [
      { id: 'own_a', title: 'Call Grandma', effort: 'tiny', colour: 'blue' },
      { id: 'own_b', title: 'Water the plant', effort: 'small' },
    ],
    notForMe: ['e_water_slowly', 'an_id_from_a_newer_release'],
    kept: [],
    reminderOwn: true,
  };
  const write = (change: (m: Mine) => Mine) => {
    const current = parseMine(stored);
    return listActs(carryOver(keyActs(stored), keyActs(current), keyActs(change(current)))) as typeof stored;
  };

  it('keeps an act’s unknown fields through an edit, and its place', () => {
    const out = write(editOwnAct('own_a', { title: 'Call Grandma today', effort: 'tiny' }));
    expect(out.acts).toEqual([
      { id: 'own_a', title: 'Call Grandma today', effort: 'tiny', colour: 'blue' },
      { id: 'own_b', title: 'Water the plant', effort: 'small' },
    ]);
    expect(out.reminderOwn).toBe(true);
  });

  it('deletes an act with unknown fields for good, rather than keep its old self beside the list', () => {
    const out = write(removeOwnAct('own_a', false));
    expect(out.acts).toEqual([{ id: 'own_b', title: 'Water the plant', effort: 'small' }]);
    expect(parseMine(out).acts.map((a) => a.id)).toEqual(['own_b']);
  });

  it('adds new acts last and keeps list members it did not write', () => {
    const out = write((m) => add(setAsideForGood('e_hand_on_heart')(m), 'New one'));
    expect(out.acts.map((a) => a.title)).toEqual(['Call Grandma', 'Water the plant', 'New one']);
    expect(out.notForMe).toEqual(['e_water_slowly', 'an_id_from_a_newer_release', 'e_hand_on_heart']);
  });
});
