/**
 * Plain-language summaries of charts, in the page's language: shown as text beside each chart
 * and referenced by its `aria-describedby`. Pure functions of the series; numbers and periods go
 * through the site's formatting module so they read as in the table.
 */
import type { Lang } from "../data/model.ts";
import type { Period } from "../data/period.ts";
import type { Band } from "../data/schema/indicator-meta.ts";
import { formatPeriod, formatValue, type Unit } from "../i18n/format.ts";
import { t } from "../i18n/ui.ts";
import { tx } from "../i18n/text.ts";
import { bandOf } from "./bands.ts";
import { firstValued, lastValued, latestPeriod, pointAt, type Series } from "./series.ts";
import { sortForComparison, type ComparisonItem } from "./comparison.ts";

export interface SummaryContext {
  readonly lang: Lang;
  readonly unit: Unit;
  /** The indicator's one precision (meta.desimal); at most 2 decimals without it. */
  readonly decimals?: number;
  readonly arah?: "naik" | "turun";
  readonly target?: { readonly nilai: number; readonly tahun: number } | null;
  readonly bands?: readonly Band[] | null;
}

/** `A`, `A dan B`, `A, B dan C` (`and` in English). */
export function listOf(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${t(lang, "summary.and")} ${items[items.length - 1]}`;
}

const value = (v: number | null, c: SummaryContext) => formatValue(v, c.unit, c.lang, c.decimals);
const period = (p: Period, c: SummaryContext) => formatPeriod(p, c.lang);

interface Latest {
  readonly label: string;
  readonly value: number;
}

function targetSentences(latest: readonly Latest[], c: SummaryContext): string[] {
  if (!c.target || latest.length === 0) return [];
  const { nilai, tahun } = c.target;
  const met = (v: number) => (c.arah === "turun" ? v <= nilai : v >= nilai);
  // The target as the metadata states it (`80%`, not `80,00%`).
  const vars = { target: formatValue(nilai, c.unit, c.lang), year: tahun };
  const yes = latest.filter((l) => met(l.value)).map((l) => l.label);
  const no = latest.filter((l) => !met(l.value)).map((l) => l.label);
  const out: string[] = [];
  if (yes.length) out.push(t(c.lang, "summary.targetMet", { ...vars, regions: listOf(yes, c.lang) }));
  if (no.length) out.push(t(c.lang, "summary.targetNotMet", { ...vars, regions: listOf(no, c.lang) }));
  return out;
}

function bandSentence(latest: readonly Latest[], c: SummaryContext): string[] {
  if (!c.bands || latest.length === 0) return [];
  const groups = new Map<string, { band: Band; labels: string[] }>();
  for (const l of latest) {
    const b = bandOf(l.value, c.bands);
    if (!b) continue;
    const g = groups.get(b.kode) ?? { band: b, labels: [] };
    g.labels.push(l.label);
    groups.set(b.kode, g);
  }
  if (groups.size === 0) return [];
  const items = [...groups.values()]
    .sort((a, b) => b.band.dari - a.band.dari)
    .map((g) => t(c.lang, "summary.bandItem", { code: g.band.kode, label: tx(g.band.label, c.lang), regions: listOf(g.labels, c.lang) }));
  return [t(c.lang, "summary.bands", { list: items.join("; ") })];
}

function movement(s: Series, c: SummaryContext): string | null {
  const a = firstValued(s);
  const b = lastValued(s);
  if (!a || !b) return null;
  const vars = { series: s.label, from: value(a.value, c), fromPeriod: period(a.period, c), to: value(b.value, c), toPeriod: period(b.period, c) };
  if (a === b) return t(c.lang, "summary.single", vars);
  const d = b.value! - a.value!;
  return t(c.lang, Math.abs(d) < 1e-9 ? "summary.flat" : d > 0 ? "summary.rose" : "summary.fell", vars);
}

function highLow(points: readonly Latest[], p: Period, c: SummaryContext): string[] {
  if (points.length < 2) return [];
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const high = sorted[0]!;
  const low = sorted[sorted.length - 1]!;
  if (high.value === low.value) return [];
  return [t(c.lang, "summary.highLow", { period: period(p, c), high: high.label, highValue: value(high.value, c), low: low.label, lowValue: value(low.value, c) })];
}

const latestOf = (series: readonly Series[]): Latest[] =>
  series.flatMap((s) => {
    const l = lastValued(s);
    return l ? [{ label: s.label, value: l.value! }] : [];
  });

/**
 * The time series in words: each series from its first to its last value, the highest and the
 * lowest in the latest period, whether the target is met, and the band of the latest values.
 */
export function trendSummary(series: readonly Series[], c: SummaryContext): string {
  const moves = series.map((s) => movement(s, c)).filter((m): m is string => m !== null);
  if (moves.length === 0) return t(c.lang, "summary.noData");
  const p = latestPeriod(series)!;
  const atLatest = series.flatMap((s) => {
    const v = pointAt(s, p)?.value ?? null;
    return v === null ? [] : [{ label: s.label, value: v }];
  });
  const latest = latestOf(series);
  return [...moves, ...highLow(atLatest, p, c), ...targetSentences(latest, c), ...bandSentence(latest, c)].join(" ");
}

/** The comparison in words: highest and lowest region, the reference value, missing regions, target. */
export function comparisonSummary(items: readonly ComparisonItem[], p: Period, reference: { label: string; value: number } | null, c: SummaryContext): string {
  const valued = sortForComparison(items).filter((i) => i.value !== null).map((i) => ({ label: i.label, value: i.value! }));
  if (valued.length === 0) return t(c.lang, "summary.noData");
  const out: string[] =
    valued.length === 1
      ? [t(c.lang, "summary.breakdown", { region: valued[0]!.label, period: period(p, c), list: value(valued[0]!.value, c) })]
      : highLow(valued, p, c);
  if (valued.length > 1 && out.length === 0) out.push(t(c.lang, "summary.breakdown", { region: listOf(valued.map((v) => v.label), c.lang), period: period(p, c), list: value(valued[0]!.value, c) }));
  if (reference) out.push(t(c.lang, "summary.reference", { region: reference.label, value: value(reference.value, c) }));
  const missing = items.filter((i) => i.value === null).map((i) => i.label);
  if (missing.length) out.push(t(c.lang, "summary.missing", { regions: listOf(missing, c.lang) }));
  return [...out, ...targetSentences(valued, c), ...bandSentence(valued, c)].join(" ");
}

/** A breakdown over time in words: the values in the latest period, then each value's change. */
export function breakdownSummary(series: readonly Series[], region: string, c: SummaryContext): string {
  const p = latestPeriod(series);
  if (!p) return t(c.lang, "summary.noData");
  const list = series.flatMap((s) => {
    const v = pointAt(s, p)?.value ?? null;
    return v === null ? [] : [`${s.label} ${value(v, c)}`];
  });
  const out = [t(c.lang, "summary.breakdown", { region, period: period(p, c), list: list.join(", ") })];
  for (const s of series) {
    const a = firstValued(s);
    const b = lastValued(s);
    if (a && b && a !== b)
      out.push(t(c.lang, "summary.breakdownTrend", { series: s.label, from: value(a.value, c), fromPeriod: period(a.period, c), to: value(b.value, c), toPeriod: period(b.period, c) }));
  }
  return out.join(" ");
}

/** One series' latest value in words, with its band and target status (sparkline, bullet). */
export function latestSummary(s: Series, c: SummaryContext): string {
  const l = lastValued(s);
  if (!l) return t(c.lang, "summary.noData");
  const out = [t(c.lang, "summary.latest", { series: s.label, value: value(l.value, c), period: period(l.period, c) })];
  const b = c.bands ? bandOf(l.value!, c.bands) : null;
  if (b) out.push(t(c.lang, "summary.band", { code: b.kode, label: tx(b.label, c.lang) }));
  return [...out, ...targetSentences([{ label: s.label, value: l.value! }], c)].join(" ");
}
