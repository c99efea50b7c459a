/** The time series model: paths with gaps, target, bands, direct labels or legend, empty and single-point data. */
import { describe, expect, it } from "vitest";
import { timeSeriesModel, bandIntervals, type TimeSeriesOptions } from "../../src/lib/charts/timeSeries.ts";
import { timeScale, timeDomain, periodX } from "../../src/lib/charts/timeAxis.ts";
import { series, subpaths, pathPoints, period } from "./_helpers.ts";

const O: TimeSeriesOptions = { width: 680, height: 380, fontSize: 15, lang: "id", clamp: [0, 100] };

describe("paths and gaps", () => {
  it("draws one unbroken path through consecutive values", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", 55], ["2021", 60]])], O);
    expect(subpaths(m.series[0]!.path)).toBe(1);
    expect(pathPoints(m.series[0]!.path)).toHaveLength(3);
  });
  it("breaks the line at a missing value and never draws through it", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", 55], ["2021", null], ["2022", 60], ["2023", 62]])], O);
    const s = m.series[0]!;
    expect(subpaths(s.path)).toBe(2);
    const pts = pathPoints(s.path);
    expect(pts).toHaveLength(4);
    // No vertex sits at the missing year's x; the second run starts (M) at 2022.
    const x = timeScale(timeDomain(["2019", "2023"].map(period))!, [m.plot.left, m.plot.right]);
    const xs = pts.map((p) => p[0]);
    expect(xs.some((v) => Math.abs(v - periodX(x, period("2021"))) < 1)).toBe(false);
    const second = /M\s*(-?[\d.]+)/.exec(s.path.slice(s.path.indexOf("M", 1)))!;
    expect(Number(second[1])).toBeCloseTo(periodX(x, period("2022")), 1);
  });
  it("a lone value between gaps gets a point but no line segment", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", null], ["2021", 52], ["2022", null], ["2023", 55]])], O);
    const s = m.series[0]!;
    expect(subpaths(s.path)).toBe(3);
    expect(s.points.map((p) => p.value)).toEqual([50, 52, 55]);
  });
  it("a missing value with a note becomes a gap whose marker sits at the top of the plot, never at the floor where it would read as a value; one without a note leaves nothing", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", null, "Survei dibatalkan"], ["2021", null], ["2022", 60]])], O);
    const s = m.series[0]!;
    expect(s.points).toHaveLength(3);
    const marker = s.points.find((p) => p.value === null)!;
    expect(marker.note).toBe("Survei dibatalkan");
    expect(marker.y).toBeGreaterThan(m.plot.top);
    expect(marker.y).toBeLessThan(m.plot.top + 2 * O.fontSize);
  });
  it("puts points at period midpoints on a true time axis (semesters)", () => {
    const m = timeSeriesModel([series("a", 0, [["2020-S1", 70], ["2020-S2", 72], ["2022-S1", 75]])], O);
    const x = timeScale(timeDomain(["2020-S1", "2022-S1"].map(period))!, [m.plot.left, m.plot.right]);
    const xs = m.series[0]!.points.map((p) => p.x);
    expect(xs[0]).toBeCloseTo(periodX(x, period("2020-S1")), 6);
    expect(xs[2]).toBeCloseTo(periodX(x, period("2022-S1")), 6);
    // A year and a half between the second and third points, half a year between the first two.
    expect((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!)).toBeCloseTo(3, 1);
  });
  it("higher values are higher up (smaller y), inside the plot", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 10], ["2020", 90]])], O);
    const [p, q] = m.series[0]!.points;
    expect(q!.y).toBeLessThan(p!.y);
    for (const pt of [p!, q!]) {
      expect(pt.y).toBeGreaterThanOrEqual(m.plot.top - 0.01);
      expect(pt.y).toBeLessThanOrEqual(m.plot.bottom + 0.01);
    }
  });
});

describe("target and bands", () => {
  const bands = [
    { kode: "C", label: { id: "C", en: "C" }, dari: 0, sampai: 60 },
    { kode: "B", label: { id: "B", en: "B" }, dari: 60.01, sampai: 80 },
    { kode: "A", label: { id: "A", en: "A" }, dari: 80.01, sampai: 100 },
  ] as never;
  it("draws the target as a horizontal line at its value, labelled", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", 70]])], { ...O, target: { value: 80, label: "Target 80" } });
    const ys = m.series[0]!.points.map((p) => p.y);
    // 80 is 10 above 70 as 70 is 20 above 50: the same ratio on screen.
    expect((ys[1]! - m.target!.y) / (ys[0]! - ys[1]!)).toBeCloseTo(0.5, 6);
    expect(m.target!.label).toBe("Target 80");
  });
  it("keeps the target inside the value axis", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 20], ["2020", 25]])], { ...O, target: { value: 90, label: "T" } });
    expect(m.target).not.toBeNull();
    expect(m.y[m.y.length - 1]!.value).toBeGreaterThanOrEqual(90);
  });
  it("bands join without hairline gaps and alternate shading, clipped to the axis", () => {
    expect(bandIntervals(bands).map(({ lo, hi }) => [lo, hi])).toEqual([[0, 60.01], [60.01, 80.01], [80.01, 100]]);
    const m = timeSeriesModel([series("a", 0, [["2019", 55], ["2020", 85]])], { ...O, bands });
    expect(m.bands.map((b) => b.code)).toEqual(["C", "B", "A"]);
    expect(m.bands.map((b) => b.shaded)).toEqual([false, true, false]);
    for (let i = 1; i < m.bands.length; i++) expect(m.bands[i]!.bottom).toBeCloseTo(m.bands[i - 1]!.top, 6);
    expect(m.bands[0]!.bottom).toBeCloseTo(m.plot.bottom, 6);
    expect(m.bands[m.bands.length - 1]!.top).toBeCloseTo(m.plot.top, 6);
  });
  it("bands outside the axis are left out", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 85], ["2020", 90]])], { ...O, bands });
    expect(m.bands.map((b) => b.code)).not.toContain("C");
    // A band keeps its own shade (its rank from the lowest band) when a lower one is left out.
    expect(m.bands.map((b) => [b.code, b.shade])).toEqual([["A", 2]]);
  });
  it("each band's swatch sits in the letter column, left of the tick labels and the plot", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 55], ["2020", 85]])], { ...O, bands });
    expect(m.bands.map((b) => b.shade)).toEqual([0, 1, 2]);
    for (const b of m.bands) {
      expect(b.swatch.x).toBe(0);
      expect(b.swatch.width).toBeGreaterThan(0);
      expect(b.swatch.x + b.swatch.width).toBeLessThan(m.plot.left - Math.max(...m.y.map((t) => t.label.length)) * 0.5 * O.fontSize);
    }
  });
});

describe("direct labels and legend", () => {
  it("labels each line at its end, right of the plot, in the line's order top to bottom", () => {
    const m = timeSeriesModel([series("low", 0, [["2019", 20], ["2020", 30]], "Rendah"), series("high", 1, [["2019", 70], ["2020", 80]], "Tinggi")], O);
    expect(m.legend).toHaveLength(0);
    const [low, high] = m.series;
    expect(low!.end!.x).toBeGreaterThan(m.plot.right);
    expect(high!.end!.y).toBeLessThan(low!.end!.y);
  });
  it("dodges labels of lines ending close together so they do not overlap", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", 80]]), series("b", 1, [["2019", 50], ["2020", 80.2]]), series("c", 2, [["2019", 50], ["2020", 79.9]])], O);
    const ys = m.series.map((s) => s.end!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(O.fontSize * 1.2 - 1e-6);
  });
  it("labels the last value, not the end of the axis, when a series stops early", () => {
    const m = timeSeriesModel([series("a", 0, [["2019", 40], ["2020", 45], ["2021", null]]), series("b", 1, [["2019", 60], ["2020", 65], ["2021", 70]])], O);
    const a = m.series[0]!;
    expect(Math.abs(a.end!.y - a.points[1]!.y)).toBeLessThan(O.fontSize * 1.3);
  });
  it("falls back to a legend when labels are too long for the width", () => {
    const long = "Kabupaten dengan nama yang sangat panjang sekali";
    const m = timeSeriesModel([series("a", 0, [["2019", 50], ["2020", 60]], long), series("b", 1, [["2019", 55], ["2020", 65]], "Kota")], { ...O, width: 340, fontSize: 14 });
    expect(m.legend.map((l) => l.key)).toEqual(["a", "b"]);
    expect(m.series.every((s) => s.end === null)).toBe(true);
    expect(m.plot.right).toBeGreaterThan(340 - 14);
  });
  it("falls back to a legend when too many lines end in too little height", () => {
    const many = Array.from({ length: 12 }, (_, i) => series(`s${i}`, i, [["2019", 50 + i], ["2020", 60 + i]]));
    const m = timeSeriesModel(many, { ...O, height: 150 });
    expect(m.legend).toHaveLength(12);
  });
  it("legend items stay inside the width, wrapping to rows", () => {
    const many = Array.from({ length: 8 }, (_, i) => series(`s${i}`, i, [["2019", 50 + i], ["2020", 60 + i]], `Wilayah nomor ${i}`));
    const m = timeSeriesModel(many, { ...O, width: 340, directLabels: false } as TimeSeriesOptions);
    expect(new Set(m.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    for (const l of m.legend) expect(l.x).toBeLessThan(340);
    expect(m.plot.top).toBeGreaterThan(Math.max(...m.legend.map((l) => l.y)));
  });
});

describe("empty and single-point data", () => {
  it("no series, or series without values, give an empty model", () => {
    expect(timeSeriesModel([], O).empty).toBe(true);
    const m = timeSeriesModel([series("a", 0, [["2019", null], ["2020", null, "belum ada"]])], O);
    expect(m.empty).toBe(true);
    expect(m.series).toHaveLength(0);
  });
  it("one value draws one point and a path with a single vertex, centred on the axis", () => {
    const m = timeSeriesModel([series("a", 0, [["2024", 42]])], O);
    expect(m.empty).toBe(false);
    const s = m.series[0]!;
    expect(s.points).toHaveLength(1);
    expect(s.points[0]!.x).toBeCloseTo((m.plot.left + m.plot.right) / 2, 6);
    expect(m.y.some((t) => t.value < 42) && m.y.some((t) => t.value > 42)).toBe(true);
    expect(m.x.labels.map((l) => l.label)).toEqual(["2024"]);
  });
});
