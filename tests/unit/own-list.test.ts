import { describe, expect, it } from 'vitest';
import { EMPTY_MINE, type Mine, OWN_ACTS_MAX, OWN_TITLE_MAX } from '@/utils/domain/mine';
import { addOwnActs, type OwnDraft } from '@/utils/domain/mine-changes';
import {
  ACTS_FORMAT,
  actListJson,
  actListText,
  type ListRead,
  MAX_LIST_BYTES,
  planActList,
  readActList,
} from '@/utils/domain/own-list';

const bytes = (text: string) => new TextEncoder().encode(text).length;
const read = (text: string) => readActList(text, bytes(text));
const titles = (result: ListRead) => (result.ok ? result.drafts.map((d) => d.title) : result.error);
const mineWith = (...words: string[]): Mine =>
  addOwnActs(
    words.map((title) => ({ title, effort: 'tiny' })),
    0,
  )(EMPTY_MINE);

describe('a plain text list', () => {
  it('is one act per line, leaving out blank lines and leading bullets', () => {
    const text =
      '\uFEFF- Call Grandma\r\n\r\n• Water the plant\n•Say thank you\n   \n  Smile at a neighbour  \r-not a bullet\n';
    expect(titles(read(text))).toEqual([
      'Call Grandma',
      'Water the plant',
      'Say thank you',
      'Smile at a neighbour',
      '-not a bullet',
    ]);
    const first = read(text);
    expect(first.ok && first.drafts[0]).toEqual({ title: 'Call Grandma', effort: 'small' });
  });

  it('takes any language and script as written', () => {
    const lines = ['اتصل بصديق قديم', '友だちに「ありがとう」と伝える', '🌱💧 riega la planta', 'שלח הודעה טובה'];
    expect(titles(read(lines.join('\n')))).toEqual(lines);
  });

  it('keeps an over-long line whole, to show it as too long rather than cut it', () => {
    const long = 'ó'.repeat(OWN_TITLE_MAX + 1);
    const result = read(`Short one\n${long}`);
    expect(titles(result)).toEqual(['Short one', long]);
    const plan = planActList(result.ok ? result.drafts : [], EMPTY_MINE);
    expect(plan.add.map((d) => d.title)).toEqual(['Short one']);
    expect(plan.tooLong.map((d) => d.title)).toEqual([long]);
  });

  it('says an empty file or one too large holds nothing to add', () => {
    expect(read('\n \n- \n')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(readActList('x', MAX_LIST_BYTES + 1)).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});

describe('a JSON list', () => {
  it('reads the small acts file, with why and effort', () => {
    const file = {
      format: ACTS_FORMAT,
      version: 1,
      acts: [{ title: 'Call Grandma', why: 'She laughs', effort: 'tiny' }, { title: 'Bake for a neighbour' }],
    };
    const result = read(JSON.stringify(file));
    expect(result).toEqual({
      ok: true,
      drafts: [
        { title: 'Call Grandma', why: 'She laughs', effort: 'tiny' },
        { title: 'Bake for a neighbour', effort: 'small' },
      ],
    });
  });

  it('reads the own acts of a whole backup, leaving out deleted ones', () => {
    const backup = {
      format: 'daily-kindness-export',
      version: 2,
      mine: {
        acts: [
          { id: 'own_a', title: 'Call Grandma', effort: 'tiny' },
          { id: 'own_b', title: 'Gone', effort: 'small', retired: true },
        ],
        notForMe: [],
        kept: [],
      },
    };
    expect(titles(read(JSON.stringify(backup)))).toEqual(['Call Grandma']);
    expect(read(JSON.stringify({ format: 'daily-kindness-export', version: 1 }))).toEqual({
      ok: false,
      error: { code: 'empty' },
    });
  });

  it('names what is wrong, and adds nothing from a file it cannot read', () => {
    const list = (acts: unknown, version: unknown = 1) => read(JSON.stringify({ format: ACTS_FORMAT, version, acts }));
    expect(read('{"format": "daily-kindness-acts", ')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(read('{"habits": []}')).toEqual({ ok: false, error: { code: 'not-ours' } });
    expect(read('[1, 2]')).toEqual({ ok: false, error: { code: 'not-ours' } });
    expect(list([], 2)).toEqual({ ok: false, error: { code: 'newer-version' } });
    expect(list([], 'one')).toEqual({ ok: false, error: { code: 'wrong-shape', where: 'version' } });
    expect(list('acts')).toEqual({ ok: false, error: { code: 'wrong-shape', where: 'acts' } });
    expect(list([{ title: 'ok' }, { title: 3 }])).toEqual({
      ok: false,
      error: { code: 'wrong-shape', where: 'acts[1]' },
    });
    expect(list([{ title: 'ok', effort: 'huge' }])).toEqual({
      ok: false,
      error: { code: 'wrong-shape', where: 'acts[0].effort' },
    });
    expect(list([])).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('what an import would do', () => {
  const drafts = (...words: string[]): OwnDraft[] => words.map((title) => ({ title, effort: 'small' }));

  it('adds new words, never ones already here or repeated in the list', () => {
    const plan = planActList(
      drafts('Call Grandma.', 'Water the plant', 'water  the plant', 'Say thank you', 'Water the plant'),
      mineWith('call grandma'),
    );
    expect(plan.add.map((d) => d.title)).toEqual(['Water the plant', 'Say thank you']);
    expect(plan.here.map((d) => d.title)).toEqual(['Call Grandma.']);
    expect(plan.repeated).toBe(2);
  });

  it('offers again an act that was deleted here', () => {
    const mine = mineWith('Call Grandma');
    const deleted: Mine = { ...mine, acts: mine.acts.map((a) => ({ ...a, retired: true as const })) };
    expect(planActList(drafts('Call Grandma'), deleted).add).toHaveLength(1);
  });

  it('adds no more than the person’s acts can hold, and says which are left out', () => {
    const full = mineWith(...Array.from({ length: OWN_ACTS_MAX - 1 }, (_, i) => `Act ${i}`));
    const plan = planActList(drafts('One more', 'And another'), full);
    expect(plan.add.map((d) => d.title)).toEqual(['One more']);
    expect(plan.noRoom.map((d) => d.title)).toEqual(['And another']);
  });
});

describe('a list to hand out', () => {
  const mine: Mine = {
    acts: [
      { id: 'own_a', title: 'اتصل بصديق قديم', why: 'لأنه يهمني', effort: 'tiny' },
      { id: 'own_b', title: '友だちに「ありがとう」と伝える', effort: 'small' },
      { id: 'own_c', title: 'Deleted', effort: 'larger', retired: true },
    ],
    notForMe: [],
    kept: [],
  };

  it('as text: one act per line, deleted ones left out, and it reads back the same', () => {
    const text = actListText(mine);
    expect(text).toBe('اتصل بصديق قديم\n友だちに「ありがとう」と伝える\n');
    expect(titles(read(text))).toEqual(['اتصل بصديق قديم', '友だちに「ありがとう」と伝える']);
  });

  it('as JSON: words, why and effort, with no ids, and it reads back the same', () => {
    const json = actListJson(mine);
    expect(JSON.parse(json)).toEqual({
      format: ACTS_FORMAT,
      version: 1,
      acts: [
        { title: 'اتصل بصديق قديم', why: 'لأنه يهمني', effort: 'tiny' },
        { title: '友だちに「ありがとう」と伝える', effort: 'small' },
      ],
    });
    const back = read(json);
    expect(back.ok && back.drafts).toEqual(JSON.parse(json).acts);
    // Brought into the same browser, nothing is added twice.
    expect(planActList(back.ok ? back.drafts : [], mine).add).toEqual([]);
  });
});
