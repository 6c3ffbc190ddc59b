import { sameValue } from '../carry-over';
import { type Mine, type OwnAct, parseOwnAct } from '../mine';

/*
 * The person's own acts and the acts they set aside or keep, as they travel. Pure. Each act and
 * each membership is a register the latest change wins ([stamp, value]); a deleted act is a
 * register holding null, so a deletion travels like an edit. The join of two copies takes the
 * later register per id, ties broken by the value, so it is a semilattice too.
 */

export type Register<T> = [number, T];

export interface SyncMine {
  /** Own acts by id; null once deleted. */
  own: Record<string, Register<OwnAct | null>>;
  /** Set aside ("Not for me"): 1 while set aside, 0 once brought back. */
  aside: Record<string, Register<0 | 1>>;
  /** Kept ("Keep this one"): 1 while kept. */
  kept: Record<string, Register<0 | 1>>;
}

export const EMPTY_SYNC_MINE: SyncMine = { own: {}, aside: {}, kept: {} };

const later = <T>(a: Register<T>, b: Register<T>): Register<T> => {
  if (a[0] !== b[0]) return a[0] > b[0] ? a : b;
  return JSON.stringify(a[1]) >= JSON.stringify(b[1]) ? a : b;
};

function joinRegisters<T>(a: Record<string, Register<T>>, b: Record<string, Register<T>>): Record<string, Register<T>> {
  const out: Record<string, Register<T>> = { ...a };
  for (const [id, reg] of Object.entries(b)) {
    const mine = out[id];
    out[id] = mine ? later(mine, reg) : reg;
  }
  return sortKeys(out);
}

const sortKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));

export function joinMine(a: SyncMine, b: SyncMine): SyncMine {
  return {
    own: joinRegisters(a.own, b.own),
    aside: joinRegisters(a.aside, b.aside),
    kept: joinRegisters(a.kept, b.kept),
  };
}

function stampSet(
  ids: readonly string[],
  before: Record<string, Register<0 | 1>>,
  now: number,
): Record<string, Register<0 | 1>> {
  const out: Record<string, Register<0 | 1>> = {};
  const wanted = new Set(ids);
  for (const id of new Set([...ids, ...Object.keys(before)])) {
    const reg = before[id];
    const value = wanted.has(id) ? 1 : 0;
    out[id] = reg && reg[1] === value ? reg : [Math.max(now, (reg?.[0] ?? now - 1) + 1), value];
  }
  return sortKeys(out);
}

/** This computer's acts and lists, stamped against the copy it last joined. */
export function stampMine(mine: Mine, before: SyncMine, now: number): SyncMine {
  const own: Record<string, Register<OwnAct | null>> = {};
  const here = new Map(mine.acts.map((act) => [act.id, act]));
  for (const id of new Set([...here.keys(), ...Object.keys(before.own)])) {
    const reg = before.own[id];
    const act = here.get(id) ?? null;
    // By value, not by JSON: Chrome's storage gives objects back with their keys sorted.
    const same = reg && sameValue(reg[1], act);
    own[id] = same ? reg : [Math.max(now, (reg?.[0] ?? now - 1) + 1), act];
  }
  return {
    own: sortKeys(own),
    aside: stampSet(mine.notForMe, before.aside, now),
    kept: stampSet(mine.kept, before.kept, now),
  };
}

/** The joined copy as this computer's acts and lists: acts in the order they were first written. */
export function mineOf(sync: SyncMine, local: Mine): Mine {
  const acts = Object.values(sync.own)
    .map(([, act]) => (act ? parseOwnAct(act) : null))
    .filter((act): act is OwnAct => act !== null);
  const order = new Map(local.acts.map((act, i) => [act.id, i]));
  acts.sort((x, y) => (order.get(x.id) ?? Infinity) - (order.get(y.id) ?? Infinity) || (x.id < y.id ? -1 : 1));
  const members = (set: Record<string, Register<0 | 1>>) =>
    Object.entries(set)
      .filter(([, [, v]]) => v === 1)
      .map(([id]) => id);
  return { acts, notForMe: members(sync.aside), kept: members(sync.kept) };
}

/** Everything older than `wipe` is gone: "Delete everything" on some computer came after it. */
export function mineSince(sync: SyncMine, wipe: number): SyncMine {
  const keep = <T>(o: Record<string, Register<T>>) =>
    Object.fromEntries(Object.entries(o).filter(([, [t]]) => t > wipe));
  return { own: keep(sync.own), aside: keep(sync.aside), kept: keep(sync.kept) };
}
