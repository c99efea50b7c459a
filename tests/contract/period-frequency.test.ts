/**
 * Periods match the declared frequency (issue 13, point 8): a `tahunan` indicator holds only
 * `YYYY`, a `semesteran` one only `YYYY-S1`/`S2`, a `triwulanan` one only `YYYY-Q1`..`Q4`, a
 * `bulanan` one only `YYYY-MM`; and years outside 1900–2100 are typing mistakes. Each refusal names
 * the row and the column.
 */
import { describe, it, expect } from "vitest";
import { check, expectAccepted, expectError, codes, withFrequency } from "./_helpers.ts";
import { FREQUENCIES } from "../../src/lib/data/schema/indicator-meta.ts";

const SAMPLES = { tahunan: "2024", semesteran: "2024-S2", triwulanan: "2024-Q3", bulanan: "2024-07" } as const;
const FORMS = { tahunan: "YYYY", semesteran: "YYYY-S1/YYYY-S2", triwulanan: "YYYY-Q1..YYYY-Q4", bulanan: "YYYY-MM" } as const;

describe("checkIndicatorCsv: periods follow frekuensi (period.frequency)", () => {
  it("covers every frequency of the schema", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...FREQUENCIES].sort());
  });

  const pairs = FREQUENCIES.flatMap((f) => FREQUENCIES.map((g) => [f, g] as const));
  it.each(pairs)("checkIndicatorCsv(a %s indicator, a %s period in periode) accepts it only when they match", (declared, written) => {
    const value = SAMPLES[written];
    const r = check(["periode,kode_wilayah,nilai", "", `${value},1373,70`], withFrequency(declared));
    if (declared === written) {
      expectAccepted(r);
      expect(r.observations).toHaveLength(1);
      return;
    }
    expect(codes(r.problems)).toEqual(["period.frequency"]);
    expect(r.observations).toEqual([]);
    expectError(r.problems, { code: "period.frequency", row: 3, column: "periode", letter: "A" }, {
      both: [`"${value}"`, declared, FORMS[declared]],
      id: ["frekuensi"],
      en: ["frequency"],
    });
  });

  it("checkIndicatorCsv(a half-yearly indicator with a tahun column) refuses each year, saying to use a periode column", () => {
    const r = check(["tahun,kode_wilayah,nilai", "2023,1373,70", "2024,1373,71"], withFrequency("semesteran"));
    expect(r.problems.map((p) => [p.code, p.row, p.letter])).toEqual([
      ["period.frequency", 2, "A"],
      ["period.frequency", 3, "A"],
    ]);
    expectError(r.problems, { code: "period.frequency", row: 2, column: "tahun", letter: "A" }, { id: ["kolom periode"], en: ["periode column"] });
  });

  it("checkIndicatorCsv(a yearly indicator, tahun 2023 and 2024) accepts it", () => {
    expectAccepted(check(["tahun,kode_wilayah,nilai", "2023,1373,70", "2024,1373,71"], withFrequency("tahunan")));
  });
});

describe("checkIndicatorCsv: years in a sane range (period.year_range)", () => {
  it.each([
    ["tahun", "1024", "tahunan"],
    ["tahun", "1899", "tahunan"],
    ["periode", "1899-S2", "semesteran"],
    ["periode", "0999-Q1", "triwulanan"],
    ["periode", "1850-06", "bulanan"],
  ] as const)("checkIndicatorCsv(%s %s) is rejected with its row and column", (col, value, frekuensi) => {
    const r = check([`${col},kode_wilayah,nilai`, "2020,1373,1".replace("2020", value.replace(/^\d{4}/, "2020")), `${value},1373,70`], withFrequency(frekuensi));
    expect(codes(r.problems)).toEqual(["period.year_range"]);
    expectError(r.problems, { code: "period.year_range", row: 3, column: col, letter: "A" }, { both: [`"${value}"`, "1900", "2100"] });
  });

  it("checkIndicatorCsv(2101, built in 2102) is rejected as out of range, not as a future period", () => {
    const r = check(["tahun,kode_wilayah,nilai", "2101,1373,70"], withFrequency("tahunan"), { today: new Date("2102-01-01T00:00:00Z") });
    expectError(r.problems, { code: "period.year_range", row: 2, column: "tahun", letter: "A" }, { both: ['"2101"'] });
  });

  it("checkIndicatorCsv(1900 and 2100, built in 2101) accepts both ends of the range", () => {
    expectAccepted(check(["tahun,kode_wilayah,nilai", "1900,1373,70", "2100,1373,71"], withFrequency("tahunan"), { today: new Date("2101-01-01T00:00:00Z") }));
  });
});
