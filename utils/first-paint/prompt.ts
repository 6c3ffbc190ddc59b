import { besideAct, prompts } from '@/utils/content/prompts';
import type { Prompt } from '@/utils/content/types';
import type { NewTabStyle } from '@/utils/domain/model';
import { nextPrompt } from '@/utils/domain/rotation';
import { readRecentPrompts, writeRecentPrompts } from './mirror';

/**
 * The next grounding prompt for a page that shows one, and the rotation moved on: every extension
 * page shares this localStorage, so the new tab and the popup's moment take turns from one
 * rotation and neither repeats what the other just showed. Synchronous, for the new tab's first paint.
 *
 * The breathing-only style offers only breath prompts. One idea shows once: no prompt that repeats
 * `shownAct`, the act on the same screen (for a new tab's first paint, the act it showed last,
 * which on the day's first tab can still be yesterday's).
 */
export function takePrompt(style: NewTabStyle, shownAct: string | null, seed: string): Prompt {
  const styled = style === 'breath' ? prompts.filter((p) => p.kind === 'breath') : prompts;
  const pool = besideAct(styled, shownAct);
  const { id, recent } = nextPrompt(
    pool.map((p) => p.id),
    readRecentPrompts(),
    seed,
  );
  writeRecentPrompts(recent);
  // The library always holds prompts of every kind (tests/unit/content.test.ts), so no pool is empty.
  return pool.find((p) => p.id === id) ?? (pool[0] as Prompt);
}
