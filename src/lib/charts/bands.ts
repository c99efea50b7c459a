/**
 * The band rule for `kategori` (e.g. IKM grades A–D, IP ASN levels). Official bands leave gaps
 * between their limits (IKM C ends at 76.60, B starts at 76.61), so a raw value such as 76.605
 * would fall in none. The one rule, stated in each indicator's `metode` too:
 *
 *   1. round the value to the bands' precision (the most decimals any limit is written with),
 *      half away from zero;
 *   2. a band's lower limit is inclusive: the value belongs to the band with the highest `dari`
 *      at or below it (so a gap always belongs to the band below it);
 *   3. values below the lowest `dari` or above the highest `sampai` belong to no band.
 */
import type { Band } from "../data/schema/indicator-meta.ts";

const decimalsOf = (n: number): number => {
  const s = String(n);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  const dot = s.indexOf(".");
  return dot === -1 ? 0 : s.length - dot - 1;
};

/** The number of decimals the bands are written with (`88.31` → 2, `61` → 0). */
export function bandPrecision(bands: readonly Band[]): number {
  return Math.max(0, ...bands.flatMap((b) => [decimalsOf(b.dari), decimalsOf(b.sampai)]));
}

/** `value` rounded half away from zero to `decimals`. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(value) * f * (1 + Number.EPSILON)) / f;
  return value < 0 ? -r : r;
}

/** The band a value falls in under the rule above, or `null`. */
export function bandOf(value: number, bands: readonly Band[]): Band | null {
  if (bands.length === 0) return null;
  const v = roundTo(value, bandPrecision(bands));
  const sorted = [...bands].sort((a, b) => a.dari - b.dari);
  let found: Band | null = null;
  for (const b of sorted) if (b.dari <= v) found = b;
  const top = sorted[sorted.length - 1]!;
  return found && v <= Math.max(top.sampai, found.sampai) ? found : null;
}

/** How many shades band colours go through (PALETTE.ramp; `--chart-ramp-0` … `-4` in CSS). */
export const BAND_SHADES = 5;

/**
 * A band's shade: its rank from the lowest band up, the order charts draw bands in, through the
 * ramp. One rule for every place a band is coloured (chart shades, swatches and the `.badge.band`
 * of pages, all painted `shade-N` from the `--chart-ramp-N` custom properties), so a band has one
 * colour everywhere.
 */
export function bandShade(band: Band, bands: readonly Band[]): number {
  const rank = [...bands].sort((a, b) => a.dari - b.dari).findIndex((b) => b.kode === band.kode);
  return Math.max(0, rank) % BAND_SHADES;
}
