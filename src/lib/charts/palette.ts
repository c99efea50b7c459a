/**
 * The chart palette: the one place chart colours are chosen. Series hues follow Okabe & Ito's
 * colour-blind-safe set, darkened for the light scheme and kept light for the dark one, so every
 * mark (and every series-coloured label, which is text) has at least 4.5:1 against the page and
 * against the quiet band tint (WCAG 2.2: 3:1 for graphics, 4.5:1 for text). Series also differ in
 * point shape and carry direct labels, so colour is never the only cue.
 *
 * `src/styles/global.css` repeats these values as `--chart-*` custom properties (CSS cannot import
 * them); `tests/charts/palette.test.ts` checks that both say the same.
 */

export type Scheme = "light" | "dark";

export interface ChartColours {
  /** Page background. */
  readonly bg: string;
  /** Text and reference lines. */
  readonly fg: string;
  /** Axis labels and secondary text. */
  readonly muted: string;
  /** Grid lines and axis ticks (decoration: no contrast requirement). */
  readonly grid: string;
  /** Tint behind every other `kategori` band (decoration). */
  readonly band: string;
  /** Shades from low to high band behind a bullet (decoration). */
  readonly ramp: readonly string[];
  /** Series colours, by series index. */
  readonly series: readonly string[];
}

export const PALETTE: Readonly<Record<Scheme, ChartColours>> = {
  light: {
    bg: "#ffffff",
    fg: "#1b1f24",
    muted: "#4d5560",
    grid: "#d5d9de",
    band: "#eef1f4",
    ramp: ["#eef1f4", "#e2e6ea", "#d6dbe0", "#cad0d6", "#bec5cc"],
    // blue, vermillion, bluish green, reddish purple, ochre, violet
    series: ["#0072b2", "#b34700", "#007a5a", "#a8467e", "#8f6400", "#5d3a9b"],
  },
  dark: {
    bg: "#111418",
    fg: "#e8eaed",
    muted: "#aab2bc",
    grid: "#3a414a",
    band: "#1e242b",
    ramp: ["#1e242b", "#28303a", "#333c47", "#3e4855", "#4a5563"],
    // sky blue, orange, bluish green, pink, yellow, lavender
    series: ["#56b4e9", "#e69f00", "#3dcc9e", "#e89bc8", "#f0e442", "#d9a6ff"],
  },
};

/** How many distinct series colours (and point shapes) there are; series beyond reuse them. */
export const SERIES_COLOURS = PALETTE.light.series.length;

/** The colour slot of the `i`-th series. */
export const seriesSlot = (i: number): number => ((i % SERIES_COLOURS) + SERIES_COLOURS) % SERIES_COLOURS;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
