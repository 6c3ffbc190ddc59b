import type { BrowserContext } from '@playwright/test';
import { bench, median, quantile, RUNS, type Sample, type Viewport } from './measure';
import { note, out, row, rule, verdict } from './report';

export interface PaintPage {
  name: string;
  /** The most its median FCP ratio to the static page may be; null: no target. */
  target: number | null;
  real: string;
  fake: string;
  viewport?: Viewport;
  /** Drop the popup's snapshots before each load. */
  forget?: boolean;
}

const popupSize = { width: 360, height: 600 };

/*
 * The popup paints the snapshot kept for today (utils/first-paint/snapshot.ts): drawn by its last open, by a new
 * tab, or ahead on the day before. With nothing kept (a day with no page opened before it, or a
 * change of settings made elsewhere) it waits for its modules: measured apart, with the snapshots
 * dropped before each load.
 */
export const PAINT_PAGES: PaintPage[] = [
  { name: 'new tab', target: 1.15, real: 'newtab.html', fake: 'static-newtab.html' },
  {
    name: 'popup (today drawn before)',
    target: 1.25,
    real: 'popup.html',
    fake: 'static-popup.html',
    viewport: popupSize,
  },
  {
    name: 'popup (nothing kept)',
    target: 1.25,
    real: 'popup.html',
    fake: 'static-popup.html',
    viewport: popupSize,
    forget: true,
  },
  { name: 'options', target: null, real: 'options.html', fake: 'static-options.html' },
];

/** A page of the extension's origin that drops the popup's snapshot from localStorage on demand. */
export async function snapshotDropper(context: BrowserContext, base: string) {
  const helper = await context.newPage();
  await helper.goto(`${base}/static-popup.html`);
  return {
    forget: async () => helper.evaluate(() => localStorage.removeItem('popup-snapshot')),
    close: () => helper.close(),
  };
}

export type Row = { name: string; profile: string; target: number | null; reals: Sample[]; fakes: Sample[] };

export async function paintRows(context: BrowserContext, base: string, profile: string): Promise<Row[]> {
  note(`first paint, history: ${profile}`);
  const dropper = await snapshotDropper(context, base);
  const rows: Row[] = [];
  for (const { name, target, real, fake, viewport, forget } of PAINT_PAGES) {
    const before = forget ? dropper.forget : undefined;
    rows.push({
      name,
      profile,
      target,
      ...(await bench(context, `${base}/${real}`, `${base}/${fake}`, { viewport, before })),
    });
  }
  await dropper.close();
  return rows;
}

/** The FCP ratios of the pairs, real over static, in run order. */
export const fcpRatios = ({ reals, fakes }: { reals: Sample[]; fakes: Sample[] }) =>
  reals.map((s, i) => s.fcp / (fakes[i]?.fcp ?? Number.NaN));

export function paintTable(rows: Row[]) {
  out(`## First paint, ${RUNS} alternating runs each (ms; heap after a forced GC)`);
  out();
  const head = [
    'page',
    'history',
    'FCP median',
    'LCP median',
    'static FCP median',
    'median FCP ratio',
    'ratio p25–p75',
    'median LCP ratio',
    'LCP==FCP',
    'CLS max',
    'snapshot',
  ];
  out(row([...head, 'heap median (KB)', 'static heap median (KB)']));
  out(rule(head.length + 2));
  const verdicts: string[] = [];
  for (const { name, profile, target, reals, fakes } of rows) {
    const med = (list: Sample[], key: 'fcp' | 'lcp' | 'heapKb', digits = 1) =>
      median(list.map((s) => s[key])).toFixed(digits);
    const ratios = fcpRatios({ reals, fakes });
    const ratio = median(ratios);
    const lcpRatio = median(reals.map((s, i) => s.lcp / (fakes[i]?.lcp ?? Number.NaN)));
    // The spread of the pairs: on a busy machine it says how far one run's median can move.
    const spread = `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`;
    const same = `${reals.filter((s) => s.lcp === s.fcp).length}/${reals.length}`;
    const cls = Math.max(...reals.map((s) => s.cls)).toFixed(4);
    const heap = [med(reals, 'heapKb', 0), med(fakes, 'heapKb', 0)];
    out(
      row([
        name,
        profile,
        med(reals, 'fcp'),
        med(reals, 'lcp'),
        med(fakes, 'fcp'),
        ratio.toFixed(3),
        spread,
        lcpRatio.toFixed(3),
        same,
        cls,
        `${reals.filter((s) => s.kept).length}/${reals.length}`,
        ...heap,
      ]),
    );
    if (target !== null)
      verdicts.push(`- ${name}, ${profile}: FCP ratio ${ratio.toFixed(3)} ≤ ${target}: ${verdict(ratio <= target)}`);
    if (name === 'new tab')
      verdicts.push(
        `- new tab, ${profile}: LCP == FCP (${same} runs): ${verdict(reals.every((s) => s.lcp === s.fcp))}`,
      );
  }
  out();
  out('The options page is compared with a static copy of its settings sections (no history).');
  out();
  out('Targets:');
  for (const v of verdicts) out(v);
}
