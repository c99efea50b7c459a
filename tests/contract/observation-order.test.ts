/**
 * The order of an indicator's observations (src/lib/data/indicator-csv.ts `sortObservations`):
 * by period (a year before its first semester), then region code, then dimension values (as
 * JSON), texts by localeCompare; rows equal in all three keep the file's order. Checked against
 * the comparator written out here, on shuffled rows with repeated keys, and through a real file.
 */
import { describe, it, expect } from "vitest";
import { sortObservations, checkIndicatorCsv } from "../../src/lib/data/indicator-csv.ts";
import { comparePeriods, parsePeriod } from "../../src/lib/data/period.ts";
import type { Observation } from "../../src/lib/data/model.ts";
import { csv, FILE, META_DIM, REGIONS, TODAY } from "./_helpers.ts";

const byRule = (a: Observation, b: Observation) =>
  comparePeriods(a.period, b.period) || a.region.localeCompare(b.region) || JSON.stringify(a.dims).localeCompare(JSON.stringify(b.dims));

describe("observation order", () => {
  it("sorts by period, region and dimension values as the rule says, keeping the file's order among equals", () => {
    let seed = 11;
    const pick = <T>(xs: readonly T[]): T => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), xs[seed % xs.length]!);
    const periods = ["2019", "2020", "2020-S1", "2020-S2", "2021", "2021-S1"].map((p) => parsePeriod(p)!);
    const regions = ["13", "1371", "1372", "13710", "9", "1301"];
    const male = Object.freeze({ jk: "l" });
    const female = Object.freeze({ jk: "p" });
    const total = Object.freeze({ jk: null });
    const maleAgain = Object.freeze({ jk: "l" }); // another object with the same values
    const dims = [male, female, total, maleAgain, Object.freeze({})];
    // Sparse files too: few rows spread over many periods and regions.
    const manyPeriods = [...periods, ...Array.from({ length: 30 }, (_, i) => parsePeriod(`${1990 + i}-S${1 + (i % 2)}`)!)];
    const manyRegions = [...regions, ...Array.from({ length: 30 }, (_, i) => `13${70 + i}`)];
    for (let round = 0; round < 20; round++) {
      const sparse = round % 2 === 1;
      const rows: Observation[] = Array.from({ length: sparse ? 40 : 300 }, (_, i) => ({ period: pick(sparse ? manyPeriods : periods), region: pick(sparse ? manyRegions : regions), dims: pick(dims), value: i, note: null, row: i + 2 }));
      const want = [...rows].sort(byRule);
      const got = sortObservations(rows);
      expect(got.map((o) => o.row)).toEqual(want.map((o) => o.row));
      expect(rows.map((o) => o.row)).toEqual(rows.map((_, i) => i + 2)); // the input is left as it was
    }
  });

  it("gives a file's observations in that order", () => {
    const bytes = csv(["tahun,kode_wilayah,modalitas,nilai", "2025,1372,tatap_muka,1", "2024,1372,,2", "2025,13,daring,3", "2024,1372,daring,4", "2025,1372,,5", "2025,13,tatap_muka,6"]);
    const r = checkIndicatorCsv(bytes, FILE, META_DIM, REGIONS, { today: TODAY });
    expect(r.problems).toEqual([]);
    // 2024 first; within 2025, region 13 before 1372; within a region, {"modalitas":"daring"} <
    // {"modalitas":"tatap_muka"} < {"modalitas":null} as texts.
    expect(r.observations.map((o) => o.value)).toEqual([4, 2, 3, 6, 1, 5]);
  });
});
