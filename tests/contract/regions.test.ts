/**
 * DATA.md, regions.csv: `kode_wilayah,nama_wilayah,jenis,induk` — Kemendagri codes; `jenis` is
 * provinsi, kota, kabupaten or kecamatan; `induk` is the parent's code, empty for a province
 * (the official list itself: official-regions.test.ts).
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Papa from "papaparse";
import { checkRegions } from "../../src/lib/data/regions.ts";
import { csv, bytes, expectAccepted, expectError, codes } from "./_helpers.ts";

const FILE = "data/regions.csv";
const H = "kode_wilayah,nama_wilayah,jenis,induk";
const SAMPLE = ["13,Sumatera Barat,provinsi,", "1302,Kabupaten Solok,kabupaten,13", "1372,Kota Solok,kota,13", "1373,Kota Sawahlunto,kota,13"];
const run = (lines: string[]) => checkRegions(csv(lines), FILE);

describe("checkRegions", () => {
  it("checkRegions(the sample: 13, 1302, 1372, 1373) reads each code, name, kind and parent", () => {
    const r = run([H, ...SAMPLE]);
    expectAccepted(r);
    expect(r.regions).toEqual([
      { code: "13", name: "Sumatera Barat", kind: "provinsi", parent: null },
      { code: "1302", name: "Kabupaten Solok", kind: "kabupaten", parent: "13" },
      { code: "1372", name: "Kota Solok", kind: "kota", parent: "13" },
      { code: "1373", name: "Kota Sawahlunto", kind: "kota", parent: "13" },
    ]);
  });

  it("checkRegions(';' file with BOM, CRLF, an empty row and a quoted name) reads it like the ',' file", () => {
    const r = checkRegions(bytes([0xef, 0xbb, 0xbf], "kode_wilayah;nama_wilayah;jenis;induk\r\n13;Sumatera Barat;provinsi;\r\n\r\n1373;\"Kota Sawahlunto; kota tambang\";kota;13\r\n"), FILE);
    // The quoted name is read whole; it is not the official name, which is a warning only.
    expect(codes(r.problems)).toEqual(["warn.region_name"]);
    expect(r.regions.map((x) => [x.code, x.name])).toEqual([["13", "Sumatera Barat"], ["1373", "Kota Sawahlunto; kota tambang"]]);
  });

  it("checkRegions(code 1.373 as Excel formats it) is rejected naming row, kode_wilayah (A) and the fix", () => {
    const r = run([H, SAMPLE[0]!, "1.373,Kota Sawahlunto,kota,13"]);
    expectError(r.problems, { code: "regions.bad_code", file: FILE, row: 3, column: "kode_wilayah", letter: "A" }, { both: ['"1.373"', "1373"], id: ["Teks"], en: ["Text"] });
  });

  it("checkRegions(code 137 of three digits) is rejected as not a BPS code", () => {
    const r = run([H, SAMPLE[0]!, "137,Kota X,kota,13"]);
    expectError(r.problems, { code: "regions.bad_code", file: FILE, row: 3, column: "kode_wilayah", letter: "A" }, { en: ["2 digits for a province, 4 for a regency/city"] });
  });

  it("checkRegions(jenis `Kota`) is rejected naming column jenis (C) and the three kinds", () => {
    const r = run([H, SAMPLE[0]!, "1373,Kota Sawahlunto,Kota,13"]);
    expectError(r.problems, { code: "regions.bad_kind", file: FILE, row: 3, column: "jenis", letter: "C" }, { both: ['"Kota"', "provinsi", "kota", "kabupaten"] });
  });

  it("checkRegions(a province with a parent) is rejected naming column induk (D)", () => {
    const r = run([H, SAMPLE[0]!, "14,Riau,provinsi,13"]);
    expectError(r.problems, { code: "regions.bad_parent", file: FILE, row: 3, column: "induk", letter: "D" }, { id: ["provinsi tidak punya induk"], en: ["a province has no parent"] });
  });

  it("checkRegions(a city with no parent) is rejected naming column induk", () => {
    const r = run([H, SAMPLE[0]!, "1373,Kota Sawahlunto,kota,"]);
    expectError(r.problems, { code: "regions.bad_parent", file: FILE, row: 3, column: "induk", letter: "D" }, { en: ["a regency/city needs a parent"] });
  });

  it("checkRegions(a city whose parent is another city) is rejected", () => {
    const r = run([H, ...SAMPLE.slice(0, 3), "1373,Kota Sawahlunto,kota,1372"]);
    expectError(r.problems, { code: "regions.bad_parent", file: FILE, row: 5, column: "induk", letter: "D" }, { both: ['"1372"'], en: ["not a province code in this file"] });
  });

  it("checkRegions(a parent code missing from the file) is rejected", () => {
    const r = run([H, SAMPLE[0]!, "1471,Kota Pekanbaru,kota,14"]);
    expectError(r.problems, { code: "regions.bad_parent", file: FILE, row: 3, column: "induk", letter: "D" }, { both: ['"14"'] });
  });

  it("checkRegions(a city code that does not start with its parent's) is rejected", () => {
    const r = run([H, SAMPLE[0]!, "14,Riau,provinsi,", "1373,Kota Sawahlunto,kota,14"]);
    expectError(r.problems, { code: "regions.bad_parent", file: FILE, row: 4, column: "induk", letter: "D" }, { en: ["does not start with its parent's"] });
  });

  it("checkRegions(the same code twice) names both rows", () => {
    const r = run([H, ...SAMPLE, "", "1373,Kota Sawahlunto (lagi),kota,13"]);
    expectError(r.problems, { code: "regions.duplicate", file: FILE, row: 7, column: "kode_wilayah", letter: "A" }, { both: ['"1373"'], id: ["baris 5"], en: ["row 5"] });
  });

  it("checkRegions(an empty nama_wilayah on a code the official list lacks) is rejected naming column B", () => {
    const r = run([H, SAMPLE[0]!, "1399,,kota,13"]);
    expectError(r.problems, { code: "cell.required_empty", file: FILE, row: 3, column: "nama_wilayah", letter: "B" });
  });

  it("checkRegions(no induk column) is rejected as a missing column", () => {
    const r = run(["kode_wilayah,nama_wilayah,jenis", "13,Sumatera Barat,provinsi"]);
    expectError(r.problems, { code: "header.missing", file: FILE, row: 1, column: "induk" }, { both: ['"induk"'] });
    expect(r.regions).toEqual([]);
  });

  it("checkRegions(a typo `nama_wilyah`) suggests `nama_wilayah`", () => {
    const r = run(["kode_wilayah,nama_wilyah,jenis,induk", "13,Sumatera Barat,provinsi,"]);
    expectError(r.problems, { code: "header.unknown", file: FILE, row: 1, column: "nama_wilyah", letter: "B" }, { en: ['Did you mean "nama_wilayah"?'], id: ['Mungkin maksudnya "nama_wilayah"?'] });
  });

  it("checkRegions(a row with a cell missing) reports it and still reads the other regions", () => {
    const r = run([H, ...SAMPLE, "1302,Kabupaten Solok"]);
    expectError(r.problems, { code: "row.cell_count", file: FILE, row: 6, column: "jenis", letter: "C" });
    expect(r.regions.map((x) => x.code)).toEqual(["13", "1302", "1372", "1373"]);
  });

  it("checkRegions(UTF-16) is rejected with CSV UTF-8 advice", () => {
    const r = checkRegions(bytes([0xff, 0xfe, ...[...`${H}\r\n`].flatMap((c) => [c.charCodeAt(0), 0])]), FILE);
    expectError(r.problems, { code: "file.utf16", file: FILE }, { both: ["CSV UTF-8"] });
  });

  it("checkRegions(60 bad kinds) reports 50 and says 10 more are not shown", () => {
    // 60 official regency codes (Aceh's, North Sumatra's, …), names left empty (the official ones).
    const official = Papa.parse<string[]>(readFileSync(createRequire(import.meta.url).resolve("idn-area-data/data/regencies.csv"), "utf8"), { skipEmptyLines: true }).data.slice(1, 61).map((r) => r[0]!);
    const rows = official.map((code) => `${code},,Kabupaten,13`);
    const r = run([H, SAMPLE[0]!, ...rows]);
    expect(r.problems).toHaveLength(51);
    expect(codes(r.problems.slice(0, 50))).toEqual(Array(50).fill("regions.bad_kind"));
    expectError(r.problems, { code: "file.too_many_errors", file: FILE }, { id: ["10 kesalahan lain"], en: ["10 more errors"] });
  });
});
