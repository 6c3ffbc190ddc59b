import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { prompts } from '@/utils/content/prompts';
import { NEWTAB_STYLES } from '@/utils/domain/model';
import { PROMPT_MEMORY } from '@/utils/domain/rotation';
import { readRecentPrompts, writeRecentPrompts } from '@/utils/first-paint/mirror';
import { takePrompt } from '@/utils/first-paint/prompt';

/*
 * The choice of grounding prompt the new tab's first paint and the popup's moment both make. Every
 * extension page shares one localStorage: here, one map stands for it, so two calls are two pages.
 */
let stored: Map<string, string>;
beforeEach(() => {
  stored = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
});

const breathIds = prompts.filter((p) => p.kind === 'breath').map((p) => p.id);
/** Acts some prompt shares its idea with, each with the prompts that do. */
const echoed = [...new Set(prompts.flatMap((p) => p.echoes ?? []))];
const style = fc.constantFrom(...NEWTAB_STYLES);
const seeds = fc.array(fc.string(), { minLength: 1, maxLength: 40 });

describe('taking a grounding prompt', () => {
  it('moves one rotation on for every page: what one page just showed, the next does not', () => {
    // The same seed on both: only the stored rotation keeps the second from repeating the first.
    const onNewTab = takePrompt('full', null, '1767000000000');
    expect(readRecentPrompts().at(-1)).toBe(onNewTab.id);
    const inPopup = takePrompt('full', null, '1767000000000');
    expect(inPopup.id).not.toBe(onNewTab.id);
    expect(readRecentPrompts().slice(-2)).toEqual([onNewTab.id, inPopup.id]);
  });

  it(`never repeats one of the last ${PROMPT_MEMORY} it took, in any style, whatever the seeds`, () => {
    fc.assert(
      fc.property(style, fc.option(fc.constantFrom(...echoed)), seeds, (s, act, list) => {
        stored.clear();
        const taken = list.map((seed) => takePrompt(s, act, seed).id);
        const memory = Math.min(PROMPT_MEMORY, (s === 'breath' ? breathIds.length : prompts.length) - 1);
        taken.forEach((id, i) => {
          expect(taken.slice(Math.max(0, i - memory), i)).not.toContain(id);
        });
        expect(readRecentPrompts().at(-1)).toBe(taken.at(-1));
      }),
    );
  });

  it('offers only breath prompts, each with its pace, for the breathing-only style', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...echoed)), seeds, (act, list) => {
        for (const seed of list) {
          const prompt = takePrompt('breath', act, seed);
          expect(prompt.kind).toBe('breath');
          expect(prompt.pace).toBeDefined();
        }
      }),
    );
  });

  it('never offers a prompt that repeats the idea of the act beside it', () => {
    fc.assert(
      fc.property(style, fc.constantFrom(...echoed), seeds, (s, act, list) => {
        for (const seed of list) expect(takePrompt(s, act, seed).echoes ?? []).not.toContain(act);
      }),
    );
  });

  it('brings the one prompt left when the rotation remembers all the others', () => {
    const [left, ...others] = breathIds;
    writeRecentPrompts(others);
    expect(takePrompt('breath', null, 'any').id).toBe(left);
  });

  it('still offers a prompt over a damaged or foreign rotation', () => {
    for (const raw of ['not json', '42', '{"a":1}', '[1,null,"gone"]']) {
      stored.set('prompt-rotation', raw);
      expect(prompts).toContain(takePrompt('minimal', null, 'seed'));
    }
  });
});
