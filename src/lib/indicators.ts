/**
 * What pages say about an indicator: latest value per region with the change since the previous
 * period, target status. Pure functions of the validated model.
 */
import type { Indicator, Observation, Region } from "./data/model.ts";

import { valuedTotals } from "./data/lookup.ts";

export interface Latest {
  readonly region: string;
  /** Latest observation with a value (totals only). */
  readonly latest: Observation;
  /** The observation with a value just before `latest`, if any. */
  readonly previous: Observation | null;
}

/** Latest value per region (totals), in the order of `regions` (province first). */
export function latestPerRegion(ind: Indicator, regions: readonly Region[]): Latest[] {
  const out: Latest[] = [];
  for (const r of regionsInOrder(regions)) {
    const obs = valuedTotals(ind, r.code);
    const latest = obs[obs.length - 1];
    if (latest) out.push({ region: r.code, latest, previous: obs[obs.length - 2] ?? null });
  }
  return out;
}

/** Province first, then regencies and cities by name. */
export function regionsInOrder(regions: readonly Region[]): readonly Region[] {
  // One ordered list per region list: chart series are kept per list (series.ts).
  const held = ordered.get(regions);
  if (held) return held;
  const out = [...regions].sort((a, b) => (a.kind === "provinsi" ? 0 : 1) - (b.kind === "provinsi" ? 0 : 1) || a.name.localeCompare(b.name, "id"));
  ordered.set(regions, out);
  return out;
}
const ordered = new WeakMap<readonly Region[], readonly Region[]>();

export type TargetStatus = "met" | "notMet" | null;

/** Whether a value meets the indicator's target (respecting `arah`); null without a target. */
export function targetStatus(ind: Indicator, value: number | null): TargetStatus {
  const target = ind.meta.target;
  if (!target || value === null) return null;
  const met = ind.meta.arah === "naik" ? value >= target.nilai : value <= target.nilai;
  return met ? "met" : "notMet";
}

/** Whether a change is an improvement, given `arah`. */
export function isImprovement(ind: Indicator, delta: number): boolean | null {
  if (delta === 0) return null;
  return ind.meta.arah === "naik" ? delta > 0 : delta < 0;
}
