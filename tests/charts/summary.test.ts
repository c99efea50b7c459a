/** Plain-language summaries in both languages, and the standalone SVG printer. */
import { describe, expect, it } from "vitest";
import { trendSummary, comparisonSummary, latestSummary, breakdownSummary, listOf } from "../../src/lib/charts/summary.ts";
import { serializeSvg, el, text } from "../../src/lib/charts/svg.ts";
import { PALETTE } from "../../src/lib/charts/palette.ts";
import { period, series } from "./_helpers.ts";

const bands = [
  { kode: "B", label: { id: "Baik", en: "Good" }, dari: 0, sampai: 80 },
  { kode: "A", label: { id: "Sangat baik", en: "Very good" }, dari: 80.01, sampai: 100 },
] as never;

describe("trendSummary", () => {
  const s = [series("13", 0, [["2019", 58.3], ["2020", null], ["2024", 71.4]], "Sumatera Barat"), series("1372", 2, [["2019", 61.4], ["2024", 82.5]], "Kota Solok")];
  it("says each series' first and last value, the highest and lowest, the target and the bands, in Indonesian", () => {
    const out = trendSummary(s, { lang: "id", unit: "persen", arah: "naik", target: { nilai: 80, tahun: 2026 }, bands });
    expect(out).toContain("Sumatera Barat: naik dari 58,3% (2019) menjadi 71,4% (2024).");
    expect(out).toContain("Pada 2024, nilai tertinggi di Kota Solok (82,5%) dan terendah di Sumatera Barat (71,4%).");
    expect(out).toContain("Target 80% untuk 2026 sudah tercapai di Kota Solok.");
    expect(out).toContain("Target 80% untuk 2026 belum tercapai di Sumatera Barat.");
    expect(out).toContain("A (Sangat baik) untuk Kota Solok");
  });
  it("in English with English numbers", () => {
    const out = trendSummary(s, { lang: "en", unit: "persen", arah: "naik", target: { nilai: 80, tahun: 2026 } });
    expect(out).toContain("Sumatera Barat: up from 58.3% (2019) to 71.4% (2024).");
    expect(out).toContain("The target of 80% for 2026 is met in Kota Solok.");
  });
  it("reads a fall, a flat line and a single value", () => {
    expect(trendSummary([series("a", 0, [["2019-S1", 80], ["2020-S2", 75.5]], "X")], { lang: "id", unit: "skor" })).toContain("X: turun dari 80 (Semester I 2019) menjadi 75,5 (Semester II 2020).");
    expect(trendSummary([series("a", 0, [["2019", 5], ["2020", 5]], "X")], { lang: "en", unit: "skor" })).toContain("unchanged at 5");
    expect(trendSummary([series("a", 0, [["2025-Q3", 12]], "X")], { lang: "en", unit: "jam" })).toContain("X: 12\u00a0JP (Q3 2025), the only data point.");
  });
  it("a lower-is-better target is met at or below it", () => {
    const out = trendSummary([series("a", 0, [["2024", 9]], "X")], { lang: "en", unit: "persen", arah: "turun", target: { nilai: 10, tahun: 2026 } });
    expect(out).toContain("is met in X");
  });
  it("says so when there is no data", () => {
    expect(trendSummary([series("a", 0, [["2024", null]])], { lang: "id", unit: "persen" })).toBe("Belum ada data untuk grafik ini.");
  });
});

describe("other summaries", () => {
  it("comparison: highest and lowest, the reference, missing regions", () => {
    const items = [
      { key: "a", label: "Kota A", slot: 0, value: 70, note: null },
      { key: "b", label: "Kota B", slot: 1, value: 90, note: null },
      { key: "c", label: "Kota C", slot: 2, value: null, note: null },
    ];
    const out = comparisonSummary(items, period("2025"), { label: "Provinsi", value: 80 }, { lang: "id", unit: "skor" });
    expect(out).toContain("nilai tertinggi di Kota B (90) dan terendah di Kota A (70)");
    expect(out).toContain("Nilai Provinsi sebagai pembanding: 80.");
    expect(out).toContain("Data tidak tersedia untuk Kota C.");
  });
  it("latest value with band and target", () => {
    const out = latestSummary(series("a", 0, [["2025", 85], ["2026", null]], "Kota A"), { lang: "en", unit: "skor", target: { nilai: 88.31, tahun: 2026 }, bands });
    expect(out.startsWith("Kota A: latest value 85 (2025).")).toBe(true);
    expect(out).toContain("A (Very good)");
    expect(out).toContain("The target of 88.31 for 2026 is not yet met in Kota A.");
  });
  it("breakdown: the latest period's values, then each value's change", () => {
    const out = breakdownSummary([series("d", 0, [["2019", 12.5], ["2025", 47.9]], "Daring"), series("t", 1, [["2019", 48.7], ["2025", 52.15]], "Tatap muka")], "Kota Sawahlunto", { lang: "id", unit: "persen" });
    expect(out.startsWith("Kota Sawahlunto, 2025: Daring 47,9%, Tatap muka 52,15%.")).toBe(true);
    expect(out).toContain("Daring berubah dari 12,5% (2019) menjadi 47,9% (2025).");
  });
  it("lists read naturally", () => {
    expect(listOf(["A"], "id")).toBe("A");
    expect(listOf(["A", "B"], "id")).toBe("A dan B");
    expect(listOf(["A", "B", "C"], "en")).toBe("A, B and C");
  });
});

describe("serializeSvg", () => {
  const tree = el("svg", { viewBox: "0 0 100 50", class: "chart-svg", role: "img", "aria-labelledby": "t", "data-chart-svg": "" }, [
    { tag: "title", attrs: { id: "t" }, children: [], text: "Judul <&> \"x\"" },
    el("g", { class: "series c1", "data-series-group": "a" }, [el("path", { class: "line", d: "M0,0L10,10", "data-point": "", tabindex: 0 })]),
    text({ class: "tick-label", x: 1, y: 2 }, "a < b"),
  ]);
  const out = serializeSvg(tree);
  it("is a standalone document with size, namespace and a light background right after the title", () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).toContain('width="100" height="50"');
    expect(out).toMatch(/<title>[^<]*<\/title><rect width="100%" height="100%" fill="#ffffff"\/>/);
  });
  it("inlines colours: the series colour of the enclosing .cN on its line, muted for tick labels", () => {
    expect(out).toContain(`stroke="${PALETTE.light.series[1]}"`);
    expect(out).toContain(`fill="${PALETTE.light.muted}"`);
    expect(out).not.toContain("class=");
  });
  it("drops page-only attributes and escapes text", () => {
    expect(out).not.toMatch(/data-|aria-|role=|tabindex|id="t"/);
    expect(out).toContain("Judul &lt;&amp;&gt; &quot;x&quot;");
    expect(out).toContain("a &lt; b");
  });
});
