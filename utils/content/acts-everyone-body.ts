import type { Act } from './types';

/**
 * Acts for everyone, toward the body: water, rest, comfort, gentle movement,
 * nights awake. Breath, senses and body scans are the new tab's prompts, not acts.
 */
export const everyoneBodyActs: readonly Act[] = [
  { id: 'e_water_slowly', direction: 'body', effort: 'tiny', focus: ['everyone'], involves: 'no_one', fromBed: true },
  { id: 'e_gentle_stretch', direction: 'body', effort: 'tiny', focus: ['everyone'], involves: 'no_one', fromBed: true },
  { id: 'e_eat_with_attention', direction: 'body', effort: 'small', focus: ['everyone'], involves: 'no_one' },
  {
    id: 'e_move_to_one_song',
    direction: 'body',
    effort: 'small',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  { id: 'e_let_in_fresh_air', direction: 'body', effort: 'tiny', focus: ['everyone'], involves: 'no_one' },
  {
    id: 'e_early_wind_down',
    direction: 'body',
    effort: 'small',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'e_proper_rest_break',
    direction: 'body',
    effort: 'larger',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  { id: 'e_soft_clothes', direction: 'body', effort: 'tiny', focus: ['everyone'], involves: 'no_one', fromBed: true },
  { id: 'e_warm_water_face', direction: 'body', effort: 'tiny', focus: ['everyone'], involves: 'no_one' },
  {
    id: 'e_one_minute_lie_down',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  { id: 'e_medicine_ready', direction: 'body', effort: 'tiny', focus: ['everyone'], involves: 'no_one' },
  {
    id: 'e_night_waking_rest',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  {
    id: 'e_night_dim_light',
    direction: 'body',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
];
