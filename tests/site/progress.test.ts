/**
 * Progress to the target year (src/lib/data/progress.ts) on hand-computed cases. Every expected
 * ratio below was worked out by hand from the formulas in the module's comment:
 * R = d · CAGR_i / |CAGR_T|, CAGR = (end / start)^(1 / years) − 1.
 */
import { describe, expect, it } from "vitest";
import { assessProgress, yearlyValues } from "../../src/lib/data/progress.ts";

const up = "naik" as const;
const down = "turun" as const;
// Baseline 100 in 2020, target 121 in 2022: the required growth is exactly 10 % a year.
const target = { nilai: 121, tahun: 2022, tahun_dasar: 2020 };
const series = (latest: number) => [{ year: 2020, value: 100 }, { year: 2021, value: latest }];

describe("assessProgress: each status", () => {
  it("on track: 110 after one year is 10 % a year, R = 1", () => {
    const p = assessProgress(series(110), target, up);
    expect(p.status).toBe("sesuai_jalur");
    expect(p.requiredGrowth).toBeCloseTo(0.1, 10);
    expect(p.observedGrowth).toBeCloseTo(0.1, 10);
    expect(p.ratio).toBeCloseTo(1, 10);
  });
  it("on track just above the 95 % threshold (109.6: R = 0.96), moderate just below (109.4: R = 0.94)", () => {
    expect(assessProgress(series(109.6), target, up)).toMatchObject({ status: "sesuai_jalur" });
    expect(assessProgress(series(109.6), target, up).ratio).toBeCloseTo(0.96, 10);
    expect(assessProgress(series(109.4), target, up)).toMatchObject({ status: "kemajuan_sedang" });
  });
  it("moderate progress: 107 is 7 % a year, R = 0.7", () => {
    const p = assessProgress(series(107), target, up);
    expect(p.status).toBe("kemajuan_sedang");
    expect(p.ratio).toBeCloseTo(0.7, 10);
  });
  it("moderate just above the 60 % threshold (106.1: R = 0.61), off track just below (105.9: R = 0.59)", () => {
    expect(assessProgress(series(106.1), target, up).status).toBe("kemajuan_sedang");
    expect(assessProgress(series(105.9), target, up).status).toBe("di_luar_jalur");
  });
  it("off track: limited progress (105: R = 0.5) and deterioration (95: R = −0.5)", () => {
    expect(assessProgress(series(105), target, up)).toMatchObject({ status: "di_luar_jalur", reason: "ratio" });
    expect(assessProgress(series(105), target, up).ratio).toBeCloseTo(0.5, 10);
    expect(assessProgress(series(95), target, up).ratio).toBeCloseTo(-0.5, 10);
    expect(assessProgress(series(95), target, up).status).toBe("di_luar_jalur");
  });
  it("achieved: the latest value meets the target, whatever the trend", () => {
    expect(assessProgress(series(121), target, up)).toMatchObject({ status: "tercapai", reason: "met" });
    expect(assessProgress([{ year: 2020, value: 130 }, { year: 2021, value: 125 }], target, up).status).toBe("tercapai");
  });
  it("insufficient data: a single year from the baseline on", () => {
    expect(assessProgress([{ year: 2020, value: 100 }], target, up)).toMatchObject({ status: "data_kurang", reason: "tooFewYears" });
  });
});

describe("assessProgress: edges", () => {
  it("no baseline: no data at all, or none from the baseline year on", () => {
    expect(assessProgress([], target, up)).toMatchObject({ status: "data_kurang", reason: "noBaseline", baseline: null });
    expect(assessProgress([{ year: 2018, value: 90 }, { year: 2019, value: 95 }], { nilai: 121, tahun: 2025, tahun_dasar: 2020 }, up)).toMatchObject({ status: "data_kurang", reason: "noBaseline" });
  });
  it("the baseline is the first year with data at or after tahun_dasar, else the first year with data", () => {
    // Stated 2019, first data 2020: baseline 2020 (100), 2021 at 110 → on track as above.
    expect(assessProgress([{ year: 2018, value: 50 }, ...series(110)], { ...target, tahun_dasar: 2019 }, up)).toMatchObject({ status: "sesuai_jalur", baseline: { year: 2020, value: 100 } });
    // No tahun_dasar: baseline 2018 (100); 2020 at 110 is 4.88 % a year against 4.88 % needed to reach 121 by 2022 (4 years): R = (1.1^0.5 − 1) / (1.21^0.25 − 1) = 0.0488088 / 0.0488088 = 1.
    const p = assessProgress([{ year: 2018, value: 100 }, { year: 2020, value: 110 }], { nilai: 121, tahun: 2022 }, up);
    expect(p.baseline).toEqual({ year: 2018, value: 100 });
    expect(p.ratio).toBeCloseTo(1, 10);
  });
  it("a baseline of zero cannot be assessed (the growth model needs positive values)", () => {
    expect(assessProgress([{ year: 2020, value: 0 }, { year: 2021, value: 5 }], target, up)).toMatchObject({ status: "data_kurang", reason: "notPositive" });
  });
  it("target already met at the baseline and still met: achieved", () => {
    expect(assessProgress([{ year: 2020, value: 125 }, { year: 2021, value: 122 }], target, up).status).toBe("tercapai");
  });
  it("target met at the baseline but lost since: off track (R negative)", () => {
    // Baseline 130, target 121: required −3.59 %/yr, magnitude taken; observed 120/130 → −7.69 % → R ≈ −2.14.
    const p = assessProgress([{ year: 2020, value: 130 }, { year: 2021, value: 120 }], target, up);
    expect(p.status).toBe("di_luar_jalur");
    expect(p.ratio).toBeCloseTo((120 / 130 - 1) / Math.abs(Math.sqrt(121 / 130) - 1), 10);
    expect(p.ratio!).toBeLessThan(0);
  });
  it("a falling indicator (arah: turun): 20 → 16.2 in two years needs −10 % a year", () => {
    const t = { nilai: 16.2, tahun: 2022, tahun_dasar: 2020 };
    const s = (v: number) => [{ year: 2020, value: 20 }, { year: 2021, value: v }];
    expect(assessProgress(s(18), t, down)).toMatchObject({ status: "sesuai_jalur" });
    expect(assessProgress(s(18), t, down).ratio).toBeCloseTo(1, 10);
    expect(assessProgress(s(18.6), t, down)).toMatchObject({ status: "kemajuan_sedang" }); // −7 % → R = 0.7
    expect(assessProgress(s(19), t, down)).toMatchObject({ status: "di_luar_jalur" }); // −5 % → R = 0.5
    expect(assessProgress(s(21), t, down).ratio).toBeCloseTo(-0.5, 10); // +5 %: the wrong way
    expect(assessProgress(s(16), t, down)).toMatchObject({ status: "tercapai" });
    // A rising value of a falling indicator does not count as achieved.
    expect(assessProgress(s(125), { nilai: 121, tahun: 2022, tahun_dasar: 2020 }, down).status).not.toBe("tercapai");
  });
  it("the target year is over and the target not met: off track; a half-year of the target year is not the end", () => {
    const t = { nilai: 121, tahun: 2021, tahun_dasar: 2020 };
    expect(assessProgress(series(115), t, up)).toMatchObject({ status: "di_luar_jalur", reason: "targetYearPassed" });
    // Only the first semester of 2021 is in: judged by the ratio (15 % against 21 % a year → R = 0.714).
    const half = assessProgress([{ year: 2020, value: 100 }, { year: 2021, value: 115, final: false }], t, up);
    expect(half).toMatchObject({ status: "kemajuan_sedang", reason: "ratio" });
    expect(half.ratio).toBeCloseTo(0.15 / 0.21, 10);
  });
  it("no growth required (target equal to the baseline) and not met: off track", () => {
    expect(assessProgress([{ year: 2020, value: 121 }, { year: 2021, value: 120 }], target, up)).toMatchObject({ status: "di_luar_jalur", reason: "noGrowthRequired" });
  });
});

describe("yearlyValues", () => {
  it("keeps the last reading of each year, in year order", () => {
    expect(yearlyValues([{ year: 2021, value: 3 }, { year: 2020, value: 1 }, { year: 2020, value: 2, final: true }])).toEqual([{ year: 2020, value: 2, final: true }, { year: 2021, value: 3 }]);
  });
});
