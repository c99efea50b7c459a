/**
 * Two real builds aimed at one dist/ (the small fixture site, two versions that differ in the
 * site's name): the second started while the first builds, and both at the same instant. One publishes, the other stops at once
 * with a clear message and touches nothing; dist/ ends up byte-identical to the winner's own build.
 * The output lives on another file system than the app when /dev/shm exists (tmpfs), so the build
 * also shows that a TERANG_DIST on another disk works.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { APP, buildSite, copyProject, lockOwnerPid, startBuild, treeHash } from "../helpers/site.ts";

const FIXTURE = resolve(APP, "tests/fixtures/site");
const OTHER_DISK = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

let a: string;
let b: string;
let siteA: string;
const made: string[] = [];
/** A fresh folder on the other disk (removed after the tests: /dev/shm is memory). */
const scratch = (prefix: string) => {
  const d = mkdtempSync(join(OTHER_DISK, prefix));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function start(root: string, dist: string) {
  const p = startBuild(root, ["--lang", "en"], { TERANG_DIST: dist });
  let err = "";
  p.stderr.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; stderr: string }>((r) => p.once("exit", (code) => r({ code, stderr: err })));
  return { pid: p.pid!, done };
}

/** A site built alone, as the reference a published dist/ must equal; returns its dist/. */
function reference(root: string): string {
  const dist = join(scratch("terang-ref-"), "dist");
  const r = buildSite(root, [], { TERANG_DIST: dist });
  expect(r.status, r.stderr).toBe(0);
  return dist;
}

const STOPPED = /Another build \(process (\d+) on .+, since .+\) is publishing into .+; this build stops and dist\/ is unchanged\. Wait for the other one to finish, then run again\./;

/** The files that differ between two built sites (missing from one, or other bytes): none when they are equal. */
function differing(x: string, y: string): string[] {
  const a = treeHash(x);
  const b = treeHash(y);
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** After a race: the work folder holds only the published site; no lock is left. */
function settled(dist: string) {
  const terang = join(dist, "..", ".terang");
  expect(readdirSync(join(terang, "dist"))).toEqual([basename(readlinkSync(dist))]);
  expect(existsSync(join(terang, "build.lock"))).toBe(false);
}

beforeAll(() => {
  a = copyProject(FIXTURE);
  b = copyProject(FIXTURE);
  const yml = join(b, "data/situs.yml");
  writeFileSync(yml, readFileSync(yml, "utf8").replace('en: "Terang Test"', 'en: "Terang Second Build"'));
  siteA = reference(a);
});

describe("two builds into one dist/", () => {
  it("the second started while the first builds: it stops at once with a clear message, and dist/ is the first build's site byte for byte", async () => {
    const dist = join(scratch("terang-race-"), "dist");
    const first = start(a, dist);
    // Until the first holds the lock (a fixed delay stopped working once the small fixture's whole
    // build took less than it: the second then simply built after the first).
    const lock = join(dist, "..", ".terang", "build.lock");
    const began = Date.now();
    while (lockOwnerPid(lock) !== first.pid) {
      if (Date.now() - began > 120_000) throw new Error("the first build never took the lock");
      await new Promise((r) => setTimeout(r, 20));
    }
    const second = start(b, dist);
    const s = await second.done;
    expect(s.code).toBe(75);
    expect(s.stderr).toMatch(STOPPED);
    expect(STOPPED.exec(s.stderr)![1]).toBe(String(first.pid));
    const f = await first.done;
    expect(f.code, f.stderr).toBe(0);
    expect(differing(dist, siteA)).toEqual([]);
    expect(readFileSync(join(dist, "en/index.html"), "utf8")).not.toContain("Terang Second Build");
    settled(dist);
  }, 240_000);

  it("started at the same instant: exactly one publishes, and dist/ is byte-identical to that build's own output", async () => {
    const dist = join(scratch("terang-race-"), "dist");
    const builds = [start(a, dist), start(b, dist)];
    const [ra, rb] = await Promise.all(builds.map((x) => x.done));
    expect([ra!.code, rb!.code].sort()).toEqual([0, 75]);
    const loser = ra!.code === 75 ? ra! : rb!;
    expect(loser.stderr).toMatch(STOPPED);
    // The winner's site, byte for byte: the first version's reference, or the second's built alone.
    const winner = ra!.code === 0 ? siteA : reference(b);
    expect(differing(dist, winner)).toEqual([]);
    expect(readFileSync(join(dist, "en/index.html"), "utf8").includes("Terang Second Build")).toBe(rb!.code === 0);
    expect([...treeHash(dist).keys()].length).toBeGreaterThan(20);
    settled(dist);
  }, 240_000);
});
