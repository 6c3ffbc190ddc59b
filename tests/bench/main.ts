/*
 * First-paint benchmark of the built Chromium extension against plain static pages of the same
 * shape, with an empty profile and with five years of history, the options page's interaction
 * latencies with that history, and the bytes each page loads: `npm run bench`. A report, not a
 * test: it always exits 0. `BENCH_RUNS=5 npm run bench` for a quick look; `BENCH_ONLY=interactions`
 * for the interactions alone, `BENCH_ONLY=paint` for the first paints on a fresh profile alone.
 * `npm run bench:compare -- <git-ref>` (compare.ts) sets the first paints of another commit's
 * build beside this one's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from '../e2e/fixtures';
import { launchBench } from './browser';
import { FAKE_NOW, seedHistory } from './history';
import { interactionReport } from './interactions';
import { paintRows, paintTable } from './paint';
import { out } from './report';
import { sizeReport } from './sizes';

/** `BENCH_ONLY=interactions` skips the first paints and the sizes; `BENCH_ONLY=paint` the history and interactions. */
const ONLY_INTERACTIONS = process.env.BENCH_ONLY === 'interactions';
const ONLY_PAINT = process.env.BENCH_ONLY === 'paint';

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-'));
  try {
    const { context, worker, base, version, ext, closed } = await launchBench(EXTENSION_DIR, dir);
    try {
      if (closed.length) out(`Closed before measuring: ${closed.join(', ')}\n`);
      const fresh = ONLY_INTERACTIONS ? [] : await paintRows(context, base, 'none');
      if (ONLY_PAINT) paintTable(fresh);
      else {
        const days = await seedHistory(worker);
        if (!ONLY_INTERACTIONS) {
          paintTable([...fresh, ...(await paintRows(context, base, `${days} days`))]);
          out();
        }
        await interactionReport(context, base, days);
      }
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
