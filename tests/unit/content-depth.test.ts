import { describe, expect, it } from 'vitest';
import { library } from '@/utils/content/library';
import { type Act, FOCUSES, type Focus } from '@/utils/content/types';
import { sameIdea, titleWords } from '../title-words';
import { show, titleOf } from './content-words';

/*
 * Depth and honest tags: the library holds distinct ideas, enough tiny ones for weeks of hard
 * days in every focus, and enough that need no other person, a way out, or a bed.
 */
const acts = library.acts;
const words = (act: Act) => titleWords(titleOf('en', act));
const openTo = (focus: Focus) => (a: Act) => a.focus.includes('everyone') || a.focus.includes(focus);
/** What a gentle day may offer: tiny, and with no content note. */
const gentle = (a: Act) => a.effort === 'tiny' && !a.note;

describe('distinct ideas', () => {
  it('has no two acts whose titles share more than half their words', () => {
    const pairs: string[] = [];
    acts.forEach((a, i) => {
      for (const b of acts.slice(i + 1)) {
        if (sameIdea(words(a), words(b))) pairs.push(`${show(a)}\n  ≈ ${show(b)}`);
      }
    });
    expect(pairs).toEqual([]);
  });

  it('gives an idea one effort, in the programs and the library alike', () => {
    const programs = [...library.programs.reset, ...library.programs.gentle];
    const clashes = programs.flatMap((p) =>
      acts.filter((a) => sameIdea(words(p), words(a)) && a.effort !== p.effort).map((a) => `${p.id} ≈ ${a.id}`),
    );
    expect(clashes).toEqual([]);
  });

  it('tells sameIdea apart from a shared theme', () => {
    const w = (s: string) => titleWords(s);
    expect(sameIdea(w('Send someone a song that made you think of them.'), w('Send someone a song you love.'))).toBe(
      true,
    );
    expect(sameIdea(w('Drink a glass of water, slowly.'), w('Water a plant near you.'))).toBe(false);
  });
});

describe('enough for every day and every person', () => {
  it.each(FOCUSES)('keeps at least 60 tiny acts without a note open to %s, for gentle days', (focus) => {
    expect(acts.filter((a) => openTo(focus)(a) && gentle(a)).length).toBeGreaterThanOrEqual(60);
  });

  it('lets at least 40% of acts be done with no other person', () => {
    const alone = acts.filter((a) => a.involves === 'no_one').length;
    expect(alone / acts.length).toBeGreaterThanOrEqual(0.4);
  });

  it.each(FOCUSES)('keeps acts needing no contact a majority of what %s sees on gentle days', (focus) => {
    const open = acts.filter((a) => openTo(focus)(a) && gentle(a));
    expect(open.filter((a) => a.involves !== 'known').length / open.length).toBeGreaterThan(0.5);
  });

  it('offers at least 30 acts that can be done from a bed or a chair', () => {
    expect(acts.filter((a) => a.fromBed).length).toBeGreaterThanOrEqual(30);
  });
});

describe('tags that tell the truth', () => {
  // An act counted toward others names another being it is for.
  const ANOTHER =
    /\b(someone|anyone|people|person|others?|friend|stranger|neighbou?r|relative|sibling|parent|child|teacher|coach|classmate|volunteer|moderator|team|group|family|spouse|veterans?|service|community|cause|business|them|they|their|animal|birds?|creatures?|plant|bug|shared|cart|litter|hazard|book|home|mentor|counselor|organizer|customer|answer|chat)\b/i;
  const TOWARD_SELF = /\b(just for you|for your eyes only|private|yourself)\b/i;

  it('counts an act toward others only when it is for another', () => {
    const hits = acts.filter(
      (a) => a.direction !== 'self' && a.direction !== 'body' && !ANOTHER.test(titleOf('en', a)),
    );
    expect(hits.map(show)).toEqual([]);
  });

  it('counts a private act toward oneself', () => {
    const hits = acts.filter(
      (a) => TOWARD_SELF.test(titleOf('en', a)) && a.direction !== 'self' && a.direction !== 'body',
    );
    expect(hits.map(show)).toEqual([]);
  });

  it('says repair involves someone known', () => {
    expect(acts.filter((a) => a.direction === 'repair' && a.involves !== 'known').map(show)).toEqual([]);
  });

  it('asks no one to leave the house from bed', () => {
    const OUT = /\b(out today|outside|store|you pass|go somewhere|in person|door)\b/i;
    expect(acts.filter((a) => a.fromBed && OUT.test(titleOf('en', a))).map(show)).toEqual([]);
  });
});
