/**
 * Numbers read the same everywhere (issue 14, point 4): one precision per indicator, declared
 * (`desimal`) or derived from its values; every figure of the indicator page written with it;
 * percentages as each language writes them.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteDist } from "../helpers/site.ts";
import { decimalsIn, derivedDecimals } from "../../src/lib/precision.ts";
import { formatChange, formatFixed, formatNumber, formatValue } from "../../src/lib/i18n/format.ts";
import { formatLocale } from "d3-format";
import { indicatorMeta } from "../../src/lib/data/schema/indicator-meta.ts";

describe("one precision per indicator", () => {
  it("counts the decimals a value was typed with", () => {
    expect([decimalsIn(75), decimalsIn(75.3), decimalsIn(75.36), decimalsIn(0.0001), decimalsIn(1e-7)]).toEqual([0, 1, 2, 4, 4]);
    const obs = (value: number | null) => ({ value }) as never;
    expect(derivedDecimals([obs(71.4), obs(75.36), obs(null), obs(80)])).toBe(2);
    expect(derivedDecimals([])).toBe(0);
  });

  it("writes values and changes with exactly that many decimals", () => {
    expect(formatValue(71.4, "persen", "id", 2)).toBe("71,40%");
    expect(formatValue(71.4, "persen", "en", 2)).toBe("71.40%");
    expect(formatValue(88.31, "skor", "id", 1)).toBe("88,3");
    expect(formatChange(3.26, "skor", "id", 1)).toBe("+3,3");
    expect(formatChange(0.04, "skor", "en", 1)).toBe("±0.0");
    expect(formatValue(23, "jam", "en", 0)).toBe("23\u00a0JP");
  });

  it("accepts a declared precision of 0 to 4 in the metadata, and nothing else", () => {
    const base = { id: "x", judul: { id: "x", en: "x" }, deskripsi: { id: "x", en: "x" }, satuan: "skor", rentang: [0, 100], arah: "naik", frekuensi: "tahunan", metode: { id: "x", en: "x" }, sumber: { id: "x", en: "x" }, diperbarui: "2026-01-01" };
    const ok = (desimal: unknown) => indicatorMeta.safeParse({ ...base, desimal }).success;
    expect(indicatorMeta.safeParse(base).success).toBe(true);
    expect([ok(0), ok(2), ok(4)]).toEqual([true, true, true]);
    expect([ok(5), ok(1.5), ok(-1), ok("2")]).toEqual([false, false, false, false]);
  });
});

describe("numbers written again", () => {
  // The formatters keep what they wrote (up to 10,000 values each): d3-format, which they call,
  // is the reference, for more values than that, close together, each written twice by formatters
  // of two languages and two precisions, and for -0 after 0.
  it("read the same as d3-format writes them, past what a formatter keeps", () => {
    const locale = {
      id: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["Rp", ""], minus: "\u2212" }),
      en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "\u2212" }),
    };
    const values = Array.from({ length: 25_000 }, (_, i) => (i % 2 ? -1 : 1) * i * 0.037);
    for (const lang of ["id", "en"] as const) {
      const fixed = locale[lang].format(",.1f");
      const most = locale[lang].format(",.2~f");
      for (const pass of [1, 2]) {
        for (const v of values) {
          expect(formatFixed(v, lang, 1), `${lang}, pass ${pass}, ${v}`).toBe(fixed(v));
          expect(formatNumber(v, lang), `${lang}, pass ${pass}, ${v}`).toBe(most(v));
        }
      }
      expect([formatFixed(0, lang, 1), formatFixed(-0, lang, 1), formatFixed(-0.01, lang, 1)]).toEqual([fixed(0), fixed(-0), fixed(-0.01)]);
    }
  });
});

describe("on the built indicator pages", () => {
  const dist = siteDist(inject("siteDist"));
  const page = (p: string) => readFileSync(join(dist, p, "index.html"), "utf8");

  it("every value in the latest-value and full data tables has the same decimals", () => {
    for (const p of ["indikator/partisipasi-pelatihan", "en/indicators/ikm", "indikator/jam-pelatihan"]) {
      const html = page(p);
      const tables = [/<table class="latest"[\s\S]*?<\/table>/.exec(html)![0], /<section class="table-scroll full-data"[\s\S]*?<\/table>/.exec(html)![0]];
      const decimals = new Set<number>();
      for (const t of tables) {
        for (const m of t.matchAll(/<(?:strong|td)[^>]*>([−-]?\d[\d.,]*)(%|\u00a0JP|&nbsp;JP)?</g)) {
          const sep = p.startsWith("en/") ? "." : ",";
          // Periods (`2019`) are not values: a value has a unit or a decimal mark.
          if (!m[2] && !m[1]!.includes(sep)) continue;
          decimals.add((m[1]!.split(sep)[1] ?? "").length);
        }
      }
      expect([...decimals], p).toHaveLength(1);
    }
  });

  it("writes percentages without a space in Indonesian and in English", () => {
    expect(page("indikator/partisipasi-pelatihan")).toMatch(/\d,\d\d%/);
    expect(page("indikator/partisipasi-pelatihan")).not.toMatch(/\d(\u00a0|&nbsp;| )%/);
    expect(page("en/indicators/partisipasi-pelatihan")).toMatch(/\d\.\d\d%/);
  });
});
