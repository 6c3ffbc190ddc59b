import { browser } from 'wxt/browser';
import type { Reminder } from '@/utils/domain/model';
import { NOTIFICATIONS } from '@/utils/domain/reminders';
import { settings } from '@/utils/storage/store';
import { changeSettings } from './actions';

/* Kept apart from actions.ts so the popup, which never asks for a permission, does not load the polyfill. */

/**
 * Turns the reminder on once notifications are allowed. Call it straight from a click: the
 * permission request must be the first thing awaited. Resolves false when the person declines.
 */
export async function enableReminder(patch: Partial<Reminder> = {}): Promise<boolean> {
  const granted = await browser.permissions.request(NOTIFICATIONS);
  if (granted)
    await changeSettings({ reminder: { ...settings.value.reminder, ...patch, enabled: true } }, { source: 'reminder' });
  return granted;
}

/** Turns the reminder off and gives the permission back. */
export async function disableReminder(): Promise<void> {
  await changeSettings({ reminder: { ...settings.value.reminder, enabled: false } }, { source: 'reminder' });
  // A build that holds the permission from install cannot give it back; nothing is lost then.
  await browser.permissions.remove(NOTIFICATIONS).catch(() => false);
}
