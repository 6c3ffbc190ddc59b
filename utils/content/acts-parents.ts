import type { Act } from './types';

/** Acts for parents worn out by burnout or postpartum distress. Words live in locales under acts.<id>. */
export const parentActs: readonly Act[] = [
  { id: 'p_good_enough_today', direction: 'self', effort: 'tiny', focus: ['parents'] },
  { id: 'p_let_one_task_wait', direction: 'self', effort: 'tiny', focus: ['parents'] },
  { id: 'p_name_one_okay_moment', direction: 'self', effort: 'tiny', focus: ['parents'] },
  { id: 'p_tell_someone_heaviness', direction: 'self', effort: 'small', focus: ['parents'] },
  { id: 'p_slow_glass_of_water', direction: 'body', effort: 'tiny', focus: ['parents'] },
  { id: 'p_soften_neck_and_jaw', direction: 'body', effort: 'tiny', focus: ['parents'] },
  { id: 'p_rest_when_child_sleeps', direction: 'body', effort: 'small', focus: ['parents'] },
  { id: 'p_protected_rest_block', direction: 'body', effort: 'larger', focus: ['parents'] },
  { id: 'p_text_parent_friend', direction: 'close', effort: 'tiny', focus: ['parents'] },
  { id: 'p_name_what_child_did_well', direction: 'close', effort: 'small', focus: ['parents'] },
  { id: 'p_thank_coparent_specific', direction: 'close', effort: 'small', focus: ['parents'] },
  { id: 'p_ten_minutes_their_choice', direction: 'close', effort: 'small', focus: ['parents'] },
  { id: 'p_wish_well_night_parents', direction: 'stranger', effort: 'tiny', focus: ['parents'] },
  { id: 'p_kind_reply_parent_forum', direction: 'stranger', effort: 'tiny', focus: ['parents'] },
  { id: 'p_smile_at_parent_in_public', direction: 'stranger', effort: 'small', focus: ['parents'] },
  { id: 'p_pass_on_outgrown_things', direction: 'stranger', effort: 'larger', focus: ['parents'] },
  { id: 'p_thank_child_carer', direction: 'community', effort: 'small', focus: ['parents'] },
  { id: 'p_share_free_resource', direction: 'community', effort: 'small', focus: ['parents'] },
  { id: 'p_toy_book_swap', direction: 'community', effort: 'larger', focus: ['parents'] },
  { id: 'p_childcare_hour_swap', direction: 'community', effort: 'larger', focus: ['parents'] },
  { id: 'p_draft_sorry_or_thanks', direction: 'repair', effort: 'tiny', focus: ['parents'] },
  { id: 'p_repair_after_snapping', direction: 'repair', effort: 'small', focus: ['parents'], note: 'family' },
  { id: 'p_coparent_same_team', direction: 'repair', effort: 'small', focus: ['parents'], note: 'family' },
  { id: 'p_hello_to_drifted_friend', direction: 'repair', effort: 'small', focus: ['parents'] },
];
