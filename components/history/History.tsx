import { computed } from '@preact/signals-core';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DayKey } from '@/utils/domain/day';
import { feelingChange } from '@/utils/domain/stats';
import { day as currentDay, progress, settings } from '@/utils/storage/store';
import { Section } from '../form';
import { LookingBack } from '../looking-back/LookingBack';
import { DayList, type OpenRequest } from './DayList';
import { cellDate, oneDecimal } from './format';
import { pastEntries } from './pages';
import { YearCalendar } from './YearCalendar';

/** Below this, an average difference is within the wobble of a 1–5 scale: "about the same". */
const SAME = 0.3;

/** Worked out again only when the history or the day changes, not for every change of settings. */
const feeling = computed(() => feelingChange(progress.value, currentDay.value));

/**
 * What the person noted about their own feelings, said back to them as their
 * observation, not a result. Nothing shows until there are enough check-ins.
 */
function FeelingSummary() {
  const change = feeling.value;
  if (!change) return null;
  const days = String(change.days);
  const amount = oneDecimal(Math.abs(change.average));
  const plain = settings.value.hideNumbers;
  let text: string;
  if (Math.abs(change.average) < SAME) {
    text = plain ? i18n.t('history.feelingPlain.same') : i18n.t('history.feeling.same', [days]);
  } else if (change.average > 0) {
    text = plain ? i18n.t('history.feelingPlain.better') : i18n.t('history.feeling.better', [days, amount]);
  } else {
    text = plain ? i18n.t('history.feelingPlain.lower') : i18n.t('history.feeling.lower', [days, amount]);
  }
  return <p class="history-feeling">{text}</p>;
}

/*
 * Reads only the history and the day (a string), so a change of settings does not draw it again;
 * the year's months and the day list's entries draw again only where their days changed.
 */
export function History() {
  const todayKey = currentDay.value;
  const days = progress.value.days;
  const entries = useMemo(() => pastEntries(days, todayKey), [days, todayKey]);
  const [selected, setSelected] = useState<DayKey | null>(null);
  const [request, setRequest] = useState<OpenRequest | null>(null);
  const [message, setMessage] = useState('');
  // The calendar keeps one handler across renders; it looks up the latest history when called.
  const latest = useRef(entries);
  latest.current = entries;

  const select = useCallback((day: DayKey) => {
    setSelected(day);
    if (latest.current.some(([d]) => d === day)) {
      setMessage('');
      setRequest({ day });
    } else {
      // Focus stays in the calendar, so say why nothing else moved.
      setMessage(i18n.t('history.nothingNoted', [cellDate(day)]));
    }
  }, []);

  return (
    <Section id="history" title={i18n.t('history.title')}>
      {entries.length === 0 ? (
        <p class="history-empty">{i18n.t('history.empty')}</p>
      ) : (
        <>
          <FeelingSummary />
          <LookingBack />
          <p class="history-summary-link">
            <a href="/summary.html" target="_blank" rel="noopener">
              {i18n.t('lookingBack.summaryLink')} <span class="visually-hidden">{i18n.t('opensNewTab')}</span>
            </a>
          </p>
          <div>
            <YearCalendar selected={selected} onSelect={select} />
            {/* A polite live region rather than role="status": the page keeps one status, for its settings. */}
            <p class="history-message" aria-live="polite">
              {message}
            </p>
          </div>
          <DayList entries={entries} request={request} />
        </>
      )}
    </Section>
  );
}
