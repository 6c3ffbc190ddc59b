import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { titleOf } from '@/utils/content/text';
import { EXPORT_VERSION, exportCsv, exportData, exportJson, parseImport } from '@/utils/domain/backup';
import { mergeMine } from '@/utils/domain/backup-mine';
import { EMPTY_MINE, type Mine, OWN_ACTS_MAX, OWN_TITLE_MAX } from '@/utils/domain/mine';
import { DEFAULT_SETTINGS, type Progress } from '@/utils/domain/model';

/*
 * Export version 2 carries the person's own acts, set-aside and kept acts; a version 1 file (the
 * fixture, as 0.1.0 wrote it) is upgraded as it is read.
 */

const NOW = Date.UTC(2026, 10, 23, 14, 30);
const TODAY = '2026-11-23';
const bytes = (text: string) => new TextEncoder().encode(text).length;
const importText = (text: string) => parseImport(text, bytes(text), TODAY);

const mine: Mine = {
  acts: [
    { id: 'own_a', title: 'Llamar a mi abuela', why: 'Se ríe conmigo', effort: 'small' },
    { id: 'own_b', title: '友だちに「ありがとう」と伝える', effort: 'tiny' },
    { id: 'own_c', title: 'اتصل بصديق قديم', effort: 'larger', retired: true },
  ],
  notForMe: ['e_water_slowly', 'own_b'],
  kept: ['e_hand_on_heart'],
};
const progress: Progress = {
  startDay: '2026-11-20',
  days: {
    '2026-11-20': { actId: 'own_a', status: 'done', swapped: [] },
    '2026-11-21': { actId: 'own_c', status: 'done', swapped: [], note: 'Bien' },
    '2026-11-22': { actId: 'e_hand_on_heart', status: 'done', swapped: [] },
  },
};
const file = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...exportData(DEFAULT_SETTINGS, progress, mine, NOW, TODAY, '0.2.0'), ...patch });

describe('the export file, version 2', () => {
  it('holds own acts whole, deleted ones too, and reads back exactly', () => {
    const text = exportJson(DEFAULT_SETTINGS, progress, mine, NOW, TODAY, '0.2.0');
    expect(JSON.parse(text)).toMatchObject({ version: 2, mine });
    expect(importText(text)).toEqual({ ok: true, settings: DEFAULT_SETTINGS, progress, mine, days: 3 });
    expect(EXPORT_VERSION).toBe(2);
  });

  it('upgrades a version 1 file: no own acts, nothing set aside or kept, the default frequency', () => {
    const v1 = readFileSync(new URL('../fixtures/export/v1.json', import.meta.url), 'utf8');
    const result = importText(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mine).toEqual(EMPTY_MINE);
    expect(result.settings).toMatchObject({ focus: 'parents', ownFrequency: 'sometimes' });
    expect(Object.keys(result.progress.days)).toEqual(['2026-11-20', '2026-11-21']);
  });

  it.each([
    ['mine', { mine: undefined }],
    ['mine.acts', { mine: { acts: {}, notForMe: [], kept: [] } }],
    ['mine.acts[0].id', { mine: { ...mine, acts: [{ ...mine.acts[0], id: 'e_not_own' }] } }],
    ['mine.acts[0].title', { mine: { ...mine, acts: [{ ...mine.acts[0], title: '   ' }] } }],
    ['mine.acts[0].title', { mine: { ...mine, acts: [{ ...mine.acts[0], title: 'x'.repeat(OWN_TITLE_MAX + 1) }] } }],
    ['mine.acts[0].why', { mine: { ...mine, acts: [{ ...mine.acts[0], why: 5 }] } }],
    ['mine.acts[0].effort', { mine: { ...mine, acts: [{ ...mine.acts[0], effort: 'huge' }] } }],
    ['mine.acts[0].retired', { mine: { ...mine, acts: [{ ...mine.acts[0], retired: false }] } }],
    ['mine.acts[1].id', { mine: { ...mine, acts: [mine.acts[0], mine.acts[0]] } }],
    ['mine.notForMe', { mine: { ...mine, notForMe: ['Not An Id'] } }],
    ['mine.kept', { mine: { ...mine, kept: null } }],
    ['mine.acts', { mine: { ...mine, acts: Array.from({ length: OWN_ACTS_MAX + 1 }, () => mine.acts[0]) } }],
  ])('refuses the whole file over a bad own act or list, at %s', (where, patch) => {
    expect(importText(file(patch))).toEqual({ ok: false, error: { code: 'wrong-shape', where } });
  });

  it('writes own acts in the spreadsheet by their words, in any script', () => {
    const csv = exportCsv(progress, (id) => titleOf(id, mine));
    expect(csv).toContain('2026-11-20,done,own_a,Llamar a mi abuela,,,\r\n');
    expect(csv).toContain('2026-11-21,done,own_c,اتصل بصديق قديم,,,Bien\r\n');
    expect(csv).toContain('2026-11-22,done,e_hand_on_heart,"Rest a hand on your chest');
  });
});

describe('merging own acts', () => {
  const here: Mine = {
    acts: [
      { id: 'own_a', title: 'Llamar a mi abuela', effort: 'small' },
      { id: 'own_x', title: 'Water the plant', effort: 'tiny' },
    ],
    notForMe: ['e_water_slowly'],
    kept: ['e_kind_word'],
  };

  it('adds what is new, by id and by words, and keeps this browser’s own version of the same act', () => {
    const incoming: Mine = {
      acts: [
        { id: 'own_a', title: 'Llamar a la abuela (changed there)', effort: 'larger' },
        { id: 'own_y', title: 'water the plant.', effort: 'small' },
        { id: 'own_z', title: 'Say thank you', effort: 'tiny' },
      ],
      notForMe: ['e_water_slowly', 'e_kind_word'],
      kept: ['e_hand_on_heart'],
    };
    const { mine: merged, plan } = mergeMine(here, incoming, new Set());
    expect(merged.acts).toEqual([...here.acts, { id: 'own_z', title: 'Say thank you', effort: 'tiny' }]);
    // An act set aside on either side is no longer kept.
    expect(merged.notForMe).toEqual(['e_water_slowly', 'e_kind_word']);
    expect(merged.kept).toEqual(['e_hand_on_heart']);
    expect(plan).toEqual({ acts: 1, setAside: 1, kept: 1, noRoom: 0 });
    // The same file again changes nothing.
    expect(mergeMine(merged, incoming, new Set()).mine).toBe(merged);
  });

  it('brings in, deleted, an act whose words are here when the file’s history names it, so its days keep their words', () => {
    const incoming: Mine = {
      acts: [{ id: 'own_y', title: 'Water the plant', effort: 'tiny' }],
      notForMe: [],
      kept: [],
    };
    const { mine: merged, plan } = mergeMine(here, incoming, new Set(['own_y']));
    expect(merged.acts.at(-1)).toEqual({ id: 'own_y', title: 'Water the plant', effort: 'tiny', retired: true });
    expect(plan.acts).toBe(0);
  });

  it('adds no more than a browser holds, and says so', () => {
    const full: Mine = {
      ...EMPTY_MINE,
      acts: Array.from({ length: OWN_ACTS_MAX }, (_, i) => ({ id: `own_${i}`, title: `Act ${i}`, effort: 'small' })),
    };
    const incoming: Mine = { ...EMPTY_MINE, acts: [{ id: 'own_new', title: 'One more', effort: 'small' }] };
    expect(mergeMine(full, incoming, new Set()).plan.noRoom).toBe(1);
  });
});
