/**
 * One precision per indicator (issue 14, point 4): every figure of an indicator — values, changes,
 * tables, summaries, tooltips, charts — is written with the same number of decimals, so "88,3"
 * never stands next to "88,31" for one series. The metadata may state it (`desimal`); otherwise it
 * is derived once, when the site is handed to the routes: the most decimals any of its values has.
 */
import type { Indicator, Observation } from "./data/model.ts";

/** Decimals written in a number as staff typed it (`75.36` → 2), at most 4. */
export function decimalsIn(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(value);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Math.min(4, Number(e[1]));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

/** The most decimals among the values (0 when there are none). */
export function derivedDecimals(observations: readonly Observation[]): number {
  let d = 0;
  for (const o of observations) if (o.value !== null) d = Math.max(d, decimalsIn(o.value));
  return d;
}

/** The indicator's precision: its declared `desimal`, else derived from its values. */
export function decimalsOf(ind: Pick<Indicator, "meta" | "observations">): number {
  return ind.meta.desimal ?? derivedDecimals(ind.observations);
}

/**
 * Writes each indicator's precision into its metadata (`desimal`), once, so every formatter reads
 * the same number from `meta.desimal`.
 */
export function settleDecimals(indicators: readonly Indicator[]): void {
  for (const ind of indicators) {
    if (ind.meta.desimal === undefined) (ind.meta as { desimal?: number }).desimal = derivedDecimals(ind.observations);
  }
}
