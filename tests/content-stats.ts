/* Prints what the content library holds, per tag and per locale: `npm run content:stats`. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { allActs, library } from '../utils/content/library';
import { prompts } from '../utils/content/prompts';
import { CONTENT_NOTES, DIRECTIONS, EFFORTS, FOCUSES, PROMPT_KINDS } from '../utils/content/types';

const acts = library.acts;
const count = <T>(list: readonly T[], keep: (item: T) => boolean) => list.filter(keep).length;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

const lines = [
  `Acts in the daily library: ${acts.length}; programs: 5-day reset ${library.programs.reset.length}, gentle week ${library.programs.gentle.length}`,
  '',
];
lines.push(row(['focus', ...EFFORTS, 'all']), rule(EFFORTS.length + 2));
for (const focus of FOCUSES) {
  const mine = acts.filter((a) => a.focus.includes(focus));
  lines.push(row([focus, ...EFFORTS.map((e) => count(mine, (a) => a.effort === e)), mine.length]));
}
lines.push(row(['all', ...EFFORTS.map((e) => count(acts, (a) => a.effort === e)), acts.length]), '');
lines.push(row(['direction', ...DIRECTIONS]), rule(DIRECTIONS.length + 1));
lines.push(row(['acts', ...DIRECTIONS.map((d) => count(acts, (a) => a.direction === d))]), '');
lines.push(row(['content note', ...CONTENT_NOTES]), rule(CONTENT_NOTES.length + 1));
lines.push(row(['acts', ...CONTENT_NOTES.map((n) => count(acts, (a) => a.note === n))]), '');
lines.push(row(['prompt kind', ...PROMPT_KINDS, 'all']), rule(PROMPT_KINDS.length + 2));
lines.push(row(['prompts', ...PROMPT_KINDS.map((k) => count(prompts, (p) => p.kind === k)), prompts.length]), '');

lines.push(row(['locale', 'act texts', 'prompt texts', 'interface strings']), rule(4));
for (const lang of ['en', 'es']) {
  const file = load(readFileSync(new URL(`../locales/${lang}.yml`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  > & {
    acts: Record<string, { title?: string; why?: string }>;
    prompts: Record<string, string>;
  };
  const actsDone = count(allActs, (a) => Boolean(file.acts[a.id]?.title && file.acts[a.id]?.why));
  const promptsDone = count(prompts, (p) => Boolean(file.prompts[p.id]));
  const ui = Object.keys(file).filter((k) => k !== 'acts' && k !== 'prompts').length;
  lines.push(row([lang, `${actsDone}/${allActs.length}`, `${promptsDone}/${prompts.length}`, ui]));
}
console.log(lines.join('\n'));
