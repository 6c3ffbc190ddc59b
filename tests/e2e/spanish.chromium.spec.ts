import type { Page } from '@playwright/test';
import { catalogue } from '../unit/catalogue';
import { expect, guard, launch, serviceWorker, test } from './fixtures';
import { AT, plant } from './looking-back-data';

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

test('popup, new tab, options, welcome, support, the summary and the month sheet are entirely in Spanish', async () => {
  const context = await launch({ lang: 'es' });
  const checks = guard(context);
  const id = new URL((await serviceWorker(context)).url()).host;
  const pages: Record<string, string> = {
    popup: `chrome-extension://${id}/popup.html`,
    newtab: 'chrome://newtab',
    options: `chrome-extension://${id}/options.html`,
    welcome: `chrome-extension://${id}/welcome.html`,
    support: `chrome-extension://${id}/support.html`,
    summary: `chrome-extension://${id}/summary.html`,
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

test('the look back over feelings and the summary speak Spanish too', async () => {
  const context = await launch({ lang: 'es', timeZone: 'UTC', fakeTime: AT });
  const checks = guard(context);
  const worker = await serviceWorker(context);
  await plant(worker);
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const chart = options.locator('section.feelings');
  await chart.getByText('Ver como tabla').click();
  await expect(chart.locator('tbody tr').first()).toContainText('2,3');
  await expect(options.getByText(/Tus registros de los últimos días/)).toBeVisible();
  await expect(options.getByText(/un acto muy pequeño hacia otras personas/)).toBeVisible();
  expect(await englishLeft(options), 'options with check-ins').toEqual([]);
  const summary = await context.newPage();
  await summary.goto(`chrome-extension://${id}/summary.html`);
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Un resumen de tu práctica');
  await summary.getByLabel('Incluir mis notas').check();
  await expect(summary.locator('.summary-day')).toHaveCount(11);
  expect(await englishLeft(summary), 'summary').toEqual([]);
  await context.close();
  expect(checks.offsite).toEqual([]);
  expect(checks.errors).toEqual([]);
});
