/**
 * `npm run build`: validate everything, build the site in a scratch folder, then swap it in as
 * `dist/` whole. On any error nothing is written to `dist/` (scripts/build-site.ts).
 *
 * The validation starts first, in a worker thread (scripts/validate-start.ts), and the modules of
 * the build are loaded after it: at a thousand indicators Astro waits for the data before it
 * renders any page, so the half second those modules take to load was half a second more of
 * waiting.
 */
import module from "node:module";
import { fileURLToPath } from "node:url";
import { projectRoot } from "./cli.ts";
import { buildToday } from "../src/lib/data/staleness.ts";
import { validateInWorker } from "./validate-start.ts";

// Node keeps the code it compiled (and the TypeScript it stripped) on disk for the next build:
// loading Astro, Vite and the site's modules is the first second or two of every build, on this
// thread and in each worker (which inherit the setting through the environment).
const compileCache = fileURLToPath(new URL("../node_modules/.cache/node-compile/", import.meta.url));
process.env.NODE_COMPILE_CACHE ??= compileCache;
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);

const root = projectRoot();
const validation = validateInWorker(root, buildToday());
validation.catch(() => {}); // handled by buildSite; until it is loaded a failure must not count as unhandled
const { buildSite } = await import("./build-site.ts");
await buildSite(root, validation);
