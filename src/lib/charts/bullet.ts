/**
 * The bullet: the latest value as a bar over the `kategori` bands (shades from low to high) with
 * the target as a tick, on a scale around the indicator's values and target (bulletChart).
 */
import { scaleLinear } from "d3-scale";
import type { Band } from "../data/schema/indicator-meta.ts";
import { bandIntervals } from "./timeSeries.ts";
import { textWidth } from "./textWidth.ts";

export interface BulletOptions {
  readonly width: number;
  readonly fontSize: number;
  /** The scale's ends (inside the indicator's valid range). */
  readonly range: readonly [number, number];
  readonly bands?: readonly Band[] | null;
  readonly target?: { readonly value: number; readonly label: string } | null;
  /** Labels of the scale's ends (formatted). */
  readonly rangeLabels: readonly [string, string];
}

export interface BulletModel {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Track behind the bar. */
  readonly track: { readonly x0: number; readonly x1: number; readonly y: number; readonly height: number };
  readonly bands: readonly { readonly x0: number; readonly x1: number; readonly code: string; readonly shade: number; readonly labelX: number | null }[];
  /** The value bar (`null` without a value). */
  readonly bar: { readonly x0: number; readonly x1: number; readonly y: number; readonly height: number } | null;
  readonly target: { readonly x: number; readonly y0: number; readonly y1: number; readonly label: string; readonly labelX: number; readonly anchor: "start" | "middle" | "end" } | null;
  readonly ends: readonly { readonly x: number; readonly text: string; readonly anchor: "start" | "end" }[];
  readonly labelY: number;
}

export function bulletModel(value: number | null, o: BulletOptions): BulletModel {
  const f = o.fontSize;
  const pad = f * 0.3;
  const trackY = o.target ? f * 1.6 : f * 0.4;
  const trackH = f * 1.6;
  const x = scaleLinear().domain(o.range).range([pad, o.width - pad]).clamp(true);
  // Bands outside the scale (it covers the data and the target) are left out; the shade stays the band's own.
  const bands = bandIntervals(o.bands ?? []).map(({ band, lo, hi }, i) => {
    const x0 = x(lo);
    const x1 = x(hi);
    return { x0, x1, code: band.kode, shade: i, labelX: x1 - x0 >= textWidth(band.kode, f * 0.8) + f * 0.4 ? (x0 + x1) / 2 : null };
  }).filter((b) => b.x1 - b.x0 > 0.5);
  const barH = trackH / 3;
  const bar = value === null ? null : { x0: x(o.range[0]), x1: x(value), y: trackY + (trackH - barH) / 2, height: barH };
  let target: BulletModel["target"] = null;
  if (o.target) {
    const tx = x(o.target.value);
    const w = textWidth(o.target.label, f * 0.85);
    const anchor = tx - w / 2 < 0 ? "start" : tx + w / 2 > o.width ? "end" : "middle";
    target = { x: tx, y0: trackY - f * 0.3, y1: trackY + trackH + f * 0.3, label: o.target.label, labelX: anchor === "start" ? 0 : anchor === "end" ? o.width : tx, anchor };
  }
  const labelY = trackY + trackH + f * 1.25;
  return {
    width: o.width,
    height: labelY + f * 0.4,
    fontSize: f,
    track: { x0: x(o.range[0]), x1: x(o.range[1]), y: trackY, height: trackH },
    bands,
    bar,
    target,
    // Band codes and the range's ends share the line below the track: one or the other.
    ends: bands.length
      ? []
      : [
          { x: x(o.range[0]), text: o.rangeLabels[0], anchor: "start" },
          { x: x(o.range[1]), text: o.rangeLabels[1], anchor: "end" },
        ],
    labelY,
  };
}
