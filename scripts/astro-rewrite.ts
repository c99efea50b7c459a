/**
 * What the build's rewrites of Astro's own code share (scripts/page-bytes.ts, scripts/csp-digests.ts):
 * each replaces a piece of Astro's code it knows exactly, in the modules Vite bundles, and stops
 * the build, naming itself, when that code is not there as written (an Astro update).
 */
import type { Plugin } from "vite";

/** `code` with `from` (which must occur exactly once) replaced by `to`; throws naming `plugin` and `file` otherwise. */
export function replaceOnce(code: string, from: string, to: string, file: string, plugin: string): string {
  const at = code.indexOf(from);
  if (at === -1 || code.indexOf(from, at + 1) !== -1) {
    throw new Error(`${plugin}: Astro's ${file} is not the code this plugin was written for (an Astro update?). Check whether the new Astro still builds large sites slowly; then update the plugin or remove it from astro.config.mjs.`);
  }
  return code.slice(0, at) + to + code.slice(at + from.length);
}

/**
 * A Vite plugin `name` that rewrites each module whose path (without its query) ends with a key
 * of `rewrites` (`/astro/dist/…`) with that key's function, as Vite loads it.
 */
export function astroRewrites(name: string, rewrites: Readonly<Record<string, (code: string) => string>>): Plugin {
  const byEnd = Object.entries(rewrites);
  return {
    name,
    transform(code, id) {
      const path = id.replaceAll("\\", "/").split("?")[0]!;
      const rewrite = byEnd.find(([end]) => path.endsWith(end))?.[1];
      return rewrite ? { code: rewrite(code), map: null } : null;
    },
  };
}
