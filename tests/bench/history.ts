/*
 * Five years of history. Day keys before utils/domain/model.ts's EARLIEST_DAY are not history, so the
 * browser's clock is moved forward (libfaketime) far enough for HISTORY_DAYS to fit before it.
 */
import type { Worker } from '@playwright/test';
import { everyoneActs } from '../../utils/content/acts-everyone';
import { addDays, type DayKey, dayKey } from '../../utils/domain/day';

export const FAKE_NOW = '2030-06-15 12:00:00';
const HISTORY_DAYS = 1800;
const NOTE_WORDS =
  'I held the door and we laughed about the rain. Wrote to my sister after months of meaning to. A slow walk at lunch, phone in my pocket. Thanked the night nurse by name; she looked surprised and then glad. It felt awkward at first, then easier than I expected.'.split(
    ' ',
  );

/** HISTORY_DAYS before today, half of them with a note (capped in length) and a check-in. Seeded: the same every run. */
function fiveYears(today: DayKey) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const days: Record<DayKey, unknown> = {};
  const first = addDays(today, -HISTORY_DAYS);
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const day = addDays(first, i);
    const actId = everyoneActs[Math.floor(random() * everyoneActs.length)]?.id;
    const roll = random();
    if (i % 2 === 0) {
      const words: string[] = [];
      const length = 20 + Math.floor(random() * 280);
      for (let w = Math.floor(random() * NOTE_WORDS.length); words.join(' ').length < length; w++) {
        words.push(NOTE_WORDS[w % NOTE_WORDS.length] ?? '');
      }
      const before = 1 + Math.floor(random() * 5);
      const after = Math.min(5, before + Math.floor(random() * 2));
      days[day] = { actId, status: 'done', swapped: [], before, after, note: words.join(' ').slice(0, 300) };
    } else {
      days[day] = { actId, status: roll < 0.6 ? 'done' : roll < 0.8 ? 'skipped' : 'open', swapped: [] };
    }
  }
  return { startDay: first, days };
}

/** Stores the history through the extension's worker; returns the number of days. */
export async function seedHistory(worker: Worker): Promise<number> {
  const now = await worker.evaluate(() => Date.now());
  const progress = fiveYears(dayKey(now, Intl.DateTimeFormat().resolvedOptions().timeZone));
  await worker.evaluate(async (progress) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ progress });
  }, progress);
  return Object.keys(progress.days).length;
}
