/**
 * Node's compile cache for the build (`node_modules/.cache/node-compile/`): the code Node compiled
 * (and the TypeScript it stripped) kept on disk for the next build. Loading Astro, Vite and the
 * site's modules is the first second or two of every build, on the main thread and in each worker
 * (which inherit the setting through the environment).
 *
 * Node never removes an entry. It keys them by a module's path, so an entry stays when its module
 * goes: the chunks of Astro's bundle, whose names change with the site's code and documents, the
 * bundle's entry (which changes at every build: it holds a fresh key), and whole folders of a Node
 * version no longer used. `pruneCompileCache` removes what no build has read for a month; the build
 * calls it once a day at most (`pruneDaily`), since looking at every entry of a large cache takes
 * a tenth of a second or more.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// Importing it turns the cache on, if the entry point (scripts/build.mjs) has not already.
import { COMPILE_CACHE } from "./compile-cache-on.mjs";

export { COMPILE_CACHE };

/** A month: a cache entry not read for longer is removed. */
export const UNUSED_MS = 30 * 86_400_000;

/**
 * Removes the entries of the cache in `dir` (one folder per Node version, the entries in it) that
 * were last read more than `unusedMs` ago, and the version folders left empty; returns how many
 * entries it removed. "Read" is the file's access time; where the file system does not keep it
 * (`noatime`), its last write, so an entry in use may go and is written again by the next build (a
 * second or so more, once). A missing `dir` is no error.
 */
export function pruneCompileCache(dir: string, unusedMs = UNUSED_MS, now = Date.now()): number {
  let removed = 0;
  const entries = (d: string) => readdirSync(d, { withFileTypes: true });
  let versions;
  try {
    versions = entries(dir).filter((e) => e.isDirectory());
  } catch {
    return 0;
  }
  for (const v of versions) {
    const folder = join(dir, v.name);
    let left = 0;
    for (const e of entries(folder)) {
      const p = join(folder, e.name);
      const s = statSync(p, { throwIfNoEntry: false });
      if (s?.isFile() && Math.max(s.atimeMs, s.mtimeMs) < now - unusedMs) {
        unlinkSync(p);
        removed++;
      } else left++;
    }
    if (left === 0) rmdirSync(folder);
  }
  return removed;
}

/** `fn()`, or `fallback` if it throws: the cache is only a speed-up, and tidying it never fails a build. */
function quietly<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The file whose time says when the cache in its folder was last pruned. */
const PRUNED = ".pruned";

/**
 * `pruneCompileCache(dir)` unless it ran in the last `everyMs` (a day); returns how many entries it
 * removed (0 when it did not run). Never throws: it runs after the site is published, and another
 * build (into another dist/) may be pruning or writing the same cache at the same moment; what it
 * could not remove waits for the next day's run.
 */
export function pruneDaily(dir: string, everyMs = 86_400_000, now = Date.now()): number {
  const marker = join(dir, PRUNED);
  const last = quietly(() => statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? 0, now);
  if (last > now - everyMs) return 0;
  quietly(() => writeFileSync(marker, ""), undefined); // first, so that a build starting meanwhile does not prune too
  return quietly(() => pruneCompileCache(dir, UNUSED_MS, now), 0);
}
