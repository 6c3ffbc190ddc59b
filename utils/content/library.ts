import type { Library } from '@/utils/domain/schedule';
import { everyoneActs } from './acts-everyone';
import { parentActs } from './acts-parents';
import { retiredActs } from './acts-retired';
import { teenActs } from './acts-teens';
import { traumaActs } from './acts-trauma';
import { veteranActs } from './acts-veterans';
import { gentleWeekActs } from './program-gentle-week';
import { resetActs } from './programs';
import type { Act } from './types';

/** Everything a day can offer: the ongoing library and the short programs. */
export const library: Library = {
  acts: [...everyoneActs, ...parentActs, ...veteranActs, ...traumaActs, ...teenActs],
  programs: { reset: resetActs, gentle: gentleWeekActs },
};

/** Every act a day can offer, programs included. */
export const allActs: readonly Act[] = [...library.acts, ...resetActs, ...gentleWeekActs];

export { retiredActs };

/**
 * Every act with words: those on offer and those retired. History and counts look acts up
 * here, so a day done with a retired act still shows its words and counts by its direction.
 */
export const actsWithWords: readonly Act[] = [...allActs, ...retiredActs];

const byId = new Map<string, Act>(actsWithWords.map((act) => [act.id, act]));

export function findAct(id: string): Act | undefined {
  return byId.get(id);
}
