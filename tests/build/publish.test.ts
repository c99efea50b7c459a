/**
 * Atomic publishing, tested on real builds: bad data never touches an existing dist/, and an
 * interrupted build (SIGINT or SIGKILL) leaves it byte-for-byte as it was.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { appendFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { APP, copyProject, buildSite, lockOwnerPid, startBuild, treeHash } from "../helpers/site.ts";

let root: string;
let dist: string;
let before: Map<string, string>;
// Node's compile cache of the first build and of the one after the killed build, in a folder of their own.
const compileCache = mkdtempSync(join(tmpdir(), "terang-compile-cache-"));
const cacheEntries = () => readdirSync(compileCache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
let entriesAfterFirst: number;

beforeAll(() => {
  root = copyProject();
  dist = join(root, "dist");
  const first = buildSite(root, [], { NODE_COMPILE_CACHE: compileCache });
  expect(first.status, first.stderr).toBe(0);
  before = treeHash(dist);
  entriesAfterFirst = cacheEntries();
});

/** The working folders under the app's .astro/ whose lock (`<folder>.lock`) the build with process id `pid` holds. */
function workFoldersOf(pid: number | undefined): string[] {
  const astro = join(APP, ".astro");
  return readdirSync(astro).filter((n) => n.startsWith("build-") && !n.includes(".lock") && lockOwnerPid(join(astro, `${n}.lock`)) === pid);
}

function waitForAstro(child: ReturnType<typeof startBuild>, root: string): Promise<void> {
  // Wait until the scratch build folder exists: Astro is writing the new site.
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const work = join(root, ".terang", "dist");
      if (existsSync(work) && readdirSync(work).some((n) => n.startsWith("build-"))) return resolve();
      if (child.exitCode !== null) return reject(new Error(`build ended early (${child.exitCode})`));
      if (Date.now() - started > 120_000) return reject(new Error("build never started writing"));
      setTimeout(tick, 50);
    };
    tick();
  });
}

describe("npm run build (atomic publish)", () => {
  it("build(valid data) writes a complete dist/ with the home pages in both languages", () => {
    expect(before.has("index.html")).toBe(true);
    expect(before.has("en/index.html")).toBe(true);
    expect(before.has("404.html")).toBe(true);
    // dist/ is a link to the published site in .terang/dist/ (swapped in by one rename).
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readlinkSync(dist)).toMatch(/^\.terang\/dist\/site-\d+-\d+$/);
  });

  it("build(broken CSV) exits non-zero, prints the error, and leaves dist/ byte-for-byte unchanged", () => {
    // A copy of the project with one bad value, built into the dist/ the first build published.
    const broken = copyProject(root);
    const csv = join(broken, "data/indicators/ikm.csv");
    const header = readFileSync(csv, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0]!.split(",");
    const cell = (h: string) => (h === "periode" ? "2025-S1" : h === "kode_wilayah" ? "1373" : h === "nilai" ? "74%" : "");
    appendFileSync(csv, `\n${header.map(cell).join(",")}\n`);
    const r = buildSite(broken, [], { TERANG_DIST: dist });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/data\/indicators\/ikm\.csv, baris \d+, kolom nilai \([A-Z]\): "74%"/);
    expect(treeHash(dist)).toEqual(before);
  });

  it("build killed with SIGKILL while Astro writes leaves dist/ unchanged, and the next build recovers", async () => {
    const child = startBuild(root);
    await waitForAstro(child, root);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(treeHash(dist)).toEqual(before);
    // The killed build left its working folder and its lock behind (it had no chance to clean up).
    expect(workFoldersOf(child.pid)).toHaveLength(1);
    expect(readFileSync(join(root, ".terang", "build.lock"), "utf8")).toContain(`"pid":${child.pid}`);
    // A cache folder an older build left in the temp folder two days ago (builds no longer make them).
    const oldCache = mkdtempSync(join(tmpdir(), "terang-cache-"));
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(oldCache, twoDaysAgo, twoDaysAgo);
    const published = basename(readlinkSync(dist));
    const again = buildSite(root, [], { NODE_COMPILE_CACHE: compileCache });
    expect(again.status, again.stderr).toBe(0);
    // Astro's working folder has the same path at every build into this dist/, so Node's compile
    // cache finds the chunks of Astro's bundle where the first build left them: at most the
    // bundle's entry, which holds a fresh key at every build, is new (before: about 120 entries).
    expect(entriesAfterFirst).toBeGreaterThan(100);
    expect(cacheEntries() - entriesAfterFirst).toBeLessThanOrEqual(2);
    expect(existsSync(oldCache)).toBe(false);
    // The next build took the dead build's lock over and released its own; it deleted the killed
    // build's half-written site and kept the site it published and the one it replaced (for a
    // reader still inside it, until the next build).
    expect(existsSync(join(root, ".terang", "build.lock"))).toBe(false);
    expect(readdirSync(join(root, ".terang", "dist")).sort()).toEqual([basename(readlinkSync(dist)), published].sort());
    // …and clears the working folder the killed build left under the app's .astro/.
    expect(workFoldersOf(child.pid)).toEqual([]);
  }, 120_000); // two builds: allow for a loaded machine

  it("build interrupted with SIGINT exits 130, removes its scratch folder and leaves dist/ unchanged", async () => {
    const now = treeHash(dist);
    const child = startBuild(root);
    await waitForAstro(child, root);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
    expect(code).toBe(130);
    expect(treeHash(dist)).toEqual(now);
    expect(readdirSync(join(root, ".terang", "dist")).filter((n) => n.startsWith("build-"))).toEqual([]);
  });
});
