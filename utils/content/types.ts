/**
 * The content model. Acts and prompts are typed data with stable ids; their
 * words live in `locales/<lang>.yml` under `acts.<id>.*` and `prompts.<id>.*`,
 * so a wording change or a new language never touches history, which only
 * stores ids.
 */

/**
 * Whom the kindness is for. `self` and `body` are toward oneself (receiving help
 * included); the rest are toward another: `close` someone you know or an animal you
 * live with, `stranger` people you do not know, `community` shared places and the
 * living world, `repair` mending a strained bond.
 */
export const DIRECTIONS = ['self', 'body', 'close', 'stranger', 'community', 'repair'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** tiny: under two minutes, possible on a hard day. */
export const EFFORTS = ['tiny', 'small', 'larger'] as const;
export type Effort = (typeof EFFORTS)[number];

export const FOCUSES = ['everyone', 'parents', 'veterans', 'trauma', 'teens'] as const;
export type Focus = (typeof FOCUSES)[number];

/**
 * Acts touching these themes carry a note: the person can avoid any of them, and a
 * gentle day never offers an act with a note. `conflict` is for clashes, repair and
 * strained or drifted bonds outside the family.
 */
export const CONTENT_NOTES = ['grief', 'family', 'trauma', 'conflict'] as const;
export type ContentNote = (typeof CONTENT_NOTES)[number];

/**
 * Who an act needs: `no_one` (done alone, even when it is for someone else), `known`
 * (reaching someone you know), `anyone` (meeting or reaching strangers, online too).
 * A lonely person can still be offered every `no_one` act.
 */
export const INVOLVES = ['no_one', 'known', 'anyone'] as const;
export type Involves = (typeof INVOLVES)[number];

export interface Act {
  /** snake_case, never renamed once shipped: history refers to it. */
  readonly id: string;
  readonly direction: Direction;
  readonly effort: Effort;
  /** Acts tagged `everyone` suit any focus; others only the named ones. */
  readonly focus: readonly Focus[];
  readonly involves: Involves;
  /** Possible from a bed or a chair, for a day of pain, illness or no energy. */
  readonly fromBed?: true;
  readonly note?: ContentNote;
}

export const PROMPT_KINDS = ['breath', 'senses', 'compassion', 'reframe', 'body', 'ritual'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** Seconds per phase of a paced breath; only breath prompts have one. */
export interface BreathPace {
  readonly inhale: number;
  readonly hold: number;
  readonly exhale: number;
}

export interface Prompt {
  readonly id: string;
  readonly kind: PromptKind;
  readonly pace?: BreathPace;
  /** Acts with the same idea: a new tab showing one of them today offers another prompt. */
  readonly echoes?: readonly string[];
}
