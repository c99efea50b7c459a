/**
 * Node's compile cache is pruned of what no build has read for a month (scripts/compile-cache.ts).
 */
import { describe, it, expect } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pruneCompileCache, pruneDaily } from "../../scripts/compile-cache.ts";

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
