/**
 * The revision log on a real git history made here: the fixture site is committed, a value is
 * changed, one added and one removed in a second commit, then the real build runs in that
 * checkout. The indicator page, the data-changes page and the feed show each change "from X to Y"
 * with its date.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APP, buildSite, copyProject, readPage } from "../helpers/site.ts";
import { diffObservations, indicatorHistory, versionsOf } from "../../src/lib/revisions.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { parsePeriod } from "../../src/lib/data/period.ts";

const FIXTURE = join(APP, "tests/fixtures/site");
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ");

let root: string;
let dist: string;

function git(args: string[], date?: string, cwd = root) {
  execFileSync("git", args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: "Staf Data", GIT_AUTHOR_EMAIL: "staf@example.go.id", GIT_COMMITTER_NAME: "Staf Data", GIT_COMMITTER_EMAIL: "staf@example.go.id", ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    stdio: "pipe",
  });
}

beforeAll(() => {
  root = copyProject(FIXTURE);
  dist = join(root, "dist");
  writeFileSync(join(root, ".gitignore"), "dist/\ndist.*/\n.terang/\n");
  git(["init", "-q", "-b", "main"]);
  git(["add", "."]);
  git(["commit", "-q", "-m", "Data awal"], "2026-03-02T09:00:00+07:00");
  const csv = join(root, "data/indicators/ikm.csv");
  const before = readFileSync(csv, "utf8");
  // Sawahlunto 2025-S2: 80.5 → 81.75; 2026-S1: not available → 77; Solok 2025-S2 (86) removed.
  const after = before
    .replace("2025-S2,1373,80.5,", "2025-S2,1373,81.75,Revisi setelah verifikasi")
    .replace("2026-S1,1373,,Survei ditunda", "2026-S1,1373,77,")
    .replace("2025-S2,1372,86,\n", "");
  expect(after).not.toBe(before);
  writeFileSync(csv, after);
  // The subject is for maintainers; the trailer is the public note readers see.
  git(["commit", "-q", "-am", "Revisi IKM Sawahlunto 2025-S2 (fix #12, lihat tiket)", "-m", "Catatan-publik: Nilai Sawahlunto diperbaiki setelah verifikasi ulang survei."], "2026-09-15T14:30:00+07:00");
  const r = buildSite(root);
  expect(r.status, r.stderr).toBe(0);
});

describe("revision log from the repository's history", () => {
  it("the indicator page shows each change from X to Y with the date of its commit", () => {
    const id = text(readPage(dist, "indikator/ikm/"));
    expect(id).toMatch(/Riwayat revisi data/);
    expect(id).toMatch(/15 September 2026 · “?Nilai Sawahlunto diperbaiki setelah verifikasi ulang survei\./);
    // Never the commit message, nor a hash, to readers.
    expect(id).not.toMatch(/Revisi IKM Sawahlunto 2025-S2|Data awal|fix #12|versi [0-9a-f]{7}/);
    const hashes = execFileSync("git", ["log", "--format=%H"], { cwd: root, encoding: "utf8" }).trim().split("\n");
    for (const h of hashes) expect(id).not.toContain(h.slice(0, 7));
    // Every value of the indicator is written with its one precision: 81.75 makes it two decimals.
    expect(id).toMatch(/Semester II 2025 Kota Sawahlunto diubah dari 80,50 menjadi 81,75/);
    expect(id).toMatch(/Semester I 2026 Kota Sawahlunto diubah dari tidak tersedia menjadi 77,00/);
    expect(id).toMatch(/Semester II 2025 Kota Solok dihapus \(sebelumnya 86,00\)/);
    expect(id).toMatch(/0 ditambahkan, 2 diubah, 1 dihapus/);
    // The first commit is the first publication, with its date.
    expect(id).toMatch(/2 Maret 2026 Pertama diterbitkan dengan 5 nilai\./);
    const enHtml = readPage(dist, "en/indicators/ikm/");
    const en = text(enHtml);
    // The note exists in Indonesian only: marked as such on the English page.
    expect(enHtml).toMatch(/<q lang="id"[^>]*>Nilai Sawahlunto diperbaiki setelah verifikasi ulang survei\.<\/q><span class="untranslated"[^>]*>\(in Indonesian\)<\/span>/);
    expect(en).not.toMatch(/Revisi IKM|Data awal|version [0-9a-f]{7}/);
    expect(en).toMatch(/H2 2025 Kota Sawahlunto changed from 80.50 to 81.75/);
    expect(en).toMatch(/15 September 2026/);
  });

  it("an indicator whose file did not change since its first commit says it was never revised", () => {
    const page = text(readPage(dist, "indikator/partisipasi/"));
    expect(page).toMatch(/Pertama diterbitkan dengan \d+ nilai\. Belum ada nilai yang direvisi sejak itu\./);
  });

  it("the data-changes page and its feed list the revision, newest first", () => {
    const page = text(readPage(dist, "perubahan-data/"));
    const first = page.indexOf("Kota Sawahlunto, Semester II 2025: diubah dari 80,50 menjadi 81,75");
    expect(first).toBeGreaterThan(-1);
    expect(page.indexOf("15 September 2026")).toBeLessThan(page.indexOf("2 Maret 2026"));
    const en = text(readPage(dist, "en/data-changes/"));
    expect(en).toMatch(/Kota Sawahlunto, H2 2025: changed from 80.50 to 81.75/);
    const rss = readFileSync(join(dist, "perubahan-data/rss.xml"), "utf8");
    const item = /<item>([\s\S]*?)<\/item>/.exec(rss)![1]!;
    expect(item).toMatch(/<title>Indeks Kepuasan Masyarakat: 0 ditambahkan, 2 diubah, 1 dihapus<\/title>/);
    expect(item).toMatch(/<link>https:\/\/terang\.example\.go\.id\/indikator\/ikm\/#revisi-[0-9a-f]{10}<\/link>/);
    expect(item).toMatch(/<pubDate>Tue, 15 Sep 2026 07:30:00 GMT<\/pubDate>/);
    expect(item).toMatch(/diubah dari 80,50 menjadi 81,75/);
    expect(item).toMatch(/Nilai Sawahlunto diperbaiki setelah verifikasi ulang survei/);
    expect(item).not.toMatch(/Revisi IKM Sawahlunto|fix #12/);
    expect(page).not.toMatch(/Revisi IKM Sawahlunto|fix #12|Data awal/);
    // The link's anchor exists on the indicator page.
    const anchor = /#(revisi-[0-9a-f]{10})/.exec(item)![1]!;
    expect(readPage(dist, "indikator/ikm/")).toContain(`id="${anchor}"`);
  });

  it("walks at most the last N commits and says older ones are not shown", () => {
    const v = validateProject(root, { today: new Date("2026-11-23T00:00:00Z") });
    const ikm = v.site!.indicators.find((i) => i.meta.id === "ikm")!;
    const full = indicatorHistory(root, ikm, v.site!.regions, v.site!.today);
    expect(full.truncated).toBe(false);
    expect(full.revisions.map((r) => r.initial)).toEqual([false, true]);
    const capped = indicatorHistory(root, ikm, v.site!.regions, v.site!.today, 1);
    expect(capped.truncated).toBe(true);
    // Only the newest commit, compared with the one before it (not shown as a publication).
    expect(capped.revisions).toHaveLength(1);
    expect(capped.revisions[0]!.changes).toHaveLength(3);
  });
});

describe("versionsOf", () => {
  it("follows a file through a rename to its older name, and not into the file a copy came from", () => {
    const repo = mkdtempSync(join(tmpdir(), "terang-git-"));
    const at = (args: string[], date: string) => git(args, date, repo);
    const head = () => execFileSync("git", ["rev-parse", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
    mkdirSync(join(repo, "data/indicators"), { recursive: true });
    const rows = (n: number) => ["periode,kode_wilayah,nilai", ...Array.from({ length: 12 }, (_, i) => `${2010 + i},1373,${i === 0 ? n : 50 + i}`)].join("\n") + "\n";
    writeFileSync(join(repo, "data/indicators/ikm.csv"), rows(1));
    writeFileSync(join(repo, "README.md"), "x\n");
    at(["init", "-q", "-b", "main"], "2026-01-01T00:00:00Z");
    at(["add", "."], "2026-01-01T00:00:00Z");
    at(["commit", "-q", "-m", "first"], "2026-01-01T00:00:00Z");
    const first = head();
    writeFileSync(join(repo, "README.md"), "y\n");
    at(["commit", "-q", "-am", "not the data"], "2026-02-01T00:00:00Z");
    renameSync(join(repo, "data/indicators/ikm.csv"), join(repo, "data/indicators/ikm-kota.csv"));
    writeFileSync(join(repo, "data/indicators/ikm-kota.csv"), rows(2));
    at(["add", "-A"], "2026-03-01T00:00:00Z");
    at(["commit", "-q", "-m", "renamed, one value changed"], "2026-03-01T00:00:00Z");
    const renamed = head();
    writeFileSync(join(repo, "data/indicators/ikm-kota.csv"), rows(3));
    at(["commit", "-q", "-am", "changed"], "2026-04-01T00:00:00Z");
    const changed = head();
    cpSync(join(repo, "data/indicators/ikm-kota.csv"), join(repo, "data/indicators/baru.csv"));
    at(["add", "-A"], "2026-05-01T00:00:00Z");
    at(["commit", "-q", "-m", "a new indicator from a copy"], "2026-05-01T00:00:00Z");
    const copied = head();
    const seen = (path: string, limit = 50) => versionsOf(repo, path, limit).map((v) => [v.commit, v.path]);
    expect(seen("data/indicators/ikm-kota.csv")).toEqual([
      [changed, "data/indicators/ikm-kota.csv"],
      [renamed, "data/indicators/ikm-kota.csv"],
      [first, "data/indicators/ikm.csv"],
    ]);
    expect(seen("data/indicators/ikm-kota.csv", 2)).toEqual([
      [changed, "data/indicators/ikm-kota.csv"],
      [renamed, "data/indicators/ikm-kota.csv"],
    ]);
    expect(seen("data/indicators/baru.csv")).toEqual([[copied, "data/indicators/baru.csv"]]);
    expect(seen("data/indicators/tidak-ada.csv")).toEqual([]);
  });
});

describe("diffObservations", () => {
  const o = (period: string, region: string, value: number | null, dims: Record<string, string | null> = {}) => ({
    period: parsePeriod(period, "periode")!,
    region,
    dims,
    value,
    note: null,
    row: 0,
  });
  it("keys values by period, region and dimension values", () => {
    const before = [o("2024", "13", 1), o("2024", "13", 2, { modalitas: "daring" }), o("2025", "13", 3)];
    const after = [o("2024", "13", 1), o("2024", "13", 5, { modalitas: "daring" }), o("2024", "13", 4, { modalitas: "luring" })];
    const changes = diffObservations(before, after, ["modalitas"]);
    expect(changes.map((c) => [c.kind, c.period.code, c.dims.modalitas ?? null, c.from, c.to])).toEqual([
      ["changed", "2024", "daring", 2, 5],
      ["added", "2024", "luring", null, 4],
      ["removed", "2025", null, 3, null],
    ]);
  });
});
