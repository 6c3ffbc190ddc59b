import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { DayKey } from '@/utils/domain/day';
import { settings } from '@/utils/storage/store';
import { count, fullDate } from './format';

/* The day list's paging controls: where the page is, and the way to newer and older days. */

/** Where the page is in the list: "Days 61–120 of 1,800", or its first and last dates when numbers are hidden. */
export function Position(props: {
  live: boolean;
  first: number;
  last: number;
  total: number;
  newest: DayKey;
  oldest: DayKey;
}) {
  const text = settings.value.hideNumbers
    ? i18n.t('history.positionPlain', [fullDate(props.newest), fullDate(props.oldest)])
    : i18n.t('history.position', [count(props.first), count(props.last), count(props.total)]);
  return (
    <p class="day-position" aria-live={props.live ? 'polite' : undefined} aria-atomic={props.live || undefined}>
      {text}
    </p>
  );
}

export type Where = 'top' | 'bottom';

/** Newer and Older around the position; ids say which set, for focus to find the one beside. */
export function PageControls(props: {
  where: Where;
  page: number;
  pages: number;
  onGo: (page: number, where: Where) => void;
  children: ComponentChildren;
}) {
  const { where, page, pages, onGo } = props;
  const controls = (
    <>
      <button type="button" id={`days-newer-${where}`} disabled={page === 0} onClick={() => onGo(page - 1, where)}>
        {i18n.t('history.newer')}
      </button>
      {props.children}
      <button
        type="button"
        id={`days-older-${where}`}
        disabled={page >= pages - 1}
        onClick={() => onGo(page + 1, where)}
      >
        {i18n.t('history.older')}
      </button>
    </>
  );
  // One navigation landmark; the set below the list repeats its buttons for whoever has read down to it.
  return where === 'top' ? (
    <nav class="day-pages" aria-label={i18n.t('history.pages')}>
      {controls}
    </nav>
  ) : (
    <div class="day-pages">{controls}</div>
  );
}
