import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discard, emptyTrash } from "../../scripts/bench/trash.ts";

describe("the bench's trash", () => {
  it("moves a folder and a link aside whole, leaves what a link points to, and deletes all at the end", () => {
    const root = mkdtempSync(join(tmpdir(), "terang-trash-"));
    try {
      const trash = join(root, ".trash");
      const site = join(root, ".terang", "dist", "site-1");
      mkdirSync(join(site, "indikator"), { recursive: true });
      writeFileSync(join(site, "indikator", "index.html"), "<p>x</p>");
      const dist = join(root, "dist");
      symlinkSync(site, dist);
      discard(dist, trash);
      // The link is gone from its place; the folder it pointed to is untouched.
      expect(existsSync(dist)).toBe(false);
      expect(readFileSync(join(site, "indikator", "index.html"), "utf8")).toBe("<p>x</p>");
      discard(join(root, ".terang"), trash);
      expect(existsSync(join(root, ".terang"))).toBe(false);
      discard(join(root, "missing"), trash); // nothing there: nothing moved
      const held = readdirSync(trash);
      expect(held).toHaveLength(2);
      const folder = held.find((n) => n.endsWith("-.terang"))!;
      expect(readFileSync(join(trash, folder, "dist", "site-1", "indikator", "index.html"), "utf8")).toBe("<p>x</p>");
      emptyTrash(trash);
      expect(existsSync(trash)).toBe(false);
      emptyTrash(trash); // no trash: no error
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
