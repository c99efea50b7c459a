/**
 * The time series (`tren`): one line per series on a true time axis, gaps where values are
 * missing, the target as a reference line, `kategori` bands behind, direct labels at line ends
 * (a legend when they do not fit). Stage three: series → placed series → this chart model.
 */
import type { Lang } from "../data/model.ts";
import type { Period } from "../data/period.ts";
import type { Band } from "../data/schema/indicator-meta.ts";
import type { Series, SeriesPoint } from "./series.ts";
import { timeDomain, timeScale, timeTicks, periodX, type TimeTicks } from "./timeAxis.ts";
import { clearOf, valueDomain, valueScale, valueTicks, type ValueTick } from "./valueAxis.ts";
import { linePath } from "./linePath.ts";
import { dodgeLabels } from "./dodgeLabels.ts";
import { legendLayout, type LegendItem } from "./legend.ts";
import { textWidth } from "./textWidth.ts";
import { BAND_SHADES } from "./bands.ts";

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Reference {
  readonly value: number;
  /** Text drawn by the line (`Target 80`). */
  readonly label: string;
}

export interface TimeSeriesOptions {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lang: Lang;
  /** The indicator's valid range (`rentang`): the value axis stays inside it. */
  readonly clamp?: readonly [number, number];
  readonly target?: Reference | null;
  readonly bands?: readonly Band[] | null;
  /** Text above the value axis (the unit). */
  readonly unitLabel?: string;
  /** `false` forces a legend. */
  readonly directLabels?: boolean;
}

export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly period: Period;
  /** `null` for a missing value that carries a note (drawn as a marker on the axis). */
  readonly value: number | null;
  readonly note: string | null;
}

export interface PlacedSeries {
  readonly key: string;
  readonly label: string;
  readonly slot: number;
  /** SVG path with one `M` per unbroken run of values; empty without values. */
  readonly path: string;
  /** Points with a value, and missing points with a note, in time order. */
  readonly points: readonly PlacedPoint[];
  /** Direct label at the line end (`null` in legend mode or without values). */
  readonly end: { readonly x: number; readonly y: number } | null;
}

export interface PlacedBand {
  readonly code: string;
  readonly top: number;
  readonly bottom: number;
  /** Every other band is tinted, starting with the lowest one left clear. */
  readonly shaded: boolean;
  /** The band's own colour, its rank from the lowest band (bands.ts `bandShade`), shown by its swatch. */
  readonly shade: number;
  /** The swatch of the band's colour behind its letter, in the letter column left of the tick labels. */
  readonly swatch: { readonly x: number; readonly width: number };
  /** Where the band's code goes (`null` when the band is too thin to label). */
  readonly labelAt: { readonly x: number; readonly y: number } | null;
}

export interface TimeSeriesModel {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly plot: Box;
  readonly x: TimeTicks;
  readonly y: readonly ValueTick[];
  readonly unitLabel: { readonly x: number; readonly y: number; readonly text: string } | null;
  readonly bands: readonly PlacedBand[];
  readonly target: { readonly y: number; readonly label: string; readonly labelX: number; readonly labelY: number } | null;
  readonly series: readonly PlacedSeries[];
  /** Empty when the series carry direct labels. */
  readonly legend: readonly LegendItem[];
  /** True when no series has a value. */
  readonly empty: boolean;
}

const valuesOf = (series: readonly Series[]) =>
  series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null));

/** Bands as value intervals without the hairline gaps between official limits (76.60 | 76.61). */
export function bandIntervals(bands: readonly Band[]): { band: Band; lo: number; hi: number }[] {
  const sorted = [...bands].sort((a, b) => a.dari - b.dari);
  return sorted.map((band, i) => ({ band, lo: band.dari, hi: sorted[i + 1]?.dari ?? band.sampai }));
}

function layout(series: readonly Series[], o: TimeSeriesOptions, legendMode: boolean): TimeSeriesModel | null {
  const f = o.fontSize;
  const values = valuesOf(series);
  const periods = series.flatMap((s) => s.points.map((p) => p.period));
  const tDomain = timeDomain(periods);
  const legendEntries = series.map(({ key, label, slot }) => ({ key, label, slot }));
  const pad = f * 0.6;
  const legend = legendMode ? legendLayout(legendEntries, [pad, o.width - pad], f * 0.2, f) : null;
  const legendBottom = legend ? legend.height + f * 0.4 : 0;
  const top = legendBottom + (o.unitLabel ? f * 1.75 : f * 0.6);
  // A legend on top makes the drawing taller rather than the plot shorter (twenty regions on a phone).
  const height = o.height + legendBottom;
  const bottom = height - f * 2.2;
  const vDomain = valueDomain(o.target ? [...values, o.target.value] : values, { pad: 0.08, ...(o.clamp ? { clamp: o.clamp } : {}) });
  if (!tDomain || !vDomain || values.length === 0) {
    return {
      width: o.width, height, fontSize: f, plot: { left: pad, right: o.width - pad, top, bottom },
      x: { unit: "year", step: 1, labels: [], marks: [] }, y: [], unitLabel: null, bands: [], target: null, series: [], legend: [], empty: true,
    };
  }
  const count = Math.max(2, Math.round((bottom - top) / (f * 3.2)));
  const y = clearOf(valueScale(vDomain, [bottom, top], count, o.clamp), o.target?.value, count, o.clamp);
  const yTicks = valueTicks(y, count, o.lang);
  // Band letters sit in a column of their own left of the tick labels, where no point or line goes.
  const bandColumn = o.bands?.length ? Math.max(...o.bands.map((b) => textWidth(b.kode, f * 0.8))) + f * 0.5 : 0;
  const left = bandColumn + Math.max(...yTicks.map((t) => textWidth(t.label, f)), f) + f * 0.8;
  const labelWidth = Math.max(0, ...series.map((s) => textWidth(s.label, f, true)));
  if (!legendMode && labelWidth > o.width * 0.3) return null;
  const right = legendMode ? o.width - pad : o.width - labelWidth - f * 1.1;
  const plot: Box = { left, right, top, bottom };
  const x = timeScale(tDomain, [left, right]);
  const dataKind = periods.reduce((k, p) => (p.end.getTime() - p.start.getTime() < k.end.getTime() - k.start.getTime() ? p : k)).kind;
  const xTicks = timeTicks(x, { dataKind, fontSize: f, lang: o.lang });
  const [lo, hi] = y.domain() as [number, number];

  // Where each period goes, worked out once: every series has the same periods, and the path and
  // the points both need them (a date and a scale call per point otherwise).
  const xs = new Map<string, number>();
  const xOf = (p: Period): number => {
    let at = xs.get(p.code);
    if (at === undefined) xs.set(p.code, (at = periodX(x, p)));
    return at;
  };
  // Coordinates to a tenth of a unit: a sixth of a pixel or less at every drawing size.
  const path = (points: readonly SeriesPoint[]) => linePath(points, (p) => p.value !== null, (p) => xOf(p.period), (p) => y(p.value ?? 0));
  // A missing value with a note is a gap: its note number sits at the top of the plot, where no
  // value is read (timeSeriesScene draws a dotted line down through the gap); several gaps in one
  // period stack their numbers.
  const gapsAt = new Map<string, number>();
  const gapY = (code: string) => {
    const k = gapsAt.get(code) ?? 0;
    gapsAt.set(code, k + 1);
    return top + f * 0.9 + k * f * 0.95;
  };
  const placed = series.map((s) => {
    const points: PlacedPoint[] = s.points
      .filter((p) => p.value !== null || p.note !== null)
      .map((p) => ({ x: xOf(p.period), y: p.value === null ? gapY(p.period.code) : y(p.value), period: p.period, value: p.value, note: p.note }));
    return { key: s.key, label: s.label, slot: s.slot, path: path(s.points), points, end: null };
  });

  let withLabels: PlacedSeries[] = placed;
  if (!legendMode) {
    const ends = placed.map((s) => [...s.points].reverse().find((p) => p.value !== null) ?? null);
    const have = ends.map((e, i) => (e ? i : -1)).filter((i) => i >= 0);
    const ys = dodgeLabels(have.map((i) => ends[i]!.y), f * 1.2, [top, bottom]);
    if (!ys) return null;
    withLabels = placed.map((s, i) => {
      const k = have.indexOf(i);
      return k < 0 ? s : { ...s, end: { x: right + f * 0.5, y: ys[k]! } };
    });
  }

  const bands: PlacedBand[] = [];
  bandIntervals(o.bands ?? []).forEach(({ band, lo: a, hi: b }, i) => {
    const from = Math.max(a, lo);
    const to = Math.min(b, hi);
    if (to <= from) return;
    const top_ = y(to);
    const bottom_ = y(from);
    bands.push({
      code: band.kode,
      top: top_,
      bottom: bottom_,
      shaded: i % 2 === 1,
      shade: i % BAND_SHADES,
      swatch: { x: 0, width: bandColumn - f * 0.15 },
      labelAt: bottom_ - top_ >= f * 1.1 ? { x: pad * 0.5, y: (top_ + bottom_) / 2 } : null,
    });
  });

  const target =
    o.target && o.target.value >= lo && o.target.value <= hi
      ? { y: y(o.target.value), label: o.target.label, labelX: left + f * 0.3, labelY: y(o.target.value) - f * 0.35 }
      : null;

  return {
    width: o.width,
    height,
    fontSize: f,
    plot,
    x: xTicks,
    y: yTicks,
    unitLabel: o.unitLabel ? { x: pad, y: legendBottom + f * 1.05, text: o.unitLabel } : null,
    bands,
    target,
    series: withLabels,
    legend: legend?.items ?? [],
    empty: false,
  };
}

/**
 * Places `series` in a `width × height` box. Direct labels are used when the longest label takes
 * at most 30 % of the width and the labels fit the plot's height after dodging; otherwise a
 * legend goes on top.
 */
export function timeSeriesModel(series: readonly Series[], options: TimeSeriesOptions): TimeSeriesModel {
  return (options.directLabels !== false && layout(series, options, false)) || layout(series, options, true)!;
}
