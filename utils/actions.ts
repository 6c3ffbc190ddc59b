import { library } from './content/library';
import { addDays } from './day';
import { parseSettings, type Settings } from './model';
import { type CheckIn, type ProgressChange, repick, setCheckIn, setStatus, swapTo } from './progress';
import { actForDay, pickAct, swapAct } from './schedule';
import { progress, saveError, settings, today, updateProgress, updateSettings } from './store';

/*
 * What the pages' controls do. Each acts on the day the person is looking at,
 * applies its change to the latest stored value, and reports a failure to save
 * instead of dropping it.
 */

function report(error: unknown): void {
  saveError.value = error instanceof Error ? error.message : String(error);
}

async function save(change: ProgressChange): Promise<void> {
  try {
    progress.value = await updateProgress(change);
    saveError.value = null;
  } catch (error) {
    report(error);
  }
}

export const actions = {
  done: () => save(setStatus(today.value.day, today.value.actId, 'done')),
  reopen: () => save(setStatus(today.value.day, today.value.actId, 'open')),
  setAside: () => save(setStatus(today.value.day, today.value.actId, 'skipped')),
  swap: () => {
    const { day } = today.value;
    return save((p) =>
      swapTo(day, actForDay(day, settings.value, p, library), swapAct(day, settings.value, p, library))(p),
    );
  },
  /** Saves a check-in and note for any recorded day, today's or one in the history. */
  checkIn: (day: string, checkIn: CheckIn) => save(setCheckIn(day, checkIn)),
};

/** Settings that change which act a day offers. */
const SHAPES_THE_ACT: (keyof Settings)[] = ['path', 'focus', 'gentle', 'avoidNotes'];

let pending: Partial<Settings> = {};
let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the settings changed so far; sync storage allows only so many writes a minute. */
export async function flushSettings(): Promise<void> {
  clearTimeout(timer);
  const patch = pending;
  pending = {};
  if (Object.keys(patch).length === 0) return;
  try {
    await updateSettings(patch);
    saveError.value = null;
  } catch (error) {
    report(error);
  }
}

/**
 * Changes settings at once on screen and in storage shortly after. When the
 * change shapes the act, an act still open today is chosen again under it.
 * `restart` begins the path again, today or (after finishing one) tomorrow.
 */
export function changeSettings(
  patch: Partial<Settings>,
  { restart = false, fromTomorrow = false }: { restart?: boolean; fromTomorrow?: boolean } = {},
): Promise<void> {
  const next = parseSettings({ ...settings.value, ...patch });
  settings.value = next;
  pending = { ...pending, ...patch };
  clearTimeout(timer);
  timer = setTimeout(() => void flushSettings(), 400);
  const reshapes = restart || SHAPES_THE_ACT.some((key) => key in patch);
  if (!reshapes) return Promise.resolve();
  const { day } = today.value;
  if (restart && fromTomorrow) return save((p) => ({ ...p, startDay: addDays(day, 1) }));
  return save((p) => {
    const started = restart ? { ...p, startDay: day } : p;
    // pickAct looks only at earlier days, so today's current record does not bias it.
    return repick(day, pickAct(day, next, started, library))(started);
  });
}

globalThis.addEventListener?.('pagehide', () => void flushSettings());
