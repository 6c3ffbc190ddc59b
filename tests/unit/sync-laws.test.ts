import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mine, OwnAct } from '@/utils/domain/mine';
import type { DayRecord, Feeling, Progress } from '@/utils/domain/model';
import {
  coreOrder,
  joinDay,
  liveParts,
  type NotePart,
  noteText,
  partId,
  rank,
  recordOf,
  type SyncDay,
  stampDay,
} from '@/utils/domain/sync/day';
import { joinMine, type Register, type SyncMine } from '@/utils/domain/sync/mine';
import { joinState, localOf, type SyncState, stampState } from '@/utils/domain/sync/state';

/*
 * The laws of the sync join (issue 15): the join of two computers' copies is a semilattice, it
 * keeps what the person did, an Undo made on one computer stands whatever the clocks say, and no
 * note anyone wrote is dropped unless a computer that showed it was changed.
 */

/** SYNC_RUNS=5000 for a longer search. */
const RUNS = { numRuns: Number(process.env.SYNC_RUNS ?? 300) };

// ---------------------------------------------------------------- arbitraries

/** A few ids often, so copies of one day disagree about the same acts; any valid id sometimes. */
const actId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('e_water_slowly', 'e_call_a_friend', 'own_1k2j3h', 'r_breathe', 'g_rest') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9_]{1,12}$/) },
);
/** Stamps in a small range, so they collide: ties are where a join goes wrong. */
const stamp = fc.integer({ min: 1, max: 30 });
/** Clocks that disagree: any second in a wide range, before or after the copy's stamps. */
const clock = fc.integer({ min: 0, max: 60 });
const WORDS = ['Called Mum.', 'Walked to work.', 'hi', 'A long day, but I was kind to the new colleague.'];
/** A pool of note parts, so one copy's tombstones hit another copy's parts. */
const PARTS: NotePart[] = [1, 2, 3, 5, 8].flatMap((t) => WORDS.map((w): NotePart => [t, w]));
const part = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PARTS) },
  { weight: 1, arbitrary: fc.tuple(stamp, fc.constantFrom(...WORDS)) },
);
const tombstone = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PARTS).map(partId) },
  { weight: 1, arbitrary: fc.tuple(stamp, fc.constantFrom(...WORDS)).map(partId) },
);

const byStampThenWords = (a: NotePart, b: NotePart) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** A copy as a join leaves it: live parts only, oldest first, tombstones sorted, no empty lists. */
function normalDay(raw: SyncDay): SyncDay {
  const { n, x, ...day } = raw;
  const gone = [...new Set(x ?? [])].sort();
  const parts = new Map((n ?? []).map((p) => [partId(p), p]));
  const live = [...parts.values()].filter((p) => !gone.includes(partId(p))).sort(byStampThenWords);
  return { ...day, ...(live.length > 0 ? { n: live } : {}), ...(gone.length > 0 ? { x: gone } : {}) };
}

const syncDay: fc.Arbitrary<SyncDay> = fc
  .record(
    {
      a: actId,
      s: fc.constantFrom('o', 'd', 's') as fc.Arbitrary<SyncDay['s']>,
      w: fc.array(actId, { minLength: 1, maxLength: 3 }),
      t: stamp,
      e: fc.integer({ min: 1, max: 10 }),
      g: fc.integer({ min: 1, max: 3 }),
      u: fc.integer({ min: 1, max: 3 }),
      c: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), stamp),
      n: fc.array(part, { minLength: 1, maxLength: 4 }),
      x: fc.array(tombstone, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['a', 's', 't'] },
  )
  .map(normalDay);

/** Two copies that differ in one field: where ties hide. */
const nearPair: fc.Arbitrary<[SyncDay, SyncDay]> = fc
  .tuple(syncDay, fc.constantFrom('a', 's', 'w', 't', 'e', 'g', 'u', 'c', 'n'), syncDay)
  .map(([a, field, b]) => {
    const key = field as keyof SyncDay;
    const other = { ...a } as Record<string, unknown>;
    if (b[key] === undefined) delete other[key];
    else other[key] = b[key];
    return [a, normalDay(other as unknown as SyncDay)];
  });

/** A copy as this version writes it: a re-offer count only on a day where the person did nothing yet. */
const writtenDay = syncDay.map((d) => {
  if (rank(d) === 0 || d.u === undefined) return d;
  const { u: _u, ...rest } = d;
  return rest;
});

const feeling = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Feeling>;
const record: fc.Arbitrary<DayRecord> = fc.record(
  {
    actId,
    status: fc.constantFrom('open', 'done', 'skipped') as fc.Arbitrary<DayRecord['status']>,
    swapped: fc.array(actId, { maxLength: 3 }),
    before: feeling,
    after: feeling,
    note: fc.constantFrom(...WORDS, 'Something new today.', '  padded  '),
  },
  { requiredKeys: ['actId', 'status', 'swapped'] },
);

const register = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Register<T>> =>
  fc.oneof(fc.tuple(stamp, value), fc.tuple(stamp, value, fc.integer({ min: 1, max: 10 })));
const bit = fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>;
const ownAct = fc.record(
  {
    id: fc.constantFrom('own_1k2j3h', 'own_5q6w7e'),
    title: fc.constantFrom('Call Grandma', 'Llamar a mi abuela', '散歩する'),
    why: fc.constantFrom('She laughs with me'),
    effort: fc.constantFrom('tiny', 'small', 'medium') as fc.Arbitrary<'tiny'>,
  },
  { requiredKeys: ['id', 'title', 'effort'] },
);
const ownId = fc.constantFrom('own_1k2j3h', 'own_5q6w7e', 'own_9x8y7z');
const libId = fc.constantFrom('e_water_slowly', 'e_call_a_friend', 'r_breathe');
const syncMine: fc.Arbitrary<SyncMine> = fc.record({
  own: fc.dictionary(ownId, register(fc.option(ownAct, { nil: null })), { maxKeys: 3 }),
  aside: fc.dictionary(libId, register(bit), { maxKeys: 3 }),
  kept: fc.dictionary(libId, register(bit), { maxKeys: 3 }),
});

const dayKey = fc.constantFrom('2026-11-30', '2026-12-01', '2026-12-02', '2027-01-05');

const since = <T>(o: Record<string, Register<T>>, wipe: number) =>
  Object.fromEntries(Object.entries(o).filter(([, reg]) => (reg[2] ?? 0) >= wipe));

/** A state as a join leaves it: no day or start from before its own wipe, no act stamped before it. */
function normalState(raw: SyncState): SyncState {
  const { start, wipe } = raw;
  return {
    ...(start && (start.e ?? 0) >= wipe ? { start } : {}),
    wipe,
    days: Object.fromEntries(Object.entries(raw.days).filter(([, d]) => (d.e ?? 0) >= wipe)),
    mine: { own: since(raw.mine.own, wipe), aside: since(raw.mine.aside, wipe), kept: since(raw.mine.kept, wipe) },
  };
}

const stateOf = (day: fc.Arbitrary<SyncDay>, wipe: fc.Arbitrary<number>): fc.Arbitrary<SyncState> =>
  fc
    .record(
      {
        start: fc.record(
          { d: dayKey, t: stamp, e: fc.integer({ min: 1, max: 10 }), g: fc.integer({ min: 1, max: 2 }) },
          { requiredKeys: ['d', 't'] },
        ),
        wipe,
        days: fc.dictionary(dayKey, day, { maxKeys: 4 }),
        mine: syncMine,
      },
      { requiredKeys: ['wipe', 'days', 'mine'] },
    )
    .map(normalState);

const syncState = stateOf(syncDay, fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })));

// ---------------------------------------------------------------- helpers

const core = (d: SyncDay) => ({ a: d.a, s: d.s, w: d.w ?? [] });
const coreOfRecord = (r: DayRecord) => ({ a: r.actId, s: r.status[0], w: r.swapped });
const changesCore = (r: DayRecord, before: SyncDay | undefined) =>
  !before || JSON.stringify(coreOfRecord(r)) !== JSON.stringify(core(before));
const joinAll = (days: SyncDay[]) => days.reduce(joinDay);
const typedOf = (r: DayRecord) => r.note?.trim() ?? '';
/** Whether stamping `r` over `before` changes the note: what the person sees there is not what they typed. */
const changesNote = (r: DayRecord, before: SyncDay | undefined) => typedOf(r) !== noteText(before ?? {}).trim();

// ---------------------------------------------------------------- the laws

describe('the join is a semilattice', () => {
  it('joinDay is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(syncDay, syncDay, syncDay, (a, b, c) => {
        expect(joinDay(a, b)).toEqual(joinDay(b, a));
        expect(joinDay(joinDay(a, b), c)).toEqual(joinDay(a, joinDay(b, c)));
        expect(joinDay(a, a)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('joinDay is commutative for copies that differ in one field only', () => {
    fc.assert(
      fc.property(nearPair, ([a, b]) => {
        expect(joinDay(a, b)).toEqual(joinDay(b, a));
      }),
      RUNS,
    );
  });

  it('two copies alike but for a re-offer count on a done day join the same either way', () => {
    const done: SyncDay = { a: 'e_water_slowly', s: 'd', t: 5 };
    expect(joinDay({ ...done, u: 1 }, done)).toEqual(joinDay(done, { ...done, u: 1 }));
  });

  it('coreOrder is a total order on distinct cores: antisymmetric, and ties only between equal cores', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(syncDay, syncDay), nearPair), ([a, b]) => {
        expect(Math.sign(coreOrder(a, b))).toBe(0 - Math.sign(coreOrder(b, a)) || 0);
        if (coreOrder(a, b) === 0) {
          const { c: _1, n: _2, x: _3, ...ca } = a;
          const { c: _4, n: _5, x: _6, ...cb } = b;
          expect(ca).toEqual(cb);
        }
      }),
      RUNS,
    );
  });

  it('joinMine is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(syncMine, syncMine, syncMine, (a, b, c) => {
        expect(joinMine(a, b)).toEqual(joinMine(b, a));
        expect(joinMine(joinMine(a, b), c)).toEqual(joinMine(a, joinMine(b, c)));
        expect(joinMine(a, a)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('joinState is commutative and idempotent, with or without a wipe', () => {
    fc.assert(
      fc.property(syncState, syncState, (a, b) => {
        expect(joinState(a, b)).toEqual(joinState(b, a));
        expect(joinState(a, a)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('joinState is associative, whichever copy brings a wipe and whatever each copy knew of it', () => {
    fc.assert(
      fc.property(syncState, syncState, syncState, (a, b, c) => {
        expect(joinState(joinState(a, b), c)).toEqual(joinState(a, joinState(b, c)));
      }),
      RUNS,
    );
  });

  it('joinState is associative when a wipe meets copies made after it', () => {
    // Every stamp after every wipe: the wipe cuts nothing, whichever copy brings it.
    fc.assert(
      fc.property(
        fc.tuple(stateOf(syncDay, fc.constant(0)), stateOf(syncDay, fc.constant(0)), stateOf(syncDay, fc.constant(0))),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(2),
        ([a, b, c], w, who) => {
          // Each copy holds only what was stamped after the wipe; one of them carries it.
          const [x, y, z] = [a, b, c].map((st, i) => ({
            ...normalState({ ...st, wipe: w }),
            wipe: i === who ? w : 0,
          })) as [SyncState, SyncState, SyncState];
          expect(joinState(joinState(x, y), z)).toEqual(joinState(x, joinState(y, z)));
        },
      ),
      RUNS,
    );
  });

  /*
   * Two copies of a day from before a wipe meet first, then the wipe: the day goes whole, in either
   * order, because the cut is by the wipe each copy was made after, not by its stamp.
   */
  it('joinState is associative when two copies joined before they saw a wipe', () => {
    const empty = { own: {}, aside: {}, kept: {} };
    const shownFirst: SyncState = {
      wipe: 0,
      days: { '2026-12-01': { a: 'e_water_slowly', s: 'o', t: 1 } },
      mine: empty,
    };
    const wiped: SyncState = { wipe: 1, days: {}, mine: empty };
    const shownLater: SyncState = { wipe: 0, days: { '2026-12-01': { a: 'r_breathe', s: 'o', t: 2 } }, mine: empty };
    expect(joinState(joinState(shownFirst, shownLater), wiped)).toEqual(
      joinState(shownFirst, joinState(shownLater, wiped)),
    );
  });
});

describe('what the person did is never lost', () => {
  it('a change made over a copy wins over that copy, whatever the clocks say (an Undo stands)', () => {
    fc.assert(
      fc.property(writtenDay, record, clock, fc.boolean(), (before, r, now, notes) => {
        fc.pre(changesCore(r, before));
        const mine = stampDay(r, before, now, notes);
        for (const joined of [joinDay(before, mine), joinDay(mine, before)]) {
          expect(core(joined)).toEqual(coreOfRecord(r));
          expect(recordOf(joined, r, notes)).toMatchObject({ actId: r.actId, status: r.status, swapped: r.swapped });
        }
      }),
      RUNS,
    );
  });

  it('a note or check-in changed over a copy wins over that copy, whatever the clocks say', () => {
    fc.assert(
      fc.property(writtenDay, record, clock, (before, r, now) => {
        const mine = stampDay(r, before, now, true);
        const joined = joinDay(before, mine);
        if (changesNote(r, before)) expect(noteText(joined)).toBe(typedOf(r));
        else expect(noteText(joined)).toBe(noteText(before));
        const checkIn = [r.before ?? 0, r.after ?? 0];
        if (before.c || checkIn.some(Boolean)) expect(joined.c?.slice(0, 2)).toEqual(checkIn);
      }),
      RUNS,
    );
  });

  it('changes made apart settle on what says most: done over set aside over open with swaps over open', () => {
    fc.assert(
      fc.property(
        fc.option(writtenDay, { nil: undefined }),
        fc.array(fc.tuple(record, clock), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        (base, changes, notes) => {
          const made = changes.map(([r, now]) => stampDay(r, base, now, notes));
          // Steps forward only: an Undo made apart is the other law's.
          fc.pre(changes.every(([r]) => changesCore(r, base)));
          fc.pre(made.every((d) => base === undefined || rank(d) >= rank(base)));
          const joined = joinAll(made);
          expect(rank(joined)).toBe(Math.max(...made.map(rank)));
          expect(made.map(core)).toContainEqual(core(joined));
          // Every order of meeting gives the same.
          expect(joinAll([...made].reverse())).toEqual(joined);
        },
      ),
      RUNS,
    );
  });

  it('an Undo made apart from a step forward stands', () => {
    fc.assert(
      fc.property(writtenDay, record, clock, record, clock, (base, undo, t1, forward, t2) => {
        const back = stampDay(undo, base, t1, false);
        const ahead = stampDay(forward, base, t2, false);
        fc.pre(changesCore(undo, base) && rank(back) < rank(base) && rank(ahead) >= rank(base));
        expect(core(joinDay(back, ahead))).toEqual(coreOfRecord(undo));
      }),
      RUNS,
    );
  });

  it('a day opened fresh loses to the act another computer already showed; a re-offer beats the offer before it but not a done', () => {
    const openRecord = (a: string): DayRecord => ({ actId: a, status: 'open', swapped: [] });
    fc.assert(
      fc.property(actId, actId, actId, actId, clock, clock, clock, clock, (a1, a2, a3, a4, t1, t2, t3, t4) => {
        fc.pre(t1 < t2 && a1 !== a2 && a3 !== a1);
        const first = stampDay(openRecord(a1), undefined, t1, false);
        const late = stampDay(openRecord(a2), undefined, t2, false);
        expect(joinDay(late, first).a).toBe(a1);
        expect(joinDay(first, late).a).toBe(a1);
        // The extension offers again on the day it showed (settings changed): that wins, whatever the clock.
        const again = stampDay(openRecord(a3), first, t3, false);
        expect(joinAll([late, again, first]).a).toBe(a3);
        expect(joinAll([first, late, again]).a).toBe(a3);
        // A done, made on the first copy or on none, beats the re-offer.
        for (const base of [first, undefined]) {
          const done = stampDay({ actId: a4, status: 'done', swapped: [] }, base, t4, false);
          expect(joinDay(again, done)).toMatchObject({ a: a4, s: 'd' });
          expect(joinAll([done, late, again, first])).toMatchObject({ a: a4, s: 'd' });
        }
      }),
      RUNS,
    );
  });
});

describe('notes: nothing someone wrote is dropped', () => {
  it('every note written apart survives the join, and replaces exactly the notes it was written over', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(writtenDay, { nil: undefined }), record, clock), { minLength: 2, maxLength: 3 }),
        (computers) => {
          // Apart, but after the same "Delete everything" (a copy made after a later one takes the day whole).
          fc.pre(new Set(computers.map(([base]) => base?.e ?? 0)).size === 1);
          const made = computers.map(([base, r, now]) => stampDay(r, base, now, true));
          // The same words at the same second on two computers are one note: another's tombstone is for it too.
          const written0 = made.flatMap((d, i) => {
            const [base, r] = computers[i] ?? [];
            return r && changesNote(r, base) ? (d.n ?? []) : [];
          });
          const tombstones = new Set(
            computers.flatMap(([base]) => [...(base?.x ?? []), ...liveParts(base ?? {}).map(partId)]),
          );
          fc.pre(written0.every((p) => !tombstones.has(partId(p))));
          const joined = joinAll(made);
          const live = liveParts(joined);
          const liveIds = new Set(live.map(partId));
          const replaced = new Set<string>();
          const kept = new Map<string, NotePart>();
          const written: NotePart[] = [];
          computers.forEach(([base, r], i) => {
            for (const id of base?.x ?? []) replaced.add(id);
            if (changesNote(r, base)) {
              for (const p of liveParts(base ?? {})) replaced.add(partId(p));
              const part = made[i]?.n?.[0];
              if (typedOf(r) && part) written.push(part);
            } else for (const p of liveParts(base ?? {})) kept.set(partId(p), p);
          });
          // What anyone wrote while apart stands.
          for (const p of written) expect(live).toContainEqual(p);
          // Notes shown where the person then changed the note are gone; notes no one replaced stay.
          for (const [id, p] of kept) expect(liveIds.has(id)).toBe(!replaced.has(id) || written.includes(p));
          for (const id of liveIds) expect(!replaced.has(id) || written.some((p) => partId(p) === id)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('a note typed again over a copy where the same words were deleted stands, even at the same second', () => {
    const typedAt5: NotePart = [5, 'hi'];
    // "hi" was written at second 5 and deleted on another computer; this one's clock reads 5 too.
    const before: SyncDay = { a: 'e_water_slowly', s: 'd', t: 6, x: [partId(typedAt5)] };
    const mine = stampDay({ actId: 'e_water_slowly', status: 'done', swapped: [], note: 'hi' }, before, 5, true);
    expect(noteText(mine)).toBe('hi');
    expect(noteText(joinDay(before, mine))).toBe('hi');
  });

  it('with notes off, a record keeps this computer’s note and check-in, whatever the joined copy holds', () => {
    fc.assert(
      fc.property(syncDay, record, (day, local) => {
        const out = recordOf(day, local, false);
        expect(out.before).toBe(local.before);
        expect(out.after).toBe(local.after);
        expect(out.note).toBe(local.note);
        expect(out).toMatchObject({ actId: day.a, status: { o: 'open', d: 'done', s: 'skipped' }[day.s] });
      }),
      RUNS,
    );
  });

  it('with notes off, localOf keeps every local note and check-in, and nothing stamped carries them', () => {
    fc.assert(
      fc.property(fc.dictionary(dayKey, record, { maxKeys: 4 }), syncState, clock, (days, remote, now) => {
        const progress: Progress = { startDay: null, days };
        const mine: Mine = { acts: [], notForMe: [], kept: [] };
        const stamped = stampState(progress, mine, remote, now, false);
        for (const d of Object.values(stamped.days))
          if (!Object.values(remote.days).includes(d)) expect(d.c ?? d.n ?? d.x).toBeUndefined();
        const joined = joinState(stamped, remote);
        const out = localOf(joined, progress, mine, false, false).progress;
        for (const [key, r] of Object.entries(out.days)) {
          const here = days[key];
          expect([r.before, r.after, r.note]).toEqual([here?.before, here?.after, here?.note]);
        }
      }),
      RUNS,
    );
  });
});

describe('Delete everything', () => {
  const progressArb = fc.dictionary(dayKey, record, { minKeys: 1, maxKeys: 4 });
  const mineArb = fc.record({
    acts: fc.constant([] as OwnAct[]),
    notForMe: fc.subarray(['e_water_slowly', 'r_breathe']),
    kept: fc.subarray(['e_call_a_friend']),
  });

  it('after a wipe, what was stamped before it is gone and what came after stays, in any order of meeting', () => {
    fc.assert(
      fc.property(
        progressArb,
        mineArb,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        progressArb,
        mineArb,
        clock,
        fc.boolean(),
        (oldDays, oldMine, oldNow, wipe, newDays, newMine, newNow, notes) => {
          fc.pre(oldNow <= wipe);
          const empty: SyncState = { wipe: 0, days: {}, mine: { own: {}, aside: {}, kept: {} } };
          // A computer that never saw the wipe, with what it did before it.
          const old = stampState({ startDay: '2026-11-30', days: oldDays }, oldMine, empty, oldNow, notes);
          // The computer that wiped, and what the person did there afterwards (its clock may be behind).
          const wiped: SyncState = { ...empty, wipe };
          const fresh = stampState({ startDay: '2026-12-01', days: newDays }, newMine, wiped, newNow, notes);
          for (const joined of [
            joinState(old, fresh),
            joinState(fresh, old),
            joinState(joinState(old, wiped), fresh),
          ]) {
            expect(joined.wipe).toBe(wipe);
            expect(Object.keys(joined.days).sort()).toEqual(Object.keys(newDays).sort());
            for (const [key, day] of Object.entries(joined.days))
              expect(core(day)).toEqual(core(fresh.days[key] ?? day));
            expect(joined.start?.d).toBe('2026-12-01');
            expect(joined.mine).toEqual(fresh.mine);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('Delete everything, one case', () => {
  it('a day opened after the wipe is not cut for a copy of the same day from before it', () => {
    const empty = { own: {}, aside: {}, kept: {} };
    const before: SyncState = { wipe: 0, days: { '2026-12-01': { a: 'e_water_slowly', s: 'd', t: 1 } }, mine: empty };
    const after: SyncState = { wipe: 1, days: { '2026-12-01': { a: 'r_breathe', s: 'o', t: 2, e: 1 } }, mine: empty };
    expect(joinState(before, after).days).toEqual(after.days);
    expect(joinState(after, before).days).toEqual(after.days);
  });
});

describe('computers meeting through sync', () => {
  interface Computer {
    record: DayRecord | undefined;
    base: SyncDay | undefined;
  }
  const op = fc.oneof(
    fc.record({ kind: fc.constant('change' as const), who: fc.nat(2), r: record, now: clock }),
    fc.record({ kind: fc.constant('sync' as const), who: fc.nat(2), now: clock }),
  );

  /** One computer's run: stamp its record over the copy it last joined, join sync's, keep the join. */
  function sync(pc: Computer, hub: SyncDay | undefined, now: number, notes: boolean): SyncDay | undefined {
    const mine = pc.record ? stampDay(pc.record, pc.base, now, notes) : pc.base;
    const joined = mine && hub ? joinDay(mine, hub) : (mine ?? hub);
    if (joined) {
      pc.base = joined;
      pc.record = recordOf(joined, pc.record, notes);
    }
    return joined;
  }

  it('three computers settle on one day, and a change made on the settled day reaches every one', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 12 }),
        fc.nat(2),
        record,
        clock,
        fc.boolean(),
        (ops, who, last, lastNow, notes) => {
          const pcs: Computer[] = [0, 1, 2].map(() => ({ record: undefined, base: undefined }));
          const pc = (i: number): Computer => pcs[i] as Computer;
          let hub: SyncDay | undefined;
          for (const o of ops) {
            if (o.kind === 'change') pc(o.who).record = o.r;
            else hub = sync(pc(o.who), hub, o.now, notes);
          }
          const settle = (now: number) => {
            for (let round = 0; round < 2; round++) for (const pc of pcs) hub = sync(pc, hub, now, notes);
          };
          settle(lastNow);
          if (!hub) return;
          const settled = JSON.stringify(hub);
          const settledDay = hub;
          for (const pc of pcs) expect(pc.base).toEqual(hub);
          // Quiet once settled: another round changes nothing.
          settle(lastNow + 1);
          expect(JSON.stringify(hub)).toBe(settled);
          // A change on one computer, an Undo or anything else, over the settled copy: everyone takes it.
          pc(who).record = last;
          settle(lastNow);
          for (const pc of pcs) {
            expect(pc.record).toMatchObject({ actId: last.actId, status: last.status, swapped: last.swapped });
            if (notes)
              expect(pc.record?.note ?? '').toBe(changesNote(last, settledDay) ? typedOf(last) : noteText(settledDay));
          }
        },
      ),
      RUNS,
    );
  });
});
