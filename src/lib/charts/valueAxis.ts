/** The value axis: a domain around the data (inside the indicator's `rentang`), nice ticks. */
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { tickStep } from "d3-array";
import { precisionFixed } from "d3-format";
import type { Lang } from "../data/model.ts";
import { formatFixed } from "../i18n/format.ts";

export interface ValueDomainOptions {
  /** The indicator's valid range: the domain never leaves it. */
  readonly clamp?: readonly [number, number];
  /** Start at zero (bars). */
  readonly zero?: boolean;
  /** Room added on each side, as a share of the data's span (lines). */
  readonly pad?: number;
}

/** A domain covering `values`; `null` when there are none. One value gets ±10 % (at least ±1). */
export function valueDomain(values: readonly number[], options: ValueDomainOptions = {}): [number, number] | null {
  if (values.length === 0) return null;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (options.zero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) {
    const d = Math.max(Math.abs(lo) * 0.1, 1);
    if (!options.zero || lo !== 0) lo -= d;
    hi += d;
    if (options.zero && values.every((v) => v >= 0)) lo = Math.max(lo, 0);
  } else if (options.pad) {
    const d = (hi - lo) * options.pad;
    if (!(options.zero && lo === 0)) lo -= d;
    hi += d;
  }
  if (options.clamp) {
    lo = Math.max(lo, options.clamp[0]);
    hi = Math.min(hi, options.clamp[1]);
  }
  return [lo, hi];
}

/** A linear scale over `domain`, extended to nice round limits (still inside `clamp`). */
export function valueScale(domain: [number, number], range: [number, number], count: number, clamp?: readonly [number, number]): ScaleLinear<number, number> {
  const s = scaleLinear().domain(domain).nice(count);
  if (clamp) {
    const [a, b] = s.domain() as [number, number];
    s.domain([Math.max(a, clamp[0]), Math.min(b, clamp[1])]);
  }
  return s.range(range);
}

/**
 * The scale with neither end exactly at `value` (a target): an end on the target would hide whether
 * values beyond it exist. The end is moved out by one tick step (never past `clamp`).
 */
export function clearOf(scale: ScaleLinear<number, number>, value: number | null | undefined, count: number, clamp?: readonly [number, number]): ScaleLinear<number, number> {
  if (value === null || value === undefined) return scale;
  let [a, b] = scale.domain() as [number, number];
  const step = Math.abs(tickStep(a, b, count)) || 1;
  if (Math.abs(b - value) < 1e-9) b = clamp ? Math.min(b + step, clamp[1]) : b + step;
  if (Math.abs(a - value) < 1e-9) a = clamp ? Math.max(a - step, clamp[0]) : a - step;
  return scale.copy().domain([a, b]);
}

export interface ValueTick {
  readonly value: number;
  /** Position on the scale's range. */
  readonly at: number;
  readonly label: string;
}

/** About `count` ticks, labelled with the decimals their step needs (`80`, `82,5`). */
export function valueTicks(scale: ScaleLinear<number, number>, count: number, lang: Lang): ValueTick[] {
  const [a, b] = scale.domain() as [number, number];
  const step = Math.abs(tickStep(a, b, count));
  const decimals = step > 0 ? precisionFixed(step) : 0;
  return scale.ticks(count).map((value) => ({ value, at: scale(value), label: formatFixed(value, lang, decimals) }));
}
