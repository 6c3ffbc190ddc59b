/**
 * Runs `task` while holding a lock shared by every page and the background of
 * the extension (they share one origin), so read-modify-write cycles from two
 * open pages never interleave. Falls back to an in-context queue per name where the Web
 * Locks API is missing (unit tests in Node), so locks of different names nest as they do there.
 */
const queues = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
