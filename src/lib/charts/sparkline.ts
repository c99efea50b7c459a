/** A sparkline for cards: the line alone (gaps kept) on a true time axis, the latest point marked. */
import type { Series, SeriesPoint } from "./series.ts";
import { lastValued } from "./series.ts";
import { timeDomain, timeScale, periodX } from "./timeAxis.ts";
import { scaleLinear } from "d3-scale";
import { valueDomain } from "./valueAxis.ts";
import { linePath } from "./linePath.ts";

export interface SparklineOptions {
  readonly width: number;
  readonly height: number;
  /** Room kept free around the line for the end marker. */
  readonly inset?: number;
}

export interface SparklineModel {
  readonly width: number;
  readonly height: number;
  readonly path: string;
  /** The latest point with a value. */
  readonly last: { readonly x: number; readonly y: number; readonly point: SeriesPoint } | null;
}

/**
 * A series' sparkline at a size, kept with the series (which series.ts keeps per indicator): the
 * drawing has no words, so both languages and every page that shows a region's card (the region's
 * page, its filtered list, the lists) share one. At a thousand indicators and twenty regions that
 * is 20,000 sparklines computed instead of 84,000.
 */
const models = new WeakMap<Series, Map<string, SparklineModel>>();

export function sparklineModel(series: Series, o: SparklineOptions): SparklineModel {
  const key = `${o.width}x${o.height}x${o.inset ?? 3}`;
  let held = models.get(series);
  if (!held) models.set(series, (held = new Map()));
  let model = held.get(key);
  if (!model) held.set(key, (model = drawSparkline(series, o)));
  return model;
}

function drawSparkline(series: Series, o: SparklineOptions): SparklineModel {
  const inset = o.inset ?? 3;
  const values = series.points.map((p) => p.value).filter((v): v is number => v !== null);
  const t = timeDomain(series.points.map((p) => p.period));
  const d = valueDomain(values);
  if (!t || !d) return { width: o.width, height: o.height, path: "", last: null };
  const x = timeScale(t, [inset, o.width - inset]);
  const y0 = scaleLinear().domain(d).range([o.height - inset, inset]);
  const path = linePath(series.points, (p) => p.value !== null, (p) => periodX(x, p.period), (p) => y0(p.value ?? 0));
  const l = lastValued(series);
  return { width: o.width, height: o.height, path, last: l ? { x: periodX(x, l.period), y: y0(l.value!), point: l } : null };
}
