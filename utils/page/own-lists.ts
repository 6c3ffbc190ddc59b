import type { DayKey } from '@/utils/domain/day';
import { actListJson, actListText, type ListRead, readActList } from '@/utils/domain/own-list';
import { mine } from '@/utils/storage/store';

/*
 * Lists of the person's own acts, as the settings page reads and saves them (apart from
 * mine-actions.ts, so the popup and new tab do not load what only settings use).
 */

/** A list of acts the person chose to bring in: read, not yet added. */
export async function readActsFile(file: File): Promise<ListRead> {
  return readActList(await file.text(), file.size);
}

/** The person's own acts as a list to hand out: plain text, or the small JSON file. */
export function actListFile(kind: 'txt' | 'json', day: DayKey): { name: string; type: string; text: string } {
  return kind === 'txt'
    ? { name: `my-kind-acts-${day}.txt`, type: 'text/plain', text: actListText(mine.value) }
    : { name: `my-kind-acts-${day}.json`, type: 'application/json', text: actListJson(mine.value) };
}
