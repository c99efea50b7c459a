/**
 * `npm run build` (started from scripts/build.mjs, which turns Node's compile cache on first):
 * validate everything, build the site in a scratch folder, then swap it in as `dist/` whole. On
 * any error nothing is written to `dist/` (scripts/build-site.ts).
 *
 * The validation starts first, in a worker thread (scripts/validate-start.ts), and the modules of
 * the build are loaded after it: at a thousand indicators Astro waits for the data before it
 * renders any page, so the half second those modules take to load was half a second more of
 * waiting.
 */
import { projectRoot } from "./cli.ts";
import { buildToday } from "../src/lib/data/staleness.ts";
import { validateInWorker } from "./validate-start.ts";
// Importing it turns Node's compile cache on (scripts/compile-cache-on.mjs), for this process and
// its workers, when the entry point (scripts/build.mjs) has not already: run as `node
// scripts/build.ts`, the modules above were stripped and compiled without it.
import "./compile-cache.ts";

const root = projectRoot();
const validation = validateInWorker(root, buildToday());
// Handled by buildSite; until it is loaded a failure must not count as unhandled.
validation.data.catch(() => {});
validation.full.catch(() => {});
const { buildSite } = await import("./build-site.ts");
await buildSite(root, validation);
// The site is published: exit at once. Left to end by itself, Node would first dispose of its
// JavaScript environment and free the heaps piece by piece (the process holds over 800 MB at
// 100 indicators); process.exit() skips that and still writes the compile cache (a test checks
// it). From "Site published" to the process's end: 0.17 s instead of 0.26 s at 100 × 20 (means of
// nine alternated pairs on the bench machine). Everything the build does is awaited above, and
// output to a pipe or a file is written synchronously on Linux.
process.exit();
