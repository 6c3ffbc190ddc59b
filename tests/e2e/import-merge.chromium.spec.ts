import { writeFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { addDays, currentTimeZone, dayKey } from '@/utils/domain/day';
import { expect, tempProfile, test } from './fixtures';
import { PopupPage, storedDays } from './pages';

/*
 * A merge never trades what someone did for less, says first what it will do,
 * and leaves the program day and the act shown agreeing.
 */

async function seed(worker: Worker, progress: unknown): Promise<void> {
  await worker.evaluate(async (progress) => {
    await chrome.storage.local.set({ progress });
  }, progress);
}

function backupFile(dir: string, progress: unknown): string {
  const path = `${dir}/backup.json`;
  const file = {
    format: 'daily-kindness-export',
    version: 1,
    exportedAt: '',
    appVersion: '0.1.0',
    settings: {},
    progress,
  };
  writeFileSync(path, JSON.stringify(file));
  return path;
}

test('merging a backup keeps a done day done with the file’s note, says so first, and today becomes the program day the act shows', async ({
  context,
  extensionId,
  worker,
}) => {
  const today = dayKey(Date.now(), currentTimeZone());
  const earlier = addDays(today, -2);
  await expect.poll(async () => Object.keys(await storedDays(worker))).toContain(today);
  await seed(worker, {
    startDay: today,
    days: {
      [earlier]: { actId: 'e_water_slowly', status: 'done', swapped: [] },
      [today]: { actId: 'reset_encouraging_message', status: 'open', swapped: [] },
    },
  });
  const files = tempProfile();
  const path = backupFile(files.dir, {
    startDay: addDays(today, -3),
    days: {
      [earlier]: { actId: 'e_water_slowly', status: 'skipped', swapped: [], note: 'A hard day, and I rested.' },
      [addDays(today, -3)]: { actId: 'reset_encouraging_message', status: 'done', swapped: [] },
    },
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Bring back a backup').setInputFiles(path);
  const panel = options.locator('.import-confirm');
  await expect(panel).toContainText('the record that says more of what you did is kept');
  await expect(panel).toContainText('Days added from the file: 1');
  await expect(panel).toContainText('Days here that the file adds to: 1');
  await panel.getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(options.getByText('Your backup is back in place.')).toBeVisible();

  const days = await storedDays(worker);
  expect(days[earlier]).toMatchObject({ status: 'done', note: 'A hard day, and I rested.' });
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.eyebrow).toHaveText('Day 4 of 5 of the 5-day reset');
  expect(await popup.actId()).toBe('reset_grace_for_mistake');
  files.dispose();
});

test('a merge that cannot be written keeps its panel open with the reason inside it', async ({
  context,
  extensionId,
  worker,
}) => {
  const today = dayKey(Date.now(), currentTimeZone());
  await expect.poll(async () => Object.keys(await storedDays(worker))).toContain(today);
  const files = tempProfile();
  const note = 'x'.repeat(400);
  const days = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      addDays(today, -1 - i),
      { actId: 'e_water_slowly', status: 'done', swapped: [], note },
    ]),
  );
  const path = backupFile(files.dir, { startDay: null, days });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Bring back a backup').setInputFiles(path);
  const panel = options.locator('.import-confirm');
  await expect(panel).toContainText('Days added from the file: 30');
  await worker.evaluate(async () => {
    const local = chrome.storage.local;
    const room = local.QUOTA_BYTES - (await local.getBytesInUse(null)) - 100;
    await local.set({ filler: 'x'.repeat(room) });
  });
  await panel.getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(panel.getByRole('alert')).toContainText('could not be written');
  await expect(panel.getByRole('button', { name: 'Merge with what is here' })).toBeVisible();
  expect(Object.keys(await storedDays(worker))).toEqual([today]);
  files.dispose();
});
