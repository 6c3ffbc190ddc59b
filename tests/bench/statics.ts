/* Static look-alikes: the shared theme inlined, the same structure, text of similar length. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE_CSS = `:root{color-scheme:light dark;--bg:#f7f4ef;--surface:#fffdf9;--text:#1f2a27;--muted:#4d5a56;--line:#d9d3c9;
--accent:#2f6b5a;--radius:12px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,sans-serif;
line-height:1.5;background:var(--bg);color:var(--text)}*{box-sizing:border-box}body{margin:0;background:var(--bg)}
h1,h2,p{margin:0}a{color:var(--accent);text-underline-offset:.2em}
button{font:inherit;border-radius:999px;padding:.5em 1.1em;border:1px solid var(--line);background:var(--surface);color:var(--text);min-height:2.5rem}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}
.eyebrow{font-size:.8rem;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}.act-card{display:grid;gap:.6rem}
.act-title{font-size:1.3rem;line-height:1.3;font-weight:600}.act-why{color:var(--muted)}`;

const card = (level: 1 | 2) => `<section class="act-card"><p class="eyebrow">Today's act of kindness</p>
<h${level} class="act-title" elementtiming="act-title">Send a few encouraging words to someone you care about.</h${level}>
<p class="act-why">A short note of support can lift them and remind you both that you are connected.</p>
<div class="actions"><button class="primary">I did it</button><button>Swap</button><button>Not today</button></div></section>`;

const page = (css: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Daily Kindness</title>
<style>${BASE_CSS}${css}</style></head><body>${body}</body></html>`;

const STATIC_NEWTAB = page(
  `.newtab{min-height:100vh;display:grid;grid-template-rows:1fr auto auto;justify-items:center;align-content:center;gap:2.5rem;padding:3rem 1.5rem 2rem}
.grounding{align-self:end;display:grid;justify-items:center;gap:1rem;text-align:center}
.prompt-text{font-size:clamp(1.5rem,1rem + 2vw,2.4rem);line-height:1.35;font-weight:500;max-width:32ch}
.act-slot{width:min(34rem,100%);min-height:13rem}.act-slot .act-card{background:var(--surface);border:1px solid var(--line);border-radius:var(--radius);padding:1.2rem 1.4rem}`,
  `<main class="newtab"><section class="grounding"><p class="eyebrow">A moment for you</p>
<h1 class="prompt-text">Breathe in for 4, hold gently for 4, breathe out for 4. If holding feels uneasy, you can skip the pause and simply breathe.</h1></section>
<div class="act-slot">${card(2)}</div><footer><a href="#">Read the full article</a></footer></main>`,
);

const STATIC_POPUP = page(
  `body{width:22.5rem;max-width:100vw}.popup{display:grid;gap:1.1rem;padding:1.1rem}
.week{display:grid;gap:.4rem}.week ol{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(7,1fr);gap:.25rem;text-align:center;font-size:.8rem}
.dot{display:block;margin:auto;width:1.1rem;height:1.1rem;border-radius:50%;border:2px solid var(--line)}
footer{border-top:1px solid var(--line);padding-top:.8rem;font-size:.95rem}`,
  `<main class="popup">${card(1)}<section class="week"><h2 class="eyebrow">This week</h2><ol>${'MTWTFSS'
    .split('')
    .map((d) => `<li>${d}<span class="dot"></span></li>`)
    .join('')}</ol><p class="eyebrow">You showed up 0 days this week.</p></section>
<footer><a href="#">Read the full article</a></footer></main>`,
);

const choices = (name: string, labels: string[]) =>
  labels
    .map(
      (l, i) =>
        `<label class="choice"><input type="radio" name="${name}"${i ? '' : ' checked'}><span>${l}</span></label>`,
    )
    .join('');

/* The options page's settings sections, without the history (it has none to show when fresh). */
const STATIC_OPTIONS = page(
  `.options{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 3rem;display:grid;gap:1.25rem}.options h1{font-size:1.7rem}
.section{display:grid;gap:1rem;padding:1.25rem 1.4rem;background:var(--surface);border:1px solid var(--line);border-radius:var(--radius)}
.section h2{font-size:1.15rem}.field{border:0;margin:0;padding:0;display:grid;gap:.4rem}.field legend{font-weight:600;margin-bottom:.3rem;padding:0}
.choice{display:flex;gap:.6rem;align-items:flex-start}.choice input{margin-top:.3rem;width:1.1rem;height:1.1rem;accent-color:var(--accent)}
.hint{color:var(--muted);font-size:.9rem}`,
  `<main class="options"><header><h1>Daily Kindness settings</h1><p class="hint">Changes are saved as you make them.</p></header>
<section class="section"><h2>Your practice</h2><fieldset class="field"><legend>Path</legend>${choices('path', [
    'The 5-day reset',
    'A gentle week',
    'Daily kindness',
  ])}</fieldset><fieldset class="field"><legend>Focus</legend>${choices('focus', [
    'Everyone',
    'Parents (burnout, postpartum)',
    'Veterans and military families',
    'Trauma recovery',
    'Teens and young adults',
  ])}</fieldset></section>
<section class="section"><h2>Reminder</h2><label class="choice"><input type="checkbox"><span>Remind me when today's act is still open</span></label></section>
<section class="section"><h2>Your day</h2><p>A new day begins at</p></section>
<section class="section"><h2>Look and feel</h2><fieldset class="field"><legend>Theme</legend>${choices('theme', [
    'Follow my system',
    'Light',
    'Dark',
  ])}</fieldset></section>
<section class="section"><h2>Your history</h2><p>This is where your days will gather, with any check-ins and notes you keep.</p></section></main>`,
);

/** Writes the look-alikes next to a copy of a build, so they load from the same origin as its pages. */
export function addStatics(ext: string) {
  writeFileSync(join(ext, 'static-newtab.html'), STATIC_NEWTAB);
  writeFileSync(join(ext, 'static-popup.html'), STATIC_POPUP);
  writeFileSync(join(ext, 'static-options.html'), STATIC_OPTIONS);
}
