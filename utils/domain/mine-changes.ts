import type { Effort } from '@/utils/content/types';
import type { DayKey } from './day';
import {
  cleanWords,
  findOwn,
  liveOwnActs,
  type Mine,
  OWN_ACTS_MAX,
  OWN_TITLE_MAX,
  OWN_WHY_MAX,
  type OwnAct,
  ownActId,
  wordsKey,
  wordsLength,
} from './mine';
import { MAX_SWAPPED } from './model';
import type { ProgressChange } from './progress';

/*
 * Pure changes to what the person made theirs. Each returns the same value when it changes
 * nothing, so nothing is written, and can be re-applied to the latest stored value inside a lock.
 */
export type MineChange = (mine: Mine) => Mine;

/** An act as the person writes it, before it has an id. */
export interface OwnDraft {
  title: string;
  why?: string;
  effort: Effort;
}

export type DraftProblem = 'empty' | 'title-too-long' | 'why-too-long';

/** What keeps a draft from being saved as it is; its words are never cut to fit. */
export function draftProblem(draft: OwnDraft): DraftProblem | null {
  if (wordsLength(draft.title) === 0) return 'empty';
  if (wordsLength(draft.title) > OWN_TITLE_MAX) return 'title-too-long';
  if (wordsLength(draft.why ?? '') > OWN_WHY_MAX) return 'why-too-long';
  return null;
}

function fromDraft(draft: OwnDraft, id: string): OwnAct {
  const why = cleanWords(draft.why, OWN_WHY_MAX);
  return { id, title: cleanWords(draft.title, OWN_TITLE_MAX), ...(why ? { why } : {}), effort: draft.effort };
}

/** Adds drafts whose words are not among the person's acts yet (nor earlier in `drafts`), while there is room. */
export const addOwnActs =
  (drafts: readonly OwnDraft[], now: number): MineChange =>
  (mine) => {
    const acts = [...mine.acts];
    const taken = new Set(acts.map((act) => act.id));
    const words = new Set(liveOwnActs(mine).map((act) => wordsKey(act.title)));
    for (const draft of drafts) {
      if (draftProblem(draft) || acts.length >= OWN_ACTS_MAX || words.has(wordsKey(draft.title))) continue;
      const id = ownActId(draft.title, now, taken);
      taken.add(id);
      words.add(wordsKey(draft.title));
      acts.push(fromDraft(draft, id));
    }
    return acts.length === mine.acts.length ? mine : { ...mine, acts };
  };

export const editOwnAct =
  (id: string, draft: OwnDraft): MineChange =>
  (mine) => {
    const act = findOwn(mine, id);
    if (!act || draftProblem(draft)) return mine;
    const next = { ...fromDraft(draft, id), ...(act.retired ? { retired: true as const } : {}) };
    return { ...mine, acts: mine.acts.map((a) => (a.id === id ? next : a)) };
  };

/**
 * Deletes an act. One a day in history refers to stays, retired, so history keeps its words; it is
 * never offered again. One never used goes entirely, from the lists too.
 */
export const removeOwnAct =
  (id: string, inHistory: boolean): MineChange =>
  (mine) => {
    const act = findOwn(mine, id);
    if (!act || act.retired) return mine;
    if (inHistory) return { ...mine, acts: mine.acts.map((a) => (a.id === id ? { ...a, retired: true } : a)) };
    return {
      acts: mine.acts.filter((a) => a.id !== id),
      notForMe: mine.notForMe.filter((n) => n !== id),
      kept: mine.kept.filter((k) => k !== id),
    };
  };

/** Undoes a deletion: the act as it was, at its place in the list. */
export const restoreOwnAct =
  (act: OwnAct, index: number): MineChange =>
  (mine) => {
    const live: OwnAct = { id: act.id, title: act.title, ...(act.why ? { why: act.why } : {}), effort: act.effort };
    if (findOwn(mine, act.id)) return { ...mine, acts: mine.acts.map((a) => (a.id === act.id ? live : a)) };
    const acts = [...mine.acts];
    acts.splice(Math.min(index, acts.length), 0, live);
    return { ...mine, acts };
  };

/** "Not for me": set aside for good, and no longer kept. */
export const setAsideForGood =
  (id: string): MineChange =>
  (mine) =>
    mine.notForMe.includes(id) && !mine.kept.includes(id)
      ? mine
      : { ...mine, notForMe: [...new Set([...mine.notForMe, id])], kept: mine.kept.filter((k) => k !== id) };

export const bringBack =
  (id: string): MineChange =>
  (mine) =>
    mine.notForMe.includes(id) ? { ...mine, notForMe: mine.notForMe.filter((n) => n !== id) } : mine;

export const keepAct =
  (id: string, keep: boolean): MineChange =>
  (mine) => {
    if (mine.kept.includes(id) === keep) return mine;
    return { ...mine, kept: keep ? [...mine.kept, id] : mine.kept.filter((k) => k !== id) };
  };

/**
 * Undo of "Not for me" on `day`: the act set aside is today's act again, if the act offered in its
 * place is still open there. The act that was offered counts as swapped away, so a swap offers another.
 */
export const undoSetAside =
  (day: DayKey, actId: string, offered: string): ProgressChange =>
  (progress) => {
    const record = progress.days[day];
    if (record?.status !== 'open' || record.actId !== offered) return progress;
    const swapped = [...record.swapped.filter((id) => id !== actId && id !== offered), offered].slice(-MAX_SWAPPED);
    return { ...progress, days: { ...progress.days, [day]: { ...record, actId, swapped } } };
  };
