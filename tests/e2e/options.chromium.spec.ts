import { allActs } from '@/utils/content/library';
import { expect, test } from './fixtures';
import { badgeText, NewTabPage, OptionsPage, PopupPage, stored } from './pages';

const focusOf = (id: string) => allActs.find((a) => a.id === id)?.focus ?? [];
const effortOf = (id: string) => allActs.find((a) => a.id === id)?.effort;

test('the welcome page opens once on install and offers three skippable choices', async ({ context, extensionId }) => {
  await expect
    .poll(() => context.pages().map((p) => p.url()))
    .toContain(`chrome-extension://${extensionId}/welcome.html`);
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
  if (!welcome) throw new Error('no welcome page');
  await expect(welcome.getByRole('heading', { name: 'Welcome to Daily Kindness' })).toBeVisible();
  // It says what travels through the browser's sync and what stays where it was written.
  await expect(welcome.getByText(/reaches your other computers only through your browser's own sync/)).toBeVisible();
  await expect(welcome.getByText(/Notes and check-ins stay where you write them/)).toBeVisible();
  for (const group of ['Path', 'Focus', 'Reminder'])
    await expect(welcome.getByRole('group', { name: group })).toBeVisible();
  await welcome.getByRole('button', { name: 'Skip for now' }).click();
  await expect(welcome.getByRole('status')).toContainText('You are all set');
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.page.getByRole('link', { name: 'Open the welcome page' })).toHaveAttribute(
    'href',
    /welcome\.html$/,
  );
});

test('path, focus and gentleness change the act the popup and new tab show', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.eyebrow).toHaveText('Day 1 of 5 of the 5-day reset');

  await options.page.getByRole('radio', { name: /^A gentle week/ }).check();
  await expect(popup.eyebrow).toHaveText('Day 1 of 7 of the gentle week');

  await options.page.getByRole('radio', { name: /^Daily kindness/ }).check();
  await expect(popup.eyebrow).toHaveText("Today's act of kindness");
  await options.page.getByLabel('Veterans and military families').check();
  await expect
    .poll(async () => focusOf(await popup.actId()).some((f) => f === 'veterans' || f === 'everyone'))
    .toBe(true);

  await options.page.getByLabel(/Be gentle with me/).check();
  await expect.poll(async () => effortOf(await popup.actId())).toBe('tiny');
  const tab = await context.newPage();
  await tab.goto('chrome://newtab');
  await expect(tab.locator('#act-title')).toHaveAttribute('data-act-id', await popup.actId());

  await expect
    .poll(async () => (await stored(worker)).settings)
    .toMatchObject({ path: 'daily', focus: 'veterans', gentle: true });
});

test('theme, new-tab style, badge and hidden numbers change what the person sees', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByLabel('Dark').check();
  await expect(options.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 26, 25)');

  await expect(popup.weekCount).toBeVisible();
  await options.page.getByLabel('Hide all numbers and counts').check();
  await expect(popup.weekCount).toHaveCount(0);

  await options.page.getByLabel(/Show a small dot/).uncheck();
  await expect.poll(() => badgeText(worker)).toBe('');
  await options.page.getByLabel(/Show a small dot/).check();
  await expect.poll(() => badgeText(worker)).toBe('•');

  await options.page.getByLabel('Minimal: a prompt only').check();
  await expect.poll(async () => (await stored(worker)).settings).toMatchObject({ newTabStyle: 'minimal' });
  const minimal = await NewTabPage.open(context);
  await expect(minimal.prompt).not.toBeEmpty();
  await expect(minimal.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(minimal.actTitle).toHaveCount(0);

  await options.page.getByLabel('Breathing only').check();
  await expect.poll(async () => (await stored(worker)).settings).toMatchObject({ newTabStyle: 'breath' });
  for (let i = 0; i < 3; i++) {
    const breath = await context.newPage();
    await breath.goto('chrome://newtab');
    await expect(breath.locator('#prompt-text')).toHaveAttribute('data-kind', 'breath');
    await expect(breath.locator('.breath-circle')).toBeVisible();
    await expect(breath.getByRole('link', { name: /Read the full article/ })).toHaveCount(0);
  }
});

test('restarting the path brings back day 1, and the day-start hour is kept', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByLabel('A new day begins at').selectOption({ label: '4:00 AM' });
  await expect.poll(async () => (await stored(worker)).settings).toMatchObject({ dayStartHour: 4 });
  await options.page.getByRole('radio', { name: /^Daily kindness/ }).check();
  await options.page.getByRole('radio', { name: /^The 5-day reset/ }).check();
  await options.page.getByRole('button', { name: 'Start this path again today' }).click();
  await expect(options.page.getByRole('status')).toHaveText('Your path starts again today.');
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.eyebrow).toHaveText('Day 1 of 5 of the 5-day reset');
});

test('“Need support now?” is one click away on the popup and the new tab, and says what matters', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.open(context, extensionId);
  const tab = await context.newPage();
  await tab.goto('chrome://newtab');
  for (const page of [popup.page, tab]) {
    await expect(page.getByRole('link', { name: 'Need support now?' })).toHaveJSProperty(
      'href',
      `chrome-extension://${extensionId}/support.html`,
    );
  }
  const [support] = await Promise.all([
    popup.page.waitForEvent('popup'),
    popup.page.getByRole('link', { name: 'Need support now?' }).click(),
  ]);
  await expect(support.getByRole('heading', { name: 'Support, right now' })).toBeVisible();
  await expect(support.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(support.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(support.getByText('Veterans and service members: call 988, then press 1')).toBeVisible();
  await expect(support.getByRole('link', { name: /find a local helpline/ })).toHaveAttribute(
    'href',
    'https://findahelpline.com',
  );
  await expect(support.getByText(/not a substitute for therapy/)).toBeVisible();
  await expect(support.getByRole('link', { name: /Book a consultation/ })).toHaveAttribute(
    'href',
    'https://www.palomasserenitycounseling.com',
  );
});

test('an update never opens the welcome page again', async () => {
  const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { EXTENSION_DIR, installHandled, launch, serviceWorker, tempProfile } = await import('./fixtures');
  const profile = tempProfile();
  const build = tempProfile();
  try {
    cpSync(EXTENSION_DIR, build.dir, { recursive: true });
    let context = await launch({ userDataDir: profile.dir, extensionDir: build.dir });
    await serviceWorker(context);
    await expect.poll(() => context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(true);
    // Closed by the person, so a restored session cannot bring it back.
    for (const page of context.pages()) if (page.url().endsWith('/welcome.html')) await page.close();
    await context.close();

    const manifestPath = join(build.dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '0.1.1' }));
    context = await launch({ userDataDir: profile.dir, extensionDir: build.dir });
    const worker = await serviceWorker(context);
    await expect
      .poll(() =>
        worker.evaluate(
          () =>
            (
              globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
            ).chrome.runtime.getManifest().version,
        ),
      )
      .toBe('0.1.1');
    await PopupPage.open(context, new URL(worker.url()).host);
    // The update has been handled to its end, so a welcome tab it opened would be there by now.
    await installHandled(worker);
    expect(
      context
        .pages()
        .map((p) => p.url())
        .filter((u) => u.endsWith('/welcome.html')),
    ).toEqual([]);
    await context.close();
  } finally {
    profile.dispose();
    build.dispose();
  }
});
