import { computed, effect, signal } from '@preact/signals-core';
import { storage } from 'wxt/utils/storage';
import { findAct, library } from './content/library';
import { currentTimeZone, dayKey, nextDayStart } from './day';
import { withLock } from './lock';
import { applyDisplay, forgetPopupSnapshot } from './mirror';
import { DEFAULT_SETTINGS, EMPTY_PROGRESS, type Progress, parseProgress, parseSettings, type Settings } from './model';
import type { ProgressChange } from './progress';
import { actForDay, programDay } from './schedule';

/*
 * The one owner of stored state. Settings follow the person across browsers
 * (sync); history stays on this machine (local). Every read goes through a
 * parser, so a damaged value degrades to defaults field by field and day by
 * day instead of breaking a page.
 */

export const STORAGE_VERSION = { settings: 1, progress: 1 } as const;

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: STORAGE_VERSION.settings,
  migrations: {},
});

export const progressItem = storage.defineItem<Progress>('local:progress', {
  fallback: EMPTY_PROGRESS,
  version: STORAGE_VERSION.progress,
  migrations: {},
});

/** What the last reminder showed, so it comes at most once a day. */
export interface ReminderLog {
  day: string | null;
  actId: string | null;
}

export const reminderLogItem = storage.defineItem<ReminderLog>('local:reminderLog', {
  fallback: { day: null, actId: null },
  version: 1,
});

/** Set once the welcome page has opened, so no reinstall of the same profile opens it again. */
export const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false, version: 1 });

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function readProgress(): Promise<Progress> {
  return parseProgress(await progressItem.getValue());
}

/** Applies `change` to the latest stored progress while holding the shared lock. */
export function updateProgress(change: ProgressChange): Promise<Progress> {
  return withLock('daily-kindness:progress', async () => {
    const current = await readProgress();
    const next = change(current);
    if (next !== current) await progressItem.setValue(next);
    return next;
  });
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return withLock('daily-kindness:settings', async () => {
    const next = parseSettings({ ...(await readSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
}

/* Signals for pages: bound to storage by `connect`, driven in time by `keepTime`. */

export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const progress = signal<Progress>(EMPTY_PROGRESS);
export const loaded = signal(false);
export const now = signal(0);
export const timeZone = signal('UTC');
/** A message for the person when saving did not work; nothing else is lost. */
export const saveError = signal<string | null>(null);

export async function connect(): Promise<void> {
  // Whichever page sees stored state change, the popup's kept drawing may now be wrong; an open
  // popup draws again once its signals have caught up.
  settingsItem.watch((value) => {
    forgetPopupSnapshot();
    settings.value = parseSettings(value);
  });
  progressItem.watch((value) => {
    forgetPopupSnapshot();
    progress.value = parseProgress(value);
  });
  const [s, p] = await Promise.all([readSettings(), readProgress()]);
  settings.value = s;
  progress.value = p;
  loaded.value = true;
  effect(() => applyDisplay(settings.value));
}

/**
 * Keeps `now` and `timeZone` current, so an open page turns over with the day:
 * it wakes at the next day boundary, and at least every minute to notice a
 * change of time zone or a computer waking from sleep.
 */
export function keepTime(read: () => number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    clearTimeout(timer);
    now.value = read();
    timeZone.value = currentTimeZone();
    const boundary = nextDayStart(now.value, timeZone.value, settings.value.dayStartHour);
    timer = setTimeout(tick, Math.min(boundary - now.value + 50, 60_000));
  };
  tick();
  document.addEventListener('visibilitychange', tick);
}

/** The person's day: a string, so what depends only on the day renders once a day, not every minute. */
export const day = computed(() => dayKey(now.value, timeZone.value, settings.value.dayStartHour));

export const today = computed(() => {
  const p = progress.value;
  const actId = actForDay(day.value, settings.value, p, library);
  return {
    day: day.value,
    actId,
    act: findAct(actId),
    status: p.days[day.value]?.status ?? 'open',
    program: programDay(day.value, settings.value, p, library),
  };
});
