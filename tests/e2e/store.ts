import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type BrowserContext, chromium, type Page, test } from '@playwright/test';
import { CHROMIUM, guard, launch, serviceWorker } from './fixtures';
import { AT } from './looking-back-data';
import { frame, tile } from './store-frame';
import { LANGS, type Planted, SHOT_SIZE, SHOTS, shotFile, TILE, TILE_SIZE, tileFile } from './store-shots';

/*
 * Not a test: `npm run store` draws the store listing's pictures (docs/store/) from the built
 * extension, each in English and Spanish: the shots in tests/e2e/store-shots.ts, then the promo
 * tile. The clock is fixed and motion reduced so the pictures change only when the product does.
 */

async function write(context: BrowserContext, planted: Planted): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async ({ local, sync }) => {
    type Area = { set(items: object): Promise<void> };
    const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', Area> } }).chrome;
    if (local) await api.storage.local.set(local);
    if (sync) await api.storage.sync.set(sync);
  }, planted);
}

/** Renders a page of our own HTML to a PNG of exactly its viewport. */
async function render(page: Page, html: string, size: { width: number; height: number }): Promise<Buffer> {
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  return page.screenshot();
}

for (const lang of LANGS) {
  for (const shot of SHOTS) {
    test(`store: ${lang}/${shot.file}`, async () => {
      const context = await launch({
        lang,
        colorScheme: shot.scheme,
        reducedMotion: 'reduce',
        timeZone: 'UTC',
        fakeTime: AT,
      });
      const checks = guard(context);
      try {
        await write(context, shot.storage(lang));
        const id = new URL((await serviceWorker(context)).url()).host;
        const shots = await shot.take({ context, id, lang });
        let png = shots[0];
        if (shot.frame) {
          const html = frame({ ...shot.frame, shots, caption: shot.frame.caption[lang], lang, scheme: shot.scheme });
          png = await render(await context.newPage(), html, SHOT_SIZE);
        }
        if (!png || (!shot.frame && shots.length !== 1)) throw new Error(`${shot.file}: one picture, or a frame.`);
        // A picture of a page that erred or reached out is not a picture of the product.
        const wrong = [...checks.errors, ...checks.offsite];
        if (wrong.length) throw new Error(wrong.join('\n'));
        const path = shotFile(lang, shot);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, png);
      } finally {
        await context.close();
      }
    });
  }
}

test('store: promo tiles', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    for (const lang of LANGS) {
      const page = await browser.newPage({ deviceScaleFactor: 1 });
      const png = await render(page, tile({ ...TILE[lang], lang }), TILE_SIZE);
      writeFileSync(tileFile(lang), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
