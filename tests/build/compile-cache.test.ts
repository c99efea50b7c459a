/**
 * Node's compile cache is on before the build's first TypeScript loads (scripts/compile-cache-on.mjs),
 * and pruned of what no build has read for a month (scripts/compile-cache.ts).
 */
import { describe, it, expect } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pruneCompileCache, pruneDaily } from "../../scripts/compile-cache.ts";
import { APP } from "../helpers/site.ts";
import { BUILD_NODE_FLAGS } from "../../scripts/node-flags.mjs";

const DAY = 86_400_000;

/** A cache entry last read and written `days` ago. */
function entry(folder: string, name: string, days: number): string {
  mkdirSync(folder, { recursive: true });
  const p = join(folder, name);
  writeFileSync(p, "code cache");
  const at = new Date(Date.now() - days * DAY);
  utimesSync(p, at, at);
  return p;
}

describe("pruneCompileCache", () => {
  it("removes the entries unread for longer than the limit, and version folders left empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-cc-"));
    const current = join(dir, "v24.21.0-x64-aaaa-0");
    const gone = join(dir, "v24.12.0-x64-bbbb-0");
    const fresh = entry(current, "00000001", 2);
    const stale = entry(current, "00000002", 40);
    const old1 = entry(gone, "00000003", 45);
    const old2 = entry(gone, "00000004", 31);
    expect(pruneCompileCache(dir)).toBe(3);
    expect(existsSync(fresh)).toBe(true);
    expect([stale, old1, old2].filter(existsSync)).toEqual([]);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(current)).toBe(true);
  });

  it("keeps an entry written long ago but read lately", () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-cc-"));
    const p = entry(join(dir, "v24"), "00000001", 90);
    utimesSync(p, new Date(Date.now() - 1 * DAY), new Date(Date.now() - 90 * DAY));
    expect(pruneCompileCache(dir)).toBe(0);
    expect(existsSync(p)).toBe(true);
  });

  it("is no error when there is no cache yet", () => {
    expect(pruneCompileCache(join(tmpdir(), "terang-cc-none", "x"))).toBe(0);
  });
});

describe("pruneDaily", () => {
  it("prunes at most once a day", () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-cc-"));
    const first = entry(join(dir, "v24"), "00000001", 40);
    expect(pruneDaily(dir)).toBe(1);
    expect(existsSync(first)).toBe(false);
    // An hour later another stale entry waits for the next day's run…
    const second = entry(join(dir, "v24"), "00000002", 40);
    expect(pruneDaily(dir, DAY, Date.now() + 3_600_000)).toBe(0);
    expect(existsSync(second)).toBe(true);
    // …which removes it.
    expect(pruneDaily(dir, DAY, Date.now() + DAY + 60_000)).toBe(1);
    expect(existsSync(second)).toBe(false);
  });
});

describe("the compile cache at start-up", () => {
  // Runs an entry point twice on an empty cache (`cache`, given as NODE_COMPILE_CACHE; null: none set
  // at all) and says, for each run, whether Node read `module`'s stripped TypeScript (a file under
  // scripts/) from the cache rather than stripping it again.
  const fromCache = (entry: string, cache: string | null, module = "validate.ts", more: NodeJS.ProcessEnv = {}) => {
    const { NODE_COMPILE_CACHE: _, ...env } = process.env;
    const read = new RegExp(`transpile cache for StrippedTypeScript \\S*/scripts/${module.replace(".", "\\.")}\\.\\.\\.success`);
    return [1, 2].map(() => {
      const r = spawnSync(process.execPath, [join(APP, entry), "--lang", "en"], {
        cwd: APP,
        encoding: "utf8",
        env: { ...env, ...(cache ? { NODE_COMPILE_CACHE: cache } : {}), TERANG_ROOT: join(APP, "tests/fixtures/site"), TERANG_TODAY: "2026-11-23", NODE_DEBUG_NATIVE: "COMPILE_CACHE", ...more },
      });
      expect(r.status, r.stderr).toBe(0);
      return read.test(r.stdout + r.stderr);
    });
  };

  it("reads the TypeScript entry point from the cache from the second run on, when started as the npm scripts start it", () => {
    expect(fromCache("scripts/validate.mjs", mkdtempSync(join(tmpdir(), "terang-cc-start-")))).toEqual([false, true]);
    // Started at the TypeScript itself (and no NODE_COMPILE_CACHE set by the user), the entry is
    // stripped at every run: the cache is turned on only after it has loaded.
    expect(fromCache("scripts/validate.ts", null)).toEqual([false, false]);
  });

  it("is written by a build, which ends with process.exit() (scripts/build.ts)", () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-cc-build-"));
    try {
      expect(fromCache("scripts/build.mjs", join(dir, "cache"), "build.ts", { TERANG_DIST: join(dir, "dist") })).toEqual([false, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("is how the npm scripts, the bench and the tests start the build (with the build's Node flags) and the validation", () => {
    const pkg = JSON.parse(readFileSync(join(APP, "package.json"), "utf8")) as { scripts: Record<string, string> };
    // One list of flags (scripts/node-flags.mjs): npm's script spells it out, the others import it.
    expect(BUILD_NODE_FLAGS.length).toBeGreaterThan(0);
    expect(pkg.scripts.build).toBe(`node ${BUILD_NODE_FLAGS.join(" ")} scripts/build.mjs`);
    expect(pkg.scripts.validate).toBe("node scripts/validate.mjs");
    // The compile cache first; mimalloc's huge pages turned off before the build's modules load.
    expect(readFileSync(join(APP, "scripts/build.mjs"), "utf8")).toMatch(/^import "\.\/compile-cache-on\.mjs";\n[^]*^process\.env\.MIMALLOC_ALLOW_THP \?\?= "0";\nawait import\("\.\/build\.ts"\);$/m);
    const bench = readFileSync(join(APP, "scripts/bench.ts"), "utf8");
    expect(bench).toContain('[...BUILD_NODE_FLAGS, join(app, "scripts", "build.mjs")]');
    expect(bench).toContain('[join(app, "scripts", "validate.mjs")]');
    // The tests' builds all go through one argument list (tests/helpers/site.ts `buildArgs`).
    const helpers = readFileSync(join(APP, "tests/helpers/site.ts"), "utf8");
    expect(helpers).toContain('[...BUILD_NODE_FLAGS, join(APP, "scripts/build.mjs"), ...args]');
    expect(helpers.match(/buildArgs\(args\)/g)).toHaveLength(2);
    expect(helpers.match(/scripts\/build\.mjs/g)).toHaveLength(1);
  });
});
