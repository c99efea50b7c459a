/** The time axis (true time, period midpoints, tick choice) and the value axis (domain, nice ticks, labels). */
import { describe, expect, it } from "vitest";
import { timeDomain, timeScale, timeTicks, periodX } from "../../src/lib/charts/timeAxis.ts";
import { valueDomain, valueScale, valueTicks } from "../../src/lib/charts/valueAxis.ts";
import { period } from "./_helpers.ts";

const DAY = 86_400_000;

describe("timeDomain / periodX", () => {
  it("runs from the start of the first period to the end of the last, whatever the order", () => {
    const d = timeDomain([period("2021-S2"), period("2019-S1"), period("2020")])!;
    expect(d[0].toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect(d[1].toISOString()).toBe("2022-01-01T00:00:00.000Z");
    expect(timeDomain([])).toBeNull();
  });
  it("places each period at its midpoint: a semester takes half the room of a year", () => {
    const x = timeScale(timeDomain([period("2020"), period("2021")])!, [0, 730]);
    const days = (a: string) => periodX(x, period(a));
    // 2020 is a leap year: 366 + 365 days over 730 units.
    const unit = 730 / 731;
    expect(days("2020")).toBeCloseTo(183 * unit, 6);
    expect(days("2020-S1")).toBeCloseTo((182 / 2) * unit, 6);
    expect(days("2020-S2")).toBeCloseTo((182 + 184 / 2) * unit, 6);
    expect(days("2021-Q1")).toBeCloseTo((366 + 90 / 2) * unit, 6);
    expect(days("2021-03")).toBeCloseTo((366 + 31 + 28 + 31 / 2) * unit, 6);
    expect(days("2020-S2") - days("2020-S1")).toBeCloseTo((days("2021") - days("2020")) / 2, 0);
  });
  it("leaves room for a missing year: points are spaced by time, not by index", () => {
    const ps = ["2019", "2020", "2023"].map(period);
    const x = timeScale(timeDomain(ps)!, [0, 500]);
    const [a, b, c] = ps.map((p) => periodX(x, p));
    expect((c! - b!) / (b! - a!)).toBeCloseTo(3, 1);
  });
});

describe("timeTicks", () => {
  const ticks = (codes: string[], width: number, lang: "id" | "en" = "id") => {
    const ps = codes.map(period);
    const x = timeScale(timeDomain(ps)!, [0, width]);
    const kind = ps[0]!.kind;
    return timeTicks(x, { dataKind: kind, fontSize: 14, lang });
  };
  const semesters = ["2019-S1", "2019-S2", "2020-S1", "2020-S2", "2021-S1", "2021-S2"];

  it("labels every semester when they fit, centred on each semester", () => {
    const t = ticks(semesters, 1200);
    expect(t.unit).toBe("semester");
    expect(t.labels.map((l) => l.label)).toEqual(["S1 2019", "S2 2019", "S1 2020", "S2 2020", "S1 2021", "S2 2021"]);
    const x = timeScale(timeDomain(semesters.map(period))!, [0, 1200]);
    t.labels.forEach((l, i) => expect(l.x).toBeCloseTo(periodX(x, period(semesters[i]!)), 6));
  });
  it("falls back to years when semesters do not fit, keeping the semester boundaries as marks", () => {
    const t = ticks(semesters, 300);
    expect(t.unit).toBe("year");
    expect(t.labels.map((l) => l.label)).toEqual(["2019", "2020", "2021"]);
    // Boundaries between years inside the domain: 2020-01-01 and 2021-01-01.
    expect(t.marks).toHaveLength(2);
  });
  it("thins years out by 2, 5, 10 on a narrow axis and never lets labels overlap", () => {
    const years = Array.from({ length: 30 }, (_, i) => String(1995 + i));
    const t = ticks(years, 300);
    expect(t.unit).toBe("year");
    expect(t.step).toBeGreaterThan(1);
    expect(t.labels.every((l) => Number(l.label) % t.step === 0)).toBe(true);
    for (let i = 1; i < t.labels.length; i++) expect(t.labels[i]!.x - t.labels[i - 1]!.x).toBeGreaterThan(14 * 0.68 * 4);
  });
  it("labels quarters and months in the page's language", () => {
    expect(ticks(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], 800, "id").labels.map((l) => l.label)).toEqual(["T1 2025", "T2 2025", "T3 2025", "T4 2025"]);
    expect(ticks(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], 800, "en").labels.map((l) => l.label)).toEqual(["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"]);
    const months = ticks(["2025-01", "2025-02", "2025-03"], 600, "id");
    expect(months.unit).toBe("month");
    expect(months.labels.map((l) => l.label)).toEqual(["Jan 2025", "Feb 2025", "Mar 2025"]);
  });
  it("groups twelve months into quarters or years on a narrow axis", () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const t = ticks(months, 320);
    expect(["quarter", "semester", "year"]).toContain(t.unit);
    expect(t.labels.length).toBeLessThan(24);
  });
  it("never labels finer than the data: yearly data gets no semester labels", () => {
    expect(ticks(["2020", "2021"], 2000).unit).toBe("year");
  });
  it("a single period still gets its label", () => {
    const t = ticks(["2024"], 300);
    expect(t.labels.map((l) => l.label)).toEqual(["2024"]);
    expect(t.labels[0]!.x).toBeCloseTo(150, 0);
    expect(DAY).toBeGreaterThan(0);
  });
});

describe("valueDomain", () => {
  it("covers the values, with padding for lines", () => {
    expect(valueDomain([10, 20])).toEqual([10, 20]);
    expect(valueDomain([10, 20], { pad: 0.1 })).toEqual([9, 21]);
  });
  it("starts at zero for bars", () => {
    expect(valueDomain([40, 60], { zero: true })).toEqual([0, 60]);
    expect(valueDomain([-5, 10], { zero: true })).toEqual([-5, 10]);
  });
  it("never leaves the indicator's valid range", () => {
    expect(valueDomain([95, 99], { pad: 0.5, clamp: [0, 100] })).toEqual([93, 100]);
    expect(valueDomain([30, 40], { zero: true, clamp: [25, 100] })).toEqual([25, 40]);
  });
  it("gives a single value room around it, and nothing for no values", () => {
    expect(valueDomain([50])).toEqual([45, 55]);
    expect(valueDomain([0])).toEqual([-1, 1]);
    expect(valueDomain([5], { zero: true })).toEqual([0, 5]);
    expect(valueDomain([0], { zero: true })).toEqual([0, 1]);
    expect(valueDomain([])).toBeNull();
  });
});

describe("valueScale / valueTicks", () => {
  it("extends to round limits inside the clamp, with ticks on round values", () => {
    const s = valueScale([71.3, 88.9], [300, 0], 5, [25, 100]);
    const [a, b] = s.domain() as [number, number];
    expect(a).toBeLessThanOrEqual(71.3);
    expect(b).toBeGreaterThanOrEqual(88.9);
    expect(b).toBeLessThanOrEqual(100);
    const t = valueTicks(s, 5, "id");
    expect(t.map((x) => x.value)).toEqual([70, 75, 80, 85, 90]);
    expect(t[0]!.at).toBeCloseTo(300, 6);
    expect(t[t.length - 1]!.at).toBeCloseTo(0, 6);
  });
  it("labels with the decimals the step needs, in the page's locale", () => {
    const s = valueScale([0, 1.5], [100, 0], 6);
    const id = valueTicks(s, 6, "id").map((x) => x.label);
    expect(id.slice(0, 6)).toEqual(["0,0", "0,2", "0,4", "0,6", "0,8", "1,0"]);
    expect(id.every((l) => /^\d,\d$/.test(l))).toBe(true);
    expect(valueTicks(s, 6, "en").map((x) => x.label)[1]).toBe("0.2");
    const big = valueScale([0, 12000], [100, 0], 4);
    expect(valueTicks(big, 4, "id").map((x) => x.label)).toContain("10.000");
    expect(valueTicks(big, 4, "en").map((x) => x.label)).toContain("10,000");
  });
  it("stays inside the clamp even when nice() would pass it", () => {
    const s = valueScale([96, 99.5], [100, 0], 5, [0, 100]);
    expect((s.domain() as number[])[1]).toBeLessThanOrEqual(100);
  });
});
