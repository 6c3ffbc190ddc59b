import { hash } from '../hash';
import { type DayRecord, type DayStatus, type Feeling, MAX_SWAPPED, STORED_NOTE_MAX } from '../model';

/*
 * One day as it travels between computers, and the join of two computers' copies. Pure.
 *
 * The join is a semilattice (commutative, associative, idempotent), so copies can meet in any
 * order, any number of times, and settle on one value. It is the product of three parts:
 * - the act and status: the copy ranked highest by `coreOrder` wins whole;
 * - the check-in (before and after): the one changed last wins;
 * - the notes: every note written survives unless the computer that replaced it had shown it.
 *
 * Stamps are seconds. A change is stamped after what it was made over (`max(now, before + 1)`),
 * so a change made over another always wins, whatever the clocks say; clocks only order changes
 * made apart, and then only among changes of the same kind.
 */

export type SyncStatus = 'o' | 'd' | 's';
const TO_SYNC: Record<DayStatus, SyncStatus> = { open: 'o', done: 'd', skipped: 's' };
const FROM_SYNC: Record<SyncStatus, DayStatus> = { o: 'open', d: 'done', s: 'skipped' };
export const fromSyncStatus = (s: SyncStatus): DayStatus => FROM_SYNC[s];
export const toSyncStatus = (s: DayStatus): SyncStatus => TO_SYNC[s];

/** A note as written on one computer at one moment: [stamp, words]. */
export type NotePart = [number, string];

export interface SyncDay {
  /** The act. */
  a: string;
  s: SyncStatus;
  /** Acts swapped away. */
  w?: string[];
  /** When the act or status last changed. */
  t: number;
  /** The "Delete everything" the copy was made after (its stamp), 0 for none: a later one outranks all before it. */
  e?: number;
  /** Steps back the person took on purpose (an Undo): each outranks everything before it. */
  g?: number;
  /** Acts offered again by the extension on an untouched day (settings changed, an act went). */
  u?: number;
  /** The check-in, [before, after, stamp]; 0 where there is none. Only when notes travel. */
  c?: [number, number, number];
  /** Notes, only when notes travel. */
  n?: NotePart[];
  /** Notes replaced: the ids of parts a computer showed and the person then changed. */
  x?: string[];
}

/** How much a copy says the person did: done, set aside, chose an act, or only was offered one. */
export function rank(day: Pick<SyncDay, 's' | 'w'>): number {
  if (day.s === 'd') return 3;
  if (day.s === 's') return 2;
  return (day.w?.length ?? 0) > 0 ? 1 : 0;
}

const cmp = (a: number | string, b: number | string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A total order of the act-and-status part. A copy made after a later "Delete everything" (`e`)
 * outranks every copy from before it; then an Undo (`g`) outranks all before it; then what the
 * person did (`rank`); among acts only offered, a re-offer (`u`) wins and otherwise the one offered
 * first, so a computer opening the day late takes the act another already showed; among the rest,
 * the later change. The act, status and swaps break what is left, so no two copies tie.
 */
export function coreOrder(x: SyncDay, y: SyncDay): number {
  const r = rank(x);
  return (
    cmp(x.e ?? 0, y.e ?? 0) ||
    cmp(x.g ?? 0, y.g ?? 0) ||
    cmp(r, rank(y)) ||
    (r === 0 ? cmp(x.u ?? 0, y.u ?? 0) || cmp(y.t, x.t) : cmp(x.t, y.t)) ||
    cmp(x.a, y.a) ||
    cmp(x.s, y.s) ||
    cmp(JSON.stringify(x.w ?? []), JSON.stringify(y.w ?? [])) ||
    // This version offers again only on untouched days, but a copy may say otherwise.
    cmp(x.u ?? 0, y.u ?? 0)
  );
}

export const partId = ([t, words]: NotePart): string => `${t.toString(36)}.${hash(words).toString(36)}`;

const byStampThenWords = (a: NotePart, b: NotePart): number => cmp(a[0], b[0]) || cmp(a[1], b[1]);

/** The notes still standing, oldest first. */
export function liveParts(day: Pick<SyncDay, 'n' | 'x'>): NotePart[] {
  const gone = new Set(day.x ?? []);
  return (day.n ?? []).filter((p) => !gone.has(partId(p))).sort(byStampThenWords);
}

/**
 * What a person reads as the day's note: every standing note, oldest first, a blank line between.
 * The same words written twice (a note that travelled, stopped travelling and travelled again)
 * read once.
 */
export const noteText = (day: Pick<SyncDay, 'n' | 'x'>): string =>
  [...new Set(liveParts(day).map(([, words]) => words))].join('\n\n');

function joinNotes(a: SyncDay, b: SyncDay): Pick<SyncDay, 'n' | 'x'> {
  const x = [...new Set([...(a.x ?? []), ...(b.x ?? [])])].sort();
  const parts = new Map<string, NotePart>();
  for (const p of [...(a.n ?? []), ...(b.n ?? [])]) parts.set(partId(p), p);
  const n = liveParts({ n: [...parts.values()], x });
  return { ...(n.length > 0 ? { n } : {}), ...(x.length > 0 ? { x } : {}) };
}

function laterCheckIn(a: SyncDay['c'], b: SyncDay['c']): SyncDay['c'] {
  if (!a || !b) return a ?? b;
  return (cmp(a[2], b[2]) || cmp(a.join(), b.join())) >= 0 ? a : b;
}

/**
 * Two computers' copies of one day, joined. A copy made after a later "Delete everything" takes
 * the day whole: nothing from before it, a note neither, comes back into it.
 */
export function joinDay(a: SyncDay, b: SyncDay): SyncDay {
  if ((a.e ?? 0) !== (b.e ?? 0)) return (a.e ?? 0) > (b.e ?? 0) ? a : b;
  const { c: _c, n: _n, x: _x, ...core } = coreOrder(a, b) >= 0 ? a : b;
  const c = laterCheckIn(a.c, b.c);
  return { ...core, ...(c ? { c } : {}), ...joinNotes(a, b) };
}

const sameCore = (day: SyncDay, record: DayRecord): boolean =>
  day.a === record.actId &&
  day.s === TO_SYNC[record.status] &&
  JSON.stringify(day.w ?? []) === JSON.stringify(record.swapped);

/**
 * This computer's record of a day, stamped against the copy it last joined (`before`): what did
 * not change keeps its stamps; what changed is stamped `now`, after `before`, and after `epoch`,
 * the latest "Delete everything" this computer knows of, so it wins over both.
 * With `notes`, the check-in and the note travel too: a note changed here replaces the notes it
 * was written over and no others.
 */
export function stampDay(
  record: DayRecord,
  before: SyncDay | undefined,
  now: number,
  notes: boolean,
  epoch = 0,
): SyncDay {
  const after = (t: number | undefined) => Math.max(now, (t ?? now - 1) + 1);
  let day: SyncDay;
  if (before && sameCore(before, record)) {
    const { c: _c, n: _n, x: _x, ...core } = before;
    day = core;
  } else {
    day = { a: record.actId, s: TO_SYNC[record.status], t: after(before?.t) };
    const e = Math.max(epoch, before?.e ?? 0);
    if (e > 0) day.e = e;
    if (record.swapped.length > 0) day.w = record.swapped.slice(-MAX_SWAPPED);
    if (before) {
      const back = rank(day) < rank(before);
      const g = (before.g ?? 0) + (back ? 1 : 0);
      const u = !back && rank(day) === 0 && rank(before) === 0 ? (before.u ?? 0) + 1 : 0;
      if (g > 0) day.g = g;
      if (u > 0) day.u = u;
    }
  }
  if (!notes) return day;
  const checkIn: [number, number] = [record.before ?? 0, record.after ?? 0];
  const c = before?.c;
  if (c && c[0] === checkIn[0] && c[1] === checkIn[1]) day.c = c;
  else if (checkIn[0] || checkIn[1] || c) day.c = [...checkIn, after(c?.[2])];
  const shown = before ? liveParts(before) : [];
  const typed = record.note?.trim() ?? '';
  // A joined note longer than a record holds reads cut short here: that is not a change.
  if (
    typed ===
    noteText(before ?? {})
      .slice(0, STORED_NOTE_MAX)
      .trim()
  ) {
    if (before?.n) day.n = before.n;
    if (before?.x) day.x = before.x;
    return day;
  }
  const x = [...new Set([...(before?.x ?? []), ...shown.map(partId)])].sort();
  // After every note it was written over, standing or replaced, so it never takes a replaced note's id.
  const replaced = (before?.x ?? [])
    .map((id) => Number.parseInt(/^([0-9a-z]{1,10})\./.exec(id)?.[1] ?? '', 36))
    .filter(Number.isSafeInteger);
  const latest = Math.max(0, ...(before?.n ?? []).map(([t]) => t), ...replaced);
  if (typed) day.n = [[Math.max(now, latest + 1), typed]];
  if (x.length > 0) day.x = x;
  return day;
}

/**
 * The joined copy as this computer's record. With `notes` the check-in and note are the joined
 * ones; without, `local` keeps its own, which never travel.
 */
export function recordOf(day: SyncDay, local: DayRecord | undefined, notes: boolean): DayRecord {
  const record: DayRecord = { actId: day.a, status: FROM_SYNC[day.s], swapped: day.w ?? [] };
  if (!notes) {
    if (local?.before !== undefined) record.before = local.before;
    if (local?.after !== undefined) record.after = local.after;
    if (local?.note) record.note = local.note;
    return record;
  }
  if (day.c?.[0]) record.before = day.c[0] as Feeling;
  if (day.c?.[1]) record.after = day.c[1] as Feeling;
  // As much as a record holds, so what is written here reads back the same (the parts keep it all).
  const note = noteText(day).slice(0, STORED_NOTE_MAX).trim();
  if (note) record.note = note;
  return record;
}
