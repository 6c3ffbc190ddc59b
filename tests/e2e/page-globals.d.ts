/*
 * Code passed to page.evaluate() runs inside extension pages, where the
 * browser namespace is a global. This names its type for the test files.
 */
declare const browser: typeof import('wxt/browser').browser;

/** Chromium's `chrome` namespace, as far as the tests use what the polyfill's types leave out. */
interface ChromeStorageArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
  getBytesInUse(keys: null): Promise<number>;
  QUOTA_BYTES: number;
  MAX_WRITE_OPERATIONS_PER_MINUTE: number;
}
declare const chrome: { storage: { local: ChromeStorageArea; sync: ChromeStorageArea } };
