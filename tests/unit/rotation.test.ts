import { describe, expect, it } from 'vitest';
import { prompts } from '@/utils/content/prompts';
import { nextPrompt, PROMPT_MEMORY } from '@/utils/domain/rotation';

const ids = prompts.map((p) => p.id);

describe('grounding prompt rotation', () => {
  it(`never repeats one of the last ${PROMPT_MEMORY} prompts over 500 new tabs`, () => {
    let recent: string[] = [];
    const shown: string[] = [];
    for (let i = 0; i < 500; i++) {
      const next = nextPrompt(ids, recent, `seed-${i}`);
      expect(recent).not.toContain(next.id);
      recent = next.recent;
      shown.push(next.id);
    }
    expect(new Set(shown).size).toBeGreaterThan(60);
  });

  it('is deterministic for a seed and memory', () => {
    expect(nextPrompt(ids, ['g_breath_four_six'], 'x')).toEqual(nextPrompt(ids, ['g_breath_four_six'], 'x'));
  });

  it('forgets ids no longer in the library and copes with a tiny list', () => {
    expect(nextPrompt(ids, ['gone', 'also_gone'], 's').recent).not.toContain('gone');
    const two = ['a', 'b'];
    expect(nextPrompt(two, ['a'], 's').id).toBe('b');
    expect(nextPrompt(['only'], ['only'], 's').id).toBe('only');
  });
});
