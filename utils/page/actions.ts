import { signal } from '@preact/signals-core';
import { library } from '@/utils/content/library';
import { addDays } from '@/utils/domain/day';
import { parseSettings, type Settings } from '@/utils/domain/model';
import { actForDayMine, pickMine, swapMine } from '@/utils/domain/own-selection';
import { type CheckIn, type ProgressChange, repick, setCheckIn, setStatus, swapTo } from '@/utils/domain/progress';
import { SHAPES_THE_ACT } from '@/utils/domain/schedule';
import { countErasure, erasures } from '@/utils/first-paint/mirror';
import { mine, progress, readSettings, settings, today, updateProgress, updateSettings } from '@/utils/storage/store';

/*
 * What the pages' controls do. Each acts on the day the person is looking at,
 * applies its change to the latest stored value, and tells the control that
 * acted when it could not be saved, so the message shows where the person is
 * and nothing on screen claims a save that did not happen.
 */

/** The User Timing mark set once a settings write has run its course: written, refused or voided. */
export const SETTINGS_SETTLED_MARK = 'settings-settled';

/** Why a change was not saved, as the browser said it; null when it was. */
export type NotSaved = string | null;

export const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function save(change: ProgressChange): Promise<NotSaved> {
  try {
    progress.value = await updateProgress(change);
    return null;
  } catch (error) {
    return reason(error);
  }
}

export const actions = {
  done: () => save(setStatus(today.value.day, today.value.actId, 'done')),
  reopen: () => save(setStatus(today.value.day, today.value.actId, 'open')),
  setAside: () => save(setStatus(today.value.day, today.value.actId, 'skipped')),
  swap: () => {
    const { day } = today.value;
    const [s, m] = [settings.value, mine.value];
    return save((p) => swapTo(day, actForDayMine(day, s, p, library, m), swapMine(day, s, p, library, m))(p));
  },
  /**
   * Saves a check-in and note for any recorded day, today's or one in the history. `base` is the
   * note the form opened with, so a note saved meanwhile from another page is kept too.
   */
  checkIn: (day: string, checkIn: CheckIn, base?: string) => save(setCheckIn(day, checkIn, base)),
};

/** The settings controls whose last change could not be saved, and why: each shows it beside itself. */
export const unsaved = signal<{ sources: string[]; reason: string } | null>(null);

let pending: Partial<Settings> = {};
let pendingSources = new Set<string>();
/** The deletions counted when the pending change was made: a deletion since voids it. */
let pendingErasures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function notSaved(sources: Iterable<string>, why: string): void {
  unsaved.value = { sources: [...new Set([...(unsaved.value?.sources ?? []), ...sources])], reason: why };
}

/** Drops changes not yet written, as "Delete everything" must. */
export function dropPendingSettings(): void {
  clearTimeout(timer);
  pending = {};
  pendingSources = new Set();
}

/**
 * Writes the settings changed so far; sync storage allows only so many writes a minute. When the
 * write fails, the controls show what is stored again, and the ones that changed say so.
 */
export async function flushSettings(): Promise<NotSaved> {
  clearTimeout(timer);
  const patch = pending;
  const sources = pendingSources;
  const made = pendingErasures;
  dropPendingSettings();
  if (Object.keys(patch).length === 0) return null;
  try {
    return await writeSettings(patch, sources, made);
  } finally {
    performance.mark(SETTINGS_SETTLED_MARK);
  }
}

async function writeSettings(patch: Partial<Settings>, sources: Set<string>, made: number): Promise<NotSaved> {
  try {
    settings.value = await updateSettings(patch, () => made === erasures());
    if (unsaved.value) {
      const left = unsaved.value.sources.filter((s) => !sources.has(s));
      unsaved.value = left.length > 0 ? { ...unsaved.value, sources: left } : null;
    }
    return null;
  } catch (error) {
    notSaved(sources, reason(error));
    settings.value = await readSettings().catch(() => settings.value);
    return reason(error);
  }
}

/**
 * Changes settings at once on screen and in storage shortly after. When the
 * change shapes the act, an act still open today is chosen again under it.
 * `restart` begins the path again, today or (after finishing one) tomorrow.
 * `source` names the control that acted, which shows any failure to save.
 */
export function changeSettings(
  patch: Partial<Settings>,
  {
    restart = false,
    fromTomorrow = false,
    source = '',
  }: { restart?: boolean; fromTomorrow?: boolean; source?: string } = {},
): Promise<NotSaved> {
  const next = parseSettings({ ...settings.value, ...patch });
  settings.value = next;
  if (Object.keys(patch).length > 0) {
    if (Object.keys(pending).length === 0) pendingErasures = erasures();
    pending = { ...pending, ...patch };
    if (source) pendingSources.add(source);
    clearTimeout(timer);
    timer = setTimeout(() => void flushSettings(), 400);
  }
  const reshapes = restart || SHAPES_THE_ACT.some((key) => key in patch);
  if (!reshapes) return Promise.resolve(null);
  const { day } = today.value;
  const change: ProgressChange =
    restart && fromTomorrow
      ? (p) => ({ ...p, startDay: addDays(day, 1) })
      : (p) => {
          const started = restart ? { ...p, startDay: day } : p;
          const swappedAway = new Set(started.days[day]?.swapped);
          return repick(day, pickMine(day, next, started, library, mine.value, swappedAway))(started);
        };
  return save(change).then((why) => {
    if (why && source) notSaved([source], why);
    return why;
  });
}

/** Before deleting: nothing changed earlier, in this page or another, may be written afterwards. */
export function beforeErasing(): void {
  dropPendingSettings();
  countErasure();
  unsaved.value = null;
}

globalThis.addEventListener?.('pagehide', () => void flushSettings());
