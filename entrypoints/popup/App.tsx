import { i18n } from '#i18n';
import { PopupView } from '@/components/PopupView';
import { SNAPSHOT_VIEWS } from '@/components/snapshots';
import { keepSnapshot } from '@/utils/first-paint/keepSnapshot';
import { mountPage } from '@/utils/page/mountPage';

/**
 * The popup sizes itself to its first layout, so it renders once the day is known. When today was
 * drawn before, that snapshot is already on screen (entrypoints/popup-paint): this render takes its
 * nodes over, and only then can they be used. It then draws itself again, in case what was kept
 * had gone out of date where no page could see it (settings synced from another computer).
 */
export async function mountPopup(readClock: () => number): Promise<void> {
  await mountPage(i18n.t('extName'), PopupView, readClock);
  document.getElementById('app')?.removeAttribute('inert');
  keepSnapshot(SNAPSHOT_VIEWS, { always: true });
}
