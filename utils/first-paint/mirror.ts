import {
  DEFAULT_SETTINGS,
  NEWTAB_STYLES,
  type NewTabStyle,
  parseSettings,
  type Settings,
  THEMES,
  type Theme,
} from '@/utils/domain/model';
import type { PageHooks } from '@/utils/storage/store';
import type { Snapshot } from './snapshot';

/*
 * A page's first paint cannot wait for extension storage, which only answers
 * asynchronously. What the first paint needs (the look, the new-tab style and
 * the prompt rotation) is mirrored in the extension's own synchronous
 * localStorage. Extension storage stays the source of truth; the mirror is
 * rewritten whenever settings load or change. The snapshots of today and the next day
 * that the popup and the new tab paint first are kept here too, and cleared with everything else.
 */

export interface Display {
  theme: Theme;
  newTabStyle: NewTabStyle;
  hideNumbers: boolean;
  clock: boolean;
}

/** The pages that paint a snapshot first: the popup whole, the new tab its act card. */
export type SnapshotPage = 'popup' | 'newtab';

const DISPLAY_KEY = 'display';
const ROTATION_KEY = 'prompt-rotation';
const SNAPSHOT_KEYS: Record<SnapshotPage, string> = { popup: 'popup-snapshot', newtab: 'newtab-snapshot' };
const ERASURES_KEY = 'erasures';
const SHOWN_ACT_KEY = 'newtab-act';

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled localStorage only costs the first-paint shortcut.
  }
}

export function readDisplay(): Display {
  const raw = read(DISPLAY_KEY) as Partial<Display> | null;
  const d = DEFAULT_SETTINGS;
  return {
    theme: THEMES.includes(raw?.theme as Theme) ? (raw?.theme as Theme) : d.theme,
    newTabStyle: NEWTAB_STYLES.includes(raw?.newTabStyle as NewTabStyle)
      ? (raw?.newTabStyle as NewTabStyle)
      : d.newTabStyle,
    hideNumbers: typeof raw?.hideNumbers === 'boolean' ? raw.hideNumbers : d.hideNumbers,
    clock: typeof raw?.clock === 'boolean' ? raw.clock : d.clock,
  };
}

/** Puts a theme on the page; "system" leaves the choice to the browser. */
export function showTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Applies the theme to the page and remembers the display choices for the next first paint. */
export function applyDisplay(settings: Pick<Settings, keyof Display>): void {
  const { theme, newTabStyle, hideNumbers, clock } = parseSettings(settings);
  showTheme(theme);
  write(DISPLAY_KEY, { theme, newTabStyle, hideNumbers, clock });
}

/** The act the new tab last showed, so its next first paint picks a prompt with another idea. */
export function readShownAct(): string | null {
  const id = read(SHOWN_ACT_KEY);
  return typeof id === 'string' ? id : null;
}

export function writeShownAct(id: string): void {
  if (readShownAct() !== id) write(SHOWN_ACT_KEY, id);
}

export function readRecentPrompts(): string[] {
  const raw = read(ROTATION_KEY);
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
}

export function writeRecentPrompts(ids: readonly string[]): void {
  write(ROTATION_KEY, ids);
}

/** A page's snapshots, today's and the next day's (utils/first-paint/snapshot.ts); unchecked, as stored. */
export function readSnapshots(page: SnapshotPage): unknown {
  return read(SNAPSHOT_KEYS[page]);
}

export function writeSnapshots(page: SnapshotPage, snapshots: readonly Snapshot[]): void {
  write(SNAPSHOT_KEYS[page], snapshots);
}

/** Stored state changed: the snapshots may be out of date until a popup or new tab draws again. */
export function forgetSnapshots(): void {
  try {
    for (const key of Object.values(SNAPSHOT_KEYS)) localStorage.removeItem(key);
  } catch {
    // Nothing to forget where localStorage is disabled.
  }
}

/**
 * How many times "Delete everything" has run in this browser profile. Every page of the extension
 * shares this localStorage at once, so a settings change made before a deletion can tell, when its
 * delayed write comes, that it must not bring anything back.
 */
export function erasures(): number {
  const n = read(ERASURES_KEY);
  return typeof n === 'number' ? n : 0;
}

export function countErasure(): void {
  write(ERASURES_KEY, erasures() + 1);
}

export function clearMirror(): void {
  localStorage.removeItem(DISPLAY_KEY);
  localStorage.removeItem(ROTATION_KEY);
  forgetSnapshots();
  localStorage.removeItem(SHOWN_ACT_KEY);
}

/**
 * Whichever page sees stored state change, the snapshots may now be wrong (an open popup
 * draws again once its signals have caught up), and the look the paint scripts read follows settings.
 */
export const FIRST_PAINT_HOOKS: PageHooks = { onStoredChange: forgetSnapshots, onSettings: applyDisplay };
