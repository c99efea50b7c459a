/**
 * The breakdown (`rincian`): grouped vertical bars, one bar per value of a dimension (e.g.
 * `modalitas`: online, in person) in each group. Groups are either periods, placed on the true
 * time axis at their midpoints, or named groups (regions in one period) placed side by side.
 */
import { scaleBand } from "d3-scale";
import type { Lang } from "../data/model.ts";
import type { Period } from "../data/period.ts";
import { timeDomain, timeScale, timeTicks, periodX, type TimeTicks, type TimeTick } from "./timeAxis.ts";
import { valueDomain, valueScale, valueTicks, type ValueTick } from "./valueAxis.ts";
import { legendLayout, type LegendItem } from "./legend.ts";
import { textWidth } from "./textWidth.ts";
import type { Box } from "./timeSeries.ts";

export interface BreakdownBarIn {
  /** The dimension value (the series). */
  readonly key: string;
  readonly label: string;
  readonly slot: number;
  readonly value: number | null;
  readonly note: string | null;
}

export interface BreakdownGroup {
  readonly key: string;
  /** Group name on the axis (named groups), or the period's name. */
  readonly label: string;
  /** Set for every group: time mode. */
  readonly period?: Period;
  readonly bars: readonly BreakdownBarIn[];
}

export interface BreakdownOptions {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lang: Lang;
  readonly format: (value: number | null) => string;
  /** Short value labels on the bars (number only; the axis names the unit). Default: `format`. */
  readonly barLabel?: (value: number) => string;
  readonly clamp?: readonly [number, number];
  readonly unitLabel?: string;
}

export interface PlacedGroupBar extends BreakdownBarIn {
  readonly group: string;
  readonly period: Period | null;
  readonly x: number;
  readonly width: number;
  /** Top of the bar (for a missing value with a note: where its marker goes). */
  readonly y: number;
  readonly height: number;
  /** Value label above the bar, or `null` when bars are too thin for it. */
  readonly valueText: string | null;
}

export interface BreakdownModel {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly plot: Box;
  readonly x: TimeTicks;
  readonly y: readonly ValueTick[];
  readonly unitLabel: { readonly x: number; readonly y: number; readonly text: string } | null;
  /** Bars with a value, and missing values with a note, group by group. */
  readonly bars: readonly PlacedGroupBar[];
  readonly legend: readonly LegendItem[];
  readonly empty: boolean;
}

export function breakdownModel(groups: readonly BreakdownGroup[], o: BreakdownOptions): BreakdownModel {
  const f = o.fontSize;
  const pad = f * 0.6;
  const entries = new Map<string, { key: string; label: string; slot: number }>();
  for (const g of groups) for (const b of g.bars) if (!entries.has(b.key)) entries.set(b.key, { key: b.key, label: b.label, slot: b.slot });
  const legend = legendLayout([...entries.values()], [pad, o.width - pad], f * 0.2, f);
  const top = legend.height + f * 0.4 + (o.unitLabel ? f * 1.7 : f * 0.4);
  const bottom = o.height - f * 2.2;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v): v is number => v !== null);
  const domain = valueDomain(values, { zero: true, ...(o.clamp ? { clamp: o.clamp } : {}) });
  const unitLabel = o.unitLabel ? { x: pad, y: legend.height + f * 1.4, text: o.unitLabel } : null;
  const timeMode = groups.length > 0 && groups.every((g) => g.period);
  const periods = timeMode ? groups.map((g) => g.period!) : [];
  const tDomain = timeDomain(periods);
  if (!domain || values.length === 0 || (timeMode && !tDomain)) {
    return { width: o.width, height: o.height, fontSize: f, plot: { left: pad, right: o.width - pad, top, bottom }, x: { unit: "year", step: 1, labels: [], marks: [] }, y: [], unitLabel: null, bars: [], legend: legend.items, empty: true };
  }
  const count = Math.max(2, Math.round((bottom - top) / (f * 3.2)));
  const y = valueScale(domain, [bottom, top], count, o.clamp);
  const yTicks = valueTicks(y, count, o.lang);
  const left = Math.max(...yTicks.map((t) => textWidth(t.label, f)), f) + f * 0.8;
  const right = o.width - pad;
  const plot: Box = { left, right, top, bottom };

  let centre: (g: BreakdownGroup) => number;
  let groupWidth: number;
  let xTicks: TimeTicks;
  if (timeMode) {
    const x = timeScale(tDomain!, [left, right]);
    const shortest = periods.reduce((a, p) => Math.min(a, x(p.end) - x(p.start)), Infinity);
    groupWidth = shortest * 0.8;
    centre = (g) => periodX(x, g.period!);
    const dataKind = periods.reduce((k, p) => (p.end.getTime() - p.start.getTime() < k.end.getTime() - k.start.getTime() ? p : k)).kind;
    xTicks = timeTicks(x, { dataKind, fontSize: f, lang: o.lang });
  } else {
    const band = scaleBand<string>().domain(groups.map((g) => g.key)).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
    groupWidth = band.bandwidth();
    centre = (g) => band(g.key)! + groupWidth / 2;
    const labels: TimeTick[] = [];
    xTicks = { unit: "year", step: 1, labels, marks: [] };
    for (const g of groups) labels.push({ x: centre(g), label: g.label, period: g.period ?? null });
  }
  const zero = y(Math.max(0, (y.domain() as [number, number])[0]));
  const n = Math.max(1, entries.size);
  const keys = [...entries.keys()];
  const barWidth = groupWidth / n;
  const valueFont = f * 0.8;
  // Value labels on every bar or on none: a few labels where they happen to fit read as emphasis.
  const barLabel = o.barLabel ?? o.format;
  const labelsFit = groups.every((g) => g.bars.every((b) => b.value === null || textWidth(barLabel(b.value), valueFont) <= barWidth * 0.9));
  const bars: PlacedGroupBar[] = [];
  for (const g of groups) {
    const x0 = centre(g) - groupWidth / 2;
    for (const b of g.bars) {
      if (b.value === null && b.note === null) continue;
      const i = keys.indexOf(b.key);
      const yTop = b.value === null ? zero - f * 0.45 : y(b.value);
      bars.push({
        ...b,
        group: g.key,
        period: g.period ?? null,
        x: x0 + i * barWidth + barWidth * 0.06,
        width: barWidth * 0.88,
        y: yTop,
        height: b.value === null ? 0 : zero - yTop,
        valueText: b.value !== null && labelsFit ? barLabel(b.value) : null,
      });
    }
  }
  return { width: o.width, height: o.height, fontSize: f, plot, x: xTicks, y: yTicks, unitLabel, bars, legend: legend.items, empty: false };
}
