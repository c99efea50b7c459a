/**
 * Progress to the target year: is a region on course to reach an indicator's target in time?
 *
 * The method is the progress measure of Open SDG, written by Statistics Canada and documented at
 * https://open-sdg.readthedocs.io/en/latest/progress-methodology/ (it follows the "ratio of
 * actual to required growth" of the UN Statistics Division's SDG Progress Chart technical note).
 *
 * - Baseline: the first year with a value at or after `target.tahun_dasar` (the first year with a
 *   value when no baseline year is stated). Sub-annual data: a year's value is its last reading.
 * - Observed growth: CAGR_i = (y_i / y_0)^(1 / (t_i − t_0)) − 1, from the baseline to the latest year.
 * - Required growth: CAGR_T = (y_T / y_0)^(1 / (t_T − t_0)) − 1, from the baseline to the target.
 * - R = d · CAGR_i / |CAGR_T|, with d = +1 when higher is better (`arah: naik`), −1 when lower is.
 * - Statuses, with the method's thresholds:
 *   achieved: the latest value meets the target (whatever the trend);
 *   on track: R ≥ 95 %;
 *   moderate progress ("progress made but acceleration needed"): 60 % ≤ R < 95 %;
 *   off track: R < 60 % (the method's "limited progress", 0 ≤ R < 60 %, and "deterioration", R < 0);
 *   insufficient data: fewer than two years with a value from the baseline on, or a value ≤ 0 (the
 *   growth model needs positive values; the method's stand-in of 0.001 for a zero is not used).
 * - Two rules of ours: a target not met by the end of the target year (a reading of the whole
 *   target year, or of a later year) is off track; a target equal to the baseline value (no growth
 *   required) and not met is off track.
 *
 * Pure: numbers in, a verdict out. `progressOf` reads a validated indicator.
 */
import type { Indicator, Observation } from "./model.ts";
import type { IndicatorMeta } from "./schema/indicator-meta.ts";
import { valuedTotals } from "./lookup.ts";

export const PROGRESS_STATUSES = ["tercapai", "sesuai_jalur", "kemajuan_sedang", "di_luar_jalur", "data_kurang"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The method's thresholds on R, as fractions. */
export const ON_TRACK_RATIO = 0.95;
export const MODERATE_RATIO = 0.6;

export interface YearValue {
  readonly year: number;
  readonly value: number;
  /** false when the reading does not reach the end of its year (e.g. only the first semester). */
  readonly final?: boolean;
}

export interface ProgressTarget {
  readonly nilai: number;
  readonly tahun: number;
  readonly tahun_dasar?: number | undefined;
}

export interface Progress {
  readonly status: ProgressStatus;
  /** Why the status is what it is: which rule decided. */
  readonly reason: "met" | "ratio" | "targetYearPassed" | "noGrowthRequired" | "noBaseline" | "tooFewYears" | "notPositive";
  readonly baseline: YearValue | null;
  readonly latest: YearValue | null;
  /** Observed and required compound annual growth, and R; null when not computed. */
  readonly observedGrowth: number | null;
  readonly requiredGrowth: number | null;
  readonly ratio: number | null;
}

const meets = (value: number, target: number, arah: "naik" | "turun") => (arah === "naik" ? value >= target : value <= target);

/** One value per year: the last reading of each year, in year order. */
export function yearlyValues(points: readonly YearValue[]): YearValue[] {
  const byYear = new Map<number, YearValue>();
  for (const p of points) byYear.set(p.year, p);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The verdict for a series of yearly values (any order; one value per year). */
export function assessProgress(series: readonly YearValue[], target: ProgressTarget, arah: "naik" | "turun"): Progress {
  const years = [...series].sort((a, b) => a.year - b.year);
  const latest = years.at(-1) ?? null;
  const none = { observedGrowth: null, requiredGrowth: null, ratio: null };
  if (latest && meets(latest.value, target.nilai, arah)) return { status: "tercapai", reason: "met", baseline: null, latest, ...none };
  const from = target.tahun_dasar ?? -Infinity;
  const usable = years.filter((y) => y.year >= from);
  const baseline = usable[0] ?? null;
  if (!baseline || !latest) return { status: "data_kurang", reason: "noBaseline", baseline, latest, ...none };
  if (latest.year > target.tahun || (latest.year === target.tahun && latest.final !== false)) return { status: "di_luar_jalur", reason: "targetYearPassed", baseline, latest, ...none };
  if (usable.length < 2) return { status: "data_kurang", reason: "tooFewYears", baseline, latest, ...none };
  if (baseline.value <= 0 || latest.value <= 0 || target.nilai <= 0) return { status: "data_kurang", reason: "notPositive", baseline, latest, ...none };
  const observedGrowth = (latest.value / baseline.value) ** (1 / (latest.year - baseline.year)) - 1;
  const requiredGrowth = (target.nilai / baseline.value) ** (1 / (target.tahun - baseline.year)) - 1;
  if (requiredGrowth === 0) return { status: "di_luar_jalur", reason: "noGrowthRequired", baseline, latest, observedGrowth, requiredGrowth, ratio: null };
  const d = arah === "naik" ? 1 : -1;
  const ratio = (d * observedGrowth) / Math.abs(requiredGrowth);
  const status: ProgressStatus = ratio >= ON_TRACK_RATIO ? "sesuai_jalur" : ratio >= MODERATE_RATIO ? "kemajuan_sedang" : "di_luar_jalur";
  return { status, reason: "ratio", baseline, latest, observedGrowth, requiredGrowth, ratio };
}

/** The yearly values of a region's totals (the last reading of each year). */
export function regionYearly(obs: readonly Observation[]): YearValue[] {
  return yearlyValues(obs.filter((o) => o.value !== null).map((o) => ({ year: o.period.year, value: o.value!, final: o.period.end.getUTCMonth() === 0 })));
}

const memo = new WeakMap<Indicator, Map<string, Progress | null>>();

/** A region's progress to the indicator's target; null when the indicator has no target. */
export function progressOf(ind: Indicator, region: string): Progress | null {
  const target: IndicatorMeta["target"] = ind.meta.target;
  if (!target) return null;
  let held = memo.get(ind);
  if (!held) memo.set(ind, (held = new Map()));
  if (held.has(region)) return held.get(region)!;
  const p = assessProgress(regionYearly(valuedTotals(ind, region)), target, ind.meta.arah);
  held.set(region, p);
  return p;
}
