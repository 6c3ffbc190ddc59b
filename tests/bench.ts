/*
 * First-paint benchmark of the built Chromium extension against plain static pages of the same
 * shape, plus the bytes each page loads: `npm run bench`. A report, not a test: it always exits 0.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR, serviceWorker } from './e2e/fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SETTLE_MS = 300;
const out = (line = '') => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/* Static look-alikes: the shared theme inlined, the same structure, text of similar length. */
const BASE_CSS = `:root{color-scheme:light dark;--bg:#f7f4ef;--surface:#fffdf9;--text:#1f2a27;--muted:#4d5a56;--line:#d9d3c9;
--accent:#2f6b5a;--radius:12px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,sans-serif;
line-height:1.5;background:var(--bg);color:var(--text)}*{box-sizing:border-box}body{margin:0;background:var(--bg)}
h1,h2,p{margin:0}a{color:var(--accent);text-underline-offset:.2em}
button{font:inherit;border-radius:999px;padding:.5em 1.1em;border:1px solid var(--line);background:var(--surface);color:var(--text);min-height:2.5rem}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}
.eyebrow{font-size:.8rem;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}.act-card{display:grid;gap:.6rem}
.act-title{font-size:1.3rem;line-height:1.3;font-weight:600}.act-why{color:var(--muted)}`;

const card = (level: 1 | 2) => `<section class="act-card"><p class="eyebrow">Today's act of kindness</p>
<h${level} class="act-title">Send a few encouraging words to someone you care about.</h${level}>
<p class="act-why">A short note of support can lift them and remind you both that you are connected.</p>
<div class="actions"><button class="primary">I did it</button><button>Swap</button><button>Not today</button></div></section>`;

const page = (css: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Daily Kindness</title>
<style>${BASE_CSS}${css}</style></head><body>${body}</body></html>`;

const STATIC_NEWTAB = page(
  `.newtab{min-height:100vh;display:grid;grid-template-rows:1fr auto auto;justify-items:center;align-content:center;gap:2.5rem;padding:3rem 1.5rem 2rem}
.grounding{align-self:end;display:grid;justify-items:center;gap:1rem;text-align:center}
.prompt-text{font-size:clamp(1.5rem,1rem + 2vw,2.4rem);line-height:1.35;font-weight:500;max-width:32ch}
.act-slot{width:min(34rem,100%);min-height:13rem}.act-slot .act-card{background:var(--surface);border:1px solid var(--line);border-radius:var(--radius);padding:1.2rem 1.4rem}`,
  `<main class="newtab"><section class="grounding"><p class="eyebrow">A moment for you</p>
<h1 class="prompt-text">Breathe in for 4, hold gently for 4, breathe out for 4. If holding feels uneasy, you can skip the pause and simply breathe.</h1></section>
<div class="act-slot">${card(2)}</div><footer><a href="#">Read the full article</a></footer></main>`,
);

const STATIC_POPUP = page(
  `body{width:22.5rem;max-width:100vw}.popup{display:grid;gap:1.1rem;padding:1.1rem}
.week{display:grid;gap:.4rem}.week ol{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(7,1fr);gap:.25rem;text-align:center;font-size:.8rem}
.dot{display:block;margin:auto;width:1.1rem;height:1.1rem;border-radius:50%;border:2px solid var(--line)}
footer{border-top:1px solid var(--line);padding-top:.8rem;font-size:.95rem}`,
  `<main class="popup">${card(1)}<section class="week"><h2 class="eyebrow">This week</h2><ol>${'MTWTFSS'
    .split('')
    .map((d) => `<li>${d}<span class="dot"></span></li>`)
    .join('')}</ol><p class="eyebrow">You showed up 0 days this week.</p></section>
<footer><a href="#">Read the full article</a></footer></main>`,
);

type Sample = { fcp: number; lcp: number; cls: number; heapKb: number; kept: boolean };
type Viewport = { width: number; height: number };

/** Loads one page in a fresh tab and reads its paint timings, layout shifts and JS heap. */
async function measure(context: BrowserContext, url: string, viewport?: Viewport) {
  const tab = await context.newPage();
  if (viewport) await tab.setViewportSize(viewport);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await tab.waitForTimeout(SETTLE_MS);
  const timings = await tab.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number; cls: number; kept: boolean }>((done) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        let lcp = Number.NaN;
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
        // The popup marks an open painted from its kept drawing (utils/snapshot.ts).
        const kept = performance.getEntriesByName('kept-drawing').length > 0;
        setTimeout(() => done({ fcp, lcp, cls, kept }), 50);
      }),
  );
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await tab.close();
  return { ...timings, heapKb: heap.usedSize / 1024 } satisfies Sample;
}

/** Alternates real and static loads so drift over the run affects both the same way. */
async function bench(
  context: BrowserContext,
  real: string,
  fake: string,
  viewport?: Viewport,
  before: () => Promise<void> = async () => {},
) {
  await measure(context, real, viewport); // Warm-up pair, not counted: first compile and disk cache.
  await measure(context, fake, viewport);
  const reals: Sample[] = [];
  const fakes: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before();
    reals.push(await measure(context, real, viewport));
    fakes.push(await measure(context, fake, viewport));
  }
  return { reals, fakes };
}

/*
 * Sizes. "First paint": what the HTML loads and the static imports of its
 * chunks. "In all": that plus every chunk and stylesheet it can load later
 * (dynamic imports list theirs in Vite's preload map), an upper bound.
 */
function assets(root: string, html: string, lazy: boolean) {
  const files = new Set<string>();
  const text = readFileSync(join(root, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)];
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      if (m[1]) visit(resolve(dirname(file), m[1]));
    }
    if (lazy)
      for (const m of code.matchAll(/["']((?:chunks|assets)\/[^"']+\.(?:js|css))["']/g))
        if (m[1]) visit(join(root, m[1]));
  };
  for (const m of refs) if (m[1]) visit(m[1].startsWith('/') ? join(root, m[1]) : resolve(root, m[1]));
  return [...files];
}

function sizes(files: string[]) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gz };
}

const kb = (n: number) => (n / 1024).toFixed(1);

function sizeReport(ext: string) {
  out('## Bytes per entrypoint (JS + CSS, gzip -9 per file)');
  out();
  out("The new tab's and popup's styles travel inside their first-paint scripts, so they count as JS.");
  out();
  const head = ['entrypoint', 'loads', 'files', 'JS raw (KB)', 'JS gzip (KB)', 'CSS raw (KB)', 'CSS gzip (KB)'];
  out(row([...head, 'total gzip (KB)']));
  out(rule(head.length + 1));
  const limits: string[] = [];
  for (const html of ['newtab.html', 'popup.html']) {
    for (const lazy of [false, true]) {
      const files = assets(ext, html, lazy);
      const js = sizes(files.filter((f) => f.endsWith('.js')));
      const css = sizes(files.filter((f) => f.endsWith('.css')));
      const total = js.gz + css.gz;
      const names = files.map((f) => f.slice(ext.length + 1)).join(', ');
      const when = lazy ? 'in all' : 'for first paint';
      out(row([html, when, names, kb(js.raw), kb(js.gz), kb(css.raw), kb(css.gz), kb(total)]));
      limits.push(`- ${html} ${when}: ${kb(total)} KB gzipped ≤ 20 KB: ${verdict(total <= 20 * 1024)}`);
    }
  }
  const bg = sizes([join(ext, 'background.js')]);
  out(row(['background.js', 'worker', 'background.js', kb(bg.raw), kb(bg.gz), '-', '-', kb(bg.gz)]));
  out();
  out('Targets:');
  for (const l of limits) out(l);
}

async function paintReport(context: BrowserContext) {
  const id = new URL((await serviceWorker(context)).url()).host;
  const base = `chrome-extension://${id}`;
  // A fresh install opens a welcome tab; it would share the pages' renderer (CPU and heap), so close it.
  await new Promise((wait) => setTimeout(wait, 1000));
  const opened = context.pages().filter((p) => p.url().startsWith(base));
  for (const p of opened) await p.close();
  if (opened.length) out(`Closed before measuring: ${opened.map((p) => p.url().slice(base.length)).join(', ')}\n`);
  const popupSize = { width: 360, height: 600 };
  // The popup paints the drawing kept for today (utils/snapshot.ts): drawn by its last open, by a new
  // tab, or ahead on the day before. With nothing kept (a day with no page opened before it, or a
  // change of settings made elsewhere) it waits for its modules: measured apart, with the drawings
  // dropped before each load.
  const helper = await context.newPage();
  await helper.goto(`${base}/static-popup.html`);
  const forget = async () => helper.evaluate(() => localStorage.removeItem('popup-snapshot'));
  const results = [
    { name: 'new tab', target: 1.15, ...(await bench(context, `${base}/newtab.html`, `${base}/static-newtab.html`)) },
    {
      name: 'popup (today drawn before)',
      target: 1.25,
      ...(await bench(context, `${base}/popup.html`, `${base}/static-popup.html`, popupSize)),
    },
    {
      name: 'popup (nothing kept)',
      target: 1.25,
      ...(await bench(context, `${base}/popup.html`, `${base}/static-popup.html`, popupSize, forget)),
    },
  ];
  await helper.close();
  out(`## First paint, ${RUNS} alternating runs each (ms; heap after a forced GC)`);
  out();
  const head = [
    'page',
    'FCP median',
    'LCP median',
    'static FCP median',
    'median FCP ratio',
    'ratio p25–p75',
    'LCP==FCP',
    'CLS max',
    'kept drawing',
  ];
  out(row([...head, 'heap median (KB)', 'static heap median (KB)']));
  out(rule(head.length + 2));
  const verdicts: string[] = [];
  for (const { name, target, reals, fakes } of results) {
    const med = (list: Sample[], key: 'fcp' | 'lcp' | 'heapKb', digits = 1) =>
      median(list.map((s) => s[key])).toFixed(digits);
    const ratios = reals.map((s, i) => s.fcp / (fakes[i]?.fcp ?? Number.NaN));
    const ratio = median(ratios);
    // The spread of the pairs: on a busy machine it says how far one run's median can move.
    const spread = `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`;
    const same = `${reals.filter((s) => s.lcp === s.fcp).length}/${reals.length}`;
    const cls = Math.max(...reals.map((s) => s.cls)).toFixed(4);
    const heap = [med(reals, 'heapKb', 0), med(fakes, 'heapKb', 0)];
    out(
      row([
        name,
        med(reals, 'fcp'),
        med(reals, 'lcp'),
        med(fakes, 'fcp'),
        ratio.toFixed(3),
        spread,
        same,
        cls,
        `${reals.filter((s) => s.kept).length}/${reals.length}`,
        ...heap,
      ]),
    );
    verdicts.push(`- ${name} FCP ratio ${ratio.toFixed(3)} ≤ ${target}: ${verdict(ratio <= target)}`);
    if (name === 'new tab')
      verdicts.push(`- new tab LCP == FCP (${same} runs): ${verdict(reals.every((s) => s.lcp === s.fcp))}`);
  }
  out();
  out('Targets:');
  for (const v of verdicts) out(v);
}

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-'));
  const ext = join(dir, 'chrome-mv3');
  try {
    cpSync(EXTENSION_DIR, ext, { recursive: true });
    writeFileSync(join(ext, 'static-newtab.html'), STATIC_NEWTAB);
    writeFileSync(join(ext, 'static-popup.html'), STATIC_POPUP);
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
      colorScheme: 'light',
    });
    let version = '';
    try {
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      version = (await cdp.send('Browser.getVersion')).product;
      await cdp.detach();
      await paintReport(context);
    } finally {
      await context.close();
    }
    out();
    sizeReport(ext);
    const cpu = cpus();
    out();
    out('## Machine');
    out();
    out(`- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
    out(`- Browser: ${version} (${CHROMIUM}, headless); Node ${process.version}`);
    out(`- Date: ${new Date().toISOString()}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
