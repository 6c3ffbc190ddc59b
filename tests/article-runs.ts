/*
 * Writes tests/fixtures/article-runs.json, the hashed six-word runs of the source article, so the
 * originality test runs in a clone that has no copy of the article:
 * `npm run content:runs -- <path-to-article.txt>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RUN, runHashes } from './originality';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run content:runs -- <path-to-article.txt>');
  process.exit(1);
}
// Sorted and deduplicated: the order would say nothing useful, and keeps regenerations diff-free.
const runs = [...new Set(runHashes(readFileSync(source, 'utf8')))].sort();
const out = new URL('./fixtures/article-runs.json', import.meta.url);
const about = `sha256 (first 12 hex chars) of every ${RUN}-word run of the source article, words normalised by tests/originality.ts; regenerate with npm run content:runs`;
writeFileSync(out, `${JSON.stringify({ about, runs }, null, 2)}\n`);
console.log(`${runs.length} runs written to ${out.pathname}`);
