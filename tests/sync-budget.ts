/*
 * How much of the browser's sync storage the practice takes (issue 15): `npm run sync:budget`.
 * A realistic year of daily use (every day done, about one day in four with swaps, acts from the
 * library, a few own acts, set-aside and kept acts), laid out as it travels, without notes and
 * with notes of about 120 characters on half the days; then how many years fit.
 */
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

// The product code imports with `@/`; jiti does not read tsconfig paths.
const root = fileURLToPath(new URL('..', import.meta.url));
const jiti = createJiti(import.meta.url, { alias: { '@/': root } });
const { itemBytes, planLayout, QUOTA } = await jiti.import<typeof import('../utils/domain/sync/layout')>(
  '../utils/domain/sync/layout.ts',
);
const { history, SETTINGS } = await jiti.import<typeof import('./sync-history')>('./sync-history.ts');

type Items = Record<string, unknown>;
const bytesOf = (items: Items) => Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
const isMonth = (key: string) => /^dk:[dn]:/.test(key);
const biggest = (items: Items) => Math.max(...Object.entries(items).map(([k, v]) => itemBytes(k, v)));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const settings = itemBytes('settings', SETTINGS);
const rows: string[][] = [];
for (const notes of [false, true]) {
  const year = planLayout(history({ years: 1, notes }).state, {}, notes, Number.POSITIVE_INFINITY).items;
  const perYear = bytesOf(Object.fromEntries(Object.entries(year).filter(([k]) => isMonth(k))));
  const fixed = bytesOf(year) - perYear;
  // What the layout really keeps of ten years, under the real budget.
  const ten = history({ years: 10, notes });
  const plan = planLayout(ten.state, {}, notes);
  const months = ten.months.length - plan.leftOut.length;
  rows.push([
    notes ? 'with notes (½ the days, ~120 chars)' : 'without notes',
    `${perYear.toLocaleString('en')} B (${kb(perYear)})`,
    `${fixed.toLocaleString('en')} B`,
    ((QUOTA.total - settings - fixed) / perYear).toFixed(1),
    `${months} months (${(months / 12).toFixed(1)} y)`,
    `${(plan.bytes + settings).toLocaleString('en')} B`,
    `${biggest(plan.items).toLocaleString('en')} B`,
    `${Object.keys(plan.items).length + 1}`,
  ]);
}

const head = [
  'history',
  'bytes a year',
  'acts, lists, meta',
  'years in the whole quota',
  'kept of 10 years',
  'used (with settings)',
  'biggest item',
  'items',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
  `Sync budget: ${QUOTA.total.toLocaleString('en')} B in all, ${QUOTA.perItem.toLocaleString('en')} B an item, ${QUOTA.items} items; settings take ${settings} B.`,
);
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
