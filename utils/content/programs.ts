import type { Act } from './types';

/**
 * The article's 5-day reset, in order: an encouraging message, kindness to the
 * body, a sincere compliment, grace after a mistake, an anonymous kindness.
 * Each keeps the effort of the same idea in the daily library.
 */
export const resetActs: readonly Act[] = [
  { id: 'reset_encouraging_message', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  {
    id: 'reset_kind_to_body',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  { id: 'reset_sincere_compliment', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  {
    id: 'reset_grace_for_mistake',
    direction: 'self',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  { id: 'reset_anonymous_kindness', direction: 'stranger', effort: 'small', focus: ['everyone'], involves: 'anyone' },
];
