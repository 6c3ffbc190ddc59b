import type { Act } from './types';

/** Acts for veterans, service members and military families. Words live in locales under acts.<id>. */
export const veteranActs: readonly Act[] = [
  { id: 'v_words_you_would_give_buddy', direction: 'self', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_name_skill_you_carry', direction: 'self', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_two_minutes_off_duty', direction: 'self', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_share_the_weight', direction: 'self', effort: 'small', focus: ['veterans'], note: 'trauma' },
  { id: 'v_long_slow_exhale', direction: 'body', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_water_and_gentle_stretch', direction: 'body', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_wind_down_tonight', direction: 'body', effort: 'small', focus: ['veterans'] },
  { id: 'v_join_activity_group', direction: 'body', effort: 'larger', focus: ['veterans'] },
  { id: 'v_text_someone_you_served_with', direction: 'close', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_quiet_minute_to_remember', direction: 'close', effort: 'tiny', focus: ['veterans'], note: 'grief' },
  { id: 'v_thank_military_family_member', direction: 'close', effort: 'small', focus: ['veterans'] },
  { id: 'v_voice_message_far_away', direction: 'close', effort: 'small', focus: ['veterans'] },
  { id: 'v_wish_well_far_from_home', direction: 'stranger', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_kind_reply_online', direction: 'stranger', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_thank_everyday_worker', direction: 'stranger', effort: 'small', focus: ['veterans'] },
  { id: 'v_letter_for_service_member', direction: 'stranger', effort: 'larger', focus: ['veterans'] },
  { id: 'v_welcome_new_military_family', direction: 'community', effort: 'small', focus: ['veterans'] },
  { id: 'v_share_resource_in_group', direction: 'community', effort: 'small', focus: ['veterans'] },
  { id: 'v_thank_veteran_helper', direction: 'community', effort: 'small', focus: ['veterans'] },
  { id: 'v_help_someone_transition', direction: 'community', effort: 'larger', focus: ['veterans'] },
  { id: 'v_wish_well_drifted_friend', direction: 'repair', effort: 'tiny', focus: ['veterans'] },
  { id: 'v_hello_after_going_quiet', direction: 'repair', effort: 'small', focus: ['veterans'] },
  { id: 'v_peace_gesture_at_home', direction: 'repair', effort: 'small', focus: ['veterans'], note: 'family' },
  { id: 'v_letter_to_younger_self', direction: 'repair', effort: 'small', focus: ['veterans'], note: 'trauma' },
];
