import { hash } from './hash';

/** A new tab never shows a prompt seen in the last this-many tabs, while there are enough. */
export const PROMPT_MEMORY = 10;

/**
 * The next grounding prompt: one not among the `recent` ids, chosen by `seed`.
 * Returns the id and the updated memory of recent ids.
 */
export function nextPrompt(ids: readonly string[], recent: readonly string[], seed: string) {
  const memory = recent.filter((id) => ids.includes(id)).slice(-Math.min(PROMPT_MEMORY, ids.length - 1));
  const fresh = ids.filter((id) => !memory.includes(id));
  const id = fresh[hash(seed) % fresh.length] ?? ids[0] ?? '';
  return { id, recent: [...memory, id].slice(-PROMPT_MEMORY) };
}
