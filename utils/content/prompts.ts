import type { Prompt } from './types';

/*
 * The grounding prompts. Their words live in `locales/<lang>.yml` under `prompts.<id>`, and
 * follow three conventions that tests/unit/prompts.test.ts holds:
 *
 * - A prompt that turns attention inward (any breath or body prompt, and any other that
 *   mentions the breath, the heart, tension or closed eyes) ends with an outward way out, in
 *   its own last sentence, starting "Or" / "O": something to see, hear or touch around you.
 *   It is part of the same text, so the new tab's first paint shows it without extra work.
 * - A reframe leads with the kind sentence, quoted, and never quotes the harsh thought: it
 *   names the moment it is for, softly, after.
 * - Each breath prompt holds a different idea; few lengthen the breath out, and a hold is
 *   rare, short and said to be optional. The text gives the same counts as its `pace`.
 *
 * Ids are stable: the new tab remembers the last few it showed (utils/domain/rotation.ts
 * forgets ids that are no longer here).
 */
export const prompts: readonly Prompt[] = [
  { id: 'g_breath_four_six', kind: 'breath', pace: { inhale: 4, hold: 0, exhale: 6 } },
  { id: 'g_breath_box_four', kind: 'breath', pace: { inhale: 4, hold: 4, exhale: 4 } },
  { id: 'g_breath_even_four', kind: 'breath', pace: { inhale: 4, hold: 0, exhale: 4 } },
  { id: 'g_breath_five_five_wave', kind: 'breath', pace: { inhale: 5, hold: 0, exhale: 5 } },
  { id: 'g_breath_warm_cup_three_six', kind: 'breath', pace: { inhale: 3, hold: 0, exhale: 6 } },
  { id: 'g_breath_five_seven_sigh', kind: 'breath', pace: { inhale: 5, hold: 0, exhale: 7 } },
  { id: 'g_breath_count_to_five', kind: 'breath', pace: { inhale: 3, hold: 0, exhale: 3 } },
  { id: 'g_breath_here_and_now', kind: 'breath', pace: { inhale: 4, hold: 0, exhale: 4 } },
  { id: 'g_breath_two_colors', kind: 'breath', pace: { inhale: 3, hold: 0, exhale: 3 } },
  { id: 'g_breath_soft_hum', kind: 'breath', pace: { inhale: 4, hold: 0, exhale: 4 } },
  { id: 'g_senses_five_four_three_two_one', kind: 'senses' },
  { id: 'g_senses_three_two_one_short', kind: 'senses' },
  { id: 'g_senses_three_colors', kind: 'senses' },
  { id: 'g_senses_far_and_near_sounds', kind: 'senses' },
  { id: 'g_senses_quietest_sound', kind: 'senses' },
  { id: 'g_senses_air_temperature', kind: 'senses' },
  { id: 'g_senses_warm_or_cool_hands', kind: 'senses' },
  { id: 'g_senses_texture_in_reach', kind: 'senses' },
  { id: 'g_senses_four_textures', kind: 'senses' },
  { id: 'g_senses_weight_of_clothes', kind: 'senses' },
  { id: 'g_senses_light_and_shadow', kind: 'senses' },
  { id: 'g_senses_round_soft_familiar', kind: 'senses' },
  { id: 'g_senses_one_smell', kind: 'senses' },
  { id: 'g_senses_taste_right_now', kind: 'senses' },
  { id: 'g_senses_something_moving', kind: 'senses' },
  { id: 'g_senses_describe_one_object', kind: 'senses' },
  { id: 'g_compassion_doing_what_i_can', kind: 'compassion' },
  {
    id: 'g_compassion_allowed_to_rest',
    kind: 'compassion',
    echoes: ['e_permission_to_rest', 'w_day1_permission_slower_day'],
  },
  {
    id: 'g_compassion_like_a_good_friend',
    kind: 'compassion',
    echoes: ['e_talk_like_a_friend', 'e_kind_word_after_mistake', 'w_day4_grace_for_a_mistake'],
  },
  { id: 'g_compassion_feelings_make_sense', kind: 'compassion' },
  { id: 'g_compassion_enough_today', kind: 'compassion', echoes: ['p_good_enough_today'] },
  { id: 'g_compassion_part_of_being_human', kind: 'compassion' },
  { id: 'g_compassion_may_i_be_gentle', kind: 'compassion' },
  { id: 'g_compassion_small_steps_count', kind: 'compassion' },
  { id: 'g_compassion_softer_inner_voice', kind: 'compassion' },
  { id: 'g_compassion_same_care_as_others', kind: 'compassion' },
  { id: 'g_compassion_just_this_moment', kind: 'compassion' },
  { id: 'g_compassion_mistakes_are_human', kind: 'compassion' },
  {
    id: 'g_compassion_thank_yourself',
    kind: 'compassion',
    echoes: ['p_thank_yourself_as_parent', 'e_thank_past_self'],
  },
  { id: 'g_compassion_hard_day_not_verdict', kind: 'compassion' },
  { id: 'g_compassion_one_word_you_need', kind: 'compassion', echoes: ['e_what_you_need_now'] },
  { id: 'g_reframe_never_get_it_right', kind: 'reframe' },
  { id: 'g_reframe_not_doing_enough', kind: 'reframe' },
  { id: 'g_reframe_too_much_for_people', kind: 'reframe' },
  { id: 'g_reframe_ruin_everything', kind: 'reframe' },
  { id: 'g_reframe_others_cope_better', kind: 'reframe' },
  { id: 'g_reframe_needing_help_is_weak', kind: 'reframe' },
  { id: 'g_reframe_wasted_today', kind: 'reframe' },
  { id: 'g_reframe_still_not_over_it', kind: 'reframe' },
  { id: 'g_reframe_all_my_fault', kind: 'reframe' },
  { id: 'g_reframe_too_sensitive', kind: 'reframe' },
  { id: 'g_reframe_has_to_be_perfect', kind: 'reframe', echoes: ['p_good_enough_today'] },
  { id: 'g_reframe_cant_handle_anything', kind: 'reframe' },
  { id: 'g_reframe_annoying_everyone', kind: 'reframe' },
  { id: 'g_reframe_not_good_at_anything', kind: 'reframe' },
  { id: 'g_reframe_always_be_like_this', kind: 'reframe' },
  { id: 'g_body_unclench_jaw', kind: 'body' },
  { id: 'g_body_shoulders_settle', kind: 'body' },
  { id: 'g_body_what_holds_you_up', kind: 'body' },
  { id: 'g_body_feet_or_any_contact', kind: 'body' },
  { id: 'g_body_smooth_forehead', kind: 'body' },
  { id: 'g_body_hands_rest_open', kind: 'body' },
  { id: 'g_body_rest_your_eyes', kind: 'body' },
  { id: 'g_body_heavy_head_neck', kind: 'body' },
  { id: 'g_body_one_need_check', kind: 'body' },
  { id: 'g_body_where_tension_sits', kind: 'body' },
  { id: 'g_body_one_kinder_adjustment', kind: 'body' },
  { id: 'g_body_palms_on_a_surface', kind: 'body' },
  { id: 'g_body_something_cool_to_hold', kind: 'body' },
  { id: 'g_body_look_around_the_space', kind: 'body' },
  { id: 'g_ritual_hand_on_heart', kind: 'ritual' },
  { id: 'g_ritual_kind_word_before_mail', kind: 'ritual', echoes: ['e_kind_word_after_mistake'] },
  {
    id: 'g_ritual_name_one_thing_done',
    kind: 'ritual',
    echoes: ['w_day6_name_what_you_carried', 'e_glad_of_one_thing', 'p_keep_a_small_moment'],
  },
  { id: 'g_ritual_sip_of_water_first', kind: 'ritual', echoes: ['e_water_slowly', 'w_day2_water_slowly'] },
  { id: 'g_ritual_word_for_the_hour', kind: 'ritual' },
  { id: 'g_ritual_thank_a_body_part', kind: 'ritual' },
  { id: 'g_ritual_new_tab_doorway', kind: 'ritual' },
  { id: 'g_ritual_comfort_object', kind: 'ritual' },
  { id: 'g_ritual_first_warm_sip', kind: 'ritual' },
  { id: 'g_ritual_nod_to_reflection', kind: 'ritual' },
  { id: 'g_ritual_breath_after_a_task', kind: 'ritual' },
  { id: 'g_ritual_one_okay_moment', kind: 'ritual' },
  { id: 'g_ritual_kind_note_for_later', kind: 'ritual', echoes: ['e_note_to_future_self'] },
  { id: 'g_ritual_look_at_something_alive', kind: 'ritual' },
  { id: 'g_ritual_greet_yourself', kind: 'ritual' },
  { id: 'g_ritual_name_five_of_a_kind', kind: 'ritual' },
];

/** The prompts of `pool` that do not repeat the idea of `actId`, the act the new tab shows. */
export function besideAct(pool: readonly Prompt[], actId: string | null): readonly Prompt[] {
  const others = actId ? pool.filter((p) => !p.echoes?.includes(actId)) : pool;
  return others.length > 0 ? others : pool;
}
