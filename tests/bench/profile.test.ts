/**
 * The bench's CPU-profile summary (scripts/bench/profile.ts): self time per function from the
 * samples and their time deltas, added over every thread's .cpuprofile, grouped by package, Node
 * module, app source folder or V8; idle time kept apart; a truncated file skipped, not fatal.
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { summarizeProfiles, whereOf, profileText } from "../../scripts/bench/profile.ts";

const app = "/srv/app";
const dir = mkdtempSync(join(tmpdir(), "terang-bench-prof-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const frame = (functionName: string, url = "", lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0, scriptId: "0" });
const file = (p: string) => pathToFileURL(p).href;

describe("whereOf", () => {
  it("names packages, Node modules, app folders, Astro's bundle and V8", () => {
    const w = (url: string, fn = "f") => whereOf(frame(fn, url), [app]);
    expect(w(file("/srv/app/node_modules/astro/dist/core/render.js"))).toBe("astro");
    expect(w(file("/srv/app/node_modules/@napi-rs/canvas/index.js"))).toBe("@napi-rs/canvas");
    expect(w(file("/srv/app/node_modules/.pnpm/x/node_modules/d3-scale/src/linear.js"))).toBe("d3");
    expect(w("/srv/app/node_modules/yaml/dist/index.js")).toBe("yaml"); // CommonJS: a path, no file://
    expect(w("node:zlib")).toBe("node:zlib");
    expect(w("node:internal/modules/esm/loader")).toBe("node:modules");
    expect(w(file("/srv/app/src/lib/charts/svg.ts"))).toBe("src/lib/charts");
    expect(w(file("/srv/app/src/lib/og-render.ts"))).toBe("src/lib/og-render.ts");
    expect(w(file("/srv/app/scripts/og-worker.ts"))).toBe("scripts/og-worker.ts");
    expect(w(file("/srv/app/.astro/build/.prerender/chunks/Base_qMEK7hAJ.mjs"))).toBe("Astro bundle: Base");
    expect(w("", "(garbage collector)")).toBe("V8: garbage collection");
    expect(w("", "(idle)")).toBe("(idle)");
    expect(w("wasm://wasm/0012abcd")).toBe("WebAssembly");
  });
});

describe("summarizeProfiles", () => {
  // Main thread: root → main (app) → render (astro), plus GC and idle. Ticks 1 ms apart except
  // where noted; tick i lasts until tick i + 1.
  const main = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), hitCount: 0, children: [2, 3, 4, 5] },
      { id: 2, callFrame: frame("main", file("/srv/app/src/lib/charts/scene.ts"), 9), hitCount: 0, children: [6] },
      { id: 3, callFrame: frame("(garbage collector)"), hitCount: 0 },
      { id: 4, callFrame: frame("(idle)"), hitCount: 0 },
      { id: 5, callFrame: frame("(program)"), hitCount: 0 },
      { id: 6, callFrame: frame("render", file("/srv/app/node_modules/astro/dist/render.js"), 41), hitCount: 0 },
    ],
    startTime: 0,
    endTime: 10_000,
    // samples:        6     6     2     3     4     4     6
    // lasts (µs):  1000  1000  1000  2000  3000  1000  1000 (the last as long as its own delta)
    samples: [6, 6, 2, 3, 4, 4, 6],
    timeDeltas: [0, 1000, 1000, 1000, 2000, 3000, 1000],
  };
  const worker = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), hitCount: 0, children: [2] },
      { id: 2, callFrame: frame("deflate", "node:zlib", 99), hitCount: 3 },
    ],
    startTime: 0,
    endTime: 6_000,
    // no samples: hit counts × the mean interval (6 ms / 3 hits)
  };

  it("adds self time over threads, by place and by function, without idle", () => {
    writeFileSync(join(dir, "CPU.20261130.120000.42.0.001.cpuprofile"), JSON.stringify(main));
    writeFileSync(join(dir, "CPU.20261130.120001.42.1.002.cpuprofile"), JSON.stringify(worker));
    writeFileSync(join(dir, "CPU.20261130.120002.42.2.003.cpuprofile"), '{"nodes": [');
    writeFileSync(join(dir, "notes.txt"), "not a profile");
    const s = summarizeProfiles(dir, [app]);
    expect(s.unreadable).toEqual(["CPU.20261130.120002.42.2.003.cpuprofile"]);
    // Main: astro 1 + 1 + 1 (ticks 0, 1, 6), app 1 (tick 2), GC 2 (tick 3); idle 3 + 1 (ticks 4, 5).
    expect(s.threads.map((t) => [t.thread, t.cpuMs, t.idleMs])).toEqual([
      [0, 6, 4],
      [1, 6, 0],
    ]);
    expect(s.cpuMs).toBe(12);
    expect(s.idleMs).toBe(4);
    const where = Object.fromEntries(s.byWhere.map((e) => [e.name, e.ms]));
    expect(where).toEqual({ "node:zlib": 6, astro: 3, "V8: garbage collection": 2, "src/lib/charts": 1 });
    expect(s.byWhere[0]).toMatchObject({ name: "node:zlib", share: 0.5 });
    expect(s.byFunction.map((f) => f.name)).toEqual(["deflate node:zlib:100", "render astro › render.js:42", "(garbage collector)", "main src/lib/charts › scene.ts:10"]);
    expect(profileText(s)).toMatch(/2 thread\(s\) \(1 main, 1 worker\), 0\.0 s of CPU sampled/);
  });
});
