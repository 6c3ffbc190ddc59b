import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The toolbar popup, opened as its own page. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await popup.actTitle.waitFor();
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
}

interface ChromeLike {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
  action: { getBadgeText(details: object): Promise<string> };
}

/** Reads extension storage from the background, as stored. */
export async function stored(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    return { ...(await api.storage.local.get(null)), ...(await api.storage.sync.get(null)) };
  });
}

export interface StoredDay {
  actId: string;
  status: string;
  swapped: string[];
}

export async function storedDays(worker: Worker): Promise<Record<string, StoredDay>> {
  const all = await stored(worker);
  return (all.progress as { days: Record<string, StoredDay> } | undefined)?.days ?? {};
}

export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: ChromeLike }).chrome.action.getBadgeText({}));
}
