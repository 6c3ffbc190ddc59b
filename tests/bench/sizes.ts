import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { out, row, rule, verdict } from './report';

/*
 * Sizes. "First paint": what the HTML loads and the static imports of its
 * chunks. "In all": that plus every chunk and stylesheet it can load later
 * (dynamic imports list theirs in Vite's preload map), an upper bound.
 */
function assets(root: string, html: string, lazy: boolean) {
  const files = new Set<string>();
  const text = readFileSync(join(root, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)];
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      if (m[1]) visit(resolve(dirname(file), m[1]));
    }
    if (lazy)
      for (const m of code.matchAll(/["']((?:chunks|assets)\/[^"']+\.(?:js|css))["']/g))
        if (m[1]) visit(join(root, m[1]));
  };
  for (const m of refs) if (m[1]) visit(m[1].startsWith('/') ? join(root, m[1]) : resolve(root, m[1]));
  return [...files];
}

function sizes(files: string[]) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gz };
}

const kb = (n: number) => (n / 1024).toFixed(1);

export function sizeReport(ext: string) {
  out('## Bytes per entrypoint (JS + CSS, gzip -9 per file)');
  out();
  out("The new tab's and popup's styles travel inside their first-paint scripts, so they count as JS.");
  out();
  const head = ['entrypoint', 'loads', 'files', 'JS raw (KB)', 'JS gzip (KB)', 'CSS raw (KB)', 'CSS gzip (KB)'];
  out(row([...head, 'total gzip (KB)']));
  out(rule(head.length + 1));
  const limits: string[] = [];
  for (const html of ['newtab.html', 'popup.html']) {
    for (const lazy of [false, true]) {
      const files = assets(ext, html, lazy);
      const js = sizes(files.filter((f) => f.endsWith('.js')));
      const css = sizes(files.filter((f) => f.endsWith('.css')));
      const total = js.gz + css.gz;
      const names = files.map((f) => f.slice(ext.length + 1)).join(', ');
      const when = lazy ? 'in all' : 'for first paint';
      out(row([html, when, names, kb(js.raw), kb(js.gz), kb(css.raw), kb(css.gz), kb(total)]));
      limits.push(`- ${html} ${when}: ${kb(total)} KB gzipped ≤ 20 KB: ${verdict(total <= 20 * 1024)}`);
    }
  }
  const bg = sizes([join(ext, 'background.js')]);
  out(row(['background.js', 'worker', 'background.js', kb(bg.raw), kb(bg.gz), '-', '-', kb(bg.gz)]));
  out();
  out('Targets:');
  for (const l of limits) out(l);
}
