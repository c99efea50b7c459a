/**
 * `<Indicator>` and `<Chart>` in a policy document that name an unknown indicator, region or
 * chart kind, or a frontmatter that cannot be read, stop the real build before Astro renders any
 * page: exit code ≠ 0, every message names the MDX file and the line (in Indonesian, or in English
 * with `--lang en`), nothing of Astro's own output shows (it starts beside the validation, which
 * runs in a worker thread), and the published dist/ stays byte for byte as it was.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite, copyProject, treeHash } from "../helpers/site.ts";
import { FIXTURE } from "./_helpers.ts";

const FILE = "content/policies/konsultasi-uji.mdx";

/** A fixture copy whose document has `from` replaced by `to`; returns it with `to`'s line. */
function broken(from: string, to: string): { root: string; line: number } {
  const root = copyProject(FIXTURE);
  const path = join(root, FILE);
  const src = readFileSync(path, "utf8");
  expect(src, `fixture no longer contains ${from}`).toContain(from);
  const out = src.replace(from, to);
  writeFileSync(path, out);
  // A previously published site, to prove a failed build leaves it alone.
  mkdirSync(join(root, "dist/kebijakan"), { recursive: true });
  writeFileSync(join(root, "dist/index.html"), "<!doctype html><title>published</title>");
  writeFileSync(join(root, "dist/kebijakan/index.html"), "<!doctype html><title>published list</title>");
  return { root, line: out.slice(0, out.indexOf(to)).split("\n").length };
}

function failedBuild(from: string, to: string, args: string[] = [], env: Record<string, string> = {}) {
  const { root, line } = broken(from, to);
  const before = treeHash(join(root, "dist"));
  const r = buildSite(root, args, env);
  return { r, line, output: `${r.stdout}\n${r.stderr}`, before, after: treeHash(join(root, "dist")) };
}

describe("build(fixture with a broken MDX component)", () => {
  let unknownId: ReturnType<typeof failedBuild>;
  let unknownRegion: ReturnType<typeof failedBuild>;
  let unknownKind: ReturnType<typeof failedBuild>;
  let unknownIdEn: ReturnType<typeof failedBuild>;
  let badFrontmatter: ReturnType<typeof failedBuild>;
  let lateFinding: ReturnType<typeof failedBuild>;
  beforeAll(() => {
    // An unclosed quote: Astro's MDX compiler reads the frontmatter too, and fails on it with an
    // error of its own. The validation's reply is held back until Astro has certainly failed.
    badFrontmatter = failedBuild('judul: "Rancangan uji untuk konsultasi"', 'judul: "Rancangan uji untuk konsultasi', [], { TERANG_TEST_VALIDATION_DELAY_MS: "6000" });
    unknownId = failedBuild('<Indicator id="ikm" wilayah="1373" />', '<Indicator id="ikn" wilayah="1373" />');
    unknownRegion = failedBuild('<Indicator id="partisipasi" wilayah="1373" />', '<Indicator id="partisipasi" wilayah="9999" />');
    unknownKind = failedBuild('<Chart id="ikm" jenis="tren" wilayah="1373" />', '<Chart id="ikm" jenis="pai" wilayah="1373" />');
    unknownIdEn = failedBuild('<Indicator id="ikm" wilayah="1373" />', '<Indicator id="ikn" wilayah="1373" />', ["--lang", "en"]);
    // Valid data: the site goes to Astro while the documents compile; the compiler's finding (put
    // in by the test: no real document fails only there) comes six seconds later, after the pages.
    const at = '<Chart id="ikm" jenis="tren" wilayah="1373" />';
    const doc = readFileSync(join(FIXTURE, FILE), "utf8");
    const line = doc.slice(0, doc.indexOf(at)).split("\n").length;
    lateFinding = failedBuild(at, at, [], {
      TERANG_TEST_VALIDATION_DELAY_MS: "6000",
      TERANG_TEST_COMPILE_PROBLEM: JSON.stringify({ code: "policy.mdx_syntax", file: FILE, line, params: { reason: "uji" } }),
    });
  });

  it("<Indicator id> with an unknown indicator fails with the file and line, in Indonesian", () => {
    const { r, line, output } = unknownId;
    expect(r.status).not.toBe(0);
    expect(line).toBeGreaterThan(20);
    expect(output).toContain(`${FILE}, baris ${line}: Indikator "ikn" tidak ada.`);
    expect(output).toMatch(/Mungkin maksudnya "ikm"\?/);
    // One mistake, one message: the translation that points at this document is not blamed too.
    expect(output).toMatch(/\b1 kesalahan ditemukan/);
    expect(output).toMatch(/situs tidak diterbitkan/);
  });

  it("<Indicator wilayah> with an unknown region fails with the file and line", () => {
    const { r, line, output } = unknownRegion;
    expect(r.status).not.toBe(0);
    expect(output).toContain(`${FILE}, baris ${line}: Kode wilayah "9999" tidak ada di data/regions.csv.`);
  });

  it("<Chart jenis> with an unknown chart kind fails with the file and line, listing the kinds", () => {
    const { r, line, output } = unknownKind;
    expect(r.status).not.toBe(0);
    expect(output).toContain(`${FILE}, baris ${line}: Jenis grafik "pai" tidak dikenal.`);
    expect(output).toMatch(/tren, perbandingan, rincian, bullet, sparkline/);
  });

  it("--lang en reports the same error in English", () => {
    const { r, line, output } = unknownIdEn;
    expect(r.status).not.toBe(0);
    expect(output).toContain(`${FILE}, line ${line}: There is no indicator "ikn".`);
    expect(output).toMatch(/the site was not published/);
  });

  it("a frontmatter that cannot be read fails with the file and line, and nothing of Astro's output", () => {
    const { r, output } = badFrontmatter;
    expect(r.status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${FILE.replace(/\./g, "\\.")}, baris \\d+`));
    expect(output).toMatch(/situs tidak diterbitkan/);
    expect(output).not.toMatch(/\[ERROR\]|\[content\]|\[build\]|\n\s+at /);
  });

  it("a finding of the compiler that comes after the data were handed to Astro still stops the build, with the file and line", () => {
    const { r, line, output } = lateFinding;
    expect(r.status).not.toBe(0);
    expect(output).toContain(`${FILE}, baris ${line}:`);
    expect(output).toMatch(/\b1 kesalahan ditemukan/);
    expect(output).toMatch(/situs tidak diterbitkan/);
    expect(output).not.toMatch(/Data valid|\[build\]|\n\s+at /);
  });

  it("leaves the published dist/ exactly as it was", () => {
    for (const b of [unknownId, unknownRegion, unknownKind, unknownIdEn, badFrontmatter, lateFinding]) {
      expect(b.after).toEqual(b.before);
      expect(b.after.size).toBe(2);
    }
  });
});
