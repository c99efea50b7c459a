/**
 * Node's command-line flags for the build: `npm run build` (package.json), the bench
 * (scripts/bench.ts) and the tests' builds (tests/helpers/site.ts) start scripts/build.mjs with
 * them. V8's flags cannot go in NODE_OPTIONS, and set from inside the build with
 * `v8.setFlagsFromString` this one did not take (measured: V8's helper threads used as much CPU as
 * without it), so it is given on the command line; a test checks that package.json gives these.
 *
 * `--max-opt=2`: hot code is optimised by Maglev, V8's quick optimising compiler, and not also by
 * TurboFan, its slow one. A build runs much code a little: at 100 × 20, TurboFan's compilations
 * were about a tenth of the build's CPU time (`perf record`), on V8's helper threads, which take
 * the cores Astro's thread waits for; without them the build took about 1 s less CPU in all and
 * its wall time fell with it (bench/README.md, nineteenth round). A build started without the flag
 * (`node scripts/build.mjs`) works the same, a little slower.
 *
 * Tried and not kept (twenty-first round): `--turbo-filter=toIndexed`, which leaves TurboFan to the
 * share cards' palette pass only. That pass ran faster (4.0–4.4 ms a card instead of 6.5–7.9 ms),
 * but Astro's thread took 7.4–9.8 s of CPU at 100 × 20 against 7.1–7.6 s with `--max-opt=2`, and
 * the builds 12.8–12.9 s against 10.8–11.1 s (medians of two alternated bench runs each).
 */
export const BUILD_NODE_FLAGS = ["--max-opt=2"];
