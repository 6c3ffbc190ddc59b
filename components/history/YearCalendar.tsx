import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DayKey } from '@/utils/domain/day';
import { day as currentDay, progress } from '@/utils/storage/store';
import { cellDate, monthName, weekdayNames } from './format';
import { type MonthGrid, monthMarks, moveTarget, yearGrids, yearOf } from './grid';
import { memo } from './memo';

/** What a cell shows, from its letter in `monthMarks`. */
type Mark = 'done' | 'skipped' | 'none';
const MARKS: Record<string, Mark> = { d: 'done', s: 'skipped', n: 'none' };

function cellLabel(day: DayKey, mark: Mark, isToday: boolean): string {
  const date = cellDate(day);
  if (mark === 'done') return i18n.t('history.cellDone', [date]);
  if (mark === 'skipped') return i18n.t('history.cellSetAside', [date]);
  return isToday ? i18n.t('history.cellToday', [date]) : date;
}

interface MonthProps {
  grid: MonthGrid;
  /** From `monthMarks`. */
  marks: string;
  todayKey: DayKey;
  /** The calendar's one tab stop, when it is in this month. */
  active: DayKey | null;
  /** The chosen day, when it is in this month. */
  selected: DayKey | null;
}

const sameMonth = (a: MonthProps, b: MonthProps) =>
  a.grid === b.grid &&
  a.marks === b.marks &&
  a.todayKey === b.todayKey &&
  a.active === b.active &&
  a.selected === b.selected;

/** One month's grid. It reads no signals: it draws again only when its own props change. */
const Month = memo(({ grid, marks, todayKey, active, selected }: MonthProps) => {
  const titleId = `cal-${grid.month}`;
  return (
    <div class="cal-month">
      <h4 id={titleId} class="cal-month-name">
        {monthName(grid.month)}
      </h4>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table keeps the week rows and weekday columns for every screen reader; the grid role adds arrow-key navigation. */}
      <table role="grid" class="cal-grid" aria-labelledby={titleId} aria-describedby="cal-keys">
        <thead>
          <tr>
            {weekdayNames().map((name) => (
              <th key={name.long} scope="col" abbr={name.long} aria-label={name.long}>
                {name.narrow}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week.find((d) => d !== null)}>
              {week.map((day, column) => {
                // A blank cell keeps the columns aligned under their weekdays.
                if (!day) return <td key={`${column}`} class="cal-blank" />;
                const mark = MARKS[marks.charAt(Number(day.slice(8)) - 1)] ?? 'none';
                const isToday = day === todayKey;
                return (
                  <td
                    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table, as in the APG date picker.
                    role="gridcell"
                    key={day}
                    class="cal-day"
                    data-day={day}
                    data-status={mark}
                    data-future={day > todayKey || undefined}
                    tabIndex={day === active ? 0 : -1}
                    aria-selected={day === selected}
                    aria-current={isToday ? 'date' : undefined}
                    aria-label={cellLabel(day, mark, isToday)}
                  >
                    <span class="cal-number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    <span class="cal-mark" aria-hidden="true" />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}, sameMonth);

/** `day` when it falls in `grid`'s month, else null. */
const inMonth = (day: DayKey | null, grid: MonthGrid): DayKey | null => (day?.startsWith(grid.month) ? day : null);

/**
 * The current year at a glance, one grid per month. A single day is in the tab
 * order (today at first); arrow keys, Home/End and PageUp/PageDown move it, and
 * Enter or Space chooses the day.
 */
export function YearCalendar(props: { selected: DayKey | null; onSelect: (day: DayKey) => void }) {
  const todayKey = currentDay.value;
  const year = yearOf(todayKey);
  const grids = useMemo(() => yearGrids(year), [year]);
  const days = progress.value.days;
  const marks = useMemo(() => grids.map((grid) => monthMarks(grid, days, todayKey)), [grids, days, todayKey]);
  const [focus, setFocus] = useState<DayKey>(todayKey);
  // When the year turns over with the page open, the old focus is no longer on screen.
  const active = yearOf(focus) === year ? focus : todayKey;
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // Keys can arrive faster than renders (held arrow keys): each move starts from the last one asked for.
  const latest = useRef(active);
  latest.current = active;

  useLayoutEffect(() => {
    // Only a key press moves focus: the first render must not pull focus into the calendar.
    if (!moved.current) return;
    moved.current = false;
    root.current?.querySelector<HTMLElement>(`[data-day="${active}"]`)?.focus();
  }, [active]);

  const pick = (day: DayKey) => {
    latest.current = day;
    setFocus(day);
    props.onSelect(day);
  };

  const dayAt = (target: EventTarget | null): DayKey | undefined =>
    (target as HTMLElement | null)?.closest<HTMLElement>('[data-day]')?.dataset.day;

  const onClick = (e: MouseEvent) => {
    const day = dayAt(e.target);
    if (day) pick(day);
  };

  // Focus can also arrive by pointer or by a script; the roving tab stop follows it.
  const onFocusIn = (e: FocusEvent) => {
    const day = dayAt(e.target);
    if (!day || day === latest.current) return;
    latest.current = day;
    setFocus(day);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!dayAt(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const from = latest.current;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(from);
      return;
    }
    const to = moveTarget(from, e.key);
    if (!to) return;
    e.preventDefault();
    moved.current = true;
    latest.current = to;
    setFocus(to);
  };

  return (
    <div class="cal">
      <h3 class="cal-title">{i18n.t('history.calendarTitle', [String(year)])}</h3>
      <ul class="cal-legend">
        <li data-status="done">
          <span class="cal-mark" aria-hidden="true" />
          {i18n.t('history.legendDone')}
        </li>
        <li data-status="skipped">
          <span class="cal-mark" aria-hidden="true" />
          {i18n.t('history.legendSetAside')}
        </li>
        <li data-status="none">
          <span class="cal-mark" aria-hidden="true" />
          {i18n.t('history.legendOther')}
        </li>
      </ul>
      <p class="hint" id="cal-keys">
        {i18n.t('history.calendarKeys')}
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: one listener for all 365 cells; clicks and keys come from the grid cells inside. */}
      <div class="cal-months" ref={root} onClick={onClick} onFocusIn={onFocusIn} onKeyDown={onKeyDown}>
        {grids.map((grid, i) => (
          <Month
            key={grid.month}
            grid={grid}
            marks={marks[i] ?? ''}
            todayKey={todayKey}
            active={inMonth(active, grid)}
            selected={inMonth(props.selected, grid)}
          />
        ))}
      </div>
    </div>
  );
}
