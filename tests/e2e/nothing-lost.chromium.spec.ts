import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage, PopupPage, stored, storedDays } from './pages';

/*
 * Never claim a save that did not happen: with storage refusing writes, what the
 * person typed stays where they typed it, the message shows beside it, and every
 * control shows what is actually stored.
 */

/** Fills local storage up to its quota, but for `room` bytes, as years of other data might. */
async function fillLocalStorage(worker: Worker, room: number): Promise<void> {
  await worker.evaluate(async (room) => {
    const api = chrome.storage.local;
    const used = await api.getBytesInUse(null);
    // The quota counts each key and its value as JSON.
    const size = api.QUOTA_BYTES - used - room - 'filler'.length - 2;
    await api.set({ filler: 'x'.repeat(size) });
  }, room);
}

/** Uses up storage.sync's writes for this minute, as many quick changes would. */
async function useUpSyncWrites(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const api = chrome.storage.sync;
    for (let i = 0; i < api.MAX_WRITE_OPERATIONS_PER_MINUTE + 5; i++) await api.set({ busy: i }).catch(() => undefined);
  });
}

test('with local storage full, a check-in note stays in its field with the reason beside it, and nothing claims it was saved', async ({
  context,
  extensionId,
  worker,
  checks,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.done.click();
  const form = popup.page.locator('form.checkin');
  await expect(form).toBeVisible();
  await fillLocalStorage(worker, 20);
  const note = 'Walked around the block and called my sister. '.repeat(6).trim();
  await form.getByLabel('A note for yourself').fill(note);
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form.getByRole('alert')).toContainText('could not be saved');
  await expect(form.getByLabel('A note for yourself')).toHaveValue(note);
  await expect(popup.page.getByText('Saved for you.')).toHaveCount(0);
  const today = Object.values(await storedDays(worker)).find((d) => d.status === 'done');
  expect(today?.note).toBeUndefined();

  // With room again, the same press saves what is still in the field.
  await worker.evaluate(() => chrome.storage.local.remove('filler'));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(popup.page.getByText('Saved for you.')).toBeVisible();
  await expect.poll(async () => Object.values(await storedDays(worker)).find((d) => d.note)?.note).toBe(note);
  expect(checks.errors).toEqual([]);
});

test('after storage.sync refuses a write, the toggle shows what is stored, says so beside itself, and a reload agrees', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const toggle = options.page.getByLabel('Hide all numbers');
  await expect(toggle).not.toBeChecked();
  await useUpSyncWrites(worker);
  await toggle.check();
  const look = options.page.getByRole('region', { name: 'Look and feel' });
  await expect(look.getByRole('alert')).toContainText('could not be saved');
  await expect(toggle).not.toBeChecked();
  expect((await stored(worker)).settings).toBeUndefined();
  await options.page.reload();
  await expect(options.page.getByLabel('Hide all numbers')).not.toBeChecked();
});

test('a setting changed just before "Delete everything" in another window does not bring settings back', async ({
  context,
  extensionId,
  worker,
}) => {
  const deleting = await OptionsPage.open(context, extensionId);
  const changing = await OptionsPage.open(context, extensionId);
  await deleting.page.getByRole('button', { name: 'Delete everything' }).click();
  const yes = deleting.page.getByRole('button', { name: 'Yes, delete everything' });
  await expect(yes).toBeVisible();
  // The change waits a moment before it is written (sync allows only so many writes a minute).
  await changing.page.getByLabel('Hide all numbers').check();
  await yes.click();
  await expect(deleting.page.getByText('Everything was deleted.')).toBeVisible();
  await changing.settled();
  expect((await stored(worker)).settings).toBeUndefined();
});

test('a setting changed after swapping keeps the swapped acts away from today', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByRole('radio', { name: /^Daily kindness/ }).check();
  await expect(popup.eyebrow).toHaveText("Today's act of kindness");
  const first = await popup.actId();
  await popup.swap.click();
  await expect.poll(() => popup.actId()).not.toBe(first);
  await options.page.getByRole('checkbox', { name: 'Trauma' }).check();
  await expect
    .poll(async () => Object.values(await storedDays(worker)).find((d) => d.status === 'open')?.swapped)
    .toContain(first);
  expect(await popup.actId()).not.toBe(first);
});

test('the same day’s note saved from the popup and the settings page keeps both', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.done.click();
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByRole('button', { name: 'Add a check-in or note' }).first().click();
  const historyForm = options.page.locator('.day-entry form.checkin');
  await historyForm.getByLabel('A note for yourself').fill('Written on the settings page');

  await popup.page.locator('form.checkin').getByLabel('A note for yourself').fill('Written in the popup');
  await popup.page.locator('form.checkin').getByRole('button', { name: 'Save' }).click();
  await expect(popup.page.getByText('Saved for you.')).toBeVisible();
  await historyForm.getByRole('button', { name: 'Save' }).click();

  await expect
    .poll(async () => Object.values(await storedDays(worker)).find((d) => d.note)?.note)
    .toBe('Written in the popup\n\nWritten on the settings page');
  await expect(options.page.locator('.day-note-text').first()).toContainText('Written in the popup');
  await expect(options.page.locator('.day-note-text').first()).toContainText('Written on the settings page');
});
