/**
 * The content model. Acts and prompts are typed data with stable ids; their
 * words live in `locales/<lang>.yml` under `acts.<id>.*` and `prompts.<id>.*`,
 * so a wording change or a new language never touches history, which only
 * stores ids.
 */

/** Whom the kindness is for. */
export const DIRECTIONS = ['self', 'body', 'close', 'stranger', 'community', 'repair'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** tiny: under two minutes, possible on a hard day. */
export const EFFORTS = ['tiny', 'small', 'larger'] as const;
export type Effort = (typeof EFFORTS)[number];

export const FOCUSES = ['everyone', 'parents', 'veterans', 'trauma', 'teens'] as const;
export type Focus = (typeof FOCUSES)[number];

/** Acts touching these themes carry a note and can be filtered out. */
export const CONTENT_NOTES = ['grief', 'family', 'trauma'] as const;
export type ContentNote = (typeof CONTENT_NOTES)[number];

export interface Act {
  /** snake_case, never renamed once shipped: history refers to it. */
  readonly id: string;
  readonly direction: Direction;
  readonly effort: Effort;
  /** Acts tagged `everyone` suit any focus; others only the named ones. */
  readonly focus: readonly Focus[];
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
}
