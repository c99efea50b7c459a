/**
 * DATA.md: "All errors of a run are reported together (capped per file), not only the first."
 */
import { describe, it, expect } from "vitest";
import { check, expectError, codes, withFrequency, META_DIM } from "./_helpers.ts";

const H = "periode,kode_wilayah,modalitas,nilai,catatan";

describe("checkIndicatorCsv: every error of a file together", () => {
  it("checkIndicatorCsv(a file with nine different mistakes) reports all nine, each on its row and column", () => {
    const r = check([
      H, // 1
      "2024-S1,1373,,70,", // 2 ok
      "Jan-24,1373,,70,", // 3 excel date
      "2024-S1,1374,,70,", // 4 unknown region
      "2024-S2,1373,Daring,70,", // 5 undeclared value
      "2024-S2,1373,,74%,", // 6 percent
      "2024-S2,1373,daring,101,", // 7 out of range
      "", // 8 empty
      "2024-S1,1373,,71,", // 9 duplicate of row 2
      "2024-S2,1373,tatap_muka,50,=1+1", // 10 formula
      "2024-S2,1373,,50,extra,cell", // 11 cell count
      "2030-S1,1373,,50,", // 12 future
    ], withFrequency("semesteran", META_DIM));
    expect(r.problems.map((p) => [p.code, p.row, p.letter ?? null]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ["period.excel_date", 3, "A"],
      ["region.unknown", 4, "B"],
      ["dim.unknown_value", 5, "C"],
      ["value.percent", 6, "D"],
      ["value.out_of_range", 7, "D"],
      ["row.duplicate", 9, null],
      ["note.formula", 10, "E"],
      ["row.cell_count", 11, "F"],
      ["period.future", 12, "A"],
    ]);
    expect(r.observations.map((o) => o.row)).toEqual([2]);
  });

  it("checkIndicatorCsv(one row with five mistakes) reports each of its five cells", () => {
    const r = check([H, "2024-Q5,1.373,hybrid,NA,@x"], META_DIM);
    expect(r.problems.map((p) => [p.code, p.column])).toEqual([
      ["period.invalid", "periode"],
      ["region.excel_number", "kode_wilayah"],
      ["dim.unknown_value", "modalitas"],
      ["value.placeholder", "nilai"],
      ["note.formula", "catatan"],
    ]);
  });

  it("checkIndicatorCsv(an unnamed column with values and bad rows) reports both", () => {
    const r = check(["tahun,kode_wilayah,nilai,", "2024,1373,abc,x"]);
    expect(codes(r.problems).sort()).toEqual(["header.unnamed_with_values", "value.not_number"]);
  });

  it("checkIndicatorCsv(no metadata, its YAML being broken) still checks periods, regions and numbers", () => {
    const r = check(["tahun,kode_wilayah,modalitas,nilai", "2024,1374,daring,abc", "2027,1373,,50"], null);
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([
      ["region.unknown", 2],
      ["value.not_number", 2],
      ["period.future", 3],
    ]);
  });
});

describe("checkIndicatorCsv: the cap per file", () => {
  const bad = (n: number) => Array.from({ length: n }, (_, i) => `${1900 + i},1373,,NA,`);

  it("checkIndicatorCsv(50 bad rows) reports all 50 and no cap message", () => {
    const r = check([H.replace("periode", "tahun"), ...bad(50)], META_DIM);
    expect(r.problems).toHaveLength(50);
    expect(codes(r.problems)).not.toContain("file.too_many_errors");
  });

  it("checkIndicatorCsv(60 bad rows) reports the first 50 and says 10 more are not shown", () => {
    const r = check([H.replace("periode", "tahun"), ...bad(60)], META_DIM);
    expect(r.problems).toHaveLength(51);
    expect(r.problems.slice(0, 50).map((p) => p.row)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect(r.problems.at(-1)!.code).toBe("file.too_many_errors");
    expectError(r.problems, { code: "file.too_many_errors" }, { id: ["Masih ada 10 kesalahan lain"], en: ["10 more errors in this file are not shown"] });
  });

  it("checkIndicatorCsv(200 rows with too few cells) says exactly how many more are not shown", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${1800 + i},1373`);
    const r = check(["tahun,kode_wilayah,nilai", ...rows]);
    expect(r.problems).toHaveLength(51);
    expect(r.problems.at(-1)).toMatchObject({ code: "file.too_many_errors", params: { count: 150 } });
  });

  it("checkIndicatorCsv(60 rows with a line break in kode_wilayah) reads every row and says 10 more", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${1900 + i},"13\n73",70`);
    const r = check(["tahun,kode_wilayah,nilai", ...rows]);
    expect(r.problems).toHaveLength(51);
    expect(r.problems.slice(0, 50).every((p) => p.code === "cell.newline" && p.column === "kode_wilayah")).toBe(true);
    expect(r.problems.at(-1)).toMatchObject({ code: "file.too_many_errors", params: { count: 10 } });
  });

  it("checkIndicatorCsv(maxProblems 5, 12 bad rows) reports 5 and says 7 more", () => {
    const r = check([H.replace("periode", "tahun"), ...bad(12)], META_DIM, { maxProblems: 5 });
    expect(codes(r.problems)).toEqual(["value.placeholder", "value.placeholder", "value.placeholder", "value.placeholder", "value.placeholder", "file.too_many_errors"]);
    expect(r.problems.at(-1)!.params.count).toBe(7);
  });
});
