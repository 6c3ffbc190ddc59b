import type { BrowserContext, Page } from '@playwright/test';

/** A page or the background worker: anything that runs code in the extension. */
type Target = { evaluate<R>(fn: () => R | Promise<R>): Promise<R> };

/** The toolbar popup, opened as its own page. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    // Usable, not only shown: a snapshot kept from the last open is inert until Preact takes it over.
    await page.locator('#app:not([inert]) #act-title').waitFor();
    return popup;
  }

  get actTitle() {
    return this.page.locator('#act-title');
  }
  get eyebrow() {
    return this.page.locator('.act-card .eyebrow');
  }
  get done() {
    return this.page.getByRole('button', { name: 'I did it' });
  }
  get undo() {
    return this.page.getByRole('button', { name: 'Undo' });
  }
  get swap() {
    return this.page.getByRole('button', { name: 'Swap' });
  }
  get notToday() {
    return this.page.getByRole('button', { name: 'Not today' });
  }
  get bringBack() {
    return this.page.getByRole('button', { name: 'Bring it back' });
  }
  get notForMe() {
    return this.page.getByRole('button', { name: 'Not for me' });
  }
  /** The Undo beside "Set aside for good." */
  get undoNotForMe() {
    return this.page.locator('.act-state').getByRole('button', { name: 'Undo' });
  }
  get keep() {
    return this.page.getByRole('button', { name: 'Keep this one' });
  }
  get articleLink() {
    return this.page.getByRole('link', { name: /Read the full article/ });
  }
  get weekMarks() {
    return this.page.locator('.week-mark');
  }
  get weekCount() {
    return this.page.locator('.week-count');
  }
  async actId(): Promise<string> {
    return (await this.actTitle.getAttribute('data-act-id')) ?? '';
  }
  /** The quiet way into the grounding moment, in the footer. */
  get momentOpener() {
    return this.page.getByRole('button', { name: 'A quiet moment' });
  }
  get momentLabel() {
    return this.page.locator('.moment .eyebrow');
  }
  get momentText() {
    return this.page.locator('#moment-text');
  }
  get breathCircle() {
    return this.page.locator('.moment .breath-circle');
  }
  get momentBack() {
    return this.page.getByRole('button', { name: "Back to today's act" });
  }
  /** The prompt the moment shows, by id. */
  async promptId(): Promise<string> {
    return (await this.momentText.getAttribute('data-prompt-id')) ?? '';
  }
}

/** The settings page, opened and shown. */
export class OptionsPage {
  /** How many delayed settings writes had run their course when this page last looked. */
  private written = 0;
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Daily Kindness settings' }).waitFor();
    return new OptionsPage(page);
  }

  /** Chooses a radio button or ticks a box by its label; false when it already was, so nothing is written. */
  async choose(label: string | RegExp): Promise<boolean> {
    const control = this.page.getByLabel(label);
    if (await control.isChecked()) return false;
    await control.check();
    return true;
  }
  /** Writes one of the person's own acts in the form for a new one, and adds it. */
  async addOwnAct(title: string, effort: 'Tiny' | 'Small' | 'Larger' = 'Small'): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Write a new act' });
    await form.getByLabel('Your act').fill(title);
    await form.getByRole('radio', { name: new RegExp(`^${effort}`) }).check();
    await form.getByRole('button', { name: 'Add this act' }).click();
    await this.ownActs.getByText(title, { exact: true }).waitFor();
  }
  /** The acts the person wrote, as listed in settings. */
  get ownActs() {
    return this.page.getByRole('list', { name: 'Acts you wrote' });
  }
  /** The acts set aside with "Not for me", as listed in settings. */
  get setAside() {
    return this.page.getByRole('list', { name: 'Not for me' });
  }
  get deleteEverything() {
    return this.page.getByRole('button', { name: 'Delete everything' });
  }
  get status() {
    return this.page.getByRole('status');
  }

  /**
   * Waits until the settings changed since the last call have been written, refused or dropped:
   * the page writes them a moment after the last change, and marks when that write has run.
   */
  async settled(): Promise<void> {
    const handle = await this.page.waitForFunction((seen) => {
      const n = performance.getEntriesByName('settings-settled').length;
      return n > seen ? n : false;
    }, this.written);
    this.written = (await handle.jsonValue()) as number;
  }
}

/** A new tab, opened as the browser opens one, once its live page has taken over. */
export class NewTabPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<NewTabPage> {
    const page = await context.newPage();
    await page.goto('chrome://newtab');
    const tab = new NewTabPage(page);
    await tab.live();
    return tab;
  }

  /** The live page has taken over: what it does not show now, it will not show. */
  live() {
    return this.page.locator('main.newtab[data-live]').waitFor({ state: 'attached' });
  }
  get prompt() {
    return this.page.locator('#prompt-text');
  }
  get actTitle() {
    return this.page.locator('#act-title');
  }
  get breathCircle() {
    return this.page.locator('.breath-circle');
  }
  get articleLink() {
    return this.page.getByRole('link', { name: /Read the full article/ });
  }
}

interface ChromeLike {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
  action: { getBadgeText(details: object): Promise<string> };
}

/** Reads extension storage from the background or an extension page, as stored. */
export async function stored(target: Target): Promise<Record<string, unknown>> {
  return target.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    return { ...(await api.storage.local.get(null)), ...(await api.storage.sync.get(null)) };
  });
}

export interface StoredDay {
  actId: string;
  status: string;
  swapped: string[];
  note?: string;
}

export async function storedDays(target: Target): Promise<Record<string, StoredDay>> {
  const all = await stored(target);
  return (all.progress as { days: Record<string, StoredDay> } | undefined)?.days ?? {};
}

export async function badgeText(target: Target): Promise<string> {
  return target.evaluate(() => (globalThis as unknown as { chrome: ChromeLike }).chrome.action.getBadgeText({}));
}

/** Wakes the background the way the browser does at the turn of the day: with its alarm. */
export async function fireDayAlarm(page: Page): Promise<void> {
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { alarms: { create(n: string, i: object): Promise<void> } } }
    ).chrome.alarms.create('day-turn', { when: Date.now() + 50 }),
  );
}

/** When the day-turn alarm is next due, or 0 when none is scheduled. */
export async function nextDayAlarm(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };
      }
    ).chrome;
    return (await api.alarms.get('day-turn'))?.scheduledTime ?? 0;
  });
}

/** What the popup holds when parsing ends: its modules have not run and storage has not answered. */
export function recordAtParse() {
  document.addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('app');
    Object.assign(window, {
      atParse: { title: app?.querySelector('#act-title')?.textContent ?? null, inert: app?.inert ?? false },
    });
  });
}
export const atParse = (popup: PopupPage) =>
  popup.page.evaluate(() => (window as unknown as { atParse: unknown }).atParse);
/** The popup's snapshots, as stored (utils/first-paint/snapshot.ts). */
export const kept = (page: Page) => page.evaluate(() => localStorage.getItem('popup-snapshot') ?? '');
/** How many times this open painted from a snapshot (the mark entrypoints/popup-paint sets): 0 or 1. */
export const paintedFromKept = (popup: PopupPage) =>
  popup.page.evaluate(() => performance.getEntriesByName('snapshot-painted').length);
