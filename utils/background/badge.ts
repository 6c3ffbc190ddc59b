import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** A soft dot while today's act is open; nothing once it is done or set aside. */
export async function showOpenMark(open: boolean): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#5b7f72' });
  await browser.action.setBadgeText({ text: open ? '•' : '' });
  await browser.action.setTitle({ title: open ? i18n.t('badgeOpen') : i18n.t('extName') });
}
