/*
 * The originality check's one normalisation and hash, shared by tests/article-runs.ts (which
 * writes the fixture) and the unit test (which reads it), so the two cannot drift apart.
 * Runs are hashed because the source article's sentences are not ours to copy into the repo:
 * the fixture must let us recognise a copied run without holding the article's words.
 */
import { createHash } from 'node:crypto';

export const RUN = 6;

/** Lower case, punctuation and anything outside a–z, 0–9 and ' made a space (as the check always did). */
export const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** 12 hex chars of sha256: stable across machines and Node versions, and 48 bits keep a chance collision negligible. */
export const hashRun = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 12);

/** The hash of every run of RUN consecutive words in a text. */
export const runHashes = (text: string) => {
  const w = words(text);
  return w.slice(0, w.length - RUN + 1).map((_, i) => hashRun(w.slice(i, i + RUN).join(' ')));
};

/** The keys of the texts that share a run with the hashed source. */
export const reusedRuns = (texts: Iterable<readonly [string, string]>, hashes: ReadonlySet<string>) =>
  [...texts].filter(([, text]) => runHashes(text).some((h) => hashes.has(h))).map(([key]) => key);
