/** Small builders for chart unit tests: periods and series from short literals. */
import { parsePeriod, type Period } from "../../src/lib/data/period.ts";
import type { Series } from "../../src/lib/charts/series.ts";

export function period(code: string): Period {
  const p = parsePeriod(code);
  if (!p) throw new Error(`bad period ${code}`);
  return p;
}

/** A series from `[period, value, note?]` triples (`null` value: missing). */
export function series(key: string, slot: number, points: readonly (readonly [string, number | null, string?])[], label = key): Series {
  return { key, label, slot, points: points.map(([c, v, n]) => ({ period: period(c), value: v, note: n ?? null })) };
}

/** Counts the sub-paths (`M` commands) of an SVG path. */
export const subpaths = (d: string): number => (d.match(/M/g) ?? []).length;

/** The x/y pairs of an SVG path made of M and L commands. */
export function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
