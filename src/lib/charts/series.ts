/**
 * Stage two of the data: observations → series. A series is one line (a region, or one value of a
 * dimension) with a point for every period of the indicator, in time order; a period the series
 * has no observation for is a missing point (`value: null`), so lines leave a gap there.
 */
import type { Indicator, Observation, Region } from "../data/model.ts";
import type { Dimension } from "../data/schema/indicator-meta.ts";
import { comparePeriods, type Period } from "../data/period.ts";
import { isTotal, lookup } from "../data/lookup.ts";

export interface SeriesPoint {
  readonly period: Period;
  /** `null`: missing (no row, or a row with an empty `nilai`). */
  readonly value: number | null;
  readonly note: string | null;
  /** The note in English (`catatan_en`), when the row has one. */
  readonly noteEn?: string | null;
}

/**
 * A point's note as a page in `lang` prints it: English pages take the English note when there is
 * one. `own`: written in the page's language (otherwise it is Indonesian on an English page, and
 * is marked so).
 */
export function noteFor(p: { readonly note: string | null; readonly noteEn?: string | null } | null | undefined, lang: "id" | "en"): { readonly text: string; readonly own: boolean } | null {
  if (!p || p.note === null) return null;
  if (lang === "en" && p.noteEn) return { text: p.noteEn, own: true };
  return { text: p.note, own: lang === "id" };
}

export interface Series {
  /** Stable key: a region code or a dimension value. */
  readonly key: string;
  readonly label: string;
  /** Colour and shape slot; kept per region across every chart of the site. */
  readonly slot: number;
  readonly points: readonly SeriesPoint[];
}

export { isTotal };

/** Every period of `observations`, once each, in time order. */
export function periodsOf(observations: readonly Observation[]): Period[] {
  const byCode = new Map<string, Period>();
  for (const o of observations) byCode.set(o.period.code, o.period);
  return [...byCode.values()].sort(comparePeriods);
}

function align(key: string, label: string, slot: number, periods: readonly Period[], obs: readonly Observation[]): Series {
  const byCode = new Map(obs.map((o) => [o.period.code, o]));
  return {
    key,
    label,
    slot,
    points: periods.map((period) => {
      const o = byCode.get(period.code);
      return { period, value: o?.value ?? null, note: o?.note ?? null, ...(o?.noteEn ? { noteEn: o.noteEn } : {}) };
    }),
  };
}

/**
 * One series per region with any total observation, in the order of `regions` (province first).
 * `slot` is the region's position in `regions`, so a region keeps its colour on every chart.
 */
export function seriesByRegion(ind: Indicator, regions: readonly Region[]): Series[] {
  // Asked for by every chart, summary and headline of a page: drawn once per indicator and
  // region list (callers pass the same ordered list, see regionsInOrder).
  let perList = seriesMemo.get(ind);
  if (!perList) seriesMemo.set(ind, (perList = new WeakMap()));
  const held = perList.get(regions);
  if (held) return held;
  const { totals, totalsByRegion } = lookup(ind);
  const periods = periodsOf(totals);
  const out: Series[] = [];
  regions.forEach((r, i) => {
    const obs = totalsByRegion.get(r.code);
    if (obs && obs.length > 0) out.push(align(r.code, r.name, i, periods, obs));
  });
  perList.set(regions, out);
  return out;
}
const seriesMemo = new WeakMap<Indicator, WeakMap<readonly Region[], Series[]>>();

/** One series per declared value of `dim` for one region (other dimensions at their total). */
export function seriesByDimension(ind: Indicator, dim: Dimension, region: string, labelOf: (code: string) => string): Series[] {
  const mine = ind.observations.filter(
    (o) => o.region === region && o.dims[dim.kolom] != null && Object.entries(o.dims).every(([k, v]) => k === dim.kolom || v === null),
  );
  const periods = periodsOf(mine);
  return Object.keys(dim.nilai).map((code, i) =>
    align(code, labelOf(code), i, periods, mine.filter((o) => o.dims[dim.kolom] === code)),
  );
}

/** Regions (codes, in `regions` order) that have observations broken down by `dim`. */
export function regionsWithDimension(ind: Indicator, dim: Dimension, regions: readonly Region[]): string[] {
  const have = new Set(ind.observations.filter((o) => o.dims[dim.kolom] != null && o.value !== null).map((o) => o.region));
  return regions.filter((r) => have.has(r.code)).map((r) => r.code);
}

/** The last point of a series with a value, or `null`. */
export function lastValued(s: Series): SeriesPoint | null {
  for (let i = s.points.length - 1; i >= 0; i--) if (s.points[i]!.value !== null) return s.points[i]!;
  return null;
}

/** The first point of a series with a value, or `null`. */
export function firstValued(s: Series): SeriesPoint | null {
  return s.points.find((p) => p.value !== null) ?? null;
}

/** The latest period in which any of `series` has a value. */
export function latestPeriod(series: readonly Series[]): Period | null {
  let best: Period | null = null;
  for (const s of series) {
    const p = lastValued(s)?.period;
    if (p && (!best || comparePeriods(p, best) > 0)) best = p;
  }
  return best;
}

/** The point of `s` for `period`, if any. */
export const pointAt = (s: Series, period: Period): SeriesPoint | null => s.points.find((p) => p.period.code === period.code) ?? null;
