/** A build outside any git checkout says plainly that there is no revision history. */
import { it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { APP, buildSite, copyProject, readPage } from "../helpers/site.ts";

let dist: string;

beforeAll(() => {
  const root = copyProject(join(APP, "tests/fixtures/site"));
  // The copy lives in the temp folder: no git work tree above it.
  expect(spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: root }).status).not.toBe(0);
  dist = join(root, "dist");
  const r = buildSite(root);
  expect(r.status, r.stderr).toBe(0);
});

it("indicator pages say there is no history, in both languages, and list no revision", () => {
  const id = readPage(dist, "indikator/ikm/");
  expect(id).toContain("Riwayat revisi tidak tersedia: situs ini dibangun di luar repositori git");
  expect(id).not.toContain('data-revisions="list"');
  expect(readPage(dist, "en/indicators/ikm/")).toContain("No revision history is available: this site was built outside a git repository");
});

it("the data-changes page says so too, and its feed has no item", async () => {
  expect(readPage(dist, "perubahan-data/")).toContain("Riwayat revisi tidak tersedia");
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(join(dist, "en/data-changes/rss.xml"), "utf8")).not.toContain("<item>");
});
