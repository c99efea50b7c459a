/**
 * Turns Node's compile cache on before any of the build's TypeScript is loaded.
 *
 * Node strips the types of a `.ts` module with a WebAssembly compiler (amaro) that it loads the
 * first time it meets one; with the compile cache on, it reads the stripped code from the cache
 * instead and does not load that compiler. A cache turned on from inside a TypeScript entry point
 * comes too late for that entry and its first imports: loading scripts/build.ts's first modules
 * took about 150 ms of the main thread, 27 ms with the cache on first (measured on the bench
 * machine), and the validation, which the entry starts, waited for them.
 *
 * So `npm run build` and `npm run validate` start from small JavaScript entry points
 * (scripts/build.mjs, scripts/validate.mjs) that import this module first. Worker threads need
 * nothing more: they inherit NODE_COMPILE_CACHE, which turns the cache on as they start.
 */
import module from "node:module";
import { fileURLToPath } from "node:url";

/** The build's own compile cache (scripts/compile-cache.ts prunes it). */
export const COMPILE_CACHE = fileURLToPath(new URL("../node_modules/.cache/node-compile/", import.meta.url));

/** Turns the cache on for this process and, through the environment, its workers (unless set already). */
export function enableCompileCache() {
  process.env.NODE_COMPILE_CACHE ??= COMPILE_CACHE;
  module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
}

enableCompileCache();
