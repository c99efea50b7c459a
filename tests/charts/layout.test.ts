/** Label collision (dodgeLabels), the comparison (sorting, reference), the breakdown, sparkline and bullet models, and the text width estimate they place labels with. */
import { describe, expect, it } from "vitest";
import { dodgeLabels } from "../../src/lib/charts/dodgeLabels.ts";
import { comparisonModel, sortForComparison, type ComparisonItem } from "../../src/lib/charts/comparison.ts";
import { breakdownModel, type BreakdownGroup } from "../../src/lib/charts/breakdown.ts";
import { sparklineModel } from "../../src/lib/charts/sparkline.ts";
import { bulletModel } from "../../src/lib/charts/bullet.ts";
import { textWidth } from "../../src/lib/charts/textWidth.ts";
import { formatValue } from "../../src/lib/i18n/format.ts";
import { period, series, subpaths } from "./_helpers.ts";

describe("dodgeLabels", () => {
  it("leaves labels that do not collide where they were wished", () => {
    expect(dodgeLabels([10, 50, 90], 10, [0, 100])).toEqual([10, 50, 90]);
  });
  it("spreads colliding labels around their mean, keeping their order", () => {
    const out = dodgeLabels([50, 52, 51], 10, [0, 100])!;
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeCloseTo(10, 9);
    // Order of wished positions is kept: 50 < 51 < 52.
    expect(out[0]).toBeLessThan(out[2]!);
    expect(out[2]).toBeLessThan(out[1]!);
    expect((out[0]! + out[1]! + out[2]!) / 3).toBeCloseTo(51, 9);
  });
  it("merges clusters that collide after spreading", () => {
    const out = dodgeLabels([10, 12, 24, 26], 10, [0, 100])!;
    const s = [...out].sort((a, b) => a - b);
    for (let i = 1; i < s.length; i++) expect(s[i]! - s[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
  });
  it("keeps labels inside the bounds", () => {
    const out = dodgeLabels([1, 2, 3], 10, [0, 100])!;
    expect(Math.min(...out) - 5).toBeGreaterThanOrEqual(-1e-9);
    const top = dodgeLabels([98, 99, 100], 10, [0, 100])!;
    expect(Math.max(...top) + 5).toBeLessThanOrEqual(100 + 1e-9);
  });
  it("returns null when the labels cannot all fit", () => {
    expect(dodgeLabels([1, 2, 3, 4, 5], 25, [0, 100])).toBeNull();
    expect(dodgeLabels([], 10, [0, 100])).toEqual([]);
  });
});

const item = (key: string, value: number | null, note: string | null = null, slot = 0): ComparisonItem => ({ key, label: key, slot, value, note });
const fmt = (v: number | null) => formatValue(v, "persen", "id");

describe("comparison", () => {
  it("sorts from the highest value down, ties by name, missing values last", () => {
    const sorted = sortForComparison([item("Beta", 50), item("Alfa", null), item("Gamma", 70), item("Delta", 50), item("Epsilon", null)]);
    expect(sorted.map((i) => i.key)).toEqual(["Gamma", "Beta", "Delta", "Alfa", "Epsilon"]);
  });
  it("orders bars top to bottom by value, bar length proportional to value from zero", () => {
    const m = comparisonModel([item("A", 20), item("B", 80), item("C", 40)], { width: 680, fontSize: 15, lang: "id", format: fmt, clamp: [0, 100] });
    expect(m.bars.map((b) => b.key)).toEqual(["B", "C", "A"]);
    for (let i = 1; i < m.bars.length; i++) expect(m.bars[i]!.y).toBeGreaterThan(m.bars[i - 1]!.y);
    const len = (k: string) => { const b = m.bars.find((x) => x.key === k)!; return b.x1 - b.x0; };
    expect(len("B") / len("A")).toBeCloseTo(4, 6);
    expect(m.bars.map((b) => b.valueText)).toEqual(["80%", "40%", "20%"]);
    for (const b of m.bars) expect(b.valueX).toBeGreaterThan(b.x1);
  });
  it("draws the province as a reference line at its value and keeps value labels off it", () => {
    const m = comparisonModel([item("A", 60), item("B", 58)], { width: 680, fontSize: 15, lang: "id", format: fmt, clamp: [0, 100], reference: { value: 61, label: "Provinsi: 61 %" } });
    const a = m.bars[0]!;
    const scale = (a.x1 - a.x0) / 60;
    expect(m.reference!.x).toBeCloseTo(a.x0 + 61 * scale, 6);
    for (const b of m.bars) {
      const w = textWidth(b.valueText, 15);
      expect(m.reference!.x < b.valueX || m.reference!.x > b.valueX + w).toBe(true);
    }
  });
  it("missing values get no bar length and read 'tidak tersedia'", () => {
    const m = comparisonModel([item("A", 60), item("B", null)], { width: 680, fontSize: 15, lang: "id", format: fmt });
    const b = m.bars.find((x) => x.key === "B")!;
    expect(b.x1).toBe(b.x0);
    expect(b.valueText).toBe("tidak tersedia");
    expect(m.bars[m.bars.length - 1]!.key).toBe("B");
  });
  it("stacked (narrow) puts names above the bars at the left edge", () => {
    const m = comparisonModel([item("Kabupaten Solok", 60), item("Kota", 50)], { width: 340, fontSize: 14, lang: "id", format: fmt, stacked: true });
    for (const b of m.bars) {
      expect(b.labelAnchor).toBe("start");
      expect(b.labelY).toBeLessThan(b.y);
      expect(b.x0).toBeLessThan(20);
    }
  });
  it("is empty without values; height grows with the number of regions", () => {
    expect(comparisonModel([item("A", null)], { width: 680, fontSize: 15, lang: "id", format: fmt }).empty).toBe(true);
    expect(comparisonModel([], { width: 680, fontSize: 15, lang: "id", format: fmt }).empty).toBe(true);
    const h = (n: number) => comparisonModel(Array.from({ length: n }, (_, i) => item(`R${i}`, i + 1)), { width: 680, fontSize: 15, lang: "id", format: fmt }).height;
    expect(h(6)).toBeGreaterThan(h(3));
  });
  it("a single region still gets a bar", () => {
    const m = comparisonModel([item("A", 42)], { width: 680, fontSize: 15, lang: "id", format: fmt });
    expect(m.empty).toBe(false);
    expect(m.bars[0]!.x1).toBeGreaterThan(m.bars[0]!.x0);
  });
});

describe("breakdown", () => {
  const bar = (key: string, value: number | null, note: string | null = null) => ({ key, label: key, slot: key === "daring" ? 0 : 1, value, note });
  const groups: BreakdownGroup[] = [
    { key: "2020", label: "2020", period: period("2020"), bars: [bar("daring", 10), bar("luring", 40)] },
    { key: "2021", label: "2021", period: period("2021"), bars: [bar("daring", 30), bar("luring", null, "tidak ada kelas")] },
    { key: "2023", label: "2023", period: period("2023"), bars: [bar("daring", 50), bar("luring", 20)] },
  ];
  const O = { width: 680, height: 360, fontSize: 15, lang: "id" as const, format: fmt, clamp: [0, 100] as const, barLabel: (v: number) => String(v) };
  it("places groups on a true time axis (a missing year leaves room) with bars side by side in dimension order", () => {
    const m = breakdownModel(groups, O);
    const at = (g: string, k: string) => m.bars.find((b) => b.group === g && b.key === k)!;
    const c = (g: string) => at(g, "daring").x + at(g, "daring").width;
    expect((c("2023") - c("2021")) / (c("2021") - c("2020"))).toBeCloseTo(2, 1);
    expect(at("2020", "daring").x).toBeLessThan(at("2020", "luring").x);
    expect(at("2020", "daring").x + at("2020", "daring").width).toBeLessThanOrEqual(at("2020", "luring").x + 1e-9);
  });
  it("bars rise from zero, height proportional to value", () => {
    const m = breakdownModel(groups, O);
    const a = m.bars.find((b) => b.group === "2020" && b.key === "daring")!;
    const b = m.bars.find((x) => x.group === "2020" && x.key === "luring")!;
    expect(a.y + a.height).toBeCloseTo(b.y + b.height, 6);
    expect(b.height / a.height).toBeCloseTo(4, 6);
  });
  it("a missing value with a note keeps a marker (no height); one without is left out", () => {
    const m = breakdownModel(groups, O);
    const noted = m.bars.find((b) => b.group === "2021" && b.key === "luring")!;
    expect(noted.height).toBe(0);
    expect(noted.note).toBe("tidak ada kelas");
    expect(m.bars).toHaveLength(6);
  });
  it("puts value labels on every bar or on none", () => {
    const roomy = breakdownModel(groups, O);
    expect(roomy.bars.filter((b) => b.value !== null).every((b) => b.valueText !== null)).toBe(true);
    const many = Array.from({ length: 30 }, (_, i) => ({ key: String(1990 + i), label: String(1990 + i), period: period(String(1990 + i)), bars: [bar("daring", 12.345), bar("luring", 54.321)] }));
    const tight = breakdownModel(many, { ...O, width: 340, barLabel: (v: number) => v.toFixed(2) });
    expect(tight.bars.every((b) => b.valueText === null)).toBe(true);
  });
  it("named groups (no periods) are spaced evenly", () => {
    const named: BreakdownGroup[] = ["Kota A", "Kota B", "Kota C"].map((k) => ({ key: k, label: k, bars: [bar("daring", 10), bar("luring", 20)] }));
    const m = breakdownModel(named, O);
    expect(m.x.labels.map((l) => l.label)).toEqual(["Kota A", "Kota B", "Kota C"]);
    const xs = m.x.labels.map((l) => l.x);
    expect(xs[2]! - xs[1]!).toBeCloseTo(xs[1]! - xs[0]!, 6);
  });
  it("is empty without values and still lays out its legend", () => {
    const m = breakdownModel([{ key: "2020", label: "2020", period: period("2020"), bars: [bar("daring", null), bar("luring", null)] }], O);
    expect(m.empty).toBe(true);
    expect(m.legend.map((l) => l.key)).toEqual(["daring", "luring"]);
    expect(breakdownModel([], O).empty).toBe(true);
  });
});

describe("sparkline", () => {
  it("marks the latest point with a value and keeps gaps", () => {
    const m = sparklineModel(series("a", 0, [["2019", 10], ["2020", null], ["2021", 30], ["2022", 20], ["2023", null]]), { width: 120, height: 32 });
    expect(subpaths(m.path)).toBe(2);
    expect(m.last!.point.period.code).toBe("2022");
    expect(m.last!.x).toBeLessThan(120 - 3);
  });
  it("highest value at the top, lowest at the bottom, inside the inset", () => {
    const m = sparklineModel(series("a", 0, [["2019", 10], ["2020", 30]]), { width: 120, height: 32 });
    expect(m.last!.y).toBeCloseTo(3, 6);
    const m2 = sparklineModel(series("a", 0, [["2019", 30], ["2020", 10]]), { width: 120, height: 32 });
    expect(m2.last!.y).toBeCloseTo(29, 6);
  });
  it("has no path and no point without values; one value is a centred point", () => {
    const empty = sparklineModel(series("a", 0, [["2019", null]]), { width: 120, height: 32 });
    expect(empty.path).toBe("");
    expect(empty.last).toBeNull();
    const one = sparklineModel(series("a", 0, [["2024", 5]]), { width: 120, height: 32 });
    expect(one.last!.x).toBeCloseTo(60, 6);
    expect(one.last!.y).toBeCloseTo(16, 6);
  });
});

describe("bullet", () => {
  const bands = [
    { kode: "D", label: { id: "D" }, dari: 25, sampai: 64.99 },
    { kode: "C", label: { id: "C" }, dari: 65, sampai: 76.6 },
    { kode: "B", label: { id: "B" }, dari: 76.61, sampai: 88.3 },
    { kode: "A", label: { id: "A" }, dari: 88.31, sampai: 100 },
  ] as never;
  const O = { width: 320, fontSize: 13, range: [25, 100] as const, rangeLabels: ["25", "100"] as const };
  it("draws the value as a bar from the range's start, the target as a tick, bands covering the track", () => {
    const m = bulletModel(86.71, { ...O, bands, target: { value: 88.31, label: "Target" } });
    const per = (m.track.x1 - m.track.x0) / 75;
    expect(m.bar!.x0).toBeCloseTo(m.track.x0, 6);
    expect(m.bar!.x1 - m.bar!.x0).toBeCloseTo((86.71 - 25) * per, 6);
    expect(m.target!.x - m.track.x0).toBeCloseTo((88.31 - 25) * per, 6);
    expect(m.bands[0]!.x0).toBeCloseTo(m.track.x0, 6);
    expect(m.bands[m.bands.length - 1]!.x1).toBeCloseTo(m.track.x1, 6);
    for (let i = 1; i < m.bands.length; i++) expect(m.bands[i]!.x0).toBeCloseTo(m.bands[i - 1]!.x1, 6);
    expect(m.ends).toHaveLength(0);
  });
  it("keeps the target label inside the width near the end of the range", () => {
    const m = bulletModel(50, { ...O, target: { value: 99, label: "Target 99 (2029)" } });
    expect(m.target!.anchor).toBe("end");
    expect(m.target!.labelX).toBeLessThanOrEqual(320);
  });
  it("without bands shows the range's ends; without a value draws no bar", () => {
    const m = bulletModel(null, O);
    expect(m.bar).toBeNull();
    expect(m.ends.map((e) => e.text)).toEqual(["25", "100"]);
  });
  it("clamps a value outside the range to the track", () => {
    const m = bulletModel(120, O);
    expect(m.bar!.x1).toBeCloseTo(m.track.x1, 6);
  });
});

describe("textWidth", () => {
  // Widths in em by class, added by hand: narrow 0.3 (i l j . , : ; ' | ! ( ) [ ] and spaces),
  // semi 0.42 (f r t I -), wide 0.95 (m w M W @ %), capitals and digits 0.68, anything else 0.6.
  it("adds each character's class, at the font size, bold a tenth wider", () => {
    expect(textWidth("Mil", 10)).toBeCloseTo(15.5, 9); // 0.95 + 0.3 + 0.3
    expect(textWidth("Kota 12%", 10)).toBeCloseTo(49.1, 9); // 0.68 + 0.6 + 0.42 + 0.6 + 0.3 + 0.68 + 0.68 + 0.95
    expect(textWidth("Mil", 10, true)).toBeCloseTo(17.05, 9);
    expect(textWidth("", 13)).toBe(0);
  });
  it("counts a character beyond the BMP once, and a lone surrogate as one character", () => {
    expect(textWidth("a\u{1F600}", 10)).toBeCloseTo(12, 9);
    expect(textWidth("a\ud800b", 10)).toBeCloseTo(18, 9);
    expect(textWidth("\udc00\ud800", 10)).toBeCloseTo(12, 9);
    expect(textWidth("\udc00\udc00", 10)).toBeCloseTo(12, 9);
  });
  it("gives a text the same width after many other texts were measured", () => {
    const first = textWidth("Kabupaten Pesisir Selatan", 15, true);
    for (let i = 0; i < 30_000; i++) textWidth(`label ${i}`, 15);
    expect(textWidth("Kabupaten Pesisir Selatan", 15, true)).toBe(first);
    expect(textWidth("label 7", 15)).toBeCloseTo(15 * (0.3 + 0.6 + 0.6 + 0.6 + 0.3 + 0.3 + 0.68), 9);
  });
});
