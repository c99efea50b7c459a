/**
 * The comparison (`perbandingan`): one horizontal bar per region for one period, sorted from the
 * highest value down, a value label on each bar, and the province's value as a reference line.
 * Narrow charts put each region's name above its bar instead of in a column on the left.
 */
import type { Lang } from "../data/model.ts";
import { clearOf, valueDomain, valueScale, valueTicks, type ValueTick } from "./valueAxis.ts";
import { textWidth } from "./textWidth.ts";
import type { Box, Reference } from "./timeSeries.ts";

export interface ComparisonItem {
  readonly key: string;
  readonly label: string;
  readonly slot: number;
  readonly value: number | null;
  readonly note: string | null;
  /** The note in English (`catatan_en`), when there is one: for the table of an English page. */
  readonly noteEn?: string | null;
}

export interface ComparisonOptions {
  readonly width: number;
  readonly fontSize: number;
  readonly lang: Lang;
  /** Formats a value label (with its unit). */
  readonly format: (value: number | null) => string;
  /** Region names above the bars (narrow screens). */
  readonly stacked?: boolean;
  readonly clamp?: readonly [number, number];
  /** The province's value. */
  readonly reference?: Reference | null;
  /** The target, drawn as a line with its label in words. */
  readonly target?: Reference | null;
}

export interface PlacedBar extends ComparisonItem {
  /** Top of the bar. */
  readonly y: number;
  readonly thickness: number;
  readonly x0: number;
  /** Bar end (`x0` for a missing value). */
  readonly x1: number;
  /** Region name: `anchor` end at its right edge (column) or start above the bar (stacked). */
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAnchor: "start" | "end";
  /** Value label, starting just after the bar end. */
  readonly valueX: number;
  readonly valueY: number;
  readonly valueText: string;
}

export interface ComparisonModel {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly plot: Box;
  readonly x: readonly ValueTick[];
  readonly bars: readonly PlacedBar[];
  readonly reference: { readonly x: number; readonly label: string; readonly labelX: number; readonly labelY: number; readonly anchor: "start" | "middle" | "end" } | null;
  readonly target: { readonly x: number; readonly label: string; readonly labelX: number; readonly labelY: number; readonly anchor: "start" | "middle" | "end" } | null;
  readonly empty: boolean;
}

/** Highest value first, missing values last; ties by label. */
export function sortForComparison<T extends ComparisonItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.label.localeCompare(b.label) : 1) : -1;
    return b.value - a.value || a.label.localeCompare(b.label);
  });
}

export function comparisonModel(items: readonly ComparisonItem[], o: ComparisonOptions): ComparisonModel {
  const f = o.fontSize;
  const stacked = o.stacked ?? false;
  const sorted = sortForComparison(items);
  const values = sorted.map((i) => i.value).filter((v): v is number => v !== null);
  const ref = o.reference ?? null;
  const pad = f * 0.6;
  const row = stacked ? f * 3.1 : f * 2.2;
  const thickness = f * 1.3;
  const goal = o.target ?? null;
  // The reference's and the target's labels each take a line above the bars.
  const labelLines = (ref ? 1 : 0) + (goal ? 1 : 0);
  const top = labelLines ? f * (0.6 + 1.3 * labelLines) : f * 0.6;
  const bottom = top + sorted.length * row;
  const height = bottom + f * 2;
  const domain = valueDomain([...values, ...(ref ? [ref.value] : []), ...(goal ? [goal.value] : [])], { zero: true, ...(o.clamp ? { clamp: o.clamp } : {}) });
  const nameWidth = stacked ? 0 : Math.min(Math.max(0, ...sorted.map((i) => textWidth(i.label, f))), o.width * 0.4);
  const valueWidth = Math.max(0, ...sorted.map((i) => textWidth(o.format(i.value), f)));
  const left = stacked ? pad : nameWidth + f * 0.9;
  const right = o.width - Math.min(valueWidth, o.width * 0.35) - f * 0.8;
  const plot: Box = { left, right, top, bottom };
  if (!domain || values.length === 0) return { width: o.width, height, fontSize: f, plot, x: [], bars: [], reference: null, target: null, empty: true };

  const count = Math.max(2, Math.floor((right - left) / (f * 5)));
  const x = clearOf(valueScale(domain, [left, right], count, o.clamp), goal?.value, count, o.clamp);
  const zero = x(Math.max(0, (x.domain() as [number, number])[0]));
  const bars: PlacedBar[] = sorted.map((item, i) => {
    const rowTop = top + i * row;
    const y = stacked ? rowTop + f * 1.5 : rowTop + (row - thickness) / 2;
    const x1 = item.value === null ? zero : x(item.value);
    return {
      ...item,
      y,
      thickness,
      x0: zero,
      x1,
      labelX: stacked ? left : left - f * 0.5,
      labelY: stacked ? rowTop + f * 1.05 : y + thickness / 2 + f * 0.35,
      labelAnchor: stacked ? "start" : "end",
      valueX: x1 + f * 0.35,
      valueY: y + thickness / 2 + f * 0.35,
      valueText: o.format(item.value),
    };
  });
  let reference: ComparisonModel["reference"] = null;
  // A value label a reference or target line would cross starts just after the line instead.
  for (const line of [ref, goal]) {
    if (!line) continue;
    const rx = x(line.value);
    for (const [i, b] of bars.entries()) {
      const w = textWidth(b.valueText, f);
      if (rx >= b.valueX - f * 0.2 && rx <= b.valueX + w + f * 0.2) bars[i] = { ...b, valueX: rx + f * 0.35 };
    }
  }
  const placeLabel = (line: Reference, labelY: number) => {
    const rx = x(line.value);
    const w = textWidth(line.label, f * 0.85);
    const anchor: "start" | "middle" | "end" = rx - w / 2 < 0 ? "start" : rx + w / 2 > o.width ? "end" : "middle";
    return { x: rx, label: line.label, labelX: anchor === "start" ? Math.max(rx - f * 0.3, 0) : anchor === "end" ? Math.min(rx + f * 0.3, o.width) : rx, labelY, anchor };
  };
  if (ref) reference = placeLabel(ref, f * 1.2);
  const target = goal ? placeLabel(goal, f * (ref ? 2.5 : 1.2)) : null;
  return { width: o.width, height, fontSize: f, plot, x: valueTicks(x, count, o.lang), bars, reference, target, empty: false };
}
