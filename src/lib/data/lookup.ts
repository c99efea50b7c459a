/**
 * Look-ups over an indicator's observations that every page model asks for (totals, totals of one
 * region, which regions report), computed once per indicator and kept with it. The validated
 * model is never changed after validation, so a WeakMap keyed by the indicator is safe, and it
 * lets go of the look-ups with the site.
 */
import type { Indicator, Observation } from "./model.ts";

/** An observation of the total (no dimension value set). */
export const isTotal = (o: Observation): boolean => {
  for (const k in o.dims) if (o.dims[k] !== null) return false;
  return true;
};

export interface ObservationLookup {
  /** Totals, in observation order (period, region). */
  readonly totals: readonly Observation[];
  /** Totals per region, in period order, gaps included. */
  readonly totalsByRegion: ReadonlyMap<string, readonly Observation[]>;
  /** Totals with a value per region, in period order. */
  readonly valuedTotalsByRegion: ReadonlyMap<string, readonly Observation[]>;
  /** Regions with any observation that has a value (totals or breakdowns). */
  readonly reporting: ReadonlySet<string>;
}

const lookups = new WeakMap<Indicator, ObservationLookup>();

export function lookup(ind: Indicator): ObservationLookup {
  const held = lookups.get(ind);
  if (held) return held;
  const totals: Observation[] = [];
  const totalsByRegion = new Map<string, Observation[]>();
  const valuedTotalsByRegion = new Map<string, Observation[]>();
  const reporting = new Set<string>();
  for (const o of ind.observations) {
    if (o.value !== null) reporting.add(o.region);
    if (!isTotal(o)) continue;
    totals.push(o);
    let mine = totalsByRegion.get(o.region);
    if (!mine) totalsByRegion.set(o.region, (mine = []));
    mine.push(o);
    if (o.value !== null) {
      let valued = valuedTotalsByRegion.get(o.region);
      if (!valued) valuedTotalsByRegion.set(o.region, (valued = []));
      valued.push(o);
    }
  }
  const made = { totals, totalsByRegion, valuedTotalsByRegion, reporting };
  lookups.set(ind, made);
  return made;
}

/** A region's totals with a value, in period order. */
export const valuedTotals = (ind: Indicator, region: string): readonly Observation[] => lookup(ind).valuedTotalsByRegion.get(region) ?? [];
