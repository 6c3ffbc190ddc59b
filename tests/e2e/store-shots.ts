import type { BrowserContext, Locator, Page } from '@playwright/test';
import { AT, PROGRESS, TODAY } from './looking-back-data';
import type { Caption, Framing, Scheme } from './store-frame';

/*
 * The store listing's screenshots, in order: what each shows and how to reach it. `npm run store`
 * (tests/e2e/store.ts) takes each in every language of LANGS and writes docs/store/<lang>/<file>.png.
 * To change a shot or add one, change this list, run `npm run store` and update README's table.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** What extension storage holds before a shot, written over what the install wrote. */
export interface Planted {
  local?: Record<string, unknown>;
  sync?: Record<string, unknown>;
}

/** Where the kit lives; tests/unit/store-kit.test.ts holds it to these names and sizes. */
export const STORE_DIR = 'docs/store';
export const SHOT_SIZE = { width: 1280, height: 800 };
export const TILE_SIZE = { width: 440, height: 280 };
export const shotFile = (lang: Lang, shot: Shot) => `${STORE_DIR}/${lang}/${shot.file}.png`;
export const tileFile = (lang: Lang) => `${STORE_DIR}/promo-440x280${lang === 'en' ? '' : `.${lang}`}.png`;

/** The promo tile's words: the extension's name as each store shows it, and its promise in one line. */
export const TILE: Record<Lang, { name: string; promise: string }> = {
  en: { name: 'Daily Kindness', promise: 'One small act of kindness a day, and a calm moment on every new tab.' },
  es: {
    name: 'Bondad Diaria',
    promise: 'Un pequeño acto de bondad al día y un momento de calma en cada pestaña nueva.',
  },
};

export interface View {
  context: BrowserContext;
  id: string;
  lang: Lang;
}

export interface Shot {
  /** The file's name in docs/store/<lang>/, without `.png`. */
  file: string;
  scheme: Scheme;
  storage: (lang: Lang) => Planted;
  /** One 1280×800 picture of the page, or, with a frame, the pictures to set in it. */
  take: (view: View) => Promise<Buffer[]>;
  frame?: Framing & { caption: Record<Lang, Caption> };
}

/** The planted weeks with today still open, so the popup and new tab offer today's act. */
const { [TODAY]: _today, ...pastDays } = PROGRESS.days;
const WEEKS_SO_FAR = { progress: { ...PROGRESS, days: pastDays } };

/** Two acts of the person's own, one act set aside with "Not for me" and one kept. */
const OWN: Record<Lang, { title: string; why?: string; effort: 'tiny' | 'small' }[]> = {
  en: [
    {
      title: 'Send someone I love the song that got me through this week',
      why: 'Music is how we talk',
      effort: 'small',
    },
    { title: 'Drink my tea before I look at my phone', effort: 'tiny' },
  ],
  es: [
    {
      title: 'Mandarle a alguien que quiero la canción que me acompañó esta semana',
      why: 'La música es nuestra forma de hablar',
      effort: 'small',
    },
    { title: 'Tomar mi té antes de mirar el celular', effort: 'tiny' },
  ],
};
const mine = (lang: Lang) => ({
  acts: OWN[lang].map((act, n) => ({ id: `own_store_${n + 1}`, ...act })),
  notForMe: ['e_move_to_one_song'],
  kept: ['e_share_happy_memory'],
});

async function open(view: View, path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await view.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${view.id}/${path}`);
  return page;
}

/** The popup once its live page has taken over from the snapshot. */
async function popup(view: View): Promise<Page> {
  const page = await open(view, 'popup.html', { width: 360, height: 640 });
  await page.locator('#app:not([inert]) #act-title').waitFor();
  return page;
}

/** The popup's way into the grounding moment, in each language. */
const MOMENT_BUTTON: Record<Lang, string> = { en: 'A quiet moment', es: 'Un respiro' };

/** The moment the browser's clock starts at (AT, in the UTC zone the shots run in), in ms. */
const STARTED = Date.parse(`${AT.replace(' ', 'T')}Z`);

/** The new tab once its live page has taken over in the stored style. */
async function newTab(view: View, style: string): Promise<Buffer[]> {
  const page = await view.context.newPage();
  // The new tab seeds its choice of prompt with the moment it opens, which moves from run to run
  // by the time the browser took to start: the page's clock holds still, so its prompt does too.
  await page.addInitScript((now) => {
    Date.now = () => now;
  }, STARTED);
  await page.setViewportSize(SHOT_SIZE);
  await page.goto('chrome://newtab');
  await page.locator(`main.newtab[data-live][data-style="${style}"]`).waitFor({ state: 'attached' });
  if (style === 'full') await page.locator('#act-title').waitFor();
  return [await page.screenshot()];
}

export const SHOTS: Shot[] = [
  {
    file: '1-newtab',
    scheme: 'light',
    storage: () => ({ local: WEEKS_SO_FAR, sync: { settings: { clock: true } } }),
    take: (view) => newTab(view, 'full'),
  },
  {
    file: '2-popup',
    scheme: 'light',
    storage: () => ({ local: WEEKS_SO_FAR }),
    take: async (view) => {
      const page = await popup(view);
      return [await page.locator('main').screenshot()];
    },
    frame: {
      layout: 'side',
      caption: {
        en: {
          title: 'One small act of kindness a day',
          line: 'Do it, swap it for another, or leave it for today. There is no streak to keep, only the days you showed up.',
        },
        es: {
          title: 'Un pequeño acto de bondad al día',
          line: 'Hazlo, cámbialo por otro o déjalo por hoy. No hay racha que cuidar, solo los días en que estuviste presente.',
        },
      },
    },
  },
  {
    file: '3-your-own',
    scheme: 'light',
    storage: (lang) => ({ local: { ...WEEKS_SO_FAR, mine: mine(lang) } }),
    take: async (view) => {
      const page = await open(view, 'options.html', { width: 560, height: 2400 });
      const own = page.locator('section[aria-labelledby="own-title"]');
      await own.locator('.own-item').nth(1).waitFor();
      const aside = page.locator('section[aria-labelledby="set-aside-title"]');
      await aside.locator('.own-item').first().waitFor();
      return [await picture(page, own, own.locator('.own-list')), await picture(page, aside)];
    },
    frame: {
      layout: 'top',
      caption: {
        en: {
          title: 'Make the practice your own',
          line: 'Write acts in your own words, set aside any act that is not for you, and keep the ones you liked.',
        },
        es: {
          title: 'Haz tuya la práctica',
          line: 'Escribe actos con tus propias palabras, deja de lado los que no son para ti y guarda los que te gustaron.',
        },
      },
    },
  },
  {
    file: '4-looking-back',
    scheme: 'light',
    storage: () => ({ local: { progress: PROGRESS } }),
    take: async (view) => {
      const page = await open(view, 'options.html', { width: 640, height: 900 });
      const chart = page.locator('section.feelings');
      await chart.waitFor();
      return [await chart.screenshot()];
    },
    frame: {
      layout: 'side',
      // The chart sits inside a settings section: give it back the section's padding.
      inset: 24,
      caption: {
        en: {
          title: 'Look back, gently',
          line: 'See how your days have felt, before and after. Private, in your browser, and only for you.',
        },
        es: {
          title: 'Mira atrás con calma',
          line: 'Repasa cómo te has sentido, antes y después. Privado, en tu navegador y solo para ti.',
        },
      },
    },
  },
  {
    file: '5-moment-dark',
    scheme: 'dark',
    // Breathing only, so the moment is a paced breath with its circle, as the caption says.
    storage: () => ({ local: WEEKS_SO_FAR, sync: { settings: { newTabStyle: 'breath' } } }),
    take: async (view) => {
      // The moment seeds its choice of prompt with the page's clock, held still as on the new tab.
      await view.context.addInitScript((now) => {
        Date.now = () => now;
      }, STARTED);
      const page = await popup(view);
      await page.getByRole('button', { name: MOMENT_BUTTON[view.lang] }).click();
      await page.locator('#moment-text').waitFor();
      return [await page.locator('main').screenshot()];
    },
    frame: {
      layout: 'side',
      caption: {
        en: {
          title: 'A quiet moment, from the toolbar',
          line: 'The same calm pause as the new tab, for when another extension has your new tab: a slow breath, a look around, a kind word.',
        },
        es: {
          title: 'Un respiro desde la barra',
          line: 'La misma pausa tranquila de la pestaña nueva, por si otra extensión la ocupa: una respiración lenta, una mirada a tu alrededor, una palabra amable.',
        },
      },
    },
  },
];

/** Room kept below a section cut short: less than the gap to what comes next, so none of it shows. */
const CUT_ROOM = 12;

/**
 * Part of the whole page: an element, cut below `until` (one of its children) when given, so a
 * long section ends at a natural place.
 */
async function picture(page: Page, element: Locator, until?: Locator): Promise<Buffer> {
  // Boxes on the whole page, not in the viewport: the picture is taken of the whole page.
  const onPage = (node: Element) => {
    const r = node.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, bottom: r.bottom + window.scrollY };
  };
  const box = await element.evaluate(onPage);
  const bottom = until ? (await until.evaluate(onPage)).bottom + CUT_ROOM : box.bottom;
  const height = Math.min(bottom, box.bottom) - box.y;
  return page.screenshot({ fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height } });
}
