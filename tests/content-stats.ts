/* Prints what the content library holds, per tag and per locale: `npm run content:stats`. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { actsWithWords, library, retiredActs } from '../utils/content/library';
import { prompts } from '../utils/content/prompts';
import { type Act, CONTENT_NOTES, DIRECTIONS, EFFORTS, FOCUSES, INVOLVES, PROMPT_KINDS } from '../utils/content/types';
import { overlap, titleWords } from './title-words';
import { catalogue } from './unit/catalogue';

const acts = library.acts;
const count = <T>(list: readonly T[], keep: (item: T) => boolean) => list.filter(keep).length;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));
const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const openTo = (focus: string) => (a: Act) => a.focus.includes('everyone') || a.focus.some((f) => f === focus);
const gentle = (a: Act) => a.effort === 'tiny' && !a.note;

const lines = [
  `Acts in the daily library: ${acts.length}; programs: 5-day reset ${library.programs.reset.length}, gentle week ${library.programs.gentle.length}; retired (history only): ${retiredActs.length}`,
  '',
];
lines.push(row(['focus (tagged)', ...EFFORTS, 'all']), rule(EFFORTS.length + 2));
for (const focus of FOCUSES) {
  const mine = acts.filter((a) => a.focus.includes(focus));
  lines.push(row([focus, ...EFFORTS.map((e) => count(mine, (a) => a.effort === e)), mine.length]));
}
lines.push(row(['all', ...EFFORTS.map((e) => count(acts, (a) => a.effort === e)), acts.length]), '');

// What a person with this focus can meet: acts for everyone plus their own.
lines.push(
  row(['focus (open)', 'acts', 'tiny, no note (gentle days)', ...INVOLVES.map((i) => `involves ${i}`), 'from bed']),
  rule(4 + INVOLVES.length),
);
for (const focus of FOCUSES) {
  const open = acts.filter(openTo(focus));
  lines.push(
    row([
      focus,
      open.length,
      count(open, gentle),
      ...INVOLVES.map((i) => count(open, (a) => a.involves === i)),
      count(open, (a) => Boolean(a.fromBed)),
    ]),
  );
}
const alone = count(acts, (a) => a.involves === 'no_one');
lines.push(
  '',
  `Needing no other person: ${alone} of ${acts.length} (${pct(alone, acts.length)}); from a bed or chair: ${count(acts, (a) => Boolean(a.fromBed))}`,
  '',
);

lines.push(row(['direction', ...DIRECTIONS]), rule(DIRECTIONS.length + 1));
lines.push(row(['acts', ...DIRECTIONS.map((d) => count(acts, (a) => a.direction === d))]), '');
lines.push(row(['content note', ...CONTENT_NOTES, 'none']), rule(CONTENT_NOTES.length + 2));
lines.push(
  row(['acts', ...CONTENT_NOTES.map((n) => count(acts, (a) => a.note === n)), count(acts, (a) => !a.note)]),
  '',
);
lines.push(row(['prompt kind', ...PROMPT_KINDS, 'all']), rule(PROMPT_KINDS.length + 2));
lines.push(row(['prompts', ...PROMPT_KINDS.map((k) => count(prompts, (p) => p.kind === k)), prompts.length]), '');

// Themes: titles joined when they share at least half their words (looser than the lint's "more than half").
const en = catalogue('en');
const words = acts.map((a) => titleWords(en.get(`acts_${a.id}_title`) ?? ''));
const parent = acts.map((_, i) => i);
const root = (i: number): number => (parent[i] === i ? i : root(parent[i] ?? i));
words.forEach((a, i) => {
  words.forEach((b, j) => {
    const shared = [...a].filter((w) => b.has(w)).length;
    if (j > i && shared >= 2 && overlap(a, b) >= 0.5) parent[root(j)] = root(i);
  });
});
const themes = new Set(acts.map((_, i) => root(i))).size;
lines.push(
  `Title themes (acts whose titles share at least half their words, joined): ${themes} for ${acts.length} acts`,
  '',
);

lines.push(row(['locale', 'act texts', 'prompt texts', 'interface strings']), rule(4));
for (const lang of ['en', 'es']) {
  const file = load(readFileSync(new URL(`../locales/${lang}.yml`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  > & {
    acts: Record<string, { title?: string; why?: string }>;
    prompts: Record<string, string>;
  };
  const actsDone = count(actsWithWords, (a) => Boolean(file.acts[a.id]?.title && file.acts[a.id]?.why));
  const promptsDone = count(prompts, (p) => Boolean(file.prompts[p.id]));
  const ui = Object.keys(file).filter((k) => k !== 'acts' && k !== 'prompts').length;
  lines.push(row([lang, `${actsDone}/${actsWithWords.length}`, `${promptsDone}/${prompts.length}`, ui]));
}
console.log(lines.join('\n'));
