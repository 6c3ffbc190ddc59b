import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { titleOf } from '@/utils/content/text';
import type { DayKey } from '@/utils/domain/day';
import type { DayRecord } from '@/utils/domain/model';
import { mine } from '@/utils/storage/store';
import { CheckInForm, feelingLabel } from '../CheckInForm';
import { PageControls, Position, type Where } from './DayPages';
import { longDate } from './format';
import { memo } from './memo';
import { clampPage, type Entry, pageCount, pageOf, pageRange } from './pages';

/** Enough to look back over two months without making the page long; years of history are paged. */
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
  /** The act's words: the person's own, or the library's. */
  title: string;
  editing: boolean;
  onToggle: (day: DayKey) => void;
  onClose: (day: DayKey) => void;
}

/** What an entry shows of its record. Storage hands back every record as a new object, so compare the fields. */
const sameRecord = (a: DayRecord, b: DayRecord) =>
  a === b ||
  (a.actId === b.actId && a.status === b.status && a.before === b.before && a.after === b.after && a.note === b.note);

const sameEntry = (a: EntryProps, b: EntryProps) =>
  a.day === b.day &&
  a.title === b.title &&
  a.editing === b.editing &&
  a.onToggle === b.onToggle &&
  a.onClose === b.onClose &&
  sameRecord(a.record, b.record);

/** One day. It reads no signals: it draws again only when its own day changes or its form opens or closes. */
const DayEntry = memo((props: EntryProps) => {
  const { day, record, title, editing } = props;
  const titleId = `day-${day}-title`;
  const formId = `edit-${day}`;
  return (
    <li class="day-entry">
      <article id={`day-${day}`} tabIndex={-1} aria-labelledby={titleId}>
        <h4 id={titleId} class="day-date">
          {longDate(day)}
        </h4>
        <p class="day-act" dir="auto">
          {title}
        </p>
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
          onClick={() => props.onToggle(day)}
        >
          {i18n.t('checkIn.edit')}
        </button>
        {editing && (
          <div id={formId}>
            <CheckInForm
              day={day}
              initial={{ before: record.before, after: record.after, note: record.note }}
              idPrefix={`edit-${day}`}
              onClose={() => props.onClose(day)}
            />
          </div>
        )}
      </article>
    </li>
  );
}, sameEntry);

/**
 * Days with a record, newest first, one page at a time, each with its act, what happened, any
 * check-in and note, and a way to add or change them.
 *
 * Focus when paging: from the controls above the list it stays on the button pressed (the new
 * page is announced, and pressing again goes on), or moves to the one beside it when the end is
 * reached and the button turns off; from the controls below it moves to the first day of the new
 * page, where reading goes on.
 */
export function DayList(props: { entries: Entry[]; request: OpenRequest | null }) {
  const { entries, request } = props;
  const [chosen, setPage] = useState(0);
  const [editing, setEditing] = useState<DayKey | null>(null);
  // The element to focus once it is on screen: a day the calendar asked for, a day whose form
  // closed, the first day of a new page, or the page button beside one that turned off.
  const focusNext = useRef<string | null>(null);
  const page = clampPage(chosen, entries.length, PAGE);
  const pages = pageCount(entries.length, PAGE);

  // Before paint, so the calendar's choice shows in one frame: its page, its form open, focus on it.
  useLayoutEffect(() => {
    if (!request) return;
    const to = pageOf(entries, request.day, PAGE);
    if (to === null) return;
    setPage(to);
    setEditing(request.day);
    focusNext.current = `day-${request.day}`;
  }, [request]);

  // The history shrank under the page shown (deleted, or replaced by a smaller backup): stay on its
  // last page rather than jump back to the old one when it grows again.
  useLayoutEffect(() => {
    if (chosen !== page) setPage(page);
  }, [chosen, page]);

  useLayoutEffect(() => {
    const id = focusNext.current;
    const target = id && document.getElementById(id);
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });

  const toggle = useCallback((day: DayKey) => setEditing((current) => (current === day ? null : day)), []);

  // After saving or skipping, focus goes back to the entry, which now reads with what was saved.
  const close = useCallback((day: DayKey) => {
    setEditing(null);
    focusNext.current = `day-${day}`;
  }, []);

  const go = (to: number, where: Where) => {
    setPage(to);
    if (where === 'bottom') focusNext.current = `day-${entries[to * PAGE]?.[0]}`;
    else if (to === 0) focusNext.current = 'days-older-top';
    else if (to === pages - 1) focusNext.current = 'days-newer-top';
  };

  const { first, last } = pageRange(page, entries.length, PAGE);
  const shown = entries.slice(first - 1, last);
  const position = (live: boolean) => (
    <Position
      live={live}
      first={first}
      last={last}
      total={entries.length}
      newest={shown[0]?.[0] ?? ''}
      oldest={shown[shown.length - 1]?.[0] ?? ''}
    />
  );
  return (
    <div class="days">
      <h3>{i18n.t('history.listTitle')}</h3>
      {pages > 1 && (
        <PageControls where="top" page={page} pages={pages} onGo={go}>
          {position(true)}
        </PageControls>
      )}
      <ol class="day-list">
        {shown.map(([day, record]) => (
          <DayEntry
            key={day}
            day={day}
            record={record}
            title={titleOf(record.actId, mine.value)}
            editing={editing === day}
            onToggle={toggle}
            onClose={close}
          />
        ))}
      </ol>
      {pages > 1 && (
        <PageControls where="bottom" page={page} pages={pages} onGo={go}>
          {position(false)}
        </PageControls>
      )}
    </div>
  );
}
