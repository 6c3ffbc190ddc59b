import { i18n } from '#i18n';
import { findAct } from '@/utils/content/library';
import { counts } from '@/utils/domain/stats';
import { progress, settings, today } from '@/utils/storage/store';

/** Counts that only grow: a month, all time, and whom the kindness went to. Hidden on request. */
export function Counts() {
  if (settings.value.hideNumbers) return null;
  const c = counts(progress.value, today.value.day, findAct);
  return (
    <ul class="counts">
      <li>{i18n.t('counts.month', c.month)}</li>
      {c.allTime > 0 && <li>{i18n.t('counts.allTime', c.allTime)}</li>}
      {c.towardOthers > 0 && <li>{i18n.t('counts.others', [String(c.towardOthers)])}</li>}
      {c.towardSelf > 0 && <li>{i18n.t('counts.self', [String(c.towardSelf)])}</li>}
    </ul>
  );
}
