import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The same extension built with `--mode e2e`: it holds the notifications permission from install. */
export const E2E_EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

export interface LaunchOptions {
  /** A profile directory to reuse, to simulate closing and reopening the browser. */
  userDataDir?: string;
  /** The browser's time zone (IANA name). */
  timeZone?: string;
  /** Start the whole browser's clock at this local time, e.g. '2026-03-07 23:59:50'. */
  fakeTime?: string;
  /**
   * Run the whole browser's clock from this libfaketime file instead, which the test may rewrite
   * while the browser runs to move its clock, backwards too (see tests/e2e/clock.chromium.spec.ts).
   */
  clockFile?: string;
  /** Browser UI language, e.g. 'es'. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Which build to load; the shipped one unless a test needs another. */
  extensionDir?: string;
}

/**
 * Launches Debian's Chromium with the built extension loaded, as a person would install it unpacked.
 * On a new profile it returns once the install has been handled, so what a test then writes to
 * storage is not overwritten by the install's first day.
 */
export async function launch(options: LaunchOptions = {}): Promise<BrowserContext> {
  const fresh = !options.userDataDir || readdirSync(options.userDataDir).length === 0;
  const context = await start(options);
  if (fresh) await installHandled(await serviceWorker(context));
  return context;
}

/** Waits for the background's sign that `runtime.onInstalled` has run to its end. */
export async function installHandled(worker: Worker): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await worker.evaluate(() => performance.getEntriesByName('install-handled').length > 0)) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('The extension never finished handling its install.');
}

function start(options: LaunchOptions): Promise<BrowserContext> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  if (options.timeZone) env.TZ = options.timeZone;
  if (options.fakeTime) {
    Object.assign(env, { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${options.fakeTime}`, FAKETIME_NO_CACHE: '1' });
  } else if (options.clockFile) {
    // FAKETIME would win over the file. A cache of 0 s makes each process read the file again once
    // the second has changed, so within a second of a change: read on every clock call
    // (FAKETIME_NO_CACHE) Chromium hung in about one launch in ten. The monotonic clock moves with
    // it: with FAKETIME_DONT_FAKE_MONOTONIC Chromium does not stay up.
    Object.assign(env, {
      LD_PRELOAD: FAKETIME_LIB,
      FAKETIME_TIMESTAMP_FILE: options.clockFile,
      FAKETIME_CACHE_DURATION: '0',
    });
  }
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const args = [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
  if (options.lang) args.push(`--lang=${options.lang}`);
  return chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    env,
    locale: options.lang,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Stops the extension's worker the way Chrome does when it is idle. */
export async function stopWorkers(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

export function tempProfile(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dk-profile-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Watches every page and worker of a context: any request that leaves the
 * browser, or any console error, is a failure unless the test expected it.
 */
export function guard(context: BrowserContext) {
  const offsite: string[] = [];
  const errors: string[] = [];
  const expected = new Set<string>();
  const local = /^(chrome-extension|chrome|about|data|blob|devtools):/;
  const watchPage = (page: import('@playwright/test').Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  };
  context.on('request', (request) => {
    if (!local.test(request.url()) && !expected.has(request.url())) offsite.push(request.url());
  });
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  context.on('weberror', (err) => errors.push(err.error().message));
  return {
    offsite,
    errors,
    /** A request the person asked for, such as following the article link. */
    expect: (url: string) => expected.add(url),
  };
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  checks: ReturnType<typeof guard>;
}

/** Playwright fixtures in the style of WXT's example: a fresh profile with the extension per test. */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  context: async ({}, use) => {
    const context = await launch();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  checks: [
    async ({ context }, use) => {
      const checks = guard(context);
      await use(checks);
      base.expect(checks.offsite, 'no request leaves the browser').toEqual([]);
      base.expect(checks.errors, 'no console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export const expect = test.expect;
