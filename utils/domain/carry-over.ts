/*
 * Writing back what a parser read. A parser gives this version the part of a
 * stored value it understands; the rest (fields, statuses, array members from a
 * newer version or another computer, or values it could not read) must survive
 * every write this version makes. So a write never stores the parsed value: it
 * stores the raw value with only the changes this version made laid over it.
 */

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of plain JSON values: what storage would hold. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * Called when this version writes a value where storage holds something it did not read as it is
 * stored (a record it could not parse, a value of another shape): the place, as keys from the
 * top, and what stood there.
 */
export type OnOverwrite = (path: readonly string[], unread: unknown) => void;

/**
 * `raw` with the change from `before` (what this version read from it) to `after` (what it
 * wants stored) applied, and everything else kept exactly as stored. Never mutates its inputs.
 * Arrays are sets here: members this version did not read are kept beside its own.
 */
export function carryOver(
  raw: unknown,
  before: unknown,
  after: unknown,
  onOverwrite?: OnOverwrite,
  path: string[] = [],
): unknown {
  if (sameValue(before, after)) return raw;
  if (isPlain(raw) && isPlain(before) && isPlain(after)) {
    const result: Record<string, unknown> = { ...raw };
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (after[key] === undefined) {
        if (before[key] !== undefined) delete result[key];
        continue;
      }
      result[key] = carryOver(raw[key], before[key], after[key], onOverwrite, [...path, key]);
    }
    return result;
  }
  if (Array.isArray(raw) && Array.isArray(before) && Array.isArray(after)) {
    const unread = raw.filter((item) => !before.some((known) => sameValue(known, item)));
    return [...after, ...unread.filter((item) => !after.some((mine) => sameValue(mine, item)))];
  }
  // Something this version did not read stands here: say so before writing over it.
  if (raw !== undefined && raw !== null && !sameValue(raw, before)) onOverwrite?.(path, raw);
  return after;
}
