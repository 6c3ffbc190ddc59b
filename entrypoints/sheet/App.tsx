import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { capitalize, weekdayNames } from '@/components/history/format';
import { daysInMonth, keyOf, monthWeeks } from '@/components/history/grid';
import { library } from '@/utils/content/library';
import { titleOf, uiLanguage } from '@/utils/content/text';
import type { Effort } from '@/utils/content/types';
import { addDays, type DayKey } from '@/utils/domain/day';
import { coming, type SheetDay } from '@/utils/domain/looking-back';
import { day, mine, progress, settings } from '@/utils/storage/store';

/*
 * A month of acts on one sheet of paper, for the fridge or a therapist's office: the acts the
 * background will record day by day when nothing is swapped, so the sheet and the popup agree.
 */

type Which = 'this' | 'next';

const EFFORT_WORD: Record<Effort, () => string> = {
  tiny: () => i18n.t('mine.effortTiny'),
  small: () => i18n.t('mine.effortSmall'),
  larger: () => i18n.t('mine.effortLarger'),
};

/** "January 2027", in the person's language. */
const monthAndYear = (month: string): string =>
  capitalize(
    new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T12:00:00Z`),
    ),
  );

/** The month holding `today`, or the one after it, as `YYYY-MM`. */
function monthOf(today: DayKey, which: Which): string {
  if (which === 'this') return today.slice(0, 7);
  return addDays(`${today.slice(0, 7)}-01`, 32).slice(0, 7);
}

export function App() {
  const [which, setWhich] = useState<Which>('next');
  const today = day.value;
  const month = monthOf(today, which);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = which === 'this' ? today : `${month}-01`;
  const last = keyOf(year, m, daysInMonth(year, m));
  const s = settings.value;
  const p = progress.value;
  const own = mine.value;
  const acts = useMemo(() => {
    const byDay = new Map<DayKey, SheetDay>();
    for (const d of coming(today, first, last, s, p, library, own)) byDay.set(d.day, d);
    return byDay;
  }, [today, first, last, s, p, own]);
  const weeks = useMemo(() => monthWeeks(year, m), [year, m]);
  const title = monthAndYear(month);

  return (
    <main class="sheet">
      <header class="sheet-head">
        <h1>
          {i18n.t('sheet.title')}
          <span class="sheet-month">{title}</span>
        </h1>
        <p class="sheet-line">{i18n.t('sheet.line')}</p>
      </header>
      <div class="sheet-controls">
        <fieldset class="sheet-which">
          <legend>{i18n.t('sheet.which')}</legend>
          {(['this', 'next'] as const).map((value) => (
            <label class="choice" key={value}>
              <input
                type="radio"
                name="which"
                value={value}
                checked={which === value}
                onChange={() => setWhich(value)}
              />
              <span>{value === 'this' ? i18n.t('sheet.thisMonth') : i18n.t('sheet.nextMonth')}</span>
            </label>
          ))}
        </fieldset>
        <div class="sheet-print">
          <button type="button" class="primary" onClick={() => window.print()} aria-describedby="print-hint">
            {i18n.t('sheet.print')}
          </button>
          <small id="print-hint" class="hint">
            {i18n.t('sheet.printHint')}
          </small>
        </div>
        <a class="sheet-back" href="/options.html">
          {i18n.t('sheet.back')}
        </a>
      </div>
      <table class="sheet-grid" data-month={month}>
        <caption>{i18n.t('sheet.caption', [title])}</caption>
        <thead>
          <tr>
            {weekdayNames().map((name) => (
              <th key={name.long} scope="col">
                {name.long}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null)}>
              {week.map((d, column) => {
                if (!d) return <td key={`${column}`} class="sheet-blank" />;
                const act = acts.get(d);
                return (
                  <td key={d} class="sheet-day" data-day={d} data-act-id={act?.actId}>
                    <span class="sheet-date">{Number(d.slice(8))}</span>
                    {act && (
                      <>
                        <span class="sheet-act">{titleOf(act.actId, own)}</span>
                        {act.effort && <span class="sheet-effort">{EFFORT_WORD[act.effort]()}</span>}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
