import { Window } from 'happy-dom';
import { type ComponentChild, h, render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { chartPoints, overall, pathOf, VIEW, yOf } from '@/components/looking-back/chart';
import { ChartDrawing, FeelingsTable } from '@/components/looking-back/FeelingsChart';
import type { FeelingPeriod } from '@/utils/domain/looking-back';
import { EMPTY_PROGRESS, type Feeling, type Progress } from '@/utils/domain/model';

const dom = new Window();
Object.assign(globalThis, { document: dom.document, Node: dom.Node, Element: dom.Element, navigator: dom.navigator });
afterAll(() => dom.close());

const PERIODS: FeelingPeriod[] = [
  { start: '2026-11-09', end: '2026-11-15', checkIns: 4, before: 2.3, after: 3.3 },
  { start: '2026-11-16', end: '2026-11-22', checkIns: 3, before: 2.7, after: 4 },
  { start: '2026-11-23', end: '2026-11-29', checkIns: 3, before: 2.3, after: 3 },
];

function drawn(node: ComponentChild): HTMLElement {
  const box = document.createElement('div');
  render(node, box);
  return box;
}

describe('the feelings chart', () => {
  it('puts 1 at the bottom and 5 at the top of the drawing', () => {
    expect(yOf(5)).toBe(VIEW.top);
    expect(yOf(1)).toBe(VIEW.height - VIEW.bottom);
    expect(yOf(3)).toBe((VIEW.top + VIEW.height - VIEW.bottom) / 2);
  });

  it('spreads the periods from the left edge to the right, and one sits in the middle', () => {
    const points = chartPoints(PERIODS);
    expect(points.map((p) => p.x)).toEqual([
      VIEW.left,
      (VIEW.left + VIEW.width - VIEW.right) / 2,
      VIEW.width - VIEW.right,
    ]);
    expect(points.map((p) => p.after)).toEqual([yOf(3.3), yOf(4), yOf(3)]);
    expect(chartPoints(PERIODS.slice(0, 1))[0]?.x).toBe((VIEW.left + VIEW.width - VIEW.right) / 2);
    expect(pathOf(points, 'before')).toBe(
      `M${VIEW.left} ${yOf(2.3)} L${points[1]?.x} ${yOf(2.7)} L${VIEW.width - VIEW.right} ${yOf(2.3)}`,
    );
  });

  it('draws a point for each period, named as a whole for screen readers', () => {
    const box = drawn(h(ChartDrawing, { periods: PERIODS, period: 'week', label: 'Three weeks' }));
    const svg = box.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('Three weeks');
    const ys = (sel: string) => [...box.querySelectorAll(sel)].map((n) => Number(n.getAttribute('data-y')));
    expect(ys('circle.feelings-before')).toEqual([yOf(2.3), yOf(2.7), yOf(2.3)]);
    expect(ys('rect.feelings-after')).toEqual([yOf(3.3), yOf(4), yOf(3)]);
    expect([...box.querySelectorAll('.feelings-grid text')].map((t) => t.textContent)).toEqual([
      'Very low',
      'Low',
      'Okay',
      'Good',
      'Very good',
    ]);
    expect([...box.querySelectorAll('.feelings-axis')].map((t) => t.textContent)).toEqual([
      'Nov 9',
      'Nov 16',
      'Nov 23',
    ]);
  });

  it('lists the same figures in a table with a caption and headers', () => {
    const box = drawn(h(FeelingsTable, { periods: PERIODS, period: 'week' }));
    expect(box.querySelector('caption')?.textContent).toMatch(/by week/);
    expect([...box.querySelectorAll('thead th')].map((t) => t.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'col',
    ]);
    const rows = [...box.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Nov 9 to Nov 15', '4', '2.3', '3.3'],
      ['Nov 16 to Nov 22', '3', '2.7', '4'],
      ['Nov 23 to Nov 29', '3', '2.3', '3'],
    ]);
    const months = drawn(
      h(FeelingsTable, {
        periods: [{ ...PERIODS[0], start: '2026-11-01', end: '2026-11-30' } as FeelingPeriod],
        period: 'month',
      }),
    );
    expect(months.querySelector('tbody th')?.textContent).toBe('November 2026');
  });

  it('averages every check-in in the range, and none outside it', () => {
    const day = (before: Feeling, after: Feeling) => ({
      actId: 'x',
      status: 'done' as const,
      swapped: [],
      before,
      after,
    });
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      days: { '2026-11-01': day(1, 1), '2026-11-20': day(2, 4), '2026-11-21': day(3, 4), '2026-12-09': day(5, 5) },
    };
    expect(overall(progress, '2026-12-03', '2026-11-10')).toEqual({ before: 2.5, after: 4 });
    expect(overall(progress, '2026-12-03')).toEqual({ before: 2, after: 3 });
    expect(overall(EMPTY_PROGRESS, '2026-12-03')).toBeNull();
  });
});
