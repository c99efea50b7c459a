/**
 * The charts of one indicator, assembled once for every printer: the indicator page and MDX
 * `<Chart>` (via the components in src/components/charts/) and the pages' image export (made in
 * the browser from the drawing on the page: src/scripts/terang-chart.ts). Each spec holds the
 * drawing in two sizes, the title, the plain-language summary and the chart's data as a table.
 */
import type { Indicator, Lang, Region } from "../data/model.ts";
import type { Period } from "../data/period.ts";
import { formatFixed, formatNumber, formatPeriod, formatStated, formatValue } from "../i18n/format.ts";
import { clearOf, valueDomain, valueScale } from "./valueAxis.ts";
import { t } from "../i18n/ui.ts";
import { rt } from "../i18n/reader.ts";
import { tx } from "../i18n/text.ts";
import { lookup } from "../data/lookup.ts";
import { seriesByRegion, seriesByDimension, regionsWithDimension, latestPeriod, pointAt, periodsOf, noteFor, type Series } from "./series.ts";
import { timeSeriesModel } from "./timeSeries.ts";
import { comparisonModel, sortForComparison, type ComparisonItem } from "./comparison.ts";
import { breakdownModel, type BreakdownGroup } from "./breakdown.ts";
import { sparklineModel } from "./sparkline.ts";
import { bulletModel } from "./bullet.ts";
import { timeSeriesScene, comparisonScene, breakdownScene, sparklineScene, bulletScene, type SceneOptions } from "./scene.ts";
import { trendSummary, comparisonSummary, breakdownSummary, latestSummary, type SummaryContext } from "./summary.ts";
import { printSvg, type PrintedSvg, type SvgNode } from "./svg.ts";

/** Drawing sizes, in viewBox units. Fonts are chosen for the width each variant is shown at:
 * `wide` from 34rem (≈ 544 px) up to the figure's 48rem cap, `narrow` from 288 px (a 320 px
 * screen minus page padding) up to 34rem, so text renders at roughly 11–18 px either way. */
export const VARIANTS = {
  wide: { width: 680, height: 380, fontSize: 15 },
  narrow: { width: 340, height: 330, fontSize: 14 },
} as const;
export type VariantName = keyof typeof VARIANTS;

export interface TableCell {
  readonly text: string;
  readonly note: string | null;
  readonly missing: boolean;
  /** Set when the note is in the page's language (English pages: the row's `catatan_en`). */
  readonly noteOwn?: boolean;
}

export interface ChartTable {
  readonly caption: string;
  /** Header of the first column (what the rows are). */
  readonly corner: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly head: string; readonly cells: readonly TableCell[] }[];
}

export interface SeriesToggle {
  readonly key: string;
  readonly label: string;
  readonly slot: number;
}

export type FigureKind = "tren" | "perbandingan" | "rincian";

/**
 * One figure: its texts, its drawing in each size, its table. `Drawing` is the drawing's tree
 * (SvgNode, what the chart functions here give and the data checker draws in the browser) or, in
 * the page models, the drawing printed once (PrintedSvg: `printChart`).
 */
export interface ChartSpec<Drawing = SvgNode> {
  readonly kind: FigureKind;
  /** Base of DOM ids and of the standalone file name (`ikm-tren`). */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly variants: readonly { readonly name: VariantName; readonly scene: Drawing }[];
  readonly table: ChartTable;
  /** Buttons to show/hide series (empty with a single series). */
  readonly toggles: readonly SeriesToggle[];
  /** Name of the exported image, as SVG (`ikm-tren-id.svg`; the PNG is `ikm-tren-id.png`). */
  readonly file: string;
  /** The period the chart shows, in words (`2019–2025`, `Semester I 2024`); empty without data. */
  readonly period: string;
  /** Notes (`catatan`) of the points drawn, numbered as on the drawing. */
  readonly notes: readonly ChartNote[];
  /** The band letters on the chart in words (`A = Sangat baik (88,31–100); …`), for charts that draw bands. */
  readonly bandKey?: string;
  /** Said when the time axis labels only some of the periods drawn. */
  readonly axisNote?: string;
}

/**
 * What an exported chart image says besides the drawing, filled by the page models: ChartFigure's
 * `credit` prop, printed as `data-*` attributes of `<terang-chart>` for its image export.
 */
export interface ChartCredit {
  /** The unit in words (`persen`, `JP`). */
  readonly unit: string;
  /** The indicator's source (`sumber`), in the page's language. */
  readonly source: string;
  /** The data licence's name (`CC BY 4.0`). */
  readonly licence: string;
  /** The sample-data notice while `data_contoh` is on, else null. */
  readonly notice: string | null;
}

export interface ChartNote {
  readonly n: number;
  /** Series and period, in words (`Kota Solok, Semester II 2020`). */
  readonly where: string;
  readonly text: string;
  /** The note is in the page's language; otherwise (an English page without `catatan_en`) it is Indonesian. */
  readonly own: boolean;
}

/** Numbers the notes of `points` in order; `number` finds a point's number for the drawing. */
function numberNotes(points: readonly { series: string; period: string | null; where: string; note: string | null; noteEn?: string | null }[], lang: Lang) {
  const notes: ChartNote[] = [];
  const byKey = new Map<string, number>();
  for (const p of points) {
    const note = noteFor(p, lang);
    if (note === null) continue;
    const n = notes.length + 1;
    notes.push({ n, where: p.where, text: note.text, own: note.own });
    byKey.set(`${p.series}|${p.period ?? ""}`, n);
  }
  return { notes, number: (series: string, period: string | null) => byKey.get(`${series}|${period ?? ""}`) ?? null };
}

/** Notes of series, numbered left to right (by period, then in series order), as the eye reads the chart. */
const seriesNotes = (series: readonly Series[], lang: Lang) =>
  numberNotes(
    series
      .flatMap((s, i) => s.points.map((p) => ({ i, start: p.period.start.getTime(), series: s.key, period: p.period.code, where: `${s.label}, ${formatPeriod(p.period, lang)}`, note: p.note, noteEn: p.noteEn })))
      .sort((a, b) => a.start - b.start || a.i - b.i),
    lang,
  );

export interface ChartContext {
  readonly lang: Lang;
  /** Regions in display order (province first): their positions are the series colours. */
  readonly regions: readonly Region[];
  /** Prefix for DOM ids when a page shows the same chart twice. */
  readonly idPrefix?: string;
}

const fmt = (ind: Indicator, lang: Lang) => (v: number | null) => formatValue(v, ind.meta.satuan, lang, ind.meta.desimal);

function summaryContext(ind: Indicator, lang: Lang): SummaryContext {
  const m = ind.meta;
  return { lang, unit: m.satuan, decimals: m.desimal, arah: m.arah, target: m.target ?? null, bands: m.kategori ?? null };
}

function sceneOptions(ind: Indicator, c: ChartContext, domId: string, title: string, variant: VariantName, noteNumber?: SceneOptions["noteNumber"], rows?: readonly Period[]): SceneOptions {
  // Points carry no texts: the script reads them from the table, a point's row by its period.
  const rowOf = rows && ((code: string) => rows.findIndex((p) => p.code === code));
  return {
    noteNumber,
    rowOf,
    title,
    // Short: every point's `href` repeats it (`ikm-tren-w0`: shape 0 of the wide drawing).
    id: `${domId}-${variant === "wide" ? "w" : "n"}`,
    titleId: `${domId}-${variant}-title`,
    summaryId: `${domId}-summary`,
    className: `v-${variant}`,
    lang: c.lang,
    format: fmt(ind, c.lang),
    emptyText: t(c.lang, "indicator.noData"),
  };
}

function cell(ind: Indicator, lang: Lang, value: number | null, p: { readonly note: string | null; readonly noteEn?: string | null } | null | undefined): TableCell {
  const note = noteFor(p, lang);
  return { text: formatValue(value, ind.meta.satuan, lang, ind.meta.desimal), note: note?.text ?? null, missing: value === null, ...(note?.own && lang === "en" ? { noteOwn: true } : {}) };
}

/** The rows of a series table: the periods where some series has a point. */
const tablePeriods = (ind: Indicator, series: readonly Series[]): Period[] => periodsOf(ind.observations).filter((p) => series.some((s) => pointAt(s, p)));

/**
 * Series × periods as a table: a row per period, a column per series (in series order, as the
 * drawing's series groups: the page script reads the points' texts from it by position).
 */
function seriesTable(ind: Indicator, lang: Lang, series: readonly Series[], caption: string): ChartTable {
  const periods = tablePeriods(ind, series);
  return {
    caption,
    corner: t(lang, "table.period"),
    columns: series.map((s) => s.label),
    rows: periods.map((p) => ({
      head: formatPeriod(p, lang),
      cells: series.map((s) => {
        const pt = pointAt(s, p);
        return cell(ind, lang, pt?.value ?? null, pt);
      }),
    })),
  };
}

const periodSpan = (series: readonly Series[], lang: Lang): string => {
  const ps = series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.period));
  if (ps.length === 0) return "";
  const first = ps.reduce((a, b) => (b.start < a.start ? b : a));
  const last = ps.reduce((a, b) => (b.end > a.end ? b : a));
  return first.code === last.code ? formatPeriod(first, lang) : `${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`;
};

const targetRef = (ind: Indicator, lang: Lang) =>
  ind.meta.target ? { value: ind.meta.target.nilai, label: t(lang, "chart.target", { value: formatValue(ind.meta.target.nilai, ind.meta.satuan, lang), year: ind.meta.target.tahun }) } : null;

/** The time series of every region (or of one region only). */
export function trendChart(ind: Indicator, c: ChartContext, options: { region?: string } = {}): ChartSpec {
  const { lang } = c;
  const m = ind.meta;
  const all = seriesByRegion(ind, c.regions);
  const series = options.region ? all.filter((s) => s.key === options.region) : all;
  const id = `${m.id}-tren${options.region ? `-${options.region}` : ""}`;
  const domId = `${c.idPrefix ?? ""}${id}`;
  const span = periodSpan(series, lang);
  const title = `${tx(m.judul, lang)}${span ? `, ${span}` : ""}`;
  const notes = seriesNotes(series, lang);
  const rows = tablePeriods(ind, series);
  const variants = (Object.keys(VARIANTS) as VariantName[]).map((name) => {
    const v = VARIANTS[name];
    const model = timeSeriesModel(series, { ...v, lang, clamp: m.rentang, target: targetRef(ind, lang), bands: m.kategori ?? null, unitLabel: t(lang, `unit.${m.satuan}`) });
    return { name, scene: timeSeriesScene(model, sceneOptions(ind, c, domId, title, name, notes.number, rows)) };
  });
  return {
    kind: "tren",
    id: domId,
    title,
    summary: trendSummary(series, summaryContext(ind, lang)),
    variants,
    table: seriesTable(ind, lang, series, t(lang, "chart.table", { title })),
    toggles: series.length > 1 ? series.map(({ key, label, slot }) => ({ key, label, slot })) : [],
    file: `${id}-${lang}.svg`,
    period: span,
    notes: notes.notes,
    ...(m.kategori?.length ? { bandKey: bandKey(ind, lang) } : {}),
  };
}

/** The band letters drawn on a chart, spelled out with their limits as the metadata states them. */
export function bandKey(ind: Indicator, lang: Lang): string {
  const m = ind.meta;
  const list = (m.kategori ?? []).map((b) => `${b.kode} = ${tx(b.label, lang)} (${formatStated(b.dari, m.satuan, lang)}–${formatStated(b.sampai, m.satuan, lang)})`).join("; ");
  return rt(lang, "chart.bandKey", { list });
}

/** The period a comparison shows by default: the latest with a value outside the province. */
export function comparisonPeriod(ind: Indicator, regions: readonly Region[]): Period | null {
  const series = seriesByRegion(ind, regions);
  const local = series.filter((s) => regions.find((r) => r.code === s.key)?.kind !== "provinsi");
  return latestPeriod(local.length ? local : series);
}

/** Regions compared in one period (the latest by default), the province as the reference line. */
export function comparisonChart(ind: Indicator, c: ChartContext, options: { period?: string } = {}): ChartSpec {
  const { lang } = c;
  const m = ind.meta;
  const series = seriesByRegion(ind, c.regions);
  const period = (options.period ? periodsOf(lookup(ind).totals).find((p) => p.code === options.period) : null) ?? comparisonPeriod(ind, c.regions);
  const province = c.regions.find((r) => r.kind === "provinsi");
  const items: ComparisonItem[] = series.map((s) => {
    const p = period ? pointAt(s, period) : null;
    return { key: s.key, label: s.label, slot: s.slot, value: p?.value ?? null, note: p?.note ?? null, ...(p?.noteEn ? { noteEn: p.noteEn } : {}) };
  });
  const provItem = items.find((i) => i.key === province?.code);
  const bars = items.filter((i) => i !== provItem);
  const shown = bars.length ? bars : items;
  const reference = bars.length && provItem && provItem.value !== null ? { value: provItem.value, label: `${provItem.label}: ${formatValue(provItem.value, m.satuan, lang, m.desimal)}` } : null;
  const id = `${m.id}-perbandingan`;
  const domId = `${c.idPrefix ?? ""}${id}`;
  const title = period ? t(lang, "chart.latestIn", { title: tx(m.judul, lang), period: formatPeriod(period, lang) }) : tx(m.judul, lang);
  const notes = numberNotes(sortForComparison(shown).map((i) => ({ series: i.key, period: null, where: `${i.label}, ${period ? formatPeriod(period, lang) : ""}`, note: i.note, noteEn: i.noteEn ?? null })), lang);
  const variants = (Object.keys(VARIANTS) as VariantName[]).map((name) => {
    const v = VARIANTS[name];
    const model = comparisonModel(shown, { width: v.width, fontSize: v.fontSize, lang, format: fmt(ind, lang), stacked: name === "narrow", clamp: m.rentang, reference, target: targetRef(ind, lang) });
    return { name, scene: comparisonScene(model, sceneOptions(ind, c, domId, title, name, notes.number)) };
  });
  const rows = [...sortForComparison(shown), ...(shown === bars && provItem ? [provItem] : [])];
  return {
    kind: "perbandingan",
    id: domId,
    title,
    summary: period ? comparisonSummary(shown, period, reference && provItem ? { label: provItem.label, value: provItem.value! } : null, summaryContext(ind, lang)) : t(lang, "summary.noData"),
    variants,
    table: {
      caption: t(lang, "chart.table", { title }),
      corner: t(lang, "table.region"),
      columns: [t(lang, "table.value")],
      rows: rows.map((i) => ({ head: i.label, cells: [cell(ind, lang, i.value, i)] })),
    },
    toggles: [],
    file: `${id}-${lang}.svg`,
    period: period ? formatPeriod(period, lang) : "",
    notes: notes.notes,
  };
}

/** One dimension over time for one region, as grouped bars. */
export function breakdownChart(ind: Indicator, c: ChartContext, options: { dimension: string; region: string }): ChartSpec {
  const { lang } = c;
  const m = ind.meta;
  const dim = (m.dimensi ?? []).find((d) => d.kolom === options.dimension);
  if (!dim) throw new Error(`${m.id} has no dimension ${options.dimension}`);
  const regionName = c.regions.find((r) => r.code === options.region)?.name ?? options.region;
  const series = seriesByDimension(ind, dim, options.region, (code) => (dim.nilai[code] ? tx(dim.nilai[code], lang) : code));
  const periods = [...new Map(series.flatMap((s) => s.points.map((p) => [p.period.code, p.period] as const))).values()];
  const groups: BreakdownGroup[] = periods.map((p) => ({
    key: p.code,
    label: formatPeriod(p, lang),
    period: p,
    bars: series.map((s) => {
      const pt = pointAt(s, p);
      return { key: s.key, label: s.label, slot: s.slot, value: pt?.value ?? null, note: pt?.note ?? null };
    }),
  }));
  const id = `${m.id}-rincian-${dim.kolom}-${options.region}`;
  const domId = `${c.idPrefix ?? ""}${id}`;
  const title = t(lang, "chart.breakdownOf", { title: tx(m.judul, lang), dimension: tx(dim.label, lang).toLowerCase(), region: regionName });
  const notes = seriesNotes(series, lang);
  const rows = tablePeriods(ind, series);
  let labelled = groups.length;
  const variants = (Object.keys(VARIANTS) as VariantName[]).map((name) => {
    const v = VARIANTS[name];
    const model = breakdownModel(groups, { ...v, height: v.height - 20, lang, format: fmt(ind, lang), barLabel: (x) => (m.desimal !== undefined ? formatFixed(x, lang, m.desimal) : formatNumber(x, lang, 1)), clamp: m.rentang, unitLabel: t(lang, `unit.${m.satuan}`) });
    labelled = Math.min(labelled, model.x.labels.length);
    return { name, scene: breakdownScene(model, sceneOptions(ind, c, domId, title, name, notes.number, rows)) };
  });
  // A time axis too crowded to label every period says so, and where every period is.
  const axisNote = labelled < groups.length ? rt(lang, "chart.somePeriods", { count: groups.length }) : undefined;
  return {
    kind: "rincian",
    id: domId,
    title,
    summary: breakdownSummary(series, regionName, summaryContext(ind, lang)),
    variants,
    table: seriesTable(ind, lang, series, t(lang, "chart.table", { title })),
    toggles: series.length > 1 ? series.map(({ key, label, slot }) => ({ key, label, slot })) : [],
    file: `${id}-${lang}.svg`,
    period: periodSpan(series, lang),
    notes: notes.notes,
    ...(axisNote ? { axisNote } : {}),
  };
}

/** Every breakdown of an indicator: each declared dimension, for each region that reports it. */
export function breakdownCharts(ind: Indicator, c: ChartContext): ChartSpec[] {
  return (ind.meta.dimensi ?? []).flatMap((dim) => regionsWithDimension(ind, dim, c.regions).map((region) => breakdownChart(ind, c, { dimension: dim.kolom, region })));
}

/** Every figure of an indicator page, in page order. */
export function indicatorCharts(ind: Indicator, c: ChartContext): { trend: ChartSpec; comparison: ChartSpec; breakdowns: ChartSpec[] } {
  return { trend: trendChart(ind, c), comparison: comparisonChart(ind, c), breakdowns: breakdownCharts(ind, c) };
}

export interface SmallChart<Drawing = SvgNode> {
  readonly scene: Drawing;
  readonly summary: string;
}

/** A figure as the page models hold it: every drawing printed (printSvg). */
export type PrintedChart = ChartSpec<PrintedSvg>;
export type PrintedSmall = SmallChart<PrintedSvg>;

/** `spec` with each of its drawings printed: the trees are left to the garbage collector. */
export function printChart(spec: ChartSpec): PrintedChart {
  return { ...spec, variants: spec.variants.map((v) => ({ name: v.name, scene: printSvg(v.scene) })) };
}

export function printSmall(chart: SmallChart | null): PrintedSmall | null {
  return chart && { ...chart, scene: printSvg(chart.scene) };
}

/**
 * The region a headline speaks for, the same on cards, indicator headlines and the home page: the
 * one asked for, else the first city (`kota`: the cities this site is for) with data, else the
 * province, else the first region with data. The reader's own choice is applied in the browser
 * (src/scripts/region.ts).
 */
export function headlineSeries(ind: Indicator, regions: readonly Region[], region?: string): Series | null {
  const series = seriesByRegion(ind, regions).filter((s) => s.points.some((p) => p.value !== null));
  const kindOf = (s: Series) => regions.find((r) => r.code === s.key)?.kind;
  return (region ? series.find((s) => s.key === region) : null) ?? series.find((s) => kindOf(s) === "kota") ?? series.find((s) => kindOf(s) === "provinsi") ?? series[0] ?? null;
}

/** A sparkline of one region's series, its latest point marked. */
export function sparklineChart(ind: Indicator, c: ChartContext, region?: string, options: { brief?: boolean; width?: number; height?: number } = {}): SmallChart | null {
  const s = headlineSeries(ind, c.regions, region);
  if (!s) return null;
  const title = `${t(c.lang, "chart.sparkline", { title: tx(ind.meta.judul, c.lang) })}, ${s.label}`;
  const summary = latestSummary(s, summaryContext(ind, c.lang));
  const domId = `${c.idPrefix ?? ""}${ind.meta.id}-sparkline-${s.key}`;
  const size = { width: options.width ?? 120, height: options.height ?? 32 };
  // `brief`: the value, its period and status are printed beside the line (cards, headlines), so
  // its name says only what it draws; a page prints hundreds of these.
  const label = options.brief ? title : `${title}. ${summary}`;
  return { scene: sparklineScene(sparklineModel(s, size), { ...sceneOptions(ind, c, domId, label, "wide"), summaryId: undefined, className: undefined }), summary };
}

/**
 * The sparkline printed beside a value (cards, headlines, figure rows, region pages): `brief`, and
 * printed as the page model is made (printSmall).
 */
export function briefSparkline(ind: Indicator, c: ChartContext, region?: string): PrintedSmall | null {
  return printSmall(sparklineChart(ind, c, region, { brief: true }));
}

/** A bullet of one region's latest value against the target and the bands. */
export function bulletChart(ind: Indicator, c: ChartContext, region?: string, size = { width: 320, fontSize: 13 }): SmallChart | null {
  const s = headlineSeries(ind, c.regions, region);
  if (!s) return null;
  const m = ind.meta;
  const last = [...s.points].reverse().find((p) => p.value !== null) ?? null;
  // The scale covers the indicator's values (every region) and its target, not the whole valid
  // range: 23 hours against a target of 20 sits near the target, not in the first eighth.
  const values = lookup(ind).totals.flatMap((o) => (o.value === null ? [] : [o.value]));
  const domain = valueDomain([...values, ...(m.target ? [m.target.nilai] : [])], { pad: 0.1, clamp: m.rentang }) ?? [m.rentang[0], m.rentang[1]];
  const scale = clearOf(valueScale(domain, [0, 1], 4, m.rentang), m.target?.nilai, 4, m.rentang);
  const range = scale.domain() as [number, number];
  const model = bulletModel(last?.value ?? null, {
    ...size,
    range,
    bands: m.kategori ?? null,
    target: targetRef(ind, c.lang),
    rangeLabels: [formatStated(range[0], m.satuan, c.lang), formatStated(range[1], m.satuan, c.lang)],
  });
  const summary = latestSummary(s, summaryContext(ind, c.lang));
  const title = `${t(c.lang, "chart.bullet", { title: tx(m.judul, c.lang) })}, ${s.label}`;
  const domId = `${c.idPrefix ?? ""}${m.id}-bullet-${s.key}`;
  return { scene: bulletScene(model, { ...sceneOptions(ind, c, domId, `${title}. ${summary}`, "wide"), summaryId: undefined, className: undefined }), summary };
}
