import { describe, expect, it } from 'vitest';
import { parseOwnAct } from '@/utils/domain/mine';
import { stampMine } from '@/utils/domain/sync/mine';

describe('own acts as they travel', () => {
  it('an act read back with its keys in another order (Chrome sorts them) is no change: its stamp stands', () => {
    const act = parseOwnAct({ id: 'own_abc', title: 'Bring soup', effort: 'small' });
    if (!act) throw new Error('a valid act');
    // As chrome.storage gives it back: keys sorted.
    const stored = { effort: 'small', id: 'own_abc', title: 'Bring soup' } as typeof act;
    const before = { own: { own_abc: [100, stored] as [number, typeof act] }, aside: {}, kept: {} };
    const next = stampMine({ acts: [act], notForMe: [], kept: [] }, before, 200);
    expect(next.own.own_abc?.[0]).toBe(100);
  });
});
