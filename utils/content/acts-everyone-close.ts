import type { Act } from './types';

/**
 * Acts for everyone, toward people they know (and animals they live with), then
 * repair. Repair acts say "if it feels safe" and carry a content note, so a gentle
 * day never offers them. Words live in locales under acts.<id>.
 */
export const everyoneCloseActs: readonly Act[] = [
  { id: 'e_text_encouraging_line', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  { id: 'e_thinking_of_you', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  { id: 'e_name_what_you_admire', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  { id: 'e_share_happy_memory', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  { id: 'e_send_song_or_photo', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  { id: 'e_thank_someone_at_home', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  { id: 'e_ask_a_follow_up', direction: 'close', effort: 'tiny', focus: ['everyone'], involves: 'known' },
  {
    id: 'e_pet_kind_minute',
    direction: 'close',
    effort: 'tiny',
    focus: ['everyone'],
    involves: 'no_one',
    fromBed: true,
  },
  { id: 'e_ask_and_listen', direction: 'close', effort: 'small', focus: ['everyone'], involves: 'known' },
  { id: 'e_thank_you_lines', direction: 'close', effort: 'small', focus: ['everyone'], involves: 'known' },
  { id: 'e_offer_small_help', direction: 'close', effort: 'small', focus: ['everyone'], involves: 'known' },
  {
    id: 'e_check_on_grieving',
    direction: 'close',
    effort: 'small',
    focus: ['everyone'],
    involves: 'known',
    note: 'grief',
  },
  { id: 'e_handwritten_card', direction: 'close', effort: 'larger', focus: ['everyone'], involves: 'known' },
  { id: 'e_plan_time_together', direction: 'close', effort: 'larger', focus: ['everyone'], involves: 'known' },
  {
    id: 'e_simple_apology',
    direction: 'repair',
    effort: 'small',
    focus: ['everyone'],
    involves: 'known',
    note: 'conflict',
  },
  {
    id: 'e_thank_after_friction',
    direction: 'repair',
    effort: 'small',
    focus: ['everyone'],
    involves: 'known',
    note: 'conflict',
  },
  {
    id: 'e_family_kind_message',
    direction: 'repair',
    effort: 'small',
    focus: ['everyone'],
    involves: 'known',
    note: 'family',
  },
  {
    id: 'e_mending_conversation',
    direction: 'repair',
    effort: 'larger',
    focus: ['everyone'],
    involves: 'known',
    note: 'conflict',
  },
];
