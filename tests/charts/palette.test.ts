/**
 * The chart palette, numerically: every series colour against the page and the band tint in both
 * schemes (≥ 3:1 for graphics, WCAG 1.4.11; the palette promises 4.5:1 since series labels are
 * text), text colours ≥ 4.5:1, distinct colours under simulated colour-vision deficiencies, and the
 * CSS custom properties saying exactly what palette.ts says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PALETTE, contrastRatio, relativeLuminance, seriesSlot, SERIES_COLOURS } from "../../src/lib/charts/palette.ts";
import { APP } from "../helpers/site.ts";

const schemes = ["light", "dark"] as const;

describe("contrast maths", () => {
  it("matches WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 6);
    expect(() => relativeLuminance("red")).toThrow();
  });
});

describe.each(schemes)("%s scheme", (scheme) => {
  const k = PALETTE[scheme];
  it.each(k.series.map((c, i) => [i, c]))("series %i (%s) has ≥ 4.5:1 against the page and the band tint", (_i, c) => {
    expect(contrastRatio(c, k.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c, k.band)).toBeGreaterThanOrEqual(4.5);
  });
  it("text and reference lines (fg) have ≥ 4.5:1 against the page and every band shade", () => {
    for (const bg of [k.bg, k.band, ...k.ramp]) expect(contrastRatio(k.fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it("axis and band labels (muted) have ≥ 4.5:1 where they are drawn: the page and the band tint", () => {
    for (const bg of [k.bg, k.band]) expect(contrastRatio(k.muted, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it("the bullet bar (fg) stands out ≥ 3:1 from every band shade", () => {
    for (const shade of k.ramp) expect(contrastRatio(k.fg, shade)).toBeGreaterThanOrEqual(3);
  });
  it("band shades go from low to high in one direction (a ramp)", () => {
    const l = k.ramp.map(relativeLuminance);
    const sign = Math.sign(l[1]! - l[0]!);
    for (let i = 1; i < l.length; i++) expect(Math.sign(l[i]! - l[i - 1]!)).toBe(sign);
  });
});

/** sRGB → linear → simulated deficiency (Viénot, Brettel & Mollon 1999) → CIE Lab. */
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
const SIM: Record<string, number[][]> = {
  protan: [[0.11238, 0.88762, 0], [0.11238, 0.88762, 0], [0.00401, -0.00401, 1]],
  deutan: [[0.29275, 0.70725, 0], [0.29275, 0.70725, 0], [-0.02234, 0.02234, 1]],
  none: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
};
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const simulate = (hex: string, m: number[][]) => {
  const c = rgb(hex);
  return lab(m.map((row) => Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2])) as [number, number, number]);
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe.each(schemes)("%s series colours under colour-vision deficiencies", (scheme) => {
  it.each(Object.keys(SIM))("%s: the first four series (the four sample regions) stay apart (ΔE ≥ 10)", (kind) => {
    const cs = PALETTE[scheme].series.slice(0, 4).map((c) => simulate(c, SIM[kind]!));
    for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) expect(deltaE(cs[i]!, cs[j]!), `${i} vs ${j}`).toBeGreaterThanOrEqual(10);
  });
});

describe("series slots", () => {
  it("wrap around the palette, also for negative indices", () => {
    expect(seriesSlot(0)).toBe(0);
    expect(seriesSlot(SERIES_COLOURS)).toBe(0);
    expect(seriesSlot(SERIES_COLOURS + 2)).toBe(2);
    expect(seriesSlot(-1)).toBe(SERIES_COLOURS - 1);
  });
  it("light and dark have the same number of series colours", () => {
    expect(PALETTE.dark.series).toHaveLength(PALETTE.light.series.length);
  });
});

describe("global.css", () => {
  const css = readFileSync(join(APP, "src/styles/global.css"), "utf8");
  /** The `--chart-*` properties of the first block matching `selector`. */
  function props(block: string): Record<string, string> {
    return Object.fromEntries([...block.matchAll(/--(chart-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  }
  const expected = (scheme: (typeof schemes)[number]) => {
    const k = PALETTE[scheme];
    return {
      ...Object.fromEntries(k.series.map((c, i) => [`chart-s${i}`, c])),
      "chart-grid": k.grid,
      "chart-band": k.band,
      ...Object.fromEntries(k.ramp.map((c, i) => [`chart-ramp-${i}`, c])),
    };
  };
  it("declares the light palette on :root", () => {
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    expect(props(root)).toEqual(expected("light"));
  });
  it("declares the dark palette under prefers-color-scheme: dark", () => {
    const at = css.indexOf("prefers-color-scheme: dark");
    expect(at).toBeGreaterThan(0);
    expect(props(css.slice(at, css.indexOf("}", css.indexOf(":root {", at))))).toEqual(expected("dark"));
  });
  it("prints in the light palette", () => {
    const at = css.indexOf("@media print");
    expect(at).toBeGreaterThan(0);
    expect(props(css.slice(at))).toEqual(expected("light"));
  });
});

describe("progress status colours (global.css)", () => {
  const css = readFileSync(join(APP, "src/styles/global.css"), "utf8");
  const block = (start: number) => css.slice(start, css.indexOf("}", start));
  const tokens = (b: string) => Object.fromEntries([...b.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const light = tokens(block(css.indexOf(":root {")));
  const darkAt = css.indexOf("prefers-color-scheme: dark");
  const dark = tokens(block(css.indexOf(":root {", darkAt)));
  const statuses = ["tercapai", "sesuai_jalur", "kemajuan_sedang", "di_luar_jalur", "data_kurang"];
  it.each([["light", light], ["dark", dark]] as const)("%s: every status colour has ≥ 4.5:1 against the page and the soft panel (cards, <Indicator>)", (_s, k) => {
    for (const st of statuses) {
      const c = k[`progress-${st}`];
      expect(c, st).toMatch(/^#[0-9a-f]{6}$/);
      for (const bg of [k.bg!, k.soft!]) expect(contrastRatio(c!, bg), `${st} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it("every status has its own badge rule", () => {
    for (const st of statuses) expect(css).toMatch(new RegExp(`\\.badge\\.progress-${st} \\{ color: var\\(--progress-${st}\\)`));
  });
});
