import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, tempProfile, test } from './fixtures';
import { OptionsPage, PopupPage, stored, storedDays } from './pages';

/*
 * Making the practice one's own (issue 14), as a person would: acts written in settings, "Not for
 * me" in the popup and its way back, a list of acts brought in from a text file, and history
 * showing an own act by its words.
 */

interface StoredMine {
  acts: { id: string; title: string; effort: string; retired?: true }[];
  notForMe: string[];
  kept: string[];
}
const storedMine = async (target: Parameters<typeof stored>[0]) =>
  ((await stored(target)).mine as StoredMine | undefined) ?? { acts: [], notForMe: [], kept: [] };

const MINE = ['Call Grandma and ask about her garden', 'Llevarle café a mi vecina'];

test('two acts written in settings, with “only my own”: the popup offers one of them, and history shows it by its words', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByText('No acts of your own yet.')).toBeVisible();
  await options.addOwnAct(MINE[0] as string, 'Small');
  await options.addOwnAct(MINE[1] as string, 'Tiny');
  await expect(options.ownActs.getByRole('listitem')).toHaveCount(2);
  // A program keeps its own acts: the person's come on the daily path.
  await expect(options.page.getByText(/each day keeps its own act from the program/)).toBeVisible();
  await options.page.getByRole('radio', { name: /^Daily kindness/ }).check();
  await options.page.getByRole('radio', { name: /^Only my own/ }).check();
  await expect.poll(async () => (await stored(worker)).settings).toMatchObject({ path: 'daily', ownFrequency: 'only' });

  const popup = await PopupPage.open(context, extensionId);
  const title = (await popup.actTitle.textContent()) ?? '';
  expect(MINE).toContain(title);
  expect(await popup.actId()).toMatch(/^own_/);
  // An own act already comes back after 14 days: there is nothing to keep.
  await popup.done.click();
  await expect(popup.page.getByText('Done. Thank you for showing up today.')).toBeVisible();
  await expect(popup.keep).toHaveCount(0);

  await options.page.reload();
  await expect(options.page.locator('.day-act').first()).toHaveText(title);

  // Deleting it says plainly that history keeps its words, and it does.
  const item = options.ownActs.getByRole('listitem').filter({ hasText: title });
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(options.page.getByText(/history still shows its words/)).toBeVisible();
  await expect(options.ownActs.getByRole('listitem')).toHaveCount(1);
  await expect(options.page.locator('.day-act').first()).toHaveText(title);
  await expect.poll(async () => (await storedMine(worker)).acts.find((a) => a.title === title)?.retired).toBe(true);
});

test('“Not for me” offers another act at once, Undo brings it back, and settings list it with a way back', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  const first = await popup.actId();
  const firstTitle = (await popup.actTitle.textContent()) ?? '';

  await popup.notForMe.click();
  await expect.poll(() => popup.actId()).not.toBe(first);
  await expect(popup.page.getByText('Set aside for good.')).toBeVisible();
  // No reason is asked.
  await expect(popup.page.getByRole('textbox')).toHaveCount(0);
  await expect.poll(async () => (await storedMine(worker)).notForMe).toEqual([first]);

  await popup.undoNotForMe.click();
  await expect.poll(() => popup.actId()).toBe(first);
  await expect(popup.page.getByText('Set aside for good.')).toHaveCount(0);
  // Focus goes back to where the person chose, not lost with the Undo button.
  await expect(popup.notForMe).toBeFocused();
  await expect.poll(async () => (await storedMine(worker)).notForMe).toEqual([]);
  expect(Object.values(await storedDays(worker))[0]?.actId).toBe(first);

  await popup.notForMe.click();
  await expect.poll(() => popup.actId()).not.toBe(first);
  const offered = await popup.actId();

  const options = await OptionsPage.open(context, extensionId);
  const item = options.setAside.getByRole('listitem').filter({ hasText: firstTitle });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: 'Bring back' }).click();
  await expect(options.page.getByText('It is back among the acts a day can offer.')).toBeVisible();
  await expect(options.page.getByText(/Nothing is set aside/)).toBeVisible();
  await expect.poll(async () => (await storedMine(worker)).notForMe).toEqual([]);
  // Bringing it back does not take today's act away.
  await expect.poll(() => popup.actId()).toBe(offered);
});

test('a text file of acts comes in with a preview of what it adds, and nothing twice', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.addOwnAct('Water the plant');
  const long = 'a kind and very long line '.repeat(6).trim();
  const text = [
    '- Send a thank-you note',
    '• Water the plant.',
    '',
    '  send a thank-you note',
    'اتصل بصديق قديم',
    '友だちに「ありがとう」と伝える',
    long,
  ].join('\r\n');
  const file = { name: 'acts-from-my-counsellor.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };

  await options.page.getByLabel('Bring in a list of acts').setInputFiles(file);
  const preview = options.page.locator('.own-import');
  await expect(preview.getByText('To be added: 3')).toBeVisible();
  for (const title of ['Send a thank-you note', 'اتصل بصديق قديم', '友だちに「ありがとう」と伝える'])
    await expect(preview.getByRole('listitem').filter({ hasText: title })).toHaveCount(1);
  await expect(preview.getByText('Already among your acts, so not added again: 1')).toBeVisible();
  await expect(preview.getByText(/Too long for an act/)).toBeVisible();
  // Shown whole, not cut.
  await expect(preview.getByRole('listitem').filter({ hasText: long })).toHaveText(long);
  await expect(preview.getByText('Lines that repeat an earlier line, added once: 1')).toBeVisible();
  expect((await storedMine(worker)).acts).toHaveLength(1);

  await preview.getByRole('button', { name: 'Add them' }).click();
  await expect(options.page.getByText('The new acts are among yours now.')).toBeVisible();
  await expect(options.ownActs.getByRole('listitem')).toHaveCount(4);
  expect((await storedMine(worker)).acts.map((a) => a.title)).toEqual([
    'Water the plant',
    'Send a thank-you note',
    'اتصل بصديق قديم',
    '友だちに「ありがとう」と伝える',
  ]);

  // The same list again adds nothing.
  await options.page.getByLabel('Bring in a list of acts').setInputFiles(file);
  await expect(preview.getByText('Everything in this list is already here, so there is nothing to add.')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Add them' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.ownActs.getByRole('listitem')).toHaveCount(4);
});

test('own acts, set-aside and kept acts travel in the backup, go with “Delete everything”, and come back with it', async ({
  context,
  extensionId,
  worker,
}) => {
  const files = tempProfile();
  try {
    const popup = await PopupPage.open(context, extensionId);
    const asideTitle = (await popup.actTitle.textContent()) ?? '';
    await popup.notForMe.click();
    await expect(popup.undoNotForMe).toBeVisible();
    const keptTitle = (await popup.actTitle.textContent()) ?? '';
    await popup.done.click();
    await popup.keep.click();
    await expect(popup.keep).toHaveAttribute('aria-pressed', 'true');
    const options = await OptionsPage.open(context, extensionId);
    await options.addOwnAct('Llevarle café a mi vecina', 'Tiny');
    await expect(options.page.getByRole('list', { name: 'Kept' })).toContainText(keptTitle);

    const page = options.page;
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /backup \(JSON\)/ }).click(),
    ]);
    const jsonPath = join(files.dir, json.suggestedFilename());
    await json.saveAs(jsonPath);
    const file = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(file).toMatchObject({ version: 2, mine: { notForMe: [expect.any(String)], kept: [expect.any(String)] } });
    expect(file.mine.acts).toEqual([
      { id: expect.stringMatching(/^own_/), title: 'Llevarle café a mi vecina', effort: 'tiny' },
    ]);

    await page.getByRole('button', { name: 'Delete everything' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await expect(dialog).toContainText('Your own acts (1) and the lists of acts set aside and kept go too.');
    await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('Everything was deleted.')).toBeVisible();
    await expect.poll(async () => (await stored(worker)).mine).toBeUndefined();
    await expect(page.getByText('No acts of your own yet.')).toBeVisible();
    await expect(page.getByText(/Nothing is set aside/)).toBeVisible();

    await page.getByLabel('Bring back a backup').setInputFiles(jsonPath);
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your backup is back in place.' })).toBeVisible();
    await expect(options.ownActs.getByRole('listitem')).toHaveCount(1);
    await expect(options.ownActs).toContainText('Llevarle café a mi vecina');
    await expect(options.setAside).toContainText(asideTitle);
    await expect(page.getByRole('list', { name: 'Kept' })).toContainText(keptTitle);
    expect((await storedMine(worker)).acts).toEqual(file.mine.acts);
  } finally {
    files.dispose();
  }
});
