/**
 * Node's command-line flags for the build: `npm run build` (package.json), the bench
 * (scripts/bench.ts) and the tests' builds (tests/helpers/site.ts) start scripts/build.mjs with
 * them. V8's flags cannot go in NODE_OPTIONS, and set from inside the build with
 * `v8.setFlagsFromString` `--max-opt=2` did not take (measured: V8's helper threads used as much CPU
 * as without it), so it is given on the command line; a test checks that package.json gives these.
 *
 * `--turbo-filter=toIndexed`: hot code is optimised by Maglev, V8's quick optimising compiler, and
 * by TurboFan, its slow one, only if it is the share cards' palette pass. A build runs much code a
 * little: at 100 × 20, TurboFan's compilations were about a tenth of the build's CPU time (`perf
 * record`), on V8's helper threads, which take the cores Astro's thread waits for; without them
 * the build took about 1 s less CPU in all and its wall time fell with it (bench/README.md,
 * nineteenth round, then with `--max-opt=2`, which stops TurboFan for all code). One function
 * runs long enough to repay it: `toIndexed` (src/lib/og-render.ts), a loop over each card's
 * 756,000 pixels, which took 6.5–7.9 ms a card under Maglev and 4.0–4.4 ms under TurboFan (cards
 * drawn in a loop as the share-image worker draws them; twenty-first round). The filter lets V8
 * use TurboFan for functions of that name only (seen in a build's `--perf-basic-prof` map: every
 * other optimised function Maglev's); a test checks that the function still has that name. A
 * build started without the flag (`node scripts/build.mjs`) works the same, a little slower.
 */
export const BUILD_NODE_FLAGS = ["--turbo-filter=toIndexed"];
