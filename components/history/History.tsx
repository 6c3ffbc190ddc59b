import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DayKey } from '@/utils/day';
import type { DayRecord } from '@/utils/model';
import { feelingChange } from '@/utils/stats';
import { progress, settings, today } from '@/utils/store';
import { Section } from '../form';
import { DayList, type OpenRequest } from './DayList';
import { cellDate, oneDecimal } from './format';
import { YearCalendar } from './YearCalendar';

/** Below this, an average difference is within the wobble of a 1–5 scale: "about the same". */
const SAME = 0.3;

/**
 * What the person noted about their own feelings, said back to them as their
 * observation, not a result. Nothing shows until there are enough check-ins.
 */
function FeelingSummary() {
  const change = feelingChange(progress.value);
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

/** Days up to today that have a record, newest first. */
function pastEntries(days: Record<DayKey, DayRecord>, todayKey: DayKey): [DayKey, DayRecord][] {
  return Object.entries(days)
    .filter(([day]) => day <= todayKey)
    .sort(([a], [b]) => (a < b ? 1 : -1));
}

export function History() {
  const todayKey = today.value.day;
  const entries = pastEntries(progress.value.days, todayKey);
  const [selected, setSelected] = useState<DayKey | null>(null);
  const [request, setRequest] = useState<OpenRequest | null>(null);
  const [message, setMessage] = useState('');

  const select = (day: DayKey) => {
    setSelected(day);
    if (entries.some(([d]) => d === day)) {
      setMessage('');
      setRequest({ day });
    } else {
      // Focus stays in the calendar, so say why nothing else moved.
      setMessage(i18n.t('history.nothingNoted', [cellDate(day)]));
    }
  };

  return (
    <Section id="history" title={i18n.t('history.title')}>
      {entries.length === 0 ? (
        <p class="history-empty">{i18n.t('history.empty')}</p>
      ) : (
        <>
          <FeelingSummary />
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
