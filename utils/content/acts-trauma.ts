import type { Act } from './types';

/** Acts for adults in trauma recovery: gentle, optional, never confronting. Words live in locales under acts.<id>. */
export const traumaActs: readonly Act[] = [
  { id: 'r_one_easy_promise', direction: 'self', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_answer_harsh_thought', direction: 'self', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_practice_small_no', direction: 'self', effort: 'small', focus: ['trauma'] },
  { id: 'r_steady_anchor_list', direction: 'self', effort: 'small', focus: ['trauma'] },
  { id: 'r_feel_what_holds_you', direction: 'body', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_comforting_hand', direction: 'body', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_five_things_you_see', direction: 'body', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_move_at_your_pace', direction: 'body', effort: 'small', focus: ['trauma'] },
  { id: 'r_message_safe_person', direction: 'close', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_let_yourself_say_yes', direction: 'close', effort: 'small', focus: ['trauma'] },
  { id: 'r_share_small_joy', direction: 'close', effort: 'small', focus: ['trauma'] },
  { id: 'r_low_key_time_safe_person', direction: 'close', effort: 'larger', focus: ['trauma'] },
  { id: 'r_silent_good_wish', direction: 'stranger', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_anonymous_kind_comment', direction: 'stranger', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_thank_someone_who_helps', direction: 'stranger', effort: 'small', focus: ['trauma'] },
  { id: 'r_donate_unused_things', direction: 'stranger', effort: 'larger', focus: ['trauma'] },
  { id: 'r_join_group_and_listen', direction: 'community', effort: 'small', focus: ['trauma'] },
  { id: 'r_tend_shared_space', direction: 'community', effort: 'small', focus: ['trauma'] },
  { id: 'r_share_what_helped', direction: 'community', effort: 'small', focus: ['trauma'], note: 'trauma' },
  { id: 'r_offer_time_survivor_group', direction: 'community', effort: 'larger', focus: ['trauma'], note: 'trauma' },
  { id: 'r_words_for_someday', direction: 'repair', effort: 'tiny', focus: ['trauma'] },
  { id: 'r_unsent_letter_younger_you', direction: 'repair', effort: 'small', focus: ['trauma'], note: 'trauma' },
  { id: 'r_hello_to_safe_friend', direction: 'repair', effort: 'small', focus: ['trauma'] },
  { id: 'r_name_one_need_kindly', direction: 'repair', effort: 'small', focus: ['trauma'] },
];
