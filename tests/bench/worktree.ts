import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { note } from './report';

/**
 * Runs a command with its output on stderr, so the report on stdout stays clean. Without the
 * `node_modules/.bin` folders `npm run` put on PATH for this checkout: a command run in another
 * checkout must find that one's tools.
 */
export function run(command: string, args: string[], cwd: string) {
  note(`${command} ${args.join(' ')} (in ${cwd})`);
  const here = resolve('.');
  const PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => !(p.startsWith(here) && p.endsWith(join('node_modules', '.bin'))))
    .join(delimiter);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 2, 2], env: { ...process.env, PATH } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** Output of a git command in this checkout, trimmed. */
export function git(...args: string[]) {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

export interface Checkout {
  /** The temporary folder: the worktree and anything else the run keeps there. */
  dir: string;
  worktree: string;
  /** Removes the worktree and the folder; safe to call more than once, and from an exit handler. */
  remove(): void;
}

/** A detached worktree of `commit` in a new folder under the OS temp dir. */
export function checkout(commit: string): Checkout {
  const dir = mkdtempSync(join(tmpdir(), 'dk-compare-'));
  const worktree = join(dir, 'before');
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    // --force: it holds its own node_modules and build, which git would otherwise refuse to delete.
    if (existsSync(worktree)) spawnSync('git', ['worktree', 'remove', '--force', worktree], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { stdio: 'ignore' });
  };
  try {
    run('git', ['worktree', 'add', '--detach', worktree, commit], '.');
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, worktree, remove };
}

/** Installs the checkout's own dependencies (an older commit may need others) and builds it for Chromium. */
export function buildCheckout(worktree: string) {
  run('npm', ['ci', '--no-audit', '--no-fund'], worktree);
  run('npx', ['wxt', 'build'], worktree);
  return join(worktree, '.output', 'chrome-mv3');
}
