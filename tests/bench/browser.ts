import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CHROMIUM, FAKETIME_LIB, serviceWorker } from '../e2e/fixtures';
import { FAKE_NOW } from './history';
import { addStatics } from './statics';

export interface Bench {
  context: BrowserContext;
  worker: Worker;
  /** The extension's origin: its pages and the static look-alikes load from it. */
  base: string;
  version: string;
  /** A copy of the build with the look-alikes added, in `dir`. */
  ext: string;
  /** The extension's own pages open at install, closed before measuring. */
  closed: string[];
}

/** Copies a build into `dir` with the static look-alikes, and launches Chromium on it with a profile of its own. */
export async function launchBench(build: string, dir: string): Promise<Bench> {
  const ext = join(dir, 'chrome-mv3');
  cpSync(build, ext, { recursive: true });
  addStatics(ext);
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    colorScheme: 'light',
    // The clocks start there and run at their real rate, so durations are real. (Leaving the
    // monotonic clock unfaked makes Chromium stall for a minute at launch.)
    env: { ...(process.env as Record<string, string>), LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${FAKE_NOW}` },
  });
  try {
    const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    const version = (await cdp.send('Browser.getVersion')).product;
    await cdp.detach();
    const worker = await serviceWorker(context);
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const closed = await closeOpened(context, base);
    return { context, worker, base, version, ext, closed };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Closes the pages the extension opened itself (the welcome tab): they would share the pages' renderer. */
async function closeOpened(context: BrowserContext, base: string) {
  await new Promise((wait) => setTimeout(wait, 1000));
  const opened = context.pages().filter((p) => p.url().startsWith(base));
  for (const p of opened) await p.close();
  return opened.map((p) => p.url().slice(base.length));
}
