import { expect, guard, launch, serviceWorker, tempProfile, test } from './fixtures';
import { atParse, badgeText, kept, nextDayAlarm, PopupPage, paintedFromKept, recordAtParse, storedDays } from './pages';

/*
 * The whole browser, worker included, runs on a faked clock (libfaketime):
 * the day turns by the clock, never by reinstalling.
 */
test.describe.configure({ timeout: 120_000 });

async function open(userDataDir: string, timeZone: string, fakeTime: string) {
  const context = await launch({ userDataDir, timeZone, fakeTime });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, checks };
}

test('the day turns at local midnight by itself, across a daylight-saving change, a closed week and a new time zone', async () => {
  const profile = tempProfile();
  try {
    // Saturday night before the clocks spring forward in New York.
    let run = await open(profile.dir, 'America/New_York', '2026-03-07 23:59:40');
    let popup = await PopupPage.open(run.context, run.extensionId);
    await expect(popup.eyebrow).toHaveText('Day 1 of 5 of the 5-day reset');
    await popup.done.click();
    await expect.poll(() => badgeText(run.worker)).toBe('');
    expect(await nextDayAlarm(popup.page)).toBe(Date.parse('2026-03-08T05:00:00Z'));

    // The alarm fires at midnight: the worker records day 2 and shows the mark, with no page asking.
    await expect
      .poll(async () => (await storedDays(run.worker))['2026-03-08']?.actId, { timeout: 40_000 })
      .toBe('reset_kind_to_body');
    await expect.poll(() => badgeText(run.worker)).toBe('•');
    // The open popup turns over too, and the next alarm is the next local midnight after a 23-hour day.
    await expect(popup.eyebrow).toHaveText('Day 2 of 5 of the 5-day reset');
    await expect(popup.actTitle).toHaveText('Do one kind thing for your body: rest, move gently or drink some water.');
    expect(await nextDayAlarm(popup.page)).toBe(Date.parse('2026-03-09T04:00:00Z'));
    expect((await storedDays(run.worker))['2026-03-07']?.status).toBe('done');
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
    await run.context.close();

    // The browser stays closed for five days and opens on a Thursday morning.
    run = await open(profile.dir, 'America/New_York', '2026-03-12 09:00:00');
    popup = await PopupPage.open(run.context, run.extensionId);
    await expect(popup.eyebrow).toHaveText("Today's act of kindness");
    const days = await storedDays(run.worker);
    expect(Object.keys(days).sort()).toEqual(['2026-03-07', '2026-03-08', '2026-03-12']);
    expect(['reset_encouraging_message', 'reset_kind_to_body']).not.toContain(days['2026-03-12']?.actId);
    await expect(popup.actTitle).toHaveAttribute('data-act-id', days['2026-03-12']?.actId ?? '');
    expect(await nextDayAlarm(popup.page)).toBe(Date.parse('2026-03-13T04:00:00Z'));
    await expect.poll(() => badgeText(run.worker)).toBe('•');
    await run.context.close();

    // The person flies to Tokyo: the same evening in New York is already Friday there.
    run = await open(profile.dir, 'Asia/Tokyo', '2026-03-13 09:00:00');
    popup = await PopupPage.open(run.context, run.extensionId);
    await expect.poll(async () => Object.keys(await storedDays(run.worker)).sort()).toContain('2026-03-13');
    await expect(popup.actTitle).toHaveAttribute(
      'data-act-id',
      (await storedDays(run.worker))['2026-03-13']?.actId ?? '',
    );
    expect(await nextDayAlarm(popup.page)).toBe(Date.parse('2026-03-13T15:00:00Z'));
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
    await run.context.close();
  } finally {
    profile.dispose();
  }
});

test('the next day is drawn ahead: the first new tab and popup after midnight paint at once, with the new day’s act', async () => {
  const profile = tempProfile();
  try {
    const run = await open(profile.dir, 'America/New_York', '2026-03-07 23:59:45');
    await run.context.addInitScript(recordAtParse);
    const popup = await PopupPage.open(run.context, run.extensionId);
    await expect(popup.eyebrow).toHaveText('Day 1 of 5 of the 5-day reset');
    const dayTwo = 'Do one kind thing for your body: rest, move gently or drink some water.';
    await expect.poll(() => kept(popup.page)).toContain(dayTwo);
    // No page is open at midnight: none sees the worker open day 2, so the snapshots stay.
    for (const page of run.context.pages()) await page.close();
    await expect
      .poll(async () => (await storedDays(run.worker))['2026-03-08']?.actId, { timeout: 40_000 })
      .toBe('reset_kind_to_body');

    // The new tab's act card was drawn ahead too (it keeps the popup's snapshot as it is, being covered).
    const tab = await run.context.newPage();
    await tab.goto(`chrome-extension://${run.extensionId}/newtab.html`);
    expect(await tab.evaluate(() => (window as unknown as { atParse: { title: string } }).atParse.title)).toBe(dayTwo);
    await expect(tab.locator('.act-card .eyebrow')).toHaveText('Day 2 of 5 of the 5-day reset');
    await tab.close();

    const next = await PopupPage.open(run.context, run.extensionId);
    expect(await atParse(next)).toEqual({ title: dayTwo, inert: true });
    expect(await paintedFromKept(next)).toBe(1);
    await expect(next.eyebrow).toHaveText('Day 2 of 5 of the 5-day reset');
    await expect(next.actTitle).toHaveText(dayTwo);
    await expect(next.done).toBeEnabled();
    expect(run.checks.offsite).toEqual([]);
    expect(run.checks.errors).toEqual([]);
    await run.context.close();
  } finally {
    profile.dispose();
  }
});
