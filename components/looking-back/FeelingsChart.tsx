import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DayKey } from '@/utils/domain/day';
import { type FeelingPeriod, feelingsBy, type Period } from '@/utils/domain/looking-back';
import type { Feeling } from '@/utils/domain/model';
import { day as currentDay, progress, settings } from '@/utils/storage/store';
import { feelingLabel } from '../CheckInForm';
import { RadioGroup } from '../form';
import { monthYear, oneDecimal, shortDate, shortMonth } from '../history/format';
import { chartPoints, MAX_DRAWN, overall, pathOf, VIEW, yOf } from './chart';

const SCALE: Feeling[] = [1, 2, 3, 4, 5];

/** What a period is called in the table: "Nov 23 to Nov 29", or "November 2026". */
export const periodName = (p: FeelingPeriod, period: Period): string =>
  period === 'week' ? i18n.t('lookingBack.weekRange', [shortDate(p.start), shortDate(p.end)]) : monthYear(p.start);

const axisName = (p: FeelingPeriod, period: Period): string =>
  period === 'week' ? shortDate(p.start) : shortMonth(p.start);

/** The drawing: before as a dashed line with rings, after as a solid line with squares, over the scale's words. */
export function ChartDrawing(props: { periods: FeelingPeriod[]; period: Period; label: string }) {
  const { periods, period } = props;
  const points = chartPoints(periods);
  // Every label when they fit; otherwise every second or third, always the last.
  const step = Math.ceil(periods.length / 6);
  return (
    <svg
      class="feelings-svg"
      viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
      role="img"
      aria-label={props.label}
      preserveAspectRatio="xMidYMid meet"
    >
      {SCALE.map((f) => (
        <g key={f} class="feelings-grid">
          <line x1={VIEW.left} x2={VIEW.width - VIEW.right} y1={yOf(f)} y2={yOf(f)} />
          <text x={VIEW.left - 10} y={yOf(f)} text-anchor="end" dominant-baseline="middle">
            {feelingLabel(f)}
          </text>
        </g>
      ))}
      {periods.map((p, i) =>
        i % step === 0 || i === periods.length - 1 ? (
          <text
            key={p.start}
            class="feelings-axis"
            x={points[i]?.x}
            y={VIEW.height - VIEW.bottom + 24}
            text-anchor="middle"
          >
            {axisName(p, period)}
          </text>
        ) : null,
      )}
      <path class="feelings-line feelings-before" d={pathOf(points, 'before')} />
      <path class="feelings-line feelings-after" d={pathOf(points, 'after')} />
      {points.map((p) => (
        <g key={p.x}>
          <circle class="feelings-dot feelings-before" cx={p.x} cy={p.before} r={5} data-y={p.before} />
          <rect
            class="feelings-dot feelings-after"
            x={p.x - 5}
            y={p.after - 5}
            width={10}
            height={10}
            data-y={p.after}
          />
        </g>
      ))}
    </svg>
  );
}

/** A small key to the two lines, in words beside their marks. */
function Legend() {
  return (
    <ul class="feelings-legend">
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true">
          <line class="feelings-line feelings-before" x1="0" x2="32" y1="6" y2="6" />
          <circle class="feelings-dot feelings-before" cx="16" cy="6" r="4" />
        </svg>
        {i18n.t('lookingBack.legendBefore')}
      </li>
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true">
          <line class="feelings-line feelings-after" x1="0" x2="32" y1="6" y2="6" />
          <rect class="feelings-dot feelings-after" x="12" y="2" width="8" height="8" />
        </svg>
        {i18n.t('lookingBack.legendAfter')}
      </li>
    </ul>
  );
}

/** The same figures as a real table, for screen readers, the keyboard and anyone who prefers one. */
export function FeelingsTable(props: { periods: FeelingPeriod[]; period: Period }) {
  const { periods, period } = props;
  return (
    <table class="feelings-table">
      <caption>{period === 'week' ? i18n.t('lookingBack.captionWeek') : i18n.t('lookingBack.captionMonth')}</caption>
      <thead>
        <tr>
          <th scope="col">{period === 'week' ? i18n.t('lookingBack.colWeek') : i18n.t('lookingBack.colMonth')}</th>
          <th scope="col">{i18n.t('lookingBack.colCheckIns')}</th>
          <th scope="col">{i18n.t('lookingBack.colBefore')}</th>
          <th scope="col">{i18n.t('lookingBack.colAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={p.start}>
            <th scope="row">{periodName(p, period)}</th>
            <td>{String(p.checkIns)}</td>
            <td>{oneDecimal(p.before)}</td>
            <td>{oneDecimal(p.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Feelings before and after the day's act, by week or by month, as the person noted them: a
 * drawing, the averages in words and a table. Only where check-ins exist, and never with
 * "Hide all numbers". `from` limits it to the days from then on (the summary page).
 */
export function FeelingsChart(props: { id: string; from?: DayKey; title?: string }) {
  const [period, setPeriod] = useState<Period>('week');
  const today = currentDay.value;
  const days = progress.value;
  const all = useMemo(() => feelingsBy(period, days, today, props.from), [period, days, today, props.from]);
  const totals = useMemo(() => overall(days, today, props.from), [days, today, props.from]);
  if (settings.value.hideNumbers || all.length === 0 || !totals) return null;
  const drawn = all.slice(-MAX_DRAWN);
  const first = drawn[0] as FeelingPeriod;
  const last = drawn[drawn.length - 1] as FeelingPeriod;
  const before = oneDecimal(totals.before);
  const after = oneDecimal(totals.after);
  const label =
    period === 'week'
      ? i18n.t('lookingBack.chartWeek', [shortDate(first.start), shortDate(last.end), before, after])
      : i18n.t('lookingBack.chartMonth', [monthYear(first.start), monthYear(last.start), before, after]);
  const titleId = `${props.id}-title`;
  return (
    <section class="feelings" aria-labelledby={titleId} data-period={period}>
      <h3 id={titleId}>{props.title ?? i18n.t('lookingBack.title')}</h3>
      <div class="feelings-controls">
        <RadioGroup
          name={`${props.id}-period`}
          legend={i18n.t('lookingBack.byLabel')}
          value={period}
          choices={[
            { value: 'week', label: i18n.t('lookingBack.byWeek') },
            { value: 'month', label: i18n.t('lookingBack.byMonth') },
          ]}
          onChange={setPeriod}
        />
      </div>
      <p class="feelings-averages">{i18n.t('lookingBack.averages', [before, after])}</p>
      <Legend />
      <ChartDrawing periods={drawn} period={period} label={label} />
      <details class="feelings-details">
        <summary>{i18n.t('lookingBack.showTable')}</summary>
        <FeelingsTable periods={all} period={period} />
      </details>
    </section>
  );
}
