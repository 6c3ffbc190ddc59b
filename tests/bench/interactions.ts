import type { BrowserContext, Page } from '@playwright/test';
import { addDays } from '../../utils/domain/day';
import { median, quantile, RUNS } from './measure';
import { note, out, row, rule, verdict } from './report';

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
/** Settings writes wait out their debounce (utils/page/actions.ts), then storage answers and every page re-renders. */
const SAVE_SETTLE_MS = 1500;

export async function interactionReport(context: BrowserContext, base: string, days: number) {
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
