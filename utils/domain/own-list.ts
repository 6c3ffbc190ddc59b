import { EFFORTS, type Effort } from '@/utils/content/types';
import { liveOwnActs, type Mine, OWN_ACTS_MAX, wordsKey } from './mine';
import { draftProblem, type OwnDraft } from './mine-changes';

/*
 * Lists of own acts to bring in and hand out, so a counsellor can prepare one for a client: plain
 * text, one act per line, or a small JSON file; the full backup's own acts are read too. Pure: the
 * page reads the file. The words are the person's: any language and script, never cut to fit.
 */

export const ACTS_FORMAT = 'daily-kindness-acts';
export const ACTS_VERSION = 1;
/** Far more than OWN_ACTS_MAX acts at their longest, even in a script of four-byte characters. */
export const MAX_LIST_BYTES = 1024 * 1024;

/** The small JSON file: what others may write by hand, so ids and retired acts are not part of it. */
export interface ActsFile {
  format: typeof ACTS_FORMAT;
  version: typeof ACTS_VERSION;
  acts: OwnDraft[];
}

export type ListError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-ours' }
  | { code: 'newer-version' }
  | { code: 'wrong-shape'; where: string }
  | { code: 'empty' };

export type ListRead = { ok: true; drafts: OwnDraft[] } | { ok: false; error: ListError };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (error: ListError): ListRead => ({ ok: false, error });

/** A list bullet a word processor or a person puts in front of a line: "- " or "•". */
const BULLET = /^\s*(?:-\s+|•\s*)/u;

/** One act per line; blank lines and bullets left out. Each line is kept whole, however long. */
export function readTextList(text: string): OwnDraft[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => line.length > 0)
    .map((title) => ({ title, effort: 'small' }));
}

/** An item of a JSON list: its title as written, an optional why and effort (small when not given). */
function readItem(raw: unknown, where: string): OwnDraft | { where: string } {
  if (!isObject(raw) || typeof raw.title !== 'string') return { where };
  if (raw.why !== undefined && typeof raw.why !== 'string') return { where: `${where}.why` };
  if (raw.effort !== undefined && !EFFORTS.includes(raw.effort as Effort)) return { where: `${where}.effort` };
  const effort = (raw.effort as Effort | undefined) ?? 'small';
  return { title: raw.title, ...(raw.why?.trim() ? { why: raw.why } : {}), effort };
}

function readJsonList(data: unknown): ListRead {
  if (!isObject(data)) return fail({ code: 'not-ours' });
  let items: unknown;
  let where = 'acts';
  if (data.format === ACTS_FORMAT) {
    if (!Number.isInteger(data.version) || (data.version as number) < 1)
      return fail({ code: 'wrong-shape', where: 'version' });
    if ((data.version as number) > ACTS_VERSION) return fail({ code: 'newer-version' });
    items = data.acts;
  } else if (data.format === 'daily-kindness-export') {
    // A whole backup: its own acts still offered (a deleted one is history only). Version 1 had none.
    if (!isObject(data.mine)) return fail({ code: 'empty' });
    where = 'mine.acts';
    items = Array.isArray(data.mine.acts)
      ? data.mine.acts.filter((act) => !isObject(act) || act.retired !== true)
      : null;
  } else return fail({ code: 'not-ours' });
  if (!Array.isArray(items)) return fail({ code: 'wrong-shape', where });
  const drafts: OwnDraft[] = [];
  for (const [i, raw] of items.entries()) {
    const item = readItem(raw, `${where}[${i}]`);
    if ('where' in item) return fail({ code: 'wrong-shape', where: item.where });
    drafts.push(item);
  }
  return drafts.length > 0 ? { ok: true, drafts } : fail({ code: 'empty' });
}

/**
 * Reads a list of acts: JSON when the text is an object, otherwise plain text. `byteLength` is the
 * file's size, checked before it is read at all.
 */
export function readActList(text: string, byteLength: number): ListRead {
  if (byteLength > MAX_LIST_BYTES) return fail({ code: 'too-large' });
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return fail({ code: 'not-json' });
    }
    return readJsonList(data);
  }
  const drafts = readTextList(body);
  return drafts.length > 0 ? { ok: true, drafts } : fail({ code: 'empty' });
}

/** What importing a list would do, said before anything is added. */
export interface ListPlan {
  /** New words, to be added. */
  add: OwnDraft[];
  /** Already among the person's acts (the same words): not added again. */
  here: OwnDraft[];
  /** Longer than an act or its why may be: shown, not cut, not added. */
  tooLong: OwnDraft[];
  /** Lines that repeat an earlier line of the list: added once. */
  repeated: number;
  /** Beyond what the person's acts may hold: not added. */
  noRoom: OwnDraft[];
}

export function planActList(drafts: readonly OwnDraft[], mine: Mine): ListPlan {
  const plan: ListPlan = { add: [], here: [], tooLong: [], repeated: 0, noRoom: [] };
  const here = new Set(liveOwnActs(mine).map((act) => wordsKey(act.title)));
  const added = new Set<string>();
  const room = OWN_ACTS_MAX - mine.acts.length;
  for (const draft of drafts) {
    const problem = draftProblem(draft);
    const key = wordsKey(draft.title);
    if (problem === 'empty') continue;
    if (problem) plan.tooLong.push(draft);
    else if (here.has(key)) plan.here.push(draft);
    else if (added.has(key)) plan.repeated++;
    else if (plan.add.length >= room) plan.noRoom.push(draft);
    else {
      added.add(key);
      plan.add.push(draft);
    }
  }
  return plan;
}

/** The acts still offered, for a list to hand out: one per line. */
export function actListText(mine: Mine): string {
  return liveOwnActs(mine)
    .map((act) => `${act.title}\n`)
    .join('');
}

export function actListJson(mine: Mine): string {
  const file: ActsFile = {
    format: ACTS_FORMAT,
    version: ACTS_VERSION,
    acts: liveOwnActs(mine).map(({ title, why, effort }) => ({ title, ...(why ? { why } : {}), effort })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
