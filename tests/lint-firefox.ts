/*
 * `npm run lint:firefox`: Mozilla's validator over the Firefox build. Fails on
 * any error, and on any warning that is not in library code we ship unchanged:
 * the only one allowed is Preact's own `dangerouslySetInnerHTML` branch, which
 * our code never uses (Biome's noDangerouslySetInnerHtml rule keeps it so).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Message {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

const dir = resolve('.output/firefox-mv3');
let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero on errors but still prints its JSON report.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as { errors: Message[]; warnings: Message[]; notices: Message[] };

const fromPreact = (m: Message) => {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.column) return false;
  const lines = readFileSync(join(dir, m.file), 'utf8').split('\n');
  const around = (lines[(m.line ?? 1) - 1] ?? '').slice(Math.max(0, m.column - 300), m.column + 100);
  return around.includes('__html') && around.includes('dangerouslySetInnerHTML');
};

const ours = report.warnings.filter((m) => !fromPreact(m));
const show = (m: Message) => `  ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - ours.length} in Preact's own innerHTML branch), ${report.notices.length} notices`,
);
for (const m of [...report.errors, ...ours]) console.log(show(m));
process.exit(report.errors.length + ours.length > 0 ? 1 : 0);
