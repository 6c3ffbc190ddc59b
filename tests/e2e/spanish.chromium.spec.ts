import type { Page } from '@playwright/test';
import { catalogue } from '../unit/catalogue';
import { expect, guard, launch, serviceWorker, test } from './fixtures';

/*
 * A Spanish-language browser: every page speaks Spanish, says so in <html lang>,
 * and no English interface sentence is left on screen.
 */
const spanish = catalogue('es');
/** English interface sentences, leaving out words both languages share ("Trauma"). */
const english = new Set(
  [...catalogue('en')]
    .filter(([key, text]) => !/^(acts|prompts)_/.test(key) && spanish.get(key) !== text)
    .map(([, text]) => text),
);

async function englishLeft(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: only rendered text, line by line, is what a person reads.
  const text = await page.locator('body').innerText();
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.filter((line) => english.has(line));
}

test('popup, new tab, options, welcome, support and the month sheet are entirely in Spanish', async () => {
  const context = await launch({ lang: 'es' });
  const checks = guard(context);
  const id = new URL((await serviceWorker(context)).url()).host;
  const pages: Record<string, string> = {
    popup: `chrome-extension://${id}/popup.html`,
    newtab: 'chrome://newtab',
    options: `chrome-extension://${id}/options.html`,
    welcome: `chrome-extension://${id}/welcome.html`,
    support: `chrome-extension://${id}/support.html`,
    sheet: `chrome-extension://${id}/sheet.html`,
  };
  for (const [name, url] of Object.entries(pages)) {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('h1').first().waitFor();
    if (name === 'newtab') await page.locator('#act-title').waitFor();
    await expect(page.locator('html'), name).toHaveAttribute('lang', /^es/);
    expect(await englishLeft(page), name).toEqual([]);
    await page.close();
  }
  const popup = await context.newPage();
  await popup.goto(pages.popup ?? '');
  await expect(popup.locator('.act-card .eyebrow')).toHaveText('Día 1 de 5 para empezar de nuevo');
  await expect(popup.locator('#act-title')).toHaveText(spanish.get('acts_reset_encouraging_message_title') ?? '');
  await expect(popup.getByRole('button', { name: 'Lo hice' })).toBeVisible();
  await expect(popup.getByRole('link', { name: '¿Necesitas apoyo ahora?' })).toBeVisible();
  await context.close();
  expect(checks.offsite).toEqual([]);
  expect(checks.errors).toEqual([]);
});
