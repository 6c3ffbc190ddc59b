import { describe, expect, it } from 'vitest';
import { nextDayStart } from '@/utils/day';
import { freshSnapshot, type Snapshot } from '@/utils/snapshot';

const ZONE = 'America/New_York';
const drawnAt = Date.parse('2026-03-07T23:30:00-05:00');
const until = nextDayStart(drawnAt, ZONE, 4);
const kept: Snapshot = {
  from: drawnAt,
  until,
  timeZone: ZONE,
  lang: 'en-US',
  nodes: [['main', { class: 'popup' }, [['h1', { id: 'act-title' }, ['Drink a glass of water slowly.']]]]],
};
const at = (now: number, changes: Partial<Snapshot> = {}, zone = ZONE, lang = 'en-US') =>
  freshSnapshot([{ ...kept, ...changes }], now, zone, lang);

describe('a kept drawing of the popup', () => {
  it('holds for the rest of the day it was drawn in, across midnight and the spring-forward hour before a 4 am day start', () => {
    // Clocks go from 2 am to 3 am on 8 March: the day it was drawn in ends at 4 am daylight time.
    expect(until).toBe(Date.parse('2026-03-08T04:00:00-04:00'));
    expect(at(drawnAt)).toEqual(kept);
    expect(at(Date.parse('2026-03-08T00:30:00-05:00'))).toEqual(kept);
    expect(at(until - 1)).toEqual(kept);
  });

  it('no longer holds once the next day has begun, or days later', () => {
    expect(at(until)).toBeNull();
    expect(at(until + 5 * 86_400_000)).toBeNull();
  });

  it('does not hold for a clock set back before it was drawn', () => {
    expect(at(drawnAt - 1)).toBeNull();
  });

  it('does not hold in another time zone or language', () => {
    expect(at(drawnAt + 1000, {}, 'Asia/Tokyo')).toBeNull();
    expect(at(drawnAt + 1000, {}, ZONE, 'es-419')).toBeNull();
  });

  it('is ignored, without an error, when damaged or foreign', () => {
    const now = drawnAt + 1000;
    for (const raw of [null, 'x', 42, [], { ...kept, until: 'later' }, { ...kept, nodes: [] }]) {
      expect(freshSnapshot(raw, now, ZONE, 'en-US')).toBeNull();
      expect(freshSnapshot([raw], now, ZONE, 'en-US')).toBeNull();
    }
    for (const node of [
      ['main', {}],
      ['Main!', {}, []],
      ['p', { class: 1 }, []],
      ['p', [], []],
      ['p', {}, [7]],
      ['div', {}, [['p', null, []]]],
    ])
      expect(at(now, { nodes: [node as never] })).toBeNull();
  });

  it('refuses a tree deeper than a page could be', () => {
    let deep: Snapshot['nodes'][number] = 'text';
    for (let i = 0; i < 40; i++) deep = ['div', {}, [deep]];
    expect(at(drawnAt, { nodes: [deep] })).toBeNull();
  });

  it('keeps the next day drawn ahead: it takes over at the day boundary, until the one after', () => {
    const next = nextDayStart(until, ZONE, 4);
    const ahead: Snapshot = { ...kept, from: until, until: next, nodes: [['main', {}, ['Tomorrow']]] };
    expect(freshSnapshot([kept, ahead], until - 1, ZONE, 'en-US')).toEqual(kept);
    expect(freshSnapshot([kept, ahead], until, ZONE, 'en-US')).toEqual(ahead);
    expect(freshSnapshot([kept, ahead], next - 1, ZONE, 'en-US')).toEqual(ahead);
    expect(freshSnapshot([kept, ahead], next, ZONE, 'en-US')).toBeNull();
    // A damaged record beside a whole one costs only itself.
    expect(freshSnapshot([{ ...kept, nodes: 'x' }, ahead], until, ZONE, 'en-US')).toEqual(ahead);
  });

  it('ignores the single drawing an earlier version kept, so that open draws afresh', () => {
    const { from, ...rest } = kept;
    expect(freshSnapshot({ ...rest, drawnAt: from }, drawnAt + 1000, ZONE, 'en-US')).toBeNull();
  });
});
