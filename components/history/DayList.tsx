import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DayKey } from '@/utils/day';
import type { DayRecord } from '@/utils/model';
import { actTitle } from '@/utils/text';
import { CheckInForm, feelingLabel } from '../CheckInForm';
import { longDate } from './format';

/** Enough to look back over two months without making the page long. */
export const PAGE = 60;

/** A request from the calendar to show a day; a new object each time, so choosing the same day again still works. */
export interface OpenRequest {
  day: DayKey;
}

function statusText(record: DayRecord): string {
  if (record.status === 'done') return i18n.t('history.done');
  if (record.status === 'skipped') return i18n.t('history.setAside');
  return i18n.t('history.open');
}

interface EntryProps {
  day: DayKey;
  record: DayRecord;
  editing: boolean;
  onToggle: () => void;
  onClose: () => void;
}

function Entry(props: EntryProps) {
  const { day, record, editing } = props;
  const titleId = `day-${day}-title`;
  const formId = `edit-${day}`;
  return (
    <li class="day-entry">
      <article id={`day-${day}`} tabIndex={-1} aria-labelledby={titleId}>
        <h4 id={titleId} class="day-date">
          {longDate(day)}
        </h4>
        <p class="day-act">{actTitle(record.actId)}</p>
        <p class="day-status" data-status={record.status}>
          <span class="cal-mark" aria-hidden="true" />
          {statusText(record)}
        </p>
        {(record.before || record.after) && (
          <p class="day-feelings">
            {record.before && <span>{i18n.t('history.before', [feelingLabel(record.before)])}</span>}
            {record.after && <span>{i18n.t('history.after', [feelingLabel(record.after)])}</span>}
          </p>
        )}
        {record.note && (
          <div class="day-note">
            <p class="day-note-label">{i18n.t('history.noteLabel')}</p>
            <p class="day-note-text">{record.note}</p>
          </div>
        )}
        <button
          type="button"
          class="day-edit"
          aria-expanded={editing}
          aria-controls={editing ? formId : undefined}
          aria-describedby={titleId}
          onClick={props.onToggle}
        >
          {i18n.t('checkIn.edit')}
        </button>
        {editing && (
          <div id={formId}>
            <CheckInForm
              day={day}
              initial={{ before: record.before, after: record.after, note: record.note }}
              idPrefix={`edit-${day}`}
              onClose={props.onClose}
            />
          </div>
        )}
      </article>
    </li>
  );
}

/**
 * Days with a record, newest first, each with its act, what happened, any
 * check-in and note, and a way to add or change them.
 */
export function DayList(props: { entries: [DayKey, DayRecord][]; request: OpenRequest | null }) {
  const { entries, request } = props;
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<DayKey | null>(null);
  // The entry to focus once it is on screen: after the calendar asks for it, or after its form closes.
  const focusNext = useRef<DayKey | null>(null);

  useEffect(() => {
    if (!request) return;
    const index = entries.findIndex(([day]) => day === request.day);
    if (index < 0) return;
    setLimit((current) => Math.max(current, Math.ceil((index + 1) / PAGE) * PAGE));
    setEditing(request.day);
    focusNext.current = request.day;
  }, [request]);

  useEffect(() => {
    const day = focusNext.current;
    const entry = day && document.getElementById(`day-${day}`);
    if (!entry) return;
    focusNext.current = null;
    entry.focus();
  });

  // After saving or skipping, focus goes back to the entry, which now reads with what was saved.
  const close = (day: DayKey) => {
    setEditing(null);
    focusNext.current = day;
  };

  const showMore = () => {
    // The button may go away, so focus moves to the first of the newly shown days.
    focusNext.current = entries[limit]?.[0] ?? null;
    setLimit(limit + PAGE);
  };

  const shown = entries.slice(0, limit);
  return (
    <div class="days">
      <h3>{i18n.t('history.listTitle')}</h3>
      <ol class="day-list">
        {shown.map(([day, record]) => (
          <Entry
            key={day}
            day={day}
            record={record}
            editing={editing === day}
            onToggle={() => setEditing(editing === day ? null : day)}
            onClose={() => close(day)}
          />
        ))}
      </ol>
      {entries.length > limit && (
        <button type="button" onClick={showMore}>
          {i18n.t('history.more')}
        </button>
      )}
    </div>
  );
}
