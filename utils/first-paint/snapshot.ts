/*
 * The popup cannot show anything true until its code has loaded and storage has
 * answered, which took it far longer than a static page to paint (README: Performance). So
 * whenever it has drawn what it shows, that snapshot is kept as plain data (tags,
 * attributes, text) for the rest of the day, with a snapshot of the next day made
 * ahead from the same stored state; the next open rebuilds the one that holds with
 * a classic script during parsing, and Preact then renders over the same nodes,
 * correcting anything that changed meanwhile. Nothing here reads the clock.
 */

/** A text node, or an element as [tag, attributes, children]. */
export type SnapNode = string | [tag: string, attrs: Record<string, string>, children: SnapNode[]];

export interface Snapshot {
  /** The snapshot holds for `from <= now < until`: the day it shows, from when it was drawn if that was later. */
  from: number;
  until: number;
  /** A different zone or language means a different day or different words. */
  timeZone: string;
  lang: string;
  nodes: SnapNode[];
}

/** The User Timing mark a page sets when it painted from a snapshot. */
export const SNAPSHOT_MARK = 'snapshot-painted';

const TAG = /^[a-z][a-z0-9-]*$/;

/*
 * A snapshot is read back from localStorage, which anything running in this origin could have
 * written, so rebuilding it is parsing untrusted input. It is rebuilt from an allowlist of exactly
 * what the popup renders (tests/unit/snapshot.test.ts renders every state of PopupView to prove the
 * list is enough): no element or attribute that loads, styles or runs anything (img, video, link,
 * style, src, srcset, poster, formaction, ping...) can be named in it, so no planted record can make
 * the popup reach another host. The rebuilt nodes are inert and only shown: Preact then renders
 * over them and sets every attribute from its own props, the article link's address included.
 */
/** The elements the popup and the new tab's card render; any other is dropped with everything in it. */
export const KEPT_TAGS: ReadonlySet<string> = new Set([
  'main',
  'section',
  'footer',
  'div',
  'p',
  'h1',
  'h2',
  'span',
  'ol',
  'ul',
  'li',
  'a',
  'button',
]);
/**
 * The attributes it sets that only name, label or describe: none of them loads anything. `dir`
 * lets the person's own words in a right-to-left script read as they wrote them.
 */
export const KEPT_ATTRS: ReadonlySet<string> = new Set([
  'class',
  'id',
  'title',
  'type',
  'target',
  'rel',
  'dir',
  'elementtiming',
]);
const LABEL_ATTR = /^(aria|data)-[a-z][a-z0-9-]*$/;
/** One of our own pages, such as `/options.html`: never another host (`//host`, `/\host`), never a scheme. */
const OWN_PAGE = /^\/[a-z0-9-]+\.html$/;

/** Whether a rebuilt snapshot keeps this attribute. Any other `href` (the article's) waits for Preact. */
export const keepsAttribute = (name: string, value: string): boolean =>
  KEPT_ATTRS.has(name) || LABEL_ATTR.test(name) || (name === 'href' && OWN_PAGE.test(value));

function isSnapNode(value: unknown, depth = 0): value is SnapNode {
  if (typeof value === 'string') return true;
  if (!Array.isArray(value) || value.length !== 3 || depth > 32) return false;
  const [tag, attrs, children] = value as unknown[];
  return (
    typeof tag === 'string' &&
    TAG.test(tag) &&
    typeof attrs === 'object' &&
    attrs !== null &&
    !Array.isArray(attrs) &&
    Object.values(attrs).every((v) => typeof v === 'string') &&
    Array.isArray(children) &&
    children.every((child) => isSnapNode(child, depth + 1))
  );
}

/** The first snapshot that is whole and holds at `now`; null if none does, never an error. */
export function freshSnapshot(kept: unknown, now: number, timeZone: string, lang: string): Snapshot | null {
  if (!Array.isArray(kept)) return null;
  return kept.find((raw: unknown) => holds(raw, now, timeZone, lang)) ?? null;
}

function holds(raw: unknown, now: number, timeZone: string, lang: string): raw is Snapshot {
  if (typeof raw !== 'object' || raw === null) return false;
  const s = raw as Partial<Snapshot>;
  return (
    typeof s.from === 'number' &&
    typeof s.until === 'number' &&
    s.from <= now &&
    now < s.until &&
    s.timeZone === timeZone &&
    s.lang === lang &&
    Array.isArray(s.nodes) &&
    s.nodes.length > 0 &&
    s.nodes.every((node) => isSnapNode(node))
  );
}

/** Elements and text as data; comments and anything else are left out. */
export function capture(node: Node): SnapNode | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return null;
  const attrs: Record<string, string> = {};
  for (const { name, value } of node.attributes) attrs[name] = value;
  const children = [...node.childNodes].map(capture).filter((child) => child !== null);
  return [node.localName, attrs, children];
}

/** The nodes a record describes, with only what the popup itself renders (see KEPT_TAGS). */
export function rebuild(snap: SnapNode): Node | null {
  if (typeof snap === 'string') return document.createTextNode(snap);
  const [tag, attrs, children] = snap;
  // Dropped whole: keeping its children would put words where the popup never shows any.
  if (!KEPT_TAGS.has(tag)) return null;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (keepsAttribute(name, value)) element.setAttribute(name, value);
  for (const child of children) {
    const node = rebuild(child);
    if (node) element.append(node);
  }
  return element;
}

/** The act a snapshot shows (its `data-act-id`), so the page can tell what it painted. */
export function actIdIn(nodes: readonly SnapNode[]): string | null {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    const [, attrs, children] = node;
    const id = attrs['data-act-id'] ?? actIdIn(children);
    if (id) return id;
  }
  return null;
}
