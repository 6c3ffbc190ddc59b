import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_DIR = resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed internal UUID, so tests know the moz-extension:// address in advance. */
export const UUID = '6d1e3f0a-5b7c-4e2d-9a8f-0c1b2d3e4f50';
const geckoId: string = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id;

export const extensionUrl = (path: string) => `moz-extension://${UUID}/${path}`;

/**
 * Optionally in a chosen time zone. (Firefox ESR hangs at start-up under
 * libfaketime here, so Firefox tests run on the real clock.)
 */
export async function launchFirefox(timeZone?: string): Promise<Browser> {
  const env = timeZone ? { ...process.env, TZ: timeZone } : process.env;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // Grants optional permissions without a prompt, so the real reminder flow can run unattended.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_DIR);
  return browser;
}

/** Collects console errors and requests that leave the browser, for every page. */
export function watch(page: Page, errors: string[], offsite: string[]): Page {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    if (!/^(moz-extension|about|data|blob|chrome|resource):/.test(req.url())) offsite.push(req.url());
  });
  return page;
}

/** An error's message with those of its causes. */
function causes(error: unknown): string {
  let text = '';
  for (let e = error as { cause?: unknown } | undefined; e; e = e.cause as { cause?: unknown } | undefined)
    text += ` ${String(e)}`;
  return text;
}

/** Opens an extension page; Firefox never resolves goto for these, so wait for content instead. */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  ready: string,
  errors: string[],
  offsite: string[],
) {
  // While about:blank gives way to the extension page, a query can land in the dying document and
  // leave the protocol stuck on that tab (a Firefox BiDi race); a fresh tab recovers.
  for (let attempt = 1; ; attempt++) {
    const page = watch(await browser.newPage(), errors, offsite);
    void page.goto(extensionUrl(path)).catch(() => undefined);
    try {
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page;
    } catch (error) {
      if (attempt >= 4 || !/Protocol error|context|detached/i.test(causes(error))) throw error;
      await page.close().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** A Firefox with the extension, and what its pages did that no test expected. */
export interface Firefox {
  browser: Browser;
  /** Opens an extension page and waits for `ready`; its requests and errors are watched. */
  open: (path: string, ready: string) => Promise<Page>;
  /** Watches a page the extension opened itself. */
  watch: (page: Page) => Page;
}

/**
 * Fixtures like the Chromium ones (tests/e2e/fixtures.ts): a fresh Firefox per test, optionally in
 * `timeZone`, and the automatic checks, each test's own, so one test's failure never spills into the next.
 */
export const test = base.extend<{ timeZone: string | undefined; firefox: Firefox }>({
  timeZone: [undefined, { option: true }],
  firefox: async ({ timeZone }, use) => {
    const errors: string[] = [];
    const offsite: string[] = [];
    const browser = await launchFirefox(timeZone);
    try {
      await use({
        browser,
        open: (path, ready) => openExtensionPage(browser, path, ready, errors, offsite),
        watch: (page) => watch(page, errors, offsite),
      });
    } finally {
      await browser.close();
    }
    base.expect(offsite, 'no request leaves the browser').toEqual([]);
    base.expect(errors, 'no console errors').toEqual([]);
  },
});

export const expect = test.expect;
