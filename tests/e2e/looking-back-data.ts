import type { Worker } from '@playwright/test';

/*
 * Three weeks of check-ins up to Wednesday 25 November 2026, and one older day with a note, as
 * `progress` holds them: for the looking-back spec and the screenshots.
 */
export const TODAY = '2026-11-25';
export const AT = `${TODAY} 12:00:00`;
export const NOTE = 'Called my sister; we laughed about the old kitchen.';
export const OLD_NOTE = 'A long walk, first time in a while.';

const OTHERS = 'reset_encouraging_message';
const SELF = 'reset_kind_to_body';

const day = (actId: string, before?: number, after?: number, note?: string) => ({
  actId,
  status: 'done',
  swapped: [],
  ...(before ? { before, after } : {}),
  ...(note ? { note } : {}),
});

export const PROGRESS = {
  startDay: '2026-10-01',
  days: {
    '2026-10-01': day('reset_sincere_compliment', undefined, undefined, OLD_NOTE),
    '2026-11-09': day(OTHERS, 2, 3),
    '2026-11-10': day(SELF, 2, 4),
    '2026-11-11': day(OTHERS, 3, 3),
    '2026-11-12': day(SELF, 2, 3),
    '2026-11-16': day(OTHERS, 3, 4),
    '2026-11-17': day(SELF, 3, 4),
    '2026-11-18': day(OTHERS, 2, 4),
    '2026-11-19': { actId: 'reset_sincere_compliment', status: 'skipped', swapped: [] },
    '2026-11-23': day(OTHERS, 2, 3),
    '2026-11-24': day(SELF, 3, 3, NOTE),
    '2026-11-25': day(OTHERS, 2, 3),
  },
};

/** Writes the history above in place of what the install wrote. */
export async function plant(worker: Worker): Promise<void> {
  await worker.evaluate(async (progress) => {
    await (
      globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
    ).chrome.storage.local.set({ progress });
  }, PROGRESS);
}
