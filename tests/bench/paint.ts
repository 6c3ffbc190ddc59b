import type { BrowserContext } from '@playwright/test';
import { bench, median, quantile, RUNS, type Sample, type Viewport } from './measure';
import { note, out, row, rule, verdict } from './report';

export interface PaintPage {
  name: string;
  /** The most its median FCP ratio to the static page may be; null: no target. */
  target: number | null;
  /** The same for "everything visible": the act's title painted. */
  visibleTarget: number | null;
  /** It shows an act, so "everything visible" is measured (the options page has none). */
  titled?: boolean;
  real: string;
  fake: string;
  viewport?: Viewport;
  /** Drop the popup's snapshots before each load. */
  forget?: boolean;
}

const popupSize = { width: 360, height: 600 };

/*
 * The popup and the new tab's act card paint the snapshot kept for today (utils/first-paint/snapshot.ts):
 * drawn by the last popup or new tab, or ahead on the day before. With nothing kept (a day with no
 * page opened before it, or a change of settings made elsewhere) they wait for their modules:
 * measured apart, with the snapshots dropped before each load.
 */
export const PAINT_PAGES: PaintPage[] = [
  {
    name: 'new tab (today drawn before)',
    target: 1.15,
    visibleTarget: 1.3,
    titled: true,
    real: 'newtab.html',
    fake: 'static-newtab.html',
  },
  {
    name: 'new tab (nothing kept)',
    target: 1.15,
    visibleTarget: null,
    titled: true,
    real: 'newtab.html',
    fake: 'static-newtab.html',
    forget: true,
  },
  {
    name: 'popup (today drawn before)',
    target: 1.25,
    visibleTarget: 1.3,
    titled: true,
    real: 'popup.html',
    fake: 'static-popup.html',
    viewport: popupSize,
  },
  {
    name: 'popup (nothing kept)',
    target: 1.25,
    visibleTarget: null,
    titled: true,
    real: 'popup.html',
    fake: 'static-popup.html',
    viewport: popupSize,
    forget: true,
  },
  { name: 'options', target: null, visibleTarget: null, real: 'options.html', fake: 'static-options.html' },
];

/** A page of the extension's origin that drops the pages' snapshots from localStorage on demand. */
export async function snapshotDropper(context: BrowserContext, base: string) {
  const helper = await context.newPage();
  await helper.goto(`${base}/static-popup.html`);
  return {
    forget: async () =>
      helper.evaluate(() => {
        localStorage.removeItem('popup-snapshot');
        localStorage.removeItem('newtab-snapshot');
      }),
    close: () => helper.close(),
  };
}

export type Row = Pick<PaintPage, 'name' | 'target' | 'visibleTarget'> & {
  profile: string;
  reals: Sample[];
  fakes: Sample[];
};

export async function paintRows(context: BrowserContext, base: string, profile: string): Promise<Row[]> {
  note(`first paint, history: ${profile}`);
  const dropper = await snapshotDropper(context, base);
  const rows: Row[] = [];
  for (const { name, target, visibleTarget, titled, real, fake, viewport, forget } of PAINT_PAGES) {
    const before = forget ? dropper.forget : undefined;
    rows.push({
      name,
      profile,
      target,
      visibleTarget,
      ...(await bench(context, `${base}/${real}`, `${base}/${fake}`, { viewport, before, titled })),
    });
  }
  await dropper.close();
  return rows;
}

/** The ratios of the pairs, real over static, in run order: of first paint, or of everything visible. */
export const ratios = ({ reals, fakes }: { reals: Sample[]; fakes: Sample[] }, key: 'fcp' | 'visible' = 'fcp') =>
  reals.map((s, i) => s[key] / (fakes[i]?.[key] ?? Number.NaN));

const spreadOf = (xs: number[]) => `${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)}`;

export function paintTable(rows: Row[]) {
  out(`## First paint and everything visible, ${RUNS} alternating runs each (ms; heap after a forced GC)`);
  out();
  out('"Visible" is when the act\'s title was painted (Element Timing): the whole page on screen.');
  out();
  const head = [
    'page',
    'history',
    'FCP median',
    'static FCP median',
    'median FCP ratio',
    'FCP ratio p25–p75',
    'visible median',
    'static visible median',
    'median visible ratio',
    'visible ratio p25–p75',
    'median LCP ratio',
    'LCP==FCP',
    'CLS max',
    'snapshot',
  ];
  out(row([...head, 'heap median (KB)', 'static heap median (KB)']));
  out(rule(head.length + 2));
  const verdicts: string[] = [];
  for (const { name, profile, target, visibleTarget, reals, fakes } of rows) {
    const med = (list: Sample[], key: 'fcp' | 'visible' | 'heapKb', digits = 1) =>
      median(list.map((s) => s[key])).toFixed(digits);
    const fcp = ratios({ reals, fakes });
    const visible = ratios({ reals, fakes }, 'visible');
    const lcpRatio = median(reals.map((s, i) => s.lcp / (fakes[i]?.lcp ?? Number.NaN)));
    const same = `${reals.filter((s) => s.lcp === s.fcp).length}/${reals.length}`;
    const cls = Math.max(...reals.map((s) => s.cls)).toFixed(4);
    const hasTitle = reals.some((s) => !Number.isNaN(s.visible));
    out(
      row([
        name,
        profile,
        med(reals, 'fcp'),
        med(fakes, 'fcp'),
        median(fcp).toFixed(3),
        spreadOf(fcp),
        ...(hasTitle
          ? [med(reals, 'visible'), med(fakes, 'visible'), median(visible).toFixed(3), spreadOf(visible)]
          : ['—', '—', '—', '—']),
        lcpRatio.toFixed(3),
        same,
        cls,
        `${reals.filter((s) => s.kept).length}/${reals.length}`,
        med(reals, 'heapKb', 0),
        med(fakes, 'heapKb', 0),
      ]),
    );
    const check = (what: string, ratio: number, most: number | null) => {
      if (most !== null)
        verdicts.push(`- ${name}, ${profile}: ${what} ${ratio.toFixed(3)} ≤ ${most}: ${verdict(ratio <= most)}`);
    };
    check('FCP ratio', median(fcp), target);
    check('visible ratio', median(visible), visibleTarget);
    if (name.startsWith('new tab'))
      verdicts.push(
        `- ${name}, ${profile}: LCP == FCP (${same} runs): ${verdict(reals.every((s) => s.lcp === s.fcp))}`,
      );
  }
  out();
  out('The options page is compared with a static copy of its settings sections (no history).');
  out();
  out('Targets:');
  for (const v of verdicts) out(v);
}
