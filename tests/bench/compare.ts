/*
 * Before and after in one run: `npm run bench:compare -- <git-ref>`. Builds <git-ref> in a temporary
 * git worktree with its own `npm ci` (an older commit may need other dependencies) and this checkout
 * with `npx wxt build`, then measures the first paints of both builds the way `npm run bench` does
 * (measure.ts), each against its own copy of the static look-alikes, in its own browser and profile:
 * both override the new tab, so they never share one. The builds take turns in blocks of runs,
 * before, after, after, before, and so on, so drift over the run falls on both alike, and on neither
 * more by coming first. `BENCH_RUNS` runs per page and build, `BENCH_BLOCK` runs per turn;
 * `BENCH_HISTORY=1` adds the rows with five years of history. A report: it exits 1 only when a build
 * or a browser fails. The worktree is removed at the end, on failure and on Ctrl-C too.
 */
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from '../e2e/fixtures';
import { type Bench, launchBench } from './browser';
import { seedHistory } from './history';
import { bench, median, quantile, RUNS, type Sample } from './measure';
import { PAINT_PAGES, ratios as pairRatios, snapshotDropper } from './paint';
import { note, out, row, rule } from './report';
import { buildCheckout, type Checkout, checkout, git, run } from './worktree';

const BLOCK = Math.max(1, Number(process.env.BENCH_BLOCK ?? 5));
const WITH_HISTORY = process.env.BENCH_HISTORY === '1';

type Side = 'before' | 'after';
type Pairs = { reals: Sample[]; fakes: Sample[] };
type Compared = { name: string; profile: string } & Record<Side, Pairs>;

/** Every paint page, both builds taking turns in blocks; each build's first pair on a page is a warm-up. */
async function compareRows(benches: Record<Side, Bench>, profile: string): Promise<Compared[]> {
  note(`first paint, history: ${profile}`);
  const droppers = {
    before: await snapshotDropper(benches.before.context, benches.before.base),
    after: await snapshotDropper(benches.after.context, benches.after.base),
  };
  const rows: Compared[] = [];
  for (const { name, real, fake, viewport, forget } of PAINT_PAGES) {
    const pairs: Record<Side, Pairs> = { before: { reals: [], fakes: [] }, after: { reals: [], fakes: [] } };
    const turn = async (side: Side, runs: number, warmUp: boolean) => {
      const { context, base } = benches[side];
      const before = forget ? droppers[side].forget : undefined;
      const got = await bench(context, `${base}/${real}`, `${base}/${fake}`, { viewport, before, runs, warmUp });
      pairs[side].reals.push(...got.reals);
      pairs[side].fakes.push(...got.fakes);
    };
    await turn('before', 0, true);
    await turn('after', 0, true);
    for (let done = 0, block = 0; done < RUNS; done += BLOCK, block++) {
      const runs = Math.min(BLOCK, RUNS - done);
      const order: Side[] = block % 2 ? ['after', 'before'] : ['before', 'after'];
      for (const side of order) await turn(side, runs, false);
    }
    rows.push({ name, profile, ...pairs });
  }
  await droppers.before.close();
  await droppers.after.close();
  return rows;
}

const stats = (pairs: Pairs) => {
  const ratios = pairRatios(pairs);
  return {
    ratio: median(ratios),
    p25: quantile(ratios, 0.25),
    p75: quantile(ratios, 0.75),
    fcp: median(pairs.reals.map((s) => s.fcp)),
    staticFcp: median(pairs.fakes.map((s) => s.fcp)),
    kept: `${pairs.reals.filter((s) => s.kept).length}/${pairs.reals.length}`,
  };
};

function compareTable(rows: Compared[], label: Record<Side, string>) {
  out(`## First paint, before and after: ${RUNS} runs per page and build, in turns of ${BLOCK}`);
  out();
  out(`- before: ${label.before}`);
  out(`- after: ${label.after}`);
  out();
  out(
    'FCP ratio: the page over its static look-alike, loaded in pairs. Change: the after median ratio against the before one. Snapshot: the popup opens painted from it.',
  );
  out();
  const head = [
    'page',
    'history',
    'before FCP ratio (median, p25–p75)',
    'after FCP ratio (median, p25–p75)',
    'change',
    'before FCP median (ms)',
    'after FCP median (ms)',
    'static FCP median, before / after (ms)',
  ];
  out(row([...head, 'snapshot, before / after']));
  out(rule(head.length + 1));
  const verdicts: string[] = [];
  for (const { name, profile, before, after } of rows) {
    const b = stats(before);
    const a = stats(after);
    const change = (a.ratio / b.ratio - 1) * 100;
    const spread = (s: typeof a) => `${s.ratio.toFixed(3)} (${s.p25.toFixed(2)}–${s.p75.toFixed(2)})`;
    out(
      row([
        name,
        profile,
        spread(b),
        spread(a),
        `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`,
        b.fcp.toFixed(1),
        a.fcp.toFixed(1),
        `${b.staticFcp.toFixed(1)} / ${a.staticFcp.toFixed(1)}`,
        `${b.kept} / ${a.kept}`,
      ]),
    );
    verdicts.push(
      `- ${name}, ${profile}: after no slower than before: ${a.ratio <= b.p75 ? 'yes' : 'no'} (after median ${a.ratio.toFixed(3)}, before p75 ${b.p75.toFixed(3)})`,
    );
  }
  out();
  out(
    "No page slower: a page's after median FCP ratio is at most its before p75, the upper edge of the middle half of the before pairs; within it, the difference is no larger than what one build's runs already vary by.",
  );
  out();
  for (const v of verdicts) out(v);
}

async function main() {
  const started = Date.now();
  const load = loadavg();
  const ref = process.argv[2];
  if (!ref) throw new Error('usage: npm run bench:compare -- <git-ref>');
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const head = git('rev-parse', '--short', 'HEAD');
  const label = {
    before: `${commit.startsWith(ref) ? '' : `${ref}, `}${commit.slice(0, 7)} of ${git('log', '-1', '--format=%cs', commit)}`,
    after: `this checkout (HEAD ${head}${git('status', '--porcelain') ? ', with uncommitted changes' : ''})`,
  };
  run('npx', ['wxt', 'build'], '.');
  let temp: Checkout | undefined;
  const cleanUp = () => temp?.remove();
  // An exit handler runs synchronously, so the worktree also goes on an error or an interrupt.
  process.on('exit', cleanUp);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.on(signal, () => process.exit(code));
  const benches: Partial<Record<Side, Bench>> = {};
  try {
    temp = checkout(commit);
    const beforeBuild = buildCheckout(temp.worktree);
    for (const side of ['before', 'after'] as const) {
      const dir = join(temp.dir, `bench-${side}`);
      mkdirSync(dir);
      benches[side] = await launchBench(side === 'before' ? beforeBuild : EXTENSION_DIR, dir);
    }
    const both = benches as Record<Side, Bench>;
    const rows = await compareRows(both, 'none');
    if (WITH_HISTORY) {
      const days = await seedHistory(both.before.worker);
      await seedHistory(both.after.worker);
      rows.push(...(await compareRows(both, `${days} days`)));
    }
    compareTable(rows, label);
    const cpu = cpus();
    out();
    out('## Machine');
    out();
    out(`- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
    out(`- Browser: ${both.after.version} (${CHROMIUM}, headless); Node ${process.version}`);
    const loads = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
    out(`- Load average (1, 5, 15 min): ${loads(load)} at the start, ${loads(loadavg())} at the end`);
    out(`- Date: ${new Date().toISOString()}; compare took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    for (const b of Object.values(benches)) await b.context.close();
    cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
