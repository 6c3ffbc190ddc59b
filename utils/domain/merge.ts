import { sameValue } from './carry-over';
import type { DayKey } from './day';
import { type DayRecord, type DayStatus, MAX_SWAPPED, type Progress } from './model';
import { joinNotes } from './progress';

/*
 * Joining two histories of one person (a backup brought back, another computer).
 * Pure. A merge never trades what someone did for less: per day it keeps the
 * record that says more of what they did, and keeps every note and check-in
 * from either side.
 */

/** What the person did, most first: a day done says more than one set aside, which says more than one left open. */
const SAYS_MORE: Record<DayStatus, number> = { done: 3, skipped: 2, open: 1 };

export interface MergePlan {
  /** Days only the incoming history has. */
  added: number;
  /** Days both have, where the incoming one adds something: a fuller status, a check-in or a note. */
  filledIn: number;
  /** Days where both had a different note, now both kept in one. */
  notesJoined: number;
  /** Days where both notes are too long to keep together: the day keeps the note here. */
  notesApart: number;
}

/** One day both sides hold. `joined` is false when both notes could not be kept together. */
export function mergeDay(mine: DayRecord, theirs: DayRecord): { record: DayRecord; joined: boolean } {
  const [winner, other] = SAYS_MORE[theirs.status] > SAYS_MORE[mine.status] ? [theirs, mine] : [mine, theirs];
  const record: DayRecord = { ...winner };
  // A check-in is a pair, before and after: taken whole from whichever side has one.
  if (winner.before === undefined && winner.after === undefined) {
    if (other.before !== undefined) record.before = other.before;
    if (other.after !== undefined) record.after = other.after;
  }
  const note = joinNotes(mine.note, theirs.note);
  const kept = note ?? mine.note;
  if (kept) record.note = kept;
  else delete record.note;
  const swapped = [...new Set([...mine.swapped, ...theirs.swapped])].filter((id) => id !== record.actId);
  record.swapped = swapped.slice(-MAX_SWAPPED);
  return { record, joined: note !== null };
}

/** Joins two histories day by day, and says what it did, so a confirmation can say it first. */
export function mergeProgress(current: Progress, incoming: Progress): { progress: Progress; plan: MergePlan } {
  const plan: MergePlan = { added: 0, filledIn: 0, notesJoined: 0, notesApart: 0 };
  const days: Record<DayKey, DayRecord> = { ...current.days };
  for (const [day, theirs] of Object.entries(incoming.days)) {
    const mine = current.days[day];
    if (!mine) {
      days[day] = theirs;
      plan.added++;
      continue;
    }
    const { record, joined } = mergeDay(mine, theirs);
    if (!joined) plan.notesApart++;
    else if (mine.note && theirs.note && record.note !== mine.note && record.note !== theirs.note) plan.notesJoined++;
    if (sameValue(record, mine)) continue;
    days[day] = record;
    plan.filledIn++;
  }
  const starts = [current.startDay, incoming.startDay].filter((d): d is DayKey => d !== null).sort();
  return { progress: { startDay: starts[0] ?? null, days }, plan };
}
