import { expect, test } from './fixtures';
import { kept, PopupPage, paintedFromKept, storedDays } from './pages';

/*
 * The popup's snapshots (localStorage `popup-snapshot`) are rebuilt before any module has
 * loaded, so they are untrusted input: whatever a record says, the rebuild (utils/first-paint/snapshot.ts)
 * keeps only the tags and attributes the popup itself renders, and never anything that loads.
 */

const HOST = 'example.invalid';
const ARTICLE =
  'https://www.palomasserenity.com/serenity-blog/acts-of-kindness-a-simple-path-to-stronger-mental-health';

test('a planted snapshot makes no request: images, styles, posters, srcsets, stylesheets and offsite links are not rebuilt', async ({
  context,
  extensionId,
  worker,
  checks,
}) => {
  const toHost: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes(HOST)) toHost.push(request.url());
  });
  // Planted from the support page, which keeps no snapshot of its own: nothing draws over the planted
  // one before the popup opens (an open popup or new tab may draw itself again at any time).
  const plant = await context.newPage();
  await plant.goto(`chrome-extension://${extensionId}/support.html`);
  await plant.evaluate((host) => {
    const at = `https://${host}`;
    const snapshot = {
      from: 0,
      until: Date.now() + 86_400_000,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      lang: document.documentElement.lang,
      nodes: [
        [
          'main',
          { class: 'popup', style: `background:url(${at}/main.png)` },
          [
            ['h1', { id: 'act-title', class: 'act-title' }, ['Planted words']],
            ['img', { src: `${at}/img.png`, alt: '' }, []],
            ['img', { srcset: `${at}/srcset.png 1x` }, []],
            ['picture', {}, [['source', { srcset: `${at}/source.png` }, []]]],
            ['video', { poster: `${at}/poster.png` }, []],
            ['audio', { src: `${at}/audio.mp3`, preload: 'auto' }, []],
            ['input', { type: 'image', src: `${at}/input.png` }, []],
            ['link', { rel: 'stylesheet', href: `${at}/style.css` }, []],
            ['link', { rel: 'prefetch', href: `//${host}/prefetch` }, []],
            ['iframe', { src: `${at}/frame.html` }, []],
            ['object', { data: `${at}/object.swf` }, []],
            ['table', { background: `${at}/table.png` }, [['tbody', {}, [['tr', {}, [['td', {}, ['cell']]]]]]]],
            ['p', { id: 'styled', style: `background-image:url(//${host}/style-attr.png)` }, ['styled text']],
            ['div', { class: 'actions' }, [['button', { type: 'submit', formaction: `${at}/submit` }, ['Send']]]],
            ['a', { id: 'protocol-relative', href: `//${host}/pr`, ping: `${at}/ping` }, ['Away']],
            ['a', { id: 'backslash', href: `/\\${host}/bs` }, ['Away']],
            ['a', { id: 'absolute', href: `${at}/abs` }, ['Away']],
            ['a', { id: 'own-page', href: '/options.html', target: '_blank', rel: 'noopener' }, ['Settings']],
          ],
        ],
      ],
    };
    localStorage.setItem('popup-snapshot', JSON.stringify([snapshot]));
  }, HOST);
  await plant.close();
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const app = document.getElementById('app');
      const href = (id: string) => app?.querySelector(`#${id}`)?.getAttribute('href') ?? null;
      Object.assign(window, {
        rebuilt: {
          title: app?.querySelector('#act-title')?.textContent ?? null,
          styledText: app?.querySelector('#styled')?.textContent ?? null,
          loaders: app?.querySelectorAll('img, picture, source, video, audio, input, link, iframe, object, table')
            .length,
          styles: app?.querySelectorAll('[style]').length,
          formactions: app?.querySelectorAll('[formaction], [ping]').length,
          hrefs: ['protocol-relative', 'backslash', 'absolute', 'own-page'].map(href),
        },
      });
    });
  });
  const popup = await PopupPage.open(context, extensionId);
  await popup.page.waitForLoadState('load');
  expect(await paintedFromKept(popup)).toBe(1);
  // What the planted snapshot became: the popup's own kinds of nodes only, an own page's link and no other.
  expect(await popup.page.evaluate(() => (window as unknown as { rebuilt: unknown }).rebuilt)).toEqual({
    title: 'Planted words',
    styledText: 'styled text',
    loaders: 0,
    styles: 0,
    formactions: 0,
    hrefs: [null, null, null, '/options.html'],
  });
  // Preact then renders what storage holds, usable: "I did it" stores the act it shows.
  await expect(popup.actTitle).not.toHaveText('Planted words');
  await expect(popup.actTitle).not.toBeEmpty();
  const actId = await popup.actId();
  expect(actId).not.toBe('');
  await popup.done.click();
  await expect.poll(async () => Object.values(await storedDays(worker))[0]).toMatchObject({ actId, status: 'done' });
  expect(toHost).toEqual([]);
  expect(checks.offsite).toEqual([]);
});

test('a snapshot is rebuilt without the article’s address, and the live popup has it back', async ({
  context,
  extensionId,
}) => {
  const first = await PopupPage.open(context, extensionId);
  const title = await first.actTitle.textContent();
  await expect.poll(() => kept(first.page)).toContain(title);
  await first.page.close();
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const app = document.getElementById('app');
      const article = app?.querySelector('.article-link');
      Object.assign(window, {
        rebuilt: {
          title: app?.querySelector('#act-title')?.textContent ?? null,
          // The link itself is rebuilt (so Preact takes it over), only its address is not.
          article: article ? article.getAttribute('href') : 'no link',
          support: app?.querySelector('.support-link')?.getAttribute('href') ?? null,
        },
      });
    });
  });
  const second = await PopupPage.open(context, extensionId);
  expect(await paintedFromKept(second)).toBe(1);
  expect(await second.page.evaluate(() => (window as unknown as { rebuilt: unknown }).rebuilt)).toEqual({
    title,
    article: null,
    support: '/support.html',
  });
  // Preact sets attributes from its props over the same nodes.
  await expect(second.articleLink).toHaveAttribute('href', ARTICLE);
  await expect(second.page.locator('.support-link')).toHaveAttribute('href', '/support.html');
  await expect(second.page.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/options.html');
});
