import type { BrowserContext } from '@playwright/test';

export const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SETTLE_MS = 300;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/** `visible`: when the act's title was painted (Element Timing), the page's last words to arrive. */
export type Sample = { fcp: number; lcp: number; visible: number; cls: number; heapKb: number; kept: boolean };
export type Viewport = { width: number; height: number };

/**
 * The marks the popup sets on an open painted from its snapshot (utils/first-paint/snapshot.ts):
 * the current name, and the one builds from before its rename set, so `bench:compare` can check those.
 */
const KEPT_MARKS = ['snapshot-painted', 'kept-drawing'];

/** Loads one page in a fresh tab and reads its paint timings, layout shifts and JS heap. */
export async function measure(context: BrowserContext, url: string, viewport?: Viewport, titled = false) {
  const tab = await context.newPage();
  if (viewport) await tab.setViewportSize(viewport);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  // The act's title, on pages that show one: it may come after the first paint (nothing kept).
  if (titled) await tab.waitForSelector('[elementtiming="act-title"]', { timeout: 5000 }).catch(() => {});
  await tab.waitForTimeout(SETTLE_MS);
  const timings = await tab.evaluate(
    (marks) =>
      new Promise<{ fcp: number; lcp: number; visible: number; cls: number; kept: boolean }>((done) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        let lcp = Number.NaN;
        let visible = Number.NaN;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
            if (e.identifier === 'act-title' && Number.isNaN(visible)) visible = e.renderTime;
        }).observe({ type: 'element', buffered: true });
        let cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) lcp = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput && e.startTime >= fcp) cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observers' next callback.
        const kept = marks.some((mark) => performance.getEntriesByName(mark).length > 0);
        setTimeout(() => done({ fcp, lcp, visible, cls, kept }), 50);
      }),
    KEPT_MARKS,
  );
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await tab.close();
  return { ...timings, heapKb: heap.usedSize / 1024 } satisfies Sample;
}

export interface BenchOptions {
  viewport?: Viewport;
  /** Runs before each pair, e.g. to drop what the page kept. */
  before?: () => Promise<void>;
  runs?: number;
  /** A first pair, not counted: first compile and disk cache. Off for a block after the first. */
  warmUp?: boolean;
  /** Both pages show an act: wait for its title, so "everything visible" is measured. */
  titled?: boolean;
}

/** Alternates real and static loads so drift over the run affects both the same way. */
export async function bench(context: BrowserContext, real: string, fake: string, options: BenchOptions = {}) {
  const { viewport, before = async () => {}, runs = RUNS, warmUp = true, titled = false } = options;
  if (warmUp) {
    await measure(context, real, viewport, titled);
    await measure(context, fake, viewport, titled);
  }
  const reals: Sample[] = [];
  const fakes: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    reals.push(await measure(context, real, viewport, titled));
    fakes.push(await measure(context, fake, viewport, titled));
  }
  return { reals, fakes };
}
