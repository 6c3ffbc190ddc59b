import { computed, effect, signal } from '@preact/signals-core';
import { storage } from 'wxt/utils/storage';
import { findAct, library } from '@/utils/content/library';
import { carryOver } from '@/utils/domain/carry-over';
import { currentTimeZone, dayKey, nextDayStart } from '@/utils/domain/day';
import { EMPTY_MINE, keyActs, listActs, type Mine, parseMine } from '@/utils/domain/mine';
import type { MineChange } from '@/utils/domain/mine-changes';
import {
  DEFAULT_SETTINGS,
  EMPTY_PROGRESS,
  type Progress,
  parseProgress,
  parseSettings,
  type Settings,
} from '@/utils/domain/model';
import { actForDayMine } from '@/utils/domain/own-selection';
import type { ProgressChange } from '@/utils/domain/progress';
import { programActId, programDay } from '@/utils/domain/schedule';
import { withLock } from './lock';

/*
 * The one owner of stored state. Settings follow the person across browsers
 * (sync); history and the person's own acts are kept on this machine (local), and travel through
 * sync as well in a layout of their own (utils/storage/sync.ts). Every read goes through a
 * parser, so a damaged value degrades to defaults field by field and day by
 * day instead of breaking a page; every write lays only what changed over what
 * is stored (utils/carry-over.ts), so what this version cannot read survives it.
 * Reading never writes.
 */

/*
 * Versions of the stored shapes. Settings 2 added `ownFrequency`; `mine` came with it, at 1.
 * Settings 3 added `syncNotes`; `syncBase` (utils/storage/sync.ts) came with it, at 1. Settings 4
 * added `clock`. An
 * older shape is upgraded as it is read, in the parsers (settings 1 reads with the default
 * frequency, and no `mine` reads as empty), never by writing it back: each version has a fixture
 * under tests/fixtures/storage/.
 *
 * No WXT `migrations`: with them WXT writes on read, and checks the stored version on every page
 * load and reports a newer one as an error. A stored version above ours (a newer release on this
 * profile) is kept as it is, since this version never writes the version of an item it did not create.
 */
export const STORAGE_VERSION = { settings: 4, progress: 1, mine: 1, syncBase: 1 } as const;

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: STORAGE_VERSION.settings,
});

export const progressItem = storage.defineItem<Progress>('local:progress', {
  fallback: EMPTY_PROGRESS,
  version: STORAGE_VERSION.progress,
});

/** The person's own acts and the acts they set aside or keep: local, like history, which names them. */
export const mineItem = storage.defineItem<Mine>('local:mine', {
  fallback: EMPTY_MINE,
  version: STORAGE_VERSION.mine,
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

export async function readMine(): Promise<Mine> {
  return parseMine(await mineItem.getValue());
}

/** A day record this version could not read, moved aside when it writes that day anew. */
export interface UnreadableDay {
  day: string;
  record: unknown;
}

/**
 * Applies `change` to the latest stored progress while holding the shared lock. Only the days it
 * changed are written; a record this version could not read is set aside under `unreadableDays`,
 * never deleted, when the change writes its day.
 */
export function updateProgress(change: ProgressChange): Promise<Progress> {
  return withLock(PROGRESS_LOCK, async () => {
    const raw: unknown = await progressItem.getValue();
    const current = parseProgress(raw);
    const next = change(current);
    if (next === current) return current;
    return writeProgress(raw, current, next);
  });
}

/**
 * Writes `next` over `raw` (read as `current`), changing only what changed. Call it holding the
 * progress lock. A whole day, the list of days or the whole value this version could not read is
 * set aside under `unreadableDays`, never deleted.
 */
export async function writeProgress(raw: unknown, current: Progress, next: Progress): Promise<Progress> {
  const unread: UnreadableDay[] = [];
  let stored = carryOver(raw, current, next, (path, record) => {
    if (path.length <= 2) unread.push({ day: path[1] ?? '*', record });
  }) as Record<string, unknown>;
  if (unread.length > 0) {
    const earlier = Array.isArray(stored.unreadableDays) ? stored.unreadableDays : [];
    stored = { ...stored, unreadableDays: [...earlier, ...unread] };
  }
  if (stored !== raw) await progressItem.setValue(stored as unknown as Progress);
  return parseProgress(stored);
}

export const SETTINGS_LOCK = 'daily-kindness:settings';
export const PROGRESS_LOCK = 'daily-kindness:progress';
export const MINE_LOCK = 'daily-kindness:mine';

/**
 * Applies `change` to the latest stored acts while holding their lock, and writes only what it
 * changed: an act's unknown fields survive its edit, a newer version's acts and ids stay.
 */
export function updateMine(change: MineChange): Promise<Mine> {
  return withLock(MINE_LOCK, async () => {
    const raw: unknown = await mineItem.getValue();
    const current = parseMine(raw);
    const next = change(current);
    if (next === current) return current;
    const stored = listActs(carryOver(keyActs(raw), keyActs(current), keyActs(next)));
    if (stored !== raw) await mineItem.setValue(stored as Mine);
    return parseMine(stored);
  });
}

/**
 * Writes history and acts whole (a backup that replaces them), holding both locks, once `first`
 * (clearing sync) has succeeded. The acts go first; if history cannot be written they are put back.
 */
export function replacePractice(
  next: { progress: Progress; mine: Mine },
  first: () => Promise<unknown>,
): Promise<void> {
  return withLock(PROGRESS_LOCK, () =>
    withLock(MINE_LOCK, async () => {
      await first();
      const rawMine: unknown = await mineItem.getValue();
      await mineItem.setValue(
        listActs(carryOver(keyActs(rawMine), keyActs(parseMine(rawMine)), keyActs(next.mine))) as Mine,
      );
      try {
        const rawProgress: unknown = await progressItem.getValue();
        await writeProgress(rawProgress, parseProgress(rawProgress), next.progress);
      } catch (error) {
        await mineItem.setValue(rawMine as Mine);
        throw error;
      }
    }),
  );
}

/**
 * Writes the fields of `patch` that change what is stored; every other stored field stays as it
 * is. `stillWanted` is asked once the lock is held: a change made before "Delete everything" ran
 * must not bring settings back.
 */
export function updateSettings(patch: Partial<Settings>, stillWanted = () => true): Promise<Settings> {
  return withLock(SETTINGS_LOCK, async () => {
    const raw: unknown = await settingsItem.getValue();
    const current = parseSettings(raw);
    if (!stillWanted()) return current;
    const next = parseSettings({ ...current, ...patch });
    const stored = carryOver(raw, current, next);
    if (stored !== raw) await settingsItem.setValue(stored as Settings);
    return next;
  });
}

/* Signals for pages: bound to storage by `connect`, driven in time by `keepTime`. */

export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const progress = signal<Progress>(EMPTY_PROGRESS);
export const mine = signal<Mine>(EMPTY_MINE);
export const loaded = signal(false);
export const now = signal(0);
export const timeZone = signal('UTC');

/** What a page does beside the signals: the storage owner knows nothing of the pages' caches. */
export interface PageHooks {
  /** Stored state changed, from this page or anywhere else. */
  onStoredChange?: () => void;
  /** The settings now in effect, first once read and again on every change. */
  onSettings?: (settings: Settings) => void;
}

export async function connect({ onStoredChange, onSettings }: PageHooks = {}): Promise<void> {
  settingsItem.watch((value) => {
    onStoredChange?.();
    settings.value = parseSettings(value);
  });
  progressItem.watch((value) => {
    onStoredChange?.();
    progress.value = parseProgress(value);
  });
  mineItem.watch((value) => {
    onStoredChange?.();
    mine.value = parseMine(value);
  });
  const [s, p, m] = await Promise.all([readSettings(), readProgress(), readMine()]);
  settings.value = s;
  progress.value = p;
  mine.value = m;
  loaded.value = true;
  if (onSettings) effect(() => onSettings(settings.value));
}

let readNow: () => number = () => now.value;
/**
 * The page's clock read at this moment, where `now` (current to the minute) is too coarse: a mark
 * other computers compare with stamps made seconds ago, such as "Delete everything".
 */
export const exactNow = (): number => readNow();

/**
 * Keeps `now` and `timeZone` current, so an open page turns over with the day:
 * it wakes at the next day boundary, and at least every minute to notice a
 * change of time zone or a computer waking from sleep.
 */
export function keepTime(read: () => number): void {
  readNow = read;
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
  const s = settings.value;
  const actId = actForDayMine(day.value, s, p, library, mine.value);
  return {
    day: day.value,
    actId,
    act: findAct(actId),
    status: p.days[day.value]?.status ?? 'open',
    // "Day 3 of 5" only over day 3's own act, so the label and the act always agree.
    program: programActId(day.value, s, p, library) === actId ? programDay(day.value, s, p, library) : null,
  };
});
