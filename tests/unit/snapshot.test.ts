import fc from 'fast-check';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView } from '@/components/PopupView';
import { library } from '@/utils/content/library';
import { LINKS } from '@/utils/content/links';
import { addDays, dayKey, nextDayStart } from '@/utils/domain/day';
import { EMPTY_MINE } from '@/utils/domain/mine';
import { type DayRecord, DEFAULT_SETTINGS, EMPTY_PROGRESS, type Progress, type Settings } from '@/utils/domain/model';
import {
  capture,
  freshSnapshot,
  KEPT_ATTRS,
  KEPT_TAGS,
  keepsAttribute,
  rebuild,
  type SnapNode,
  type Snapshot,
} from '@/utils/first-paint/snapshot';
import { mine, progress, settings, now as storeNow, timeZone, today } from '@/utils/storage/store';
import { catalogue } from './catalogue';

const ZONE = 'America/New_York';
const drawnAt = Date.parse('2026-03-07T23:30:00-05:00');
const until = nextDayStart(drawnAt, ZONE, 4);
const kept: Snapshot = {
  from: drawnAt,
  until,
  timeZone: ZONE,
  lang: 'en-US',
  nodes: [['main', { class: 'popup' }, [['h1', { id: 'act-title' }, ['Drink a glass of water slowly.']]]]],
};
const at = (now: number, changes: Partial<Snapshot> = {}, zone = ZONE, lang = 'en-US') =>
  freshSnapshot([{ ...kept, ...changes }], now, zone, lang);

describe('a snapshot of the popup', () => {
  it('holds for the rest of the day it was drawn in, across midnight and the spring-forward hour before a 4 am day start', () => {
    // Clocks go from 2 am to 3 am on 8 March: the day it was drawn in ends at 4 am daylight time.
    expect(until).toBe(Date.parse('2026-03-08T04:00:00-04:00'));
    expect(at(drawnAt)).toEqual(kept);
    expect(at(Date.parse('2026-03-08T00:30:00-05:00'))).toEqual(kept);
    expect(at(until - 1)).toEqual(kept);
  });

  it('no longer holds once the next day has begun, or days later', () => {
    expect(at(until)).toBeNull();
    expect(at(until + 5 * 86_400_000)).toBeNull();
  });

  it('does not hold for a clock set back before it was drawn', () => {
    expect(at(drawnAt - 1)).toBeNull();
  });

  it('does not hold in another time zone or language', () => {
    expect(at(drawnAt + 1000, {}, 'Asia/Tokyo')).toBeNull();
    expect(at(drawnAt + 1000, {}, ZONE, 'es-419')).toBeNull();
  });

  it('is ignored, without an error, when damaged or foreign', () => {
    const now = drawnAt + 1000;
    for (const raw of [null, 'x', 42, [], { ...kept, until: 'later' }, { ...kept, nodes: [] }]) {
      expect(freshSnapshot(raw, now, ZONE, 'en-US')).toBeNull();
      expect(freshSnapshot([raw], now, ZONE, 'en-US')).toBeNull();
    }
    for (const node of [
      ['main', {}],
      ['Main!', {}, []],
      ['p', { class: 1 }, []],
      ['p', [], []],
      ['p', {}, [7]],
      ['div', {}, [['p', null, []]]],
    ])
      expect(at(now, { nodes: [node as never] })).toBeNull();
  });

  it('refuses a tree deeper than a page could be', () => {
    let deep: Snapshot['nodes'][number] = 'text';
    for (let i = 0; i < 40; i++) deep = ['div', {}, [deep]];
    expect(at(drawnAt, { nodes: [deep] })).toBeNull();
  });

  it('keeps the next day drawn ahead: it takes over at the day boundary, until the one after', () => {
    const next = nextDayStart(until, ZONE, 4);
    const ahead: Snapshot = { ...kept, from: until, until: next, nodes: [['main', {}, ['Tomorrow']]] };
    expect(freshSnapshot([kept, ahead], until - 1, ZONE, 'en-US')).toEqual(kept);
    expect(freshSnapshot([kept, ahead], until, ZONE, 'en-US')).toEqual(ahead);
    expect(freshSnapshot([kept, ahead], next - 1, ZONE, 'en-US')).toEqual(ahead);
    expect(freshSnapshot([kept, ahead], next, ZONE, 'en-US')).toBeNull();
    // A damaged record beside a whole one costs only itself.
    expect(freshSnapshot([{ ...kept, nodes: 'x' }, ahead], until, ZONE, 'en-US')).toEqual(ahead);
  });

  it('ignores the single snapshot an earlier version kept, so that open draws afresh', () => {
    const { from, ...rest } = kept;
    expect(freshSnapshot({ ...rest, drawnAt: from }, drawnAt + 1000, ZONE, 'en-US')).toBeNull();
  });
});

/*
 * A DOM for the tests below, given only to this file's globals: the happy-dom environment would
 * also replace `URL`, which the shared setup needs as Node's to find the message catalogue.
 */
const dom = new Window();
Object.assign(globalThis, { document: dom.document, Node: dom.Node, Element: dom.Element, navigator: dom.navigator });
afterAll(() => dom.happyDOM.close());

/*
 * Rebuilding a snapshot keeps only what the popup renders (utils/first-paint/snapshot.ts). These draw the
 * real PopupView in every state it can show, the way keepSnapshot draws it, so the allowlist can
 * never silently drop something the popup needs.
 */
const NOW = Date.parse('2026-03-11T10:00:00-04:00');
const TODAY = dayKey(NOW, ZONE);
/** A day's record: today's with the act the popup would offer, an earlier day's with any act. */
const record = (day: string, status: DayRecord['status']): DayRecord => ({
  actId: (day === TODAY ? today.value.actId : library.acts[0]?.id) ?? 'unknown',
  status,
  swapped: [],
});

/** What the popup would draw with these settings and this stored progress (today's act filled in). */
function draw(changes: Partial<Settings>, make: () => Progress): SnapNode[] {
  storeNow.value = NOW;
  timeZone.value = ZONE;
  settings.value = { ...DEFAULT_SETTINGS, ...changes };
  progress.value = EMPTY_PROGRESS;
  progress.value = make();
  const box = document.createElement('div');
  render(h(PopupView, null), box);
  const nodes = [...box.childNodes].map(capture).filter((node) => node !== null);
  render(null, box);
  return nodes;
}

const history = (days: Record<string, DayRecord['status']>): Progress['days'] =>
  Object.fromEntries(Object.entries(days).map(([day, status]) => [day, record(day, status)]));
const resetLength = library.programs.reset.length;

/** Every state the popup shows, each with a node only it draws, to prove the state was reached. */
const STATES: [name: string, shows: string, changes: Partial<Settings>, make: () => Progress][] = [
  ['day 1 of the reset, open', '.act-card[data-status="open"]', {}, () => ({ startDay: TODAY, days: {} })],
  [
    'a program day, done, with counts',
    '.act-card[data-status="done"]',
    {},
    () => ({
      startDay: addDays(TODAY, -2),
      days: {
        ...history({ [addDays(TODAY, -2)]: 'done', [addDays(TODAY, -1)]: 'skipped' }),
        [TODAY]: record(TODAY, 'done'),
      },
    }),
  ],
  [
    'set aside, on the gentle week',
    '.act-card[data-status="skipped"]',
    { path: 'gentle' },
    () => ({ startDay: addDays(TODAY, -1), days: { [TODAY]: record(TODAY, 'skipped') } }),
  ],
  [
    'the daily path, welcome back after days away',
    '.welcome-back',
    { path: 'daily' },
    () => ({
      startDay: addDays(TODAY, -30),
      days: history({ [addDays(TODAY, -10)]: 'done', [addDays(TODAY, -9)]: 'done' }),
    }),
  ],
  [
    'numbers hidden',
    '.act-card',
    { path: 'daily', hideNumbers: true },
    () => ({ startDay: addDays(TODAY, -30), days: history({ [addDays(TODAY, -1)]: 'done' }) }),
  ],
  [
    'one of the person’s own acts, in their script',
    '#act-title[dir="auto"][data-act-id="own_a"]',
    { path: 'daily', ownFrequency: 'only' },
    () => {
      mine.value = { ...EMPTY_MINE, acts: [{ id: 'own_a', title: 'اتصل بصديق قديم', effort: 'small' }] };
      return { startDay: addDays(TODAY, -30), days: { [TODAY]: record(TODAY, 'open') } };
    },
  ],
  [
    'the reset finished: a celebration',
    '.celebration',
    {},
    () => ({
      startDay: addDays(TODAY, 1 - resetLength),
      days: { ...history({ [addDays(TODAY, -1)]: 'done' }), [TODAY]: record(TODAY, 'done') },
    }),
  ],
];

/** The tree a node rebuilds to, captured back as data. */
const roundTrip = (node: SnapNode) => {
  const built = rebuild(node);
  return built ? capture(built) : null;
};
/** A snapshot as its rebuild should be: the same, less the article link's address. */
function withoutArticleHref(node: SnapNode): SnapNode {
  if (typeof node === 'string') return node;
  const [tag, { ...attrs }, children] = node;
  if (attrs.class === 'article-link') delete attrs.href;
  return [tag, attrs, children.map(withoutArticleHref)];
}

/** What rebuilding a tree leaves out: `tag` for an element (with all it holds), `tag[name=value]`. */
const leftOut = (node: SnapNode): string[] => {
  if (typeof node === 'string') return [];
  const [tag, attrs, children] = node;
  if (!KEPT_TAGS.has(tag)) return [tag];
  const attributes = Object.entries(attrs).filter(([name, value]) => !keepsAttribute(name, value));
  return [...attributes.map(([name, value]) => `${tag}[${name}=${value}]`), ...children.flatMap(leftOut)];
};
/** Every element and attribute name in a tree. */
const names = (node: SnapNode): string[] =>
  typeof node === 'string' ? [] : [node[0], ...Object.keys(node[1]), ...node[2].flatMap(names)];

describe('rebuilding what the popup draws', () => {
  // The shared stub knows no plural messages (`weekCount_0`, `_1`, `_n` in the catalogue): answer
  // them as the built messages.json does, forms joined by ` | `, so snapshots carry their words.
  const english = catalogue('en');
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
      const forms = ['0', '1', 'n'].map((form) => english.get(`${key}_${form}`)).filter((f) => f !== undefined);
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      const message = english.get(key) ?? forms.join(' | ');
      return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    });
  });
  afterEach(() => {
    settings.value = DEFAULT_SETTINGS;
    progress.value = EMPTY_PROGRESS;
    mine.value = EMPTY_MINE;
  });

  for (const [name, shows, changes, make] of STATES)
    it(`keeps every tag and attribute it emits: ${name}`, () => {
      const nodes = draw(changes, make);
      const box = document.createElement('div');
      for (const node of nodes) box.append(rebuild(node) ?? '');
      expect(box.querySelector(shows), `the state is really ${name}`).not.toBeNull();

      // Only the article's address is left for Preact to set: it is the one link to another site.
      expect(nodes.flatMap(leftOut)).toEqual([`a[href=${LINKS.article}]`]);
      // And rebuilt, the snapshot is what was drawn, less that address.
      expect(nodes.map(roundTrip)).toEqual(nodes.map(withoutArticleHref));
    });

  it('allows nothing the popup never draws: every tag and named attribute is used by some state', () => {
    const used = new Set(STATES.flatMap(([, , changes, make]) => draw(changes, make).flatMap(names)));
    expect([...KEPT_TAGS, ...KEPT_ATTRS].filter((name) => !used.has(name))).toEqual([]);
  });
});

describe('rebuilding any record at all', () => {
  // What a planted record might try, weighted towards what the rebuild keeps (the popup's tags, an
  // href) so that its checks of attributes and links run often.
  const LOADERS = ['img', 'picture', 'source', 'video', 'audio', 'input', 'link', 'style', 'script', 'iframe'];
  const tag = fc.oneof(
    { arbitrary: fc.constantFrom(...KEPT_TAGS), weight: 3 },
    fc.constantFrom(...LOADERS, 'object', 'embed', 'table', 'form', 'svg', 'image', 'meta', 'base'),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  );
  const attrName = fc.oneof(
    { arbitrary: fc.constant('href'), weight: 2 },
    fc.constantFrom('class', 'id', 'src', 'srcset', 'style', 'poster', 'background', 'action', 'formaction'),
    fc.constantFrom('ping', 'onclick', 'onerror', 'xlink:href', 'data', 'data-x', 'aria-label', 'type', 'rel'),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
    // Names no element can have (`data-a b`, `aria-"`): setting one would throw and stop the paint.
    fc.tuple(fc.constantFrom('data-', 'aria-'), fc.string({ minLength: 1 })).map(([prefix, rest]) => prefix + rest),
  );
  const attrValue = fc.oneof(
    { arbitrary: fc.string().map((rest) => `/${rest}`), weight: 2 },
    fc.constantFrom('//example.invalid/x', '/\\example.invalid/x', '/options.html\n', ' /options.html', '/a/b.html'),
    fc.constantFrom('/options.html?x=//example.invalid', 'https://example.invalid/', 'javascript:alert(1)'),
    fc.constantFrom('/options.html', '/support.html', 'url(https://example.invalid/)', 'image', 'stylesheet'),
    fc.string(),
  );
  type Element = [string, Record<string, string>, SnapNode[]];
  const { element } = fc.letrec<{ element: Element; node: SnapNode }>((tie) => ({
    element: fc.tuple(tag, fc.dictionary(attrName, attrValue, { maxKeys: 4 }), fc.array(tie('node'), { maxLength: 4 })),
    node: fc.oneof({ depthSize: 'small' }, fc.string(), tie('element')),
  }));
  const SAFE_ATTR = /^(class|id|title|type|target|rel|(aria|data)-[a-z][a-z0-9-]*)$/;

  it('never throws, nor gives an element or attribute outside the allowlist, nor a link to anything but our own page', () => {
    fc.assert(
      fc.property(element, (snap) => {
        const built = rebuild(snap);
        const box = document.createElement('div');
        if (built) box.append(built);
        for (const element of box.querySelectorAll('*')) {
          expect(KEPT_TAGS).toContain(element.localName);
          expect(LOADERS).not.toContain(element.localName);
          for (const { name, value } of element.attributes)
            if (name === 'href') expect(value).toMatch(/^\/[a-z0-9-]+\.html$/);
            else expect(name).toMatch(SAFE_ATTR);
        }
      }),
      { numRuns: 500 },
    );
  });
});
