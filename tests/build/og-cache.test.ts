/**
 * Share images are drawn in worker threads and cached between builds by a hash of what they show
 * (scripts/og-images.ts): a second build of the same data draws none and publishes the same
 * bytes; a changed indicator gets its images redrawn while every other image is reused; the cache
 * keeps only what the latest build used.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { APP, TODAY, copyProject, buildSite, treeHash } from "../helpers/site.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { startOgImages } from "../../scripts/og-images.ts";

const FIXTURE = resolve(APP, "tests/fixtures/site");
// The fixture has two indicators: two images each (id, en) and the site's default per language.
const IMAGES = 2 * 2 + 2;

let root: string;
let dist: string;
let cache: string;

/** Builds in English and reads the build's share-image line. */
function build(): { drawn: number; reused: number; workers: number } {
  const r = buildSite(root, ["--lang", "en"]);
  expect(r.status, r.stderr).toBe(0);
  const m = /Share images: (\d+) drawn \((\d+) workers?, \d+ ms\), (\d+) from the cache/.exec(r.stdout);
  expect(m, r.stdout).not.toBeNull();
  return { drawn: Number(m![1]), workers: Number(m![2]), reused: Number(m![3]) };
}
const ogFiles = () => new Map([...treeHash(join(dist, "og"))]);
const cacheEntries = () => readdirSync(cache).sort();
const mtimes = () => new Map(cacheEntries().map((f) => [f, statSync(join(cache, f)).mtimeMs]));

beforeAll(() => {
  root = copyProject(FIXTURE);
  dist = join(root, "dist");
  cache = join(root, ".terang", "cache", "og");
});

// Each test runs a whole build: allow a loaded two-core machine its time.
const BUILD_MS = 240_000;

describe("share images cache", () => {
  let first: Map<string, string>;

  it("a first build draws every image in a worker, into the cache next to dist", () => {
    const r = build();
    expect(r).toMatchObject({ drawn: IMAGES, reused: 0 });
    expect(r.workers).toBeGreaterThanOrEqual(1);
    first = ogFiles();
    expect(first.size).toBe(IMAGES);
    expect(cacheEntries()).toHaveLength(IMAGES);
    expect(cacheEntries().every((f) => /^[0-9a-f]{32}\.png$/.test(f))).toBe(true);
  }, BUILD_MS);

  it("a second build of the same data draws nothing and publishes the same images", () => {
    const before = mtimes();
    // The pool still starts (it writes the open-data files), but draws nothing.
    expect(build()).toMatchObject({ drawn: 0, reused: IMAGES });
    expect(ogFiles()).toEqual(first);
    expect(mtimes()).toEqual(before);
  }, BUILD_MS);

  it("a changed indicator is redrawn (its hash changes), every other image is reused, the old entries are dropped", () => {
    const before = new Set(cacheEntries());
    const yml = join(root, "data/indicators/ikm.yml");
    writeFileSync(yml, readFileSync(yml, "utf8").replace('en: "Public satisfaction index"', 'en: "Public satisfaction index (revised)"'));
    expect(build()).toMatchObject({ drawn: 1, reused: IMAGES - 1 });
    const now = ogFiles();
    for (const [file, hash] of first) {
      if (file === "indikator-ikm-en.png") expect(hash, file).not.toBe(now.get(file));
      else expect(hash, file).toBe(now.get(file));
    }
    const after = new Set(cacheEntries());
    expect(after.size).toBe(IMAGES);
    expect([...after].filter((f) => !before.has(f))).toHaveLength(1);
  }, BUILD_MS);

  it("a build whose images cannot be cached fails and leaves dist/ as it was", () => {
    const before = treeHash(dist);
    rmSync(cache, { recursive: true, force: true });
    writeFileSync(cache, "not a folder");
    const r = buildSite(root, ["--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Build failed; dist\/ is unchanged/);
    expect(treeHash(dist)).toEqual(before);
    rmSync(cache, { force: true });
  }, BUILD_MS);
});

describe("share image workers", () => {
  it("reject what the build awaits before the swap when an image cannot be written", async () => {
    const v = validateProject(FIXTURE, { today: new Date(`${TODAY}T00:00:00Z`) });
    const dir = mkdtempSync(join(tmpdir(), "terang-og-"));
    const cacheDir = join(dir, "og");
    const og = startOgImages(v.site!, { cacheDir, host: "example.org", workers: 1 });
    // The workers are still starting: take their folder away.
    rmSync(cacheDir, { recursive: true, force: true });
    await expect(og.done).rejects.toThrow(/could not be drawn/);
    rmSync(dir, { recursive: true, force: true });
  }, BUILD_MS);
});
