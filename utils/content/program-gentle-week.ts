import type { Act } from './types';

/**
 * The gentle week: seven tiny acts for a hard week, in day order. None needs
 * another person or carries a content note, because the week is for hard days.
 */
export const gentleWeekActs: readonly Act[] = [
  {
    id: 'w_day1_permission_slower_day',
    direction: 'self',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'w_day2_water_slowly',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'w_day3_rest_nothing_to_earn',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'w_day4_grace_for_a_mistake',
    direction: 'self',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'w_day5_move_gently',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'w_day6_name_what_you_carried',
    direction: 'self',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'w_day7_quiet_good_wish',
    direction: 'close',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
];
