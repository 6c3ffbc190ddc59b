import type { Page } from '@playwright/test';
import { addDays } from '@/utils/domain/day';
import { expect, tempProfile, test } from './fixtures';
import { badgeText, OptionsPage, PopupPage, stored, storedDays } from './pages';
import {
  afterSync,
  type Computer,
  checked,
  closeLaunched,
  computer,
  converge,
  type Items,
  plantProgress,
  practiceItems,
  synced,
  syncItems,
  today,
} from './sync-relay';

/*
 * One practice on every computer (issue 15): two Chromium profiles side by side, the browser's
 * sync between them played by `relay` (tests/e2e/sync-relay.ts). What travels is what a person
 * sees on the other computer: the act, whether it was done, the program day, history, own acts;
 * notes only when they asked for it.
 */

test.afterEach(() => closeLaunched());

const DONE_TEXT = 'Done. Thank you for showing up today.';
const history = (page: Page) => page.getByRole('region', { name: 'Your history' });

interface StoredMine {
  acts: { id: string; title: string }[];
  notForMe: string[];
  kept: string[];
}
const storedMine = async (c: Computer) =>
  ((await stored(c.worker)).mine as StoredMine | undefined) ?? { acts: [], notForMe: [], kept: [] };

/** A month item's day, as the layout stores it. */
const syncDay = (items: Items, day: string) =>
  (items[`dk:d:${day.slice(0, 7)}`] as Record<string, Record<string, unknown>> | undefined)?.[day.slice(8)];

/** Writes a note in the open check-in form (the popup's after "I did it", or the history's "Add a check-in or note"). */
async function writeNote(page: Page, note: string) {
  const form = page.getByRole('form', { name: /check-in/ });
  await form.getByLabel('A note for yourself').fill(note);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

/** The 5-day reset begun two days before `day`, both days done, and `day` offering its third act. */
function resetUnderWay(day: string, today: 'open' | 'done') {
  return {
    startDay: addDays(day, -2),
    days: {
      [addDays(day, -2)]: { actId: 'reset_encouraging_message', status: 'done', swapped: [] },
      [addDays(day, -1)]: { actId: 'reset_kind_to_body', status: 'done', swapped: [] },
      [day]: { actId: 'reset_sincere_compliment', status: today, swapped: [] },
    },
  };
}

test('both ways: done on one computer shows on the other, same act and program day, and an Undo there stands here', async () => {
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  await converge(a.worker, b.worker);

  const pa = await PopupPage.open(a.context, a.id);
  await expect(pa.eyebrow).toHaveText(/^Day 1 of 5/);
  const eyebrow = await pa.eyebrow.textContent();
  const act = await pa.actId();
  const title = await pa.actTitle.textContent();
  // An open day: the toolbar says there is something waiting.
  await expect.poll(() => badgeText(b.worker)).not.toBe('');

  await afterSync(a.worker, () => pa.done.click());
  await expect(pa.page.getByText(DONE_TEXT)).toBeVisible();
  expect(syncDay(await practiceItems(a.worker), day)).toMatchObject({ a: act, s: 'd' });

  await converge(a.worker, b.worker);
  const pb = await PopupPage.open(b.context, b.id);
  await expect(pb.actTitle).toHaveText(title ?? '');
  expect(await pb.actId()).toBe(act);
  await expect(pb.eyebrow).toHaveText(eyebrow ?? '');
  await expect(pb.page.getByText(DONE_TEXT)).toBeVisible();
  await expect(pb.undo).toBeVisible();
  await expect.poll(() => badgeText(b.worker), { message: 'no toolbar dot once done' }).toBe('');
  expect((await storedDays(b.worker))[day]).toMatchObject({ actId: act, status: 'done' });

  // B takes it back: the Undo is a step on purpose, and A follows it.
  await pb.undo.click();
  await expect(pb.done).toBeVisible();
  await converge(a.worker, b.worker);
  await expect.poll(async () => (await storedDays(a.worker))[day]?.status).toBe('open');
  const again = await PopupPage.open(a.context, a.id);
  await expect(again.done).toBeVisible();
  await expect(again.actTitle).toHaveText(title ?? '');
  expect(syncDay(await practiceItems(a.worker), day)).toMatchObject({ a: act, s: 'o', g: 1 });
  // And it stays: nothing flips back on further rounds.
  expect(await converge(a.worker, b.worker)).toBe(1);
  expect((await storedDays(b.worker))[day]?.status).toBe('open');
  checked(a, b);
});

test('a second computer joining later takes up the path where it stands: the program day and today’s act, not day 1', async () => {
  const a = await computer();
  const day = await today(a.worker);
  await synced(a.worker, day);
  // Two days done already on A, and today offers the third act of the reset.
  await plantProgress(a.worker, resetUnderWay(day, 'open'));
  const pa = await PopupPage.open(a.context, a.id);
  await expect(pa.eyebrow).toHaveText(/^Day 3 of 5/);
  await synced(a.worker, addDays(day, -2));

  const b = await computer();
  const fresh = await PopupPage.open(b.context, b.id);
  await expect(fresh.eyebrow).toHaveText(/^Day 1 of 5/);
  await fresh.page.close();

  await converge(a.worker, b.worker);
  const pb = await PopupPage.open(b.context, b.id);
  await expect(pb.eyebrow).toHaveText(/^Day 3 of 5/);
  expect(await pb.actId()).toBe('reset_sincere_compliment');
  await expect(pb.actTitle).toHaveText((await pa.actTitle.textContent()) ?? '');
  await expect(pb.done).toBeVisible();
  const days = await storedDays(b.worker);
  expect(days[addDays(day, -2)]).toMatchObject({ actId: 'reset_encouraging_message', status: 'done' });
  expect(days[addDays(day, -1)]).toMatchObject({ actId: 'reset_kind_to_body', status: 'done' });
  expect((await stored(b.worker)).progress).toMatchObject({ startDay: addDays(day, -2) });
  // A is still where it was: B's day 1 did not pull it back.
  await pa.page.reload();
  await expect(pa.eyebrow).toHaveText(/^Day 3 of 5/);
  checked(a, b);
});

test('edits made apart meet: done wins over a swapped act set aside with “Not today”, on both computers', async () => {
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  await converge(a.worker, b.worker);

  // Apart: A does today's act; B swaps it, then sets the new one aside.
  const pa = await PopupPage.open(a.context, a.id);
  const actA = await pa.actId();
  await afterSync(a.worker, () => pa.done.click());
  const pb = await PopupPage.open(b.context, b.id);
  await pb.swap.click();
  await expect.poll(() => pb.actId()).not.toBe(actA);
  await afterSync(b.worker, () => pb.notToday.click());
  await expect(pb.bringBack).toBeVisible();
  expect(syncDay(await practiceItems(b.worker), day)).toMatchObject({ s: 's', w: [actA] });

  await converge(a.worker, b.worker);
  for (const c of [a, b]) {
    const popup = await PopupPage.open(c.context, c.id);
    expect(await popup.actId()).toBe(actA);
    await expect(popup.page.getByText(DONE_TEXT)).toBeVisible();
    expect((await storedDays(c.worker))[day]).toMatchObject({ actId: actA, status: 'done' });
  }
  expect(await practiceItems(a.worker)).toEqual(await practiceItems(b.worker));
  checked(a, b);
});

test('both computers open the same day apart, each with its own act: once they meet, both show one and the same', async () => {
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  await converge(a.worker, b.worker);
  // Apart, each computer offers the day an act of its own (as when their histories differ).
  await afterSync(a.worker, () =>
    plantProgress(a.worker, { days: { [day]: { actId: 'e_water_slowly', status: 'open', swapped: [] } } }),
  );
  await afterSync(b.worker, () =>
    plantProgress(b.worker, { days: { [day]: { actId: 'e_gentle_stretch', status: 'open', swapped: [] } } }),
  );
  const pa = await PopupPage.open(a.context, a.id);
  const pb = await PopupPage.open(b.context, b.id);
  expect(await pa.actId()).toBe('e_water_slowly');
  expect(await pb.actId()).toBe('e_gentle_stretch');

  await converge(a.worker, b.worker);
  const ids: string[] = [];
  const titles: string[] = [];
  for (const c of [a, b]) {
    const popup = await PopupPage.open(c.context, c.id);
    await expect(popup.done).toBeVisible();
    ids.push(await popup.actId());
    titles.push((await popup.actTitle.textContent()) ?? '');
  }
  expect(ids[0]).toBe(ids[1]);
  expect(titles[0]).toBe(titles[1]);
  expect(['e_water_slowly', 'e_gentle_stretch']).toContain(ids[0]);
  expect((await storedDays(a.worker))[day]).toEqual((await storedDays(b.worker))[day]);
  checked(a, b);
});

test('one computer away for a week: it comes back with all it had, gets the week, and gives what it had', async () => {
  test.setTimeout(90_000);
  const profileA = tempProfile();
  const profileB = tempProfile();
  const start = '2026-03-02';
  const back = addDays(start, 7);
  const zone = 'America/New_York';
  try {
    const a0 = await computer({ userDataDir: profileA.dir, timeZone: zone, fakeTime: `${start} 09:00:00` });
    const b0 = await computer({ userDataDir: profileB.dir, timeZone: zone, fakeTime: `${start} 09:00:00` });
    expect(await today(a0.worker)).toBe(start);
    await converge(a0.worker, b0.worker);

    // B's last hour before it is shut for a week: today done and an act of its own, never relayed.
    const pb = await PopupPage.open(b0.context, b0.id);
    const firstAct = await pb.actId();
    await pb.done.click();
    await expect(pb.page.getByText(DONE_TEXT)).toBeVisible();
    const ob = await OptionsPage.open(b0.context, b0.id);
    await afterSync(b0.worker, () => ob.addOwnAct('Water the neighbours’ tomatoes'));
    await b0.context.close();
    await a0.context.close();

    // A lives the week: six days done (planted, as if A had opened on each), then today.
    const a = await computer({ userDataDir: profileA.dir, timeZone: zone, fakeTime: `${back} 09:00:00` });
    await expect.poll(async () => Object.keys(await storedDays(a.worker))).toContain(back);
    const week: Items = {};
    const acts = ['e_water_slowly', 'e_gentle_stretch', 'e_water_slowly', 'e_gentle_stretch', 'e_water_slowly'];
    for (let i = 1; i <= 5; i++) week[addDays(start, i)] = { actId: acts[i - 1], status: 'done', swapped: [] };
    week[addDays(start, 6)] = { actId: 'e_gentle_stretch', status: 'skipped', swapped: [] };
    await plantProgress(a.worker, { days: week });
    await synced(a.worker, addDays(start, 6));
    const pa = await PopupPage.open(a.context, a.id);
    await afterSync(a.worker, () => pa.done.click());

    const b = await computer({ userDataDir: profileB.dir, timeZone: zone, fakeTime: `${back} 09:05:00` });
    expect(await today(b.worker)).toBe(back);
    await expect.poll(async () => Object.keys(await storedDays(b.worker))).toContain(back);
    await converge(a.worker, b.worker);

    for (const c of [a, b]) {
      const days = await storedDays(c.worker);
      expect(days[start], 'B’s done day, on both').toMatchObject({ actId: firstAct, status: 'done' });
      for (let i = 1; i <= 5; i++) expect(days[addDays(start, i)]).toMatchObject({ status: 'done' });
      expect(days[addDays(start, 6)]).toMatchObject({ status: 'skipped' });
      expect(days[back]).toMatchObject({ status: 'done' });
      expect((await storedMine(c)).acts.map((act) => act.title)).toEqual(['Water the neighbours’ tomatoes']);
      const popup = await PopupPage.open(c.context, c.id);
      await expect(popup.page.getByText(DONE_TEXT)).toBeVisible();
      const options = await OptionsPage.open(c.context, c.id);
      await expect(options.ownActs.getByText('Water the neighbours’ tomatoes', { exact: true })).toBeVisible();
    }
    expect(await storedDays(a.worker)).toEqual(await storedDays(b.worker));
    checked(a0, b0, a, b);
  } finally {
    await closeLaunched();
    profileA.dispose();
    profileB.dispose();
  }
});

test('notes stay on the computer where they were written, until the person asks for them to travel', async () => {
  const note = 'Told my sister I am proud of her; she laughed.';
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  await converge(a.worker, b.worker);

  const pa = await PopupPage.open(a.context, a.id);
  await pa.done.click();
  await afterSync(a.worker, () => writeNote(pa.page, note));
  await expect.poll(async () => (await storedDays(a.worker))[day]?.note).toBe(note);

  await converge(a.worker, b.worker);
  expect((await storedDays(b.worker))[day]).toMatchObject({ status: 'done' });
  expect((await storedDays(b.worker))[day]?.note).toBeUndefined();
  for (const c of [a, b]) expect(JSON.stringify(await syncItems(c.worker))).not.toContain('proud of her');
  const ob = await OptionsPage.open(b.context, b.id);
  await expect(history(ob.page).getByText(note)).toHaveCount(0);

  const oa = await OptionsPage.open(a.context, a.id);
  await expect(oa.page.getByRole('heading', { name: 'On every computer' })).toBeVisible();
  await expect(
    oa.page.getByText('Off: your notes and check-ins stay on the computer where you wrote them.'),
  ).toBeVisible();
  await afterSync(a.worker, async () => {
    await oa.choose('Also sync my notes and check-ins');
    await oa.settled();
  });
  await converge(a.worker, b.worker);
  await ob.page.reload();
  await expect(history(ob.page).getByText(note)).toBeVisible();
  expect((await storedDays(b.worker))[day]?.note).toBe(note);
  checked(a, b);
});

test('notes written apart on the same day, with notes syncing: both are kept, on both computers', async () => {
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  const oa = await OptionsPage.open(a.context, a.id);
  await afterSync(a.worker, async () => {
    await oa.choose('Also sync my notes and check-ins');
    await oa.settled();
  });
  const pa = await PopupPage.open(a.context, a.id);
  await pa.done.click();
  await pa.page
    .getByRole('form', { name: /check-in/ })
    .getByRole('button', { name: 'Skip' })
    .click();
  await converge(a.worker, b.worker);
  expect((await stored(b.worker)).settings).toMatchObject({ syncNotes: true });

  // Apart: each computer adds its own note to the day.
  for (const [c, words] of [
    [a, 'From the laptop: held the door for a stranger.'],
    [b, 'From the desktop: thanked the bus driver.'],
  ] as const) {
    const options = await OptionsPage.open(c.context, c.id);
    await history(options.page).getByRole('button', { name: 'Add a check-in or note' }).first().click();
    await afterSync(c.worker, () => writeNote(options.page, words));
  }
  await converge(a.worker, b.worker);
  for (const c of [a, b]) {
    const note = (await storedDays(c.worker))[day]?.note ?? '';
    expect(note).toContain('From the laptop: held the door for a stranger.');
    expect(note).toContain('From the desktop: thanked the bus driver.');
    const options = await OptionsPage.open(c.context, c.id);
    await expect(history(options.page).getByText(/held the door for a stranger/)).toBeVisible();
    await expect(history(options.page).getByText(/thanked the bus driver/)).toBeVisible();
  }
  checked(a, b);
});

test('a newer version’s items in sync storage stay exactly as they are when this version writes', async () => {
  const a = await computer();
  const day = await today(a.worker);
  await synced(a.worker, day);
  const month = `dk:d:${day.slice(0, 7)}`;
  const other = day.slice(8) === '28' ? '27' : '28';
  const items = await practiceItems(a.worker);
  const unknownDay = { a: 'e_water_slowly', s: 'p', t: 1_700_000_000, q: [1, 2] };
  const future = { hello: 'from version 2', list: [1, { deep: true }] };
  const meta = { ...(items['dk:meta'] as Items), v: 2, region: 'eu' };
  await afterSync(a.worker, () =>
    a.worker.evaluate((planted) => chrome.storage.sync.set(planted), {
      [month]: {
        ...(items[month] as Items),
        [day.slice(8)]: { ...(syncDay(items, day) as Items), mood: 'calm' },
        [other]: unknownDay,
      },
      'dk:future': future,
      'dk:meta': meta,
    }),
  );

  const popup = await PopupPage.open(a.context, a.id);
  await afterSync(a.worker, () => popup.done.click());
  await expect(popup.page.getByText(DONE_TEXT)).toBeVisible();
  const after = await practiceItems(a.worker);
  expect(syncDay(after, day)).toMatchObject({ s: 'd', mood: 'calm' });
  expect(syncDay(after, `${day.slice(0, 8)}${other}`)).toEqual(unknownDay);
  expect(after['dk:future']).toEqual(future);
  expect(after['dk:meta']).toMatchObject({ v: 2, region: 'eu' });
  // The day this version cannot read is not taken into its history either.
  expect(Object.keys(await storedDays(a.worker))).toEqual([day]);
  checked(a);
});

test('“Delete everything” on one computer deletes the practice on the other too, and leaves nothing of it in sync', async () => {
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  await synced(a.worker, day);
  await plantProgress(a.worker, resetUnderWay(day, 'done'));
  const oa = await OptionsPage.open(a.context, a.id);
  await afterSync(a.worker, () => oa.addOwnAct('Bring soup to Mrs Okafor'));
  await converge(a.worker, b.worker);
  const ob = await OptionsPage.open(b.context, b.id);
  await expect(ob.ownActs.getByText('Bring soup to Mrs Okafor', { exact: true })).toBeVisible();
  expect(Object.keys(await storedDays(b.worker)).sort()).toEqual([addDays(day, -2), addDays(day, -1), day]);

  await oa.deleteEverything.click();
  const dialog = oa.page.getByRole('dialog', { name: 'Delete everything?' });
  await expect(dialog).toContainText("through your browser's sync, from every computer where you use Daily Kindness");
  await afterSync(a.worker, () => dialog.getByRole('button', { name: 'Yes, delete everything' }).click());
  await expect(oa.page.getByText('Everything was deleted.')).toBeVisible();
  await converge(a.worker, b.worker);

  for (const c of [a, b]) {
    await expect.poll(async () => Object.keys(await storedDays(c.worker))).toEqual([day]);
    expect((await storedDays(c.worker))[day]).toMatchObject({ status: 'open' });
    expect((await storedMine(c)).acts).toEqual([]);
    const popup = await PopupPage.open(c.context, c.id);
    await expect(popup.eyebrow).toHaveText(/^Day 1 of 5/);
    await expect(popup.done).toBeVisible();
    const items = await practiceItems(c.worker);
    expect(syncDay(items, addDays(day, -2))).toBeUndefined();
    expect(syncDay(items, addDays(day, -1))).toBeUndefined();
    expect(JSON.stringify(items)).not.toContain('Mrs Okafor');
    expect(JSON.stringify(items)).not.toContain('reset_kind_to_body');
  }
  await ob.page.reload();
  await expect(ob.page.getByText('No acts of your own yet.')).toBeVisible();
  await expect(history(ob.page).locator(`[data-day="${addDays(day, -1)}"]`)).toHaveAttribute('data-status', 'none');
  checked(a, b);
});

test('own acts, acts set aside with “Not for me” and kept acts travel to the other computer', async () => {
  const a = await computer();
  const b = await computer();
  await converge(a.worker, b.worker);
  const oa = await OptionsPage.open(a.context, a.id);
  await oa.addOwnAct('Leave a thank-you note for the cleaners');
  const pa = await PopupPage.open(a.context, a.id);
  const setAside = (await pa.actTitle.textContent()) ?? '';
  const setAsideId = await pa.actId();
  await pa.notForMe.click();
  await expect.poll(() => pa.actId()).not.toBe(setAsideId);
  await pa.done.click();
  await pa.page
    .getByRole('form', { name: /check-in/ })
    .getByRole('button', { name: 'Skip' })
    .click();
  const keptId = await pa.actId();
  await afterSync(a.worker, () => pa.keep.click());
  await expect(pa.keep).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await storedMine(a)).kept).toEqual([keptId]);

  await converge(a.worker, b.worker);
  const ob = await OptionsPage.open(b.context, b.id);
  await expect(ob.ownActs.getByText('Leave a thank-you note for the cleaners', { exact: true })).toBeVisible();
  await expect(ob.setAside.getByText(setAside)).toBeVisible();
  const mine = await storedMine(b);
  expect(mine.notForMe).toEqual([setAsideId]);
  expect(mine.kept).toEqual([keptId]);
  const pb = await PopupPage.open(b.context, b.id);
  expect(await pb.actId()).toBe(keptId);
  await expect(pb.keep).toHaveAttribute('aria-pressed', 'true');
  checked(a, b);
});

test('when the browser’s sync has no room, today stays done here and settings say so quietly', async () => {
  const a = await computer();
  const b = await computer();
  const day = await today(a.worker);
  await converge(a.worker, b.worker);
  // B's own writes to sync now fail as a full sync storage makes them fail.
  await b.worker.evaluate(() => {
    const sync = chrome.storage.sync;
    Object.assign(globalThis, { realSyncSet: sync.set.bind(sync) });
    sync.set = () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
  });
  const before = await practiceItems(b.worker);
  const pb = await PopupPage.open(b.context, b.id);
  await pb.done.click();
  await expect(pb.page.getByText(DONE_TEXT)).toBeVisible();
  // The job tried, and failed (it tries again in a minute).
  await expect.poll(async () => (await stored(b.worker)).syncStatus).toMatchObject({ problem: 'quota' });
  expect((await storedDays(b.worker))[day]).toMatchObject({ status: 'done' });
  expect(await practiceItems(b.worker)).toEqual(before);

  const ob = await OptionsPage.open(b.context, b.id);
  const section = ob.page
    .locator('section')
    .filter({ has: ob.page.getByRole('heading', { name: 'On every computer' }) });
  await expect(section.getByRole('status')).toHaveText(/^Your browser's sync has no room right now/);
  const again = await PopupPage.open(b.context, b.id);
  await expect(again.page.getByText(DONE_TEXT)).toBeVisible();

  checked(a, b);
});
