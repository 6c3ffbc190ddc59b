import { carryOver, sameValue } from '../carry-over';
import { isDayKey } from '../day';
import { parseOwnAct } from '../mine';
import { MAX_SWAPPED } from '../model';
import type { NotePart, SyncDay } from './day';
import type { Register, SyncMine } from './mine';
import type { StartRegister, SyncState } from './state';

/*
 * How the practice lies in the browser's sync storage, within its limits. Pure.
 *   dk:meta              the layout's version, the start of the path, the last "Delete everything"
 *   dk:own, dk:aside, dk:kept   the person's acts and lists
 *   dk:d:2026-12         a month of days: act, status, swaps and stamps, keyed by day of month
 *   dk:n:2026-12         the same month's check-ins and notes, only when notes travel
 * An item too large for one sync item continues in `<key>~1`, `<key>~2`, … Newest months come
 * first; when the whole would not fit, the oldest months stay on each computer and leave sync.
 * What this version cannot read (a field, a day, an item a newer version wrote) is written back
 * exactly as it stands.
 */

export const LAYOUT_VERSION = 1;
export const PREFIX = 'dk:';
/** The browsers' limits (Chrome and Firefox agree), less room for settings and rounding. */
export const QUOTA = { total: 102_400, perItem: 8_192, items: 512 } as const;
const ROOM_FOR_SETTINGS = 4_096;
const ITEM_FILL = QUOTA.perItem - 256;

export type Items = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9_]{1,60}$/.test(v);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const encoder = new TextEncoder();
/**
 * What one item costs against the quota: its key and its value as JSON, in bytes, as Chrome
 * counts them: its JSON writer escapes `<`, U+2028 and U+2029 as six-byte `\u` sequences.
 */
export const itemBytes = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value).replace(/[<\u2028\u2029]/g, '\\u003C')).length;

function parseCore(raw: unknown): SyncDay | null {
  if (!isObject(raw) || !isId(raw.a) || !['o', 'd', 's'].includes(raw.s as string) || !isInt(raw.t)) return null;
  const day: SyncDay = { a: raw.a, s: raw.s as SyncDay['s'], t: raw.t };
  // As many swaps as a day record holds, so this computer's record and its copy always agree.
  if (Array.isArray(raw.w) && raw.w.every(isId) && raw.w.length > 0) day.w = raw.w.slice(-MAX_SWAPPED);
  if (isInt(raw.e) && raw.e > 0) day.e = raw.e;
  if (isInt(raw.g) && raw.g > 0) day.g = raw.g;
  if (isInt(raw.u) && raw.u > 0) day.u = raw.u;
  return day;
}

function parseNotes(raw: unknown): Pick<SyncDay, 'c' | 'n' | 'x'> {
  if (!isObject(raw)) return {};
  const out: Pick<SyncDay, 'c' | 'n' | 'x'> = {};
  const c = raw.c;
  const feeling = (v: unknown) => isInt(v) && v >= 0 && v <= 5;
  if (Array.isArray(c) && c.length === 3 && feeling(c[0]) && feeling(c[1]) && isInt(c[2]))
    out.c = c as [number, number, number];
  const n = Array.isArray(raw.n)
    ? raw.n.filter((p): p is NotePart => Array.isArray(p) && isInt(p[0]) && typeof p[1] === 'string' && p[1] !== '')
    : [];
  if (n.length > 0) out.n = n;
  if (Array.isArray(raw.x) && raw.x.every((id) => typeof id === 'string') && raw.x.length > 0) out.x = raw.x;
  return out;
}

function registers<T>(raw: unknown, value: (v: unknown) => v is T): Record<string, Register<T>> {
  const out: Record<string, Register<T>> = {};
  if (isObject(raw))
    for (const [id, reg] of Object.entries(raw))
      if (isId(id) && Array.isArray(reg) && isInt(reg[0]) && value(reg[1])) {
        if (reg.length === 2) out[id] = [reg[0], reg[1]];
        else if (reg.length === 3 && isInt(reg[2]) && reg[2] > 0) out[id] = [reg[0], reg[1], reg[2]];
      }
  return out;
}

const isOwn = (v: unknown): v is SyncMine['own'][string][1] => v === null || parseOwnAct(v) !== null;
const isBit = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

/** The items that make up one logical item, `key` and its continuations, as one object. */
function gather(items: Items, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; ; i++) {
    const part = items[i === 0 ? key : `${key}~${i}`];
    if (!isObject(part)) return out;
    Object.assign(out, part);
  }
}

const MONTH = /^dk:[dn]:(\d{4}-\d{2})$/;

/** The practice in `items` (all of sync storage), as far as this version can read it. */
export function readLayout(items: Items): SyncState {
  const meta = isObject(items['dk:meta']) ? items['dk:meta'] : {};
  const start = isObject(meta.start) && isDayKey(meta.start.d) && isInt(meta.start.t) ? meta.start : null;
  const days: SyncState['days'] = {};
  for (const key of Object.keys(items)) {
    const month = MONTH.exec(key)?.[1];
    if (!month || !key.startsWith('dk:d:')) continue;
    const cores = gather(items, key);
    const notes = gather(items, `dk:n:${month}`);
    for (const [dd, raw] of Object.entries(cores)) {
      const day = `${month}-${dd}`;
      const core = parseCore(raw);
      if (isDayKey(day) && core) days[day] = { ...core, ...parseNotes(notes[dd]) };
    }
  }
  return {
    ...(start
      ? {
          start: {
            d: start.d as string,
            t: start.t as number,
            ...(isInt(start.e) && start.e > 0 ? { e: start.e } : {}),
            ...(isInt(start.g) ? { g: start.g } : {}),
          },
        }
      : {}),
    wipe: isInt(meta.wipe) ? meta.wipe : 0,
    days,
    mine: {
      own: registers(gather(items, 'dk:own'), isOwn),
      aside: registers(gather(items, 'dk:aside'), isBit),
      kept: registers(gather(items, 'dk:kept'), isBit),
    },
  } satisfies SyncState;
}

/** `entries` in as few items as the per-item limit allows: `key`, then `key~1`, …; none when empty. */
function split(key: string, entries: Record<string, unknown>): Items {
  const out: Items = {};
  if (Object.keys(entries).length === 0) return out;
  let part: Record<string, unknown> = {};
  let size = 0;
  let i = 0;
  for (const [k, v] of Object.entries(entries)) {
    const cost = itemBytes(k, v) + 2;
    if (size > 0 && size + cost > ITEM_FILL) {
      out[i === 0 ? key : `${key}~${i}`] = part;
      part = {};
      size = 0;
      i++;
    }
    part[k] = v;
    size += cost;
  }
  out[i === 0 ? key : `${key}~${i}`] = part;
  return out;
}

const bytesOf = (items: Items): number => Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);

/** Over what is stored, this version's value for one logical item, keeping what it could not read. */
function over(stored: Record<string, unknown>, read: Record<string, unknown>, next: Record<string, unknown>) {
  return carryOver(stored, read, next) as Record<string, unknown>;
}

export interface Plan {
  /** Every item of ours that should be in sync storage now. */
  items: Items;
  /** The months that did not fit, oldest first, and `lists` first when the acts and lists did not: they stay on each computer. */
  leftOut: string[];
  bytes: number;
}

/**
 * The items for `state`, laid over what `stored` holds (what this version cannot read stays),
 * newest months first until the budget is spent.
 */
export function planLayout(
  state: SyncState,
  stored: Items,
  notes: boolean,
  budget = QUOTA.total - ROOM_FOR_SETTINGS,
): Plan {
  const read = readLayout(stored);
  const meta = over(isObject(stored['dk:meta']) ? stored['dk:meta'] : {}, metaOf(read), metaOf(state));
  const items: Items = { 'dk:meta': { ...meta, v: Math.max(LAYOUT_VERSION, isInt(meta.v) ? meta.v : 0) } };
  const lists: Items = {};
  for (const part of ['own', 'aside', 'kept'] as const) {
    const key = `dk:${part}`;
    Object.assign(lists, split(key, over(gather(stored, key), read.mine[part], state.mine[part])));
  }
  // Lists too large for half the room stay on each computer, so days still travel.
  const listsFit = bytesOf(lists) <= budget / 2;
  if (listsFit) Object.assign(items, lists);
  // A month may hold only days this version cannot read: it stays, as it stands.
  const unread = Object.keys(stored)
    .map((key) => MONTH.exec(key)?.[1])
    .filter((m): m is string => !!m && Object.keys(gather(stored, `dk:d:${m}`)).some((dd) => !read.days[`${m}-${dd}`]));
  const months = [...new Set([...Object.keys(state.days).map((d) => d.slice(0, 7)), ...unread])].sort().reverse();
  let bytes = bytesOf(items);
  const leftOut: string[] = [];
  for (const month of months) {
    const group = monthItems(month, state, read, stored, notes);
    const cost = bytesOf(group);
    if (
      leftOut.length > 0 ||
      bytes + cost > budget ||
      Object.keys(items).length + Object.keys(group).length > QUOTA.items - 12
    ) {
      leftOut.unshift(month);
      continue;
    }
    Object.assign(items, group);
    bytes += cost;
  }
  return { items, leftOut: listsFit ? leftOut : ['lists', ...leftOut], bytes };
}

function metaOf(state: SyncState): Record<string, unknown> {
  return {
    ...(state.start ? { start: state.start satisfies StartRegister } : {}),
    ...(state.wipe ? { wipe: state.wipe } : {}),
  };
}

function monthItems(month: string, state: SyncState, read: SyncState, stored: Items, notes: boolean): Items {
  const cores: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  const storedCores = gather(stored, `dk:d:${month}`);
  const storedNotes = gather(stored, `dk:n:${month}`);
  // Days this version could not read stay in their month as they are.
  for (const [dd, raw] of Object.entries(storedCores)) if (!read.days[`${month}-${dd}`]) cores[dd] = raw;
  if (notes) for (const [dd, raw] of Object.entries(storedNotes)) if (!read.days[`${month}-${dd}`]) extras[dd] = raw;
  for (const [day, value] of Object.entries(state.days)) {
    if (!day.startsWith(month)) continue;
    const dd = day.slice(8);
    const { c, n, x, ...core } = value;
    const was = read.days[day];
    const { c: wc, n: wn, x: wx, ...wasCore } = was ?? { c: undefined, n: undefined, x: undefined };
    cores[dd] = was ? carryOver(storedCores[dd], wasCore, core) : core;
    if (!notes) continue;
    const extra = { ...(c ? { c } : {}), ...(n ? { n } : {}), ...(x ? { x } : {}) };
    const wasExtra = { ...(wc ? { c: wc } : {}), ...(wn ? { n: wn } : {}), ...(wx ? { x: wx } : {}) };
    const laid = was ? carryOver(storedNotes[dd] ?? {}, wasExtra, extra) : extra;
    // A day whose notes alone would pass an item's limit keeps them on each computer.
    if (Object.keys(extra).length > 0 && itemBytes(dd, laid) <= ITEM_FILL - 64) extras[dd] = laid;
  }
  const sorted = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  // With notes not travelling from here, another computer's notes are left in sync as they stand.
  const notesItems = notes
    ? split(`dk:n:${month}`, sorted(extras))
    : Object.fromEntries(Object.entries(stored).filter(([k]) => k.split('~')[0] === `dk:n:${month}`));
  return { ...split(`dk:d:${month}`, sorted(cores)), ...notesItems };
}

/** Keys of ours this version may remove when a plan no longer holds them (never another's). */
export const isLayoutKey = (key: string): boolean => /^dk:(meta|own|aside|kept|[dn]:\d{4}-\d{2})(~\d+)?$/.test(key);

/** What to write and what to remove to go from `stored` to `plan`. */
export function changesTo(stored: Items, plan: Plan): { set: Items; remove: string[] } {
  const set: Items = {};
  for (const [key, value] of Object.entries(plan.items)) if (!sameValue(stored[key], value)) set[key] = value;
  const remove = Object.keys(stored).filter((key) => isLayoutKey(key) && !(key in plan.items));
  return { set, remove };
}
