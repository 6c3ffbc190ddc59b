import { library } from '@/utils/content/library';
import type { DayKey } from '@/utils/domain/day';
import { isOwnId, type OwnAct } from '@/utils/domain/mine';
import {
  addOwnActs,
  bringBack,
  editOwnAct,
  keepAct,
  type MineChange,
  type OwnDraft,
  removeOwnAct,
  restoreOwnAct,
  setAsideForGood,
  undoSetAside,
} from '@/utils/domain/mine-changes';
import type { Progress } from '@/utils/domain/model';
import { actForDayMine, pickMine, swapMine } from '@/utils/domain/own-selection';
import { repick, swapTo, untouched } from '@/utils/domain/progress';
import { mine, now, readProgress, settings, today, updateMine } from '@/utils/storage/store';
import { type NotSaved, reason, save } from './actions';

/*
 * What the controls for the person's own acts, "Not for me" and "Keep this one" do. As in
 * actions.ts, each writes the latest stored value under its lock and returns why it could not,
 * so the control that acted says so; where one press writes history and acts both, a second write
 * that fails takes the first back, so nothing is left half done.
 */

async function saveMine(change: MineChange): Promise<NotSaved> {
  try {
    mine.value = await updateMine(change);
    return null;
  } catch (error) {
    return reason(error);
  }
}

/** What "Not for me" did, for its Undo: the act set aside, and the act offered in its place. */
export interface SetAside {
  actId: string;
  offered: string;
}

/**
 * A day meant for the person's own act that had none to offer (none written yet, or "only my own"
 * chosen first) offers one now, if nothing has been done with it.
 */
async function offerOwnIfDue(day: DayKey): Promise<void> {
  const [s, m] = [settings.value, mine.value];
  await save((p) => {
    const record = p.days[day];
    if (!record || !untouched(record) || isOwnId(record.actId)) return p;
    const own = pickMine(day, s, p, library, m);
    return isOwnId(own) ? repick(day, own)(p) : p;
  });
}

/** Whether history names the act, beyond a day still untouched today (that day is offered another). */
function inHistory(p: Progress, id: string, day: DayKey): boolean {
  return Object.entries(p.days).some(([key, record]) => record.actId === id && (key !== day || !untouched(record)));
}

export const mineActions = {
  /**
   * Sets today's act aside for good and offers another at once (never more effort). History is
   * written first: the background, seeing the act set aside, would otherwise choose in its place.
   */
  notForMe: async (): Promise<{ why: NotSaved; setAside?: SetAside }> => {
    const { day, actId } = today.value;
    const [s, before] = [settings.value, mine.value];
    // Set inside the change, which runs again on the latest history; `as` keeps TypeScript from narrowing it to null.
    let offered = null as string | null;
    const swapped = await save((p) => {
      offered = null;
      if (actForDayMine(day, s, p, library, before) !== actId) return p;
      offered = swapMine(day, s, p, library, before);
      return swapTo(day, actId, offered)(p);
    });
    if (swapped) return { why: swapped };
    const why = await saveMine(setAsideForGood(actId));
    if (why) {
      if (offered) await save(undoSetAside(day, actId, offered));
      return { why };
    }
    return { why: null, setAside: { actId, offered: offered ?? today.value.actId } };
  },

  /** Brings the act back and makes it today's act again. The acts first, so no page chooses in its place. */
  undoNotForMe: async ({ actId, offered }: SetAside): Promise<NotSaved> => {
    const { day } = today.value;
    const why = await saveMine(bringBack(actId));
    if (why) return why;
    const restored = await save(undoSetAside(day, actId, offered));
    if (restored) await saveMine(setAsideForGood(actId));
    return restored;
  },

  keep: (actId: string, keep: boolean) => saveMine(keepAct(actId, keep)),
  bringBack: (actId: string) => saveMine(bringBack(actId)),

  addOwn: async (drafts: readonly OwnDraft[]): Promise<NotSaved> => {
    const why = await saveMine(addOwnActs(drafts, now.value));
    if (why === null) await offerOwnIfDue(today.value.day);
    return why;
  },
  editOwn: (id: string, draft: OwnDraft) => saveMine(editOwnAct(id, draft)),

  /** Deletes an act; history keeps its words (see removeOwnAct). */
  removeOwn: async (id: string): Promise<NotSaved> => {
    try {
      const used = inHistory(await readProgress(), id, today.value.day);
      return await saveMine(removeOwnAct(id, used));
    } catch (error) {
      return reason(error);
    }
  },
  /** Undo of a deletion, at the act's old place in the list. */
  restoreOwn: (act: OwnAct, index: number) => saveMine(restoreOwnAct(act, index)),
};
