/*
 * First-paint benchmark of the built Chromium extension against plain static pages of the same
 * shape, with an empty profile and with five years of history, the options page's interaction
 * latencies with that history, and the bytes each page loads: `npm run bench`. A report, not a
 * test: it always exits 0. `BENCH_RUNS=5 npm run bench` for a quick look; `BENCH_ONLY=interactions`
 * for the interactions alone.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { addDays, type DayKey, dayKey } from '@/utils/domain/day';
import { everyoneActs } from '../utils/content/acts-everyone';
import { CHROMIUM, EXTENSION_DIR, FAKETIME_LIB, serviceWorker } from './e2e/fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** `BENCH_ONLY=interactions` skips the first paints and the sizes. */
const ONLY_INTERACTIONS = process.env.BENCH_ONLY === 'interactions';
const SETTLE_MS = 300;
const out = (line = '') => process.stdout.write(`${line}\n`);
/** Progress, on stderr so the report stays clean. */
const note = (line: string) => process.stderr.write(`bench: ${line}\n`);
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

const choices = (name: string, labels: string[]) =>
  labels
    .map(
      (l, i) =>
        `<label class="choice"><input type="radio" name="${name}"${i ? '' : ' checked'}><span>${l}</span></label>`,
    )
    .join('');

/* The options page's settings sections, without the history (it has none to show when fresh). */
const STATIC_OPTIONS = page(
  `.options{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 3rem;display:grid;gap:1.25rem}.options h1{font-size:1.7rem}
.section{display:grid;gap:1rem;padding:1.25rem 1.4rem;background:var(--surface);border:1px solid var(--line);border-radius:var(--radius)}
.section h2{font-size:1.15rem}.field{border:0;margin:0;padding:0;display:grid;gap:.4rem}.field legend{font-weight:600;margin-bottom:.3rem;padding:0}
.choice{display:flex;gap:.6rem;align-items:flex-start}.choice input{margin-top:.3rem;width:1.1rem;height:1.1rem;accent-color:var(--accent)}
.hint{color:var(--muted);font-size:.9rem}`,
  `<main class="options"><header><h1>Daily Kindness settings</h1><p class="hint">Changes are saved as you make them.</p></header>
<section class="section"><h2>Your practice</h2><fieldset class="field"><legend>Path</legend>${choices('path', [
    'The 5-day reset',
    'A gentle week',
    'Daily kindness',
  ])}</fieldset><fieldset class="field"><legend>Focus</legend>${choices('focus', [
    'Everyone',
    'Parents (burnout, postpartum)',
    'Veterans and military families',
    'Trauma recovery',
    'Teens and young adults',
  ])}</fieldset></section>
<section class="section"><h2>Reminder</h2><label class="choice"><input type="checkbox"><span>Remind me when today's act is still open</span></label></section>
<section class="section"><h2>Your day</h2><p>A new day begins at</p></section>
<section class="section"><h2>Look and feel</h2><fieldset class="field"><legend>Theme</legend>${choices('theme', [
    'Follow my system',
    'Light',
    'Dark',
  ])}</fieldset></section>
<section class="section"><h2>Your history</h2><p>This is where your days will gather, with any check-ins and notes you keep.</p></section></main>`,
);

/*
 * Five years of history. Day keys before utils/domain/model.ts's EARLIEST_DAY are not history, so the
 * browser's clock is moved forward (libfaketime) far enough for 1,800 days to fit before it.
 */
const FAKE_NOW = '2030-06-15 12:00:00';
const HISTORY_DAYS = 1800;
const NOTE_WORDS =
  'I held the door and we laughed about the rain. Wrote to my sister after months of meaning to. A slow walk at lunch, phone in my pocket. Thanked the night nurse by name; she looked surprised and then glad. It felt awkward at first, then easier than I expected.'.split(
    ' ',
  );

/** 1,800 days before today, half of them with a note of up to about 300 characters and a check-in. */
function fiveYears(today: DayKey) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const days: Record<DayKey, unknown> = {};
  const first = addDays(today, -HISTORY_DAYS);
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const day = addDays(first, i);
    const actId = everyoneActs[Math.floor(random() * everyoneActs.length)]?.id;
    const roll = random();
    if (i % 2 === 0) {
      const words: string[] = [];
      const length = 20 + Math.floor(random() * 280);
      for (let w = Math.floor(random() * NOTE_WORDS.length); words.join(' ').length < length; w++) {
        words.push(NOTE_WORDS[w % NOTE_WORDS.length] ?? '');
      }
      const before = 1 + Math.floor(random() * 5);
      const after = Math.min(5, before + Math.floor(random() * 2));
      days[day] = { actId, status: 'done', swapped: [], before, after, note: words.join(' ').slice(0, 300) };
    } else {
      days[day] = { actId, status: roll < 0.6 ? 'done' : roll < 0.8 ? 'skipped' : 'open', swapped: [] };
    }
  }
  return { startDay: first, days };
}

async function seedHistory(worker: Worker): Promise<number> {
  const now = await worker.evaluate(() => Date.now());
  const progress = fiveYears(dayKey(now, Intl.DateTimeFormat().resolvedOptions().timeZone));
  await worker.evaluate(async (progress) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ progress });
  }, progress);
  return Object.keys(progress.days).length;
}

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
        // The popup marks an open painted from its snapshot (utils/first-paint/snapshot.ts).
        const kept = performance.getEntriesByName('snapshot-painted').length > 0;
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

type Row = { name: string; profile: string; target: number | null; reals: Sample[]; fakes: Sample[] };

/** Closes the pages the extension opened itself (the welcome tab): they would share the pages' renderer. */
async function closeOpened(context: BrowserContext, base: string) {
  await new Promise((wait) => setTimeout(wait, 1000));
  const opened = context.pages().filter((p) => p.url().startsWith(base));
  for (const p of opened) await p.close();
  if (opened.length) out(`Closed before measuring: ${opened.map((p) => p.url().slice(base.length)).join(', ')}\n`);
}

async function paintRows(context: BrowserContext, base: string, profile: string): Promise<Row[]> {
  const popupSize = { width: 360, height: 600 };
  // The popup paints the snapshot kept for today (utils/first-paint/snapshot.ts): drawn by its last open, by a new
  // tab, or ahead on the day before. With nothing kept (a day with no page opened before it, or a
  // change of settings made elsewhere) it waits for its modules: measured apart, with the snapshots
  // dropped before each load.
  note(`first paint, history: ${profile}`);
  const helper = await context.newPage();
  await helper.goto(`${base}/static-popup.html`);
  const forget = async () => helper.evaluate(() => localStorage.removeItem('popup-snapshot'));
  const rows: Row[] = [
    {
      name: 'new tab',
      profile,
      target: 1.15,
      ...(await bench(context, `${base}/newtab.html`, `${base}/static-newtab.html`)),
    },
    {
      name: 'popup (today drawn before)',
      profile,
      target: 1.25,
      ...(await bench(context, `${base}/popup.html`, `${base}/static-popup.html`, popupSize)),
    },
    {
      name: 'popup (nothing kept)',
      profile,
      target: 1.25,
      ...(await bench(context, `${base}/popup.html`, `${base}/static-popup.html`, popupSize, forget)),
    },
    {
      name: 'options',
      profile,
      target: null,
      ...(await bench(context, `${base}/options.html`, `${base}/static-options.html`)),
    },
  ];
  await helper.close();
  return rows;
}

function paintTable(rows: Row[]) {
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
    const ratios = reals.map((s, i) => s.fcp / (fakes[i]?.fcp ?? Number.NaN));
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

/*
 * Interaction latency on the options page. Each interaction is a click or an input event fired in
 * the page, timed with performance.now() from just before it to the first frame after it (a
 * requestAnimationFrame, then a macrotask: the frame is drawn by then), and, when its result shows
 * only later (the calendar opens a day on another page of the list), to the first frame that shows
 * it. A requestAnimationFrame loop meanwhile records the longest gap between frames until the page
 * settles (saving, the storage round trip and the re-renders it causes), and a long-task observer
 * the longest task (it reports tasks of 50 ms and more).
 */
interface Timing {
  /** Handlers and the renders they cause (microtasks), before style, layout and paint. */
  script: number;
  frame: number;
  shown: number;
  gap: number;
  task: number;
}
interface Probe {
  run(target: Element, text: string | null, until: string | null, settleMs: number): Promise<Timing>;
}

function installProbe() {
  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => {
    tasks.push(...list.getEntries());
  }).observe({ type: 'longtask' });
  const frame = () =>
    new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));
  const probe: Probe = {
    async run(target, text, until, settleMs) {
      const start = performance.now();
      let last = start;
      let gap = 0;
      let running = true;
      const tick = () => {
        const t = performance.now();
        gap = Math.max(gap, t - last);
        last = t;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      if (text === null) (target as HTMLElement).click();
      else {
        const area = target as HTMLTextAreaElement;
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.slice(-1) }));
      }
      // Preact renders in microtasks, and again for state set in a layout effect.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      const script = performance.now() - start;
      const first = (await frame()) - start;
      let shown = first;
      while (until && !document.querySelector(until)) {
        if (performance.now() - start > 10_000) {
          shown = Number.NaN;
          break;
        }
        shown = (await frame()) - start;
      }
      await new Promise((done) => setTimeout(done, Math.max(0, start + settleMs - performance.now())));
      running = false;
      await frame(); // A long task is reported after it ends, in the observer's next callback.
      const task = Math.max(0, ...tasks.filter((e) => e.startTime + e.duration >= start).map((e) => e.duration));
      return { script, frame: first, shown, gap, task };
    },
  };
  (window as unknown as { probe: Probe }).probe = probe;
}

async function interact(
  tab: Page,
  target: ReturnType<Page['locator']>,
  { text = null, until = null, settle = 0 }: { text?: string | null; until?: string | null; settle?: number } = {},
): Promise<Timing> {
  const handle = await target.elementHandle({ timeout: 10_000 });
  if (!handle) throw new Error('nothing to interact with');
  const timing = await tab.evaluate(
    ({ el, text, until, settle }) => (window as unknown as { probe: Probe }).probe.run(el, text, until, settle),
    { el: handle, text, until, settle },
  );
  await handle.dispose();
  return timing;
}

/** The day list's control to its next, older page. */
const OLDER = 'Older days';
/** Settings writes wait 400 ms (utils/page/actions.ts), then storage answers and every page re-renders. */
const SAVE_SETTLE_MS = 1500;

async function interactionReport(context: BrowserContext, base: string, days: number) {
  note('options page interactions');
  const tab = await context.newPage();
  await tab.goto(`${base}/options.html`);
  const history = tab.getByRole('region', { name: 'Your history' });
  await history.locator('article').first().waitFor();
  await tab.waitForTimeout(1000);
  await tab.evaluate(installProbe);
  // An even count, so each setting ends as it began.
  const toggles = 2 * Math.ceil(Math.min(RUNS, 10) / 2);
  const results: { what: string; timings: Timing[] }[] = [];
  const toggle = async (what: string, label: string) => {
    const timings: Timing[] = [];
    for (let i = 0; i < toggles; i++) {
      timings.push(await interact(tab, tab.getByLabel(label, { exact: true }), { settle: SAVE_SETTLE_MS }));
    }
    results.push({ what, timings });
  };
  await toggle('toggle "Hide all numbers" (first page of days)', 'Hide all numbers and counts');
  await toggle('toggle "Be gentle" (re-picks today\'s act)', 'Be gentle with me: lean towards tiny acts');

  const paging: Timing[] = [];
  const older = () => history.getByRole('button', { name: OLDER }).first();
  while ((await older().count()) > 0 && (await older().isEnabled())) {
    paging.push(await interact(tab, older(), { settle: 300 }));
  }
  results.push({ what: `page the day list to the end (${paging.length} pages)`, timings: paging });
  const end = await history.locator('.day-position').first().textContent();
  await toggle('toggle "Hide all numbers" (last page of days)', 'Hide all numbers and counts');

  const today = await tab.evaluate(() => document.querySelector('[aria-current="date"]')?.getAttribute('data-day'));
  const year = today?.slice(0, 4) ?? '';
  const opened: Timing[] = [];
  let last = '';
  for (const back of [150, 110, 70, 35, 5]) {
    const day = addDays(today ?? '', -back);
    if (!day.startsWith(year)) continue;
    last = day;
    const until = `#day-${day}:focus #edit-${day}`;
    opened.push(await interact(tab, history.locator(`[data-day="${day}"]`), { until, settle: 500 }));
  }
  results.push({ what: "open a day's edit form from the calendar", timings: opened });

  const typing: Timing[] = [];
  const area = history.locator(`#edit-${last} textarea`);
  const start = await area.inputValue();
  const words = ' and then we sat for a while in the sun, talking';
  for (let i = 1; i <= words.length; i++) {
    typing.push(await interact(tab, area, { text: start + words.slice(0, i), settle: 30 }));
  }
  results.push({ what: `type in a note (${typing.length} characters)`, timings: typing });
  await tab.close();

  out(`## Options page interactions with ${days} days of history (ms)`);
  out();
  out(
    'Each is a click or input fired in the page; "script" is the time its handlers and renders take, "next frame" the time to the first frame after it, "shown" to the first frame showing its result, "frame gap" the longest gap between frames until the page settles (saving included), "long task" the longest task of 50 ms or more (0: none).',
  );
  out(
    'Long frames right after a save can come with no script in the page at all (long-animation-frame entries show no blocking): the browser is writing storage. On a busy machine, a task also lasts as long as the page waits for a core, so the maxima are the noisy figures.',
  );
  out(`The list's last page says: ${end ?? 'nothing'}.`);
  out();
  const head = [
    'interaction',
    'times',
    'script median',
    'next frame median',
    'shown p90',
    'shown max',
    'frame gap max',
  ];
  out(row([...head, 'long task max']));
  out(rule(head.length + 1));
  const verdicts: string[] = [];
  for (const { what, timings } of results) {
    const max = (key: keyof Timing) => Math.max(...timings.map((t) => t[key]));
    out(
      row([
        what,
        timings.length,
        median(timings.map((t) => t.script)).toFixed(1),
        median(timings.map((t) => t.frame)).toFixed(1),
        quantile(
          timings.map((t) => t.shown),
          0.9,
        ).toFixed(1),
        max('shown').toFixed(1),
        max('gap').toFixed(1),
        max('task').toFixed(0),
      ]),
    );
    const worst = max('shown');
    verdicts.push(`- ${what}: its result on screen within 100 ms (${worst.toFixed(0)}): ${verdict(worst <= 100)}`);
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
    writeFileSync(join(ext, 'static-options.html'), STATIC_OPTIONS);
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
      colorScheme: 'light',
      // The clocks start there and run at their real rate, so durations are real. (Leaving the
      // monotonic clock unfaked makes Chromium stall for a minute at launch.)
      env: { ...(process.env as Record<string, string>), LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${FAKE_NOW}` },
    });
    let version = '';
    try {
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      version = (await cdp.send('Browser.getVersion')).product;
      await cdp.detach();
      const worker = await serviceWorker(context);
      const base = `chrome-extension://${new URL(worker.url()).host}`;
      await closeOpened(context, base);
      const fresh = ONLY_INTERACTIONS ? [] : await paintRows(context, base, 'none');
      const days = await seedHistory(worker);
      if (!ONLY_INTERACTIONS) {
        paintTable([...fresh, ...(await paintRows(context, base, `${days} days`))]);
        out();
      }
      await interactionReport(context, base, days);
    } finally {
      await context.close();
    }
    if (!ONLY_INTERACTIONS) {
      out();
      sizeReport(ext);
    }
    const cpu = cpus();
    out();
    out('## Machine');
    out();
    out(`- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
    out(`- Browser: ${version} (${CHROMIUM}, headless); Node ${process.version}`);
    out(`- Browser clock moved to ${FAKE_NOW} (libfaketime), so five years of history fit after EARLIEST_DAY`);
    out(`- Date: ${new Date().toISOString()}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
