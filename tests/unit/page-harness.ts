import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/model';

/** A fixed noon, 2026-12-03 in UTC, for page tests. */
export const NOON = Date.UTC(2026, 11, 3, 12);
export const DAY = '2026-12-03';

/**
 * Loads the store afresh into a page-like global with its own localStorage, with `settings` stored
 * (on the daily path unless they say otherwise), the clock at NOON in UTC, and connected: the page
 * modules keep state of their own, so each test starts from nothing.
 */
export async function loadStore(settings: Partial<Settings> = {}) {
  vi.resetModules();
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, path: 'daily', ...settings } });
  const store = await import('@/utils/storage/store');
  store.now.value = NOON;
  store.timeZone.value = 'UTC';
  return store;
}
