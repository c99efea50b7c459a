/**
 * The publishing swap and the build lock (scripts/publish.ts, scripts/build-lock.ts) without a
 * site build: small trees stand in for sites. A reader polling `dist/` while another process
 * swaps hundreds of times never finds it missing or mixed; a process killed at each step of the
 * swap leaves `dist/` whole (the old or the new site) and the next run cleans up; only one of
 * several processes taking over a dead build's lock gets it.
 */
import { describe, it, expect } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir, hostname } from "node:os";
import { APP, treeHash } from "../helpers/site.ts";
import { slotsFor, recover, newBuildDir, swapIn, publishedVersion, checkPlace, PublishError, type SwapStep } from "../../scripts/publish.ts";
import { acquireLock, LockHeld } from "../../scripts/build-lock.ts";

const PUBLISH = join(APP, "scripts/publish.ts");
const LOCK = join(APP, "scripts/build-lock.ts");

/** A small "site": an index naming it and a few pages and data files. */
function makeSite(dir: string, name: string): Map<string, string> {
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "index.html"), `<h1>${name}</h1>`);
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, "data", `${i}.csv`), `periode,nilai\n2025,${name}-${i}\n`);
  return treeHash(dir);
}

function place() {
  const parent = mkdtempSync(join(tmpdir(), "terang-swap-"));
  const slots = slotsFor(join(parent, "dist"));
  const a = makeSite(join(parent, "site-a"), "A");
  const b = makeSite(join(parent, "site-b"), "B");
  /** A built site in the scratch folder, as a build leaves it before the swap. */
  const built = (from: "site-a" | "site-b") => {
    const out = newBuildDir(slots);
    cpSync(join(parent, from), out, { recursive: true });
    return out;
  };
  return { parent, slots, a, b, built };
}

/** Runs `code` (an ES module body, imports allowed) in a child Node process. */
const child = (code: string, env: Record<string, string> = {}) =>
  spawn(process.execPath, ["--input-type=module", "-e", code], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });

describe("swapIn (dist is a link to a complete site)", () => {
  it("publishes the built site as a link; the site it replaced stays until the next build's recover(), older ones and scratch folders go", () => {
    const { slots, a, b, built } = place();
    swapIn(slots, built("site-a"));
    const first = publishedVersion(slots);
    expect(lstatSync(slots.dist).isSymbolicLink()).toBe(true);
    expect(treeHash(slots.dist)).toEqual(a);
    swapIn(slots, built("site-b"));
    const second = publishedVersion(slots);
    expect(treeHash(slots.dist)).toEqual(b);
    expect(treeHash(join(slots.work, first!))).toEqual(a);
    expect(readdirSync(slots.work).sort()).toEqual([first, second].sort());
    swapIn(slots, built("site-a"));
    expect(readdirSync(slots.work).sort()).toEqual([second, publishedVersion(slots)].sort());
    recover(slots);
    expect(readdirSync(slots.work)).toEqual([publishedVersion(slots)]);
  });

  it("an existing real dist/ folder (a site built before links) is replaced without losing it on failure", () => {
    const { parent, slots, a, b, built } = place();
    cpSync(join(parent, "site-a"), slots.dist, { recursive: true });
    expect(lstatSync(slots.dist).isDirectory()).toBe(true);
    swapIn(slots, built("site-b"));
    expect(lstatSync(slots.dist).isSymbolicLink()).toBe(true);
    expect(treeHash(slots.dist)).toEqual(b);
    expect(a).not.toEqual(b);
    expect(treeHash(join(slots.work, "previous"))).toEqual(a);
    expect(readdirSync(slots.work).sort()).toEqual([publishedVersion(slots), "previous"].sort());
  });

  // The writer waits, after each swap, until the reader has made a round of reads begun after it,
  // as real builds are minutes apart: the guarantee is for a reader whose read began before the
  // latest swap, not one descheduled across several (under load the test machine can pause the
  // reader for 8 swaps of these small sites).
  it("a reader polling dist/ while another process swaps 100 times always finds a whole site, even a read begun just before a swap", async () => {
    const { parent, slots, a, b } = place();
    const p = child(
      `import { cpSync, readSync } from "node:fs";
       import { join } from "node:path";
       import { slotsFor, newBuildDir, swapIn } from ${JSON.stringify(PUBLISH)};
       const slots = slotsFor(${JSON.stringify(slots.dist)});
       const byte = Buffer.alloc(1);
       for (let i = 0; i < 100; i++) {
         const out = newBuildDir(slots) + "-" + i;
         cpSync(join(${JSON.stringify(parent)}, i % 2 ? "site-b" : "site-a"), out, { recursive: true });
         swapIn(slots, out);
         process.stdout.write("swapped\\n");
         for (;;) { try { if (readSync(0, byte) === 1) break; } catch (e) { if (e.code !== "EAGAIN") throw e; } }
       }`,
    );
    const pages = new Set(["<h1>A</h1>", "<h1>B</h1>"]);
    let reads = 0;
    let missing = 0;
    let wrong = 0;
    let swapped = 0;
    let acked = 0;
    const errors: string[] = [];
    p.stderr.on("data", (d) => errors.push(String(d)));
    p.stdout.on("data", (d) => (swapped += String(d).split("swapped").length - 1));
    const exited = new Promise<number | null>((r) => p.once("exit", r));
    while (p.exitCode === null) {
      const seen = swapped; // swaps done before this round's first read
      for (let k = 0; k < 200 && seen > 0; k++) {
        reads++;
        try {
          const html = readFileSync(join(slots.dist, "index.html"), "utf8");
          const csv = readFileSync(join(slots.dist, "data", "19.csv"), "utf8");
          if (!pages.has(html) || !/^periode,nilai\n2025,[AB]-19\n$/.test(csv)) wrong++;
        } catch {
          missing++;
        }
      }
      if (seen > acked) p.stdin!.write("k".repeat(seen - acked));
      acked = seen;
      await new Promise((r) => setImmediate(r));
    }
    expect(await exited, errors.join("")).toBe(0);
    expect(swapped).toBe(100);
    expect(reads).toBeGreaterThanOrEqual(100 * 200);
    expect({ missing, wrong }).toEqual({ missing: 0, wrong: 0 });
    expect([a, b]).toContainEqual(treeHash(slots.dist));
  }, 60_000);

  // A process killed at each step of the swap: dist/ is the old site before the new link is
  // renamed in, the new one after; a dist/ folder parked on the first build comes back.
  const cases: [SwapStep, boolean, "old" | "new"][] = [
    ["renamed", false, "old"],
    ["linked", false, "old"],
    ["swapped", false, "new"],
    ["renamed", true, "old"],
    ["linked", true, "old"],
    ["parked", true, "old"],
    ["swapped", true, "new"],
  ];
  for (const [step, realFolder, expected] of cases) {
    it(`killed (SIGKILL) after the step "${step}"${realFolder ? " of a first swap over a real dist/ folder" : ""}: dist/ is the ${expected} site, whole, and the next run cleans up`, async () => {
      const { parent, slots, a, b, built } = place();
      if (realFolder) cpSync(join(parent, "site-a"), slots.dist, { recursive: true });
      else swapIn(slots, built("site-a"));
      const out = built("site-b");
      const p = child(
        `import { swapIn, slotsFor } from ${JSON.stringify(PUBLISH)};
         swapIn(slotsFor(${JSON.stringify(slots.dist)}), ${JSON.stringify(out)}, (s) => {
           if (s !== ${JSON.stringify(step)}) return;
           process.stdout.write("paused\\n");
           Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
         });`,
      );
      await new Promise<void>((resolve, reject) => {
        p.stdout.on("data", (d) => String(d).includes("paused") && resolve());
        p.once("exit", (c) => reject(new Error(`swap ended before pausing (${c})`)));
      });
      p.kill("SIGKILL");
      await new Promise((r) => p.once("exit", r));
      // The only moment dist/ is missing: a first swap killed between parking the real folder
      // and renaming the link in. The next run's recover() brings it back.
      if (step === "parked") expect(existsSync(slots.dist)).toBe(false);
      else expect(treeHash(slots.dist)).toEqual(expected === "old" ? a : b);
      recover(slots);
      expect(treeHash(slots.dist)).toEqual(expected === "old" ? a : b);
      const kept = publishedVersion(slots);
      expect(readdirSync(slots.work)).toEqual(kept ? [kept] : []);
      swapIn(slots, built("site-b"));
      expect(treeHash(slots.dist)).toEqual(b);
      expect(readdirSync(slots.work).sort()).toEqual([kept ?? "previous", publishedVersion(slots)].sort());
    });
  }
});

describe("checkPlace (output on another file system)", () => {
  it("refuses a dist/ that is a mount point (another file system than its parent), in both languages, before writing anything", () => {
    // /dev is a mount point (devtmpfs on Linux, devfs on macOS); the check stops before creating .terang/.
    const slots = slotsFor("/dev");
    let err: unknown;
    try {
      checkPlace(slots);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PublishError);
    expect((err as PublishError).en).toMatch(/\/dev is a mount point.*TERANG_DIST=\/dev\/site/);
    expect((err as PublishError).id).toMatch(/\/dev adalah titik kait/);
    expect(existsSync("/.terang")).toBe(false);
  });

  it("accepts a dist/ in an ordinary folder and leaves no probe behind", () => {
    const { parent, slots } = place();
    checkPlace(slots);
    expect(readdirSync(parent).filter((n) => n.includes("probe"))).toEqual([]);
    expect(readdirSync(slots.work)).toEqual([]);
  });
});

describe("acquireLock (one build at a time)", () => {
  it("a second holder is refused while the first lives, naming its process; after release the lock is free", () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-lock-"));
    const file = join(dir, "build.lock");
    const release = acquireLock(file);
    let err: unknown;
    try {
      acquireLock(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LockHeld);
    expect((err as LockHeld).owner?.pid).toBe(process.pid);
    release();
    expect(existsSync(file)).toBe(false);
    acquireLock(file)();
  });

  it("a lock from another machine is never taken over", () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-lock-"));
    const file = join(dir, "build.lock");
    writeFileSync(file, JSON.stringify({ pid: 1, host: `${hostname()}-other`, since: "2026-11-30T00:00:00Z" }));
    expect(() => acquireLock(file)).toThrow(LockHeld);
  });

  it("a dead build's lock is taken over by exactly one of six processes trying at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terang-lock-"));
    const file = join(dir, "build.lock");
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(file, JSON.stringify({ pid: Number(gone.stdout), host: hostname(), since: "2026-11-30T00:00:00Z" }));
    const go = join(dir, "go");
    const done = join(dir, "done");
    const wait = (f: string) => `while (!existsSync(${JSON.stringify(f)})) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);`;
    // Each waits for "go", tries; the one that gets the lock holds it until the others have given up.
    const code = `import { existsSync } from "node:fs";
      import { acquireLock } from ${JSON.stringify(LOCK)};
      ${wait(go)}
      try { acquireLock(${JSON.stringify(file)}); process.stdout.write("got"); const t = Date.now(); while (!existsSync(${JSON.stringify(done)}) && Date.now() - t < 20000) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); }
      catch (e) { process.stdout.write(e.constructor.name); }`;
    const kids = Array.from({ length: 6 }, () => child(code));
    let failed = 0;
    const outputs = kids.map(
      (k) =>
        new Promise<string>((r) => {
          let s = "";
          k.stdout.on("data", (d) => (s += d));
          k.once("exit", () => {
            if (s === "LockHeld" && ++failed === 5) writeFileSync(done, "");
            r(s);
          });
        }),
    );
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(go, "");
    const results = (await Promise.all(outputs)).sort();
    expect(results).toEqual(["LockHeld", "LockHeld", "LockHeld", "LockHeld", "LockHeld", "got"]);
    expect(existsSync(file)).toBe(false); // released when the holder exited
    expect(existsSync(`${file}.takeover`)).toBe(false);
  }, 30_000);
});
