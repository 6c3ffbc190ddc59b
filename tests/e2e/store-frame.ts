import { readFileSync } from 'node:fs';

/*
 * Pages the store pictures are drawn from: a frame that sets shots of the extension on a calm
 * background with a caption, and the promo tile. System fonts and data: URLs only, so nothing is
 * loaded from the network, and every background is opaque, so the PNGs come out without alpha.
 */

export type Scheme = 'light' | 'dark';

/** The product's own colours (components/theme.css), per scheme. */
const COLOURS: Record<Scheme, Record<'bg' | 'soft' | 'surface' | 'text' | 'muted' | 'line' | 'accent', string>> = {
  light: {
    bg: '#f7f4ef',
    soft: '#e4eee9',
    surface: '#fffdf9',
    text: '#1f2a27',
    muted: '#4d5a56',
    line: '#d9d3c9',
    accent: '#2f6b5a',
  },
  dark: {
    bg: '#151a19',
    soft: '#24322e',
    surface: '#1e2523',
    text: '#e8eeeb',
    muted: '#b3c0bb',
    line: '#3a4542',
    accent: '#8fc7b4',
  },
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

const vars = (scheme: Scheme) =>
  Object.entries(COLOURS[scheme])
    .map(([name, value]) => `--${name}:${value};`)
    .join('');

export interface Caption {
  title: string;
  line: string;
}

export interface Framing {
  /** The caption beside the shots (for one narrow shot, such as the popup) or above them. */
  layout: 'side' | 'top';
  /** Room around a shot cut from inside a card, in the card's colour. */
  inset?: number;
}

/** A 1280×800 page that sets the shots on the product's background with a caption. */
export function frame(options: Framing & { shots: Buffer[]; caption: Caption; lang: string; scheme: Scheme }): string {
  const images = options.shots.map((png) => `<img alt="" src="${dataUrl(png)}">`).join('');
  const side = options.layout === 'side';
  return `<!doctype html><html lang="${options.lang}"><head><meta charset="utf-8"><style>
:root{${vars(options.scheme)}}
html,body{margin:0;width:1280px;height:800px;overflow:hidden}
body{font-family:${FONT};color:var(--text);background:linear-gradient(160deg,var(--bg) 0%,var(--bg) 45%,var(--soft) 100%);
  display:flex;flex-direction:${side ? 'row' : 'column'};align-items:center;justify-content:center;gap:${side ? 80 : 36}px;
  box-sizing:border-box;padding:48px 64px}
.caption{max-width:${side ? 520 : 1000}px;text-align:${side ? 'start' : 'center'};text-wrap:balance}
h1{font-size:${side ? 46 : 38}px;line-height:1.15;font-weight:650;margin:0 0 18px;letter-spacing:-0.01em}
p{font-size:${side ? 24 : 22}px;line-height:1.45;margin:0;color:var(--muted)}
.shots{display:flex;gap:32px;align-items:flex-start}
img{display:block;padding:${options.inset ?? 0}px;background:var(--surface);border-radius:14px;border:1px solid var(--line);
  box-shadow:0 12px 40px rgb(31 42 39 / 0.14)}
</style></head><body>
<div class="caption"><h1>${escapeHtml(options.caption.title)}</h1><p>${escapeHtml(options.caption.line)}</p></div>
<div class="shots">${images}</div>
</body></html>`;
}

/** The store's small promo tile: the icon, the name and one line, at 440×280. */
export function tile(options: { name: string; promise: string; lang: string }): string {
  // The icon's own drawing, inlined; its title would only repeat the name beside it.
  const icon = readFileSync('assets/icon.svg', 'utf8').replace(/<title>.*?<\/title>/s, '');
  return `<!doctype html><html lang="${options.lang}"><head><meta charset="utf-8"><style>
:root{${vars('light')}}
html,body{margin:0;width:440px;height:280px;overflow:hidden}
body{font-family:${FONT};color:var(--text);background:linear-gradient(160deg,var(--soft) 0%,var(--bg) 100%);
  display:flex;flex-direction:column;align-items:center;justify-content:center;gap:14px;text-align:center}
svg{width:96px;height:96px;display:block}
h1{font-size:34px;font-weight:650;margin:0;line-height:1.1}
p{font-size:18px;margin:0;color:var(--muted);max-width:400px;line-height:1.35;text-wrap:balance}
</style></head><body>${icon}<h1>${escapeHtml(options.name)}</h1><p>${escapeHtml(options.promise)}</p></body></html>`;
}
