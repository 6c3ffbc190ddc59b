/*
 * Years of realistic daily use, as this computer's progress and acts and as the copy that travels
 * through sync: for the layout tests (tests/unit/sync-layout.test.ts) and `npm run sync:budget`.
 * Deterministic: the same options give the same history.
 */
import { library } from '../utils/content/library';
import { addDays, type DayKey, daysBetween } from '../utils/domain/day';
import type { Mine, OwnAct } from '../utils/domain/mine';
import { type DayRecord, DEFAULT_SETTINGS, type Feeling, type Progress, type Settings } from '../utils/domain/model';
import { stampDay } from '../utils/domain/sync/day';
import { stampMine } from '../utils/domain/sync/mine';
import type { SyncState } from '../utils/domain/sync/state';

export interface HistoryOptions {
  /** How many years back from `end`. */
  years: number;
  /** The last day, the newest. */
  end?: DayKey;
  /** Whether notes and check-ins travel (and are written: on about half the days). */
  notes: boolean;
  /** One day in this many has swaps. */
  swapEvery?: number;
  /** About how long a note is, in characters. */
  noteLength?: number;
}

export interface History {
  progress: Progress;
  mine: Mine;
  state: SyncState;
  months: string[];
}

/** A small, stable generator (LCG), so a history is the same every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = (
  'called my sister on the way home and she laughed for the first time this week ' +
  'held the door for a man with a pram left a note for the neighbour about the parcel ' +
  'it was hard today but I managed a small thing and felt a little lighter afterwards ' +
  'walked slowly and noticed the light on the river thanked the driver by name'
).split(' ');

function noteOf(next: () => number, length: number): string {
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'kind';
    words.push(word);
    size += word.length + 1;
  }
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

const OWN: OwnAct[] = [
  { id: 'own_1k2j3h', title: 'Call Grandma on Sunday', why: 'She laughs with me', effort: 'tiny' },
  { id: 'own_5q6w7e', title: 'Bring coffee for the night shift', effort: 'small' },
  { id: 'own_9x8y7z', title: 'Write to an old friend', why: 'We drifted apart and I miss her', effort: 'larger' },
];

/** Seconds at 20:00 UTC of a day: when the person marks it done, say. */
export const eveningOf = (day: DayKey): number => Math.floor(Date.parse(`${day}T20:00:00Z`) / 1000);

export function history(options: HistoryOptions): History {
  const { years, end = '2026-12-02', notes, swapEvery = 4, noteLength = 120 } = options;
  const first = addDays(end, -Math.round(365.25 * years) + 1);
  const next = random(years * 1000 + (notes ? 1 : 0) + swapEvery);
  const ids = library.acts.map((a) => a.id);
  const pick = () => ids[Math.floor(next() * ids.length)] ?? 'e_water_slowly';
  const days: Record<DayKey, DayRecord> = {};
  const state: SyncState = { wipe: 0, days: {}, mine: { own: {}, aside: {}, kept: {} } };
  const count = daysBetween(first, end) + 1;
  for (let i = 0; i < count; i++) {
    const key = addDays(first, i);
    const own = next() < 0.08;
    const swapped = next() < 1 / swapEvery ? Array.from({ length: 1 + Math.floor(next() * 3) }, pick) : [];
    const record: DayRecord = {
      actId: own ? (OWN[Math.floor(next() * OWN.length)]?.id ?? 'own_1k2j3h') : pick(),
      status: 'done',
      swapped,
    };
    if (notes && next() < 0.5) {
      record.before = (1 + Math.floor(next() * 5)) as Feeling;
      record.after = (1 + Math.floor(next() * 5)) as Feeling;
      record.note = noteOf(next, noteLength);
    }
    days[key] = record;
    state.days[key] = stampDay(record, undefined, eveningOf(key) + Math.floor(next() * 3600), notes);
  }
  const mine: Mine = {
    acts: OWN,
    notForMe: ids.filter((_, i) => i % 40 === 3),
    kept: ids.filter((_, i) => i % 50 === 7),
  };
  state.mine = stampMine(mine, state.mine, eveningOf(first));
  state.start = { d: first, t: eveningOf(first) - 72_000 };
  const months = [...new Set(Object.keys(days).map((d) => d.slice(0, 7)))].sort();
  return { progress: { startDay: first, days }, mine, state, months };
}

/** Settings as a person who changed a few of them stores them (sync:settings sits in the same quota). */
export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  path: 'daily',
  focus: 'trauma',
  avoidNotes: ['grief', 'conflict'],
  reminder: { ...DEFAULT_SETTINGS.reminder, enabled: true, time: '08:30' },
  syncNotes: true,
};
