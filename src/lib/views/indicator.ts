/**
 * Page models of an indicator: its page and its embed page, in each language. Pure functions of
 * the validated site: the charts are drawn once per indicator and language (the page and the
 * embed print the same specs), and the route renders an indicator's four pages one after another,
 * so only one indicator's model is held at a time (`indicatorModel`).
 */
import type { Site, PolicyDoc } from "../data/project.ts";
import type { Indicator, Lang, Observation } from "../data/model.ts";
import { chromeView, type Chrome } from "./chrome.ts";
import { latestPerRegion, regionsInOrder } from "../indicators.ts";
import { staleness } from "../data/staleness.ts";
import { t } from "../i18n/ui.ts";
import { href, otherLang, asset } from "../i18n/routes.ts";
import { localise, tx } from "../i18n/text.ts";
import { formatDate, formatPeriod, formatValue } from "../i18n/format.ts";
import { trendChart, comparisonChart, breakdownChart, briefSparkline, bulletChart, headlineSeries, printChart, printSmall, type PrintedChart, type PrintedSmall, type ChartCredit } from "../charts/indicatorCharts.ts";
import { regionsWithDimension, noteFor } from "../charts/series.ts";
import { buildIndicatorHistory, type IndicatorHistory } from "../revisions.ts";
import { datasetJsonLd, scriptJson } from "../jsonld.ts";
import type { CellMarkup } from "../html.ts";
import { ogImagePath } from "../og.ts";
import { embedHeight, embedHref, EMBED_KINDS, type EmbedKind } from "../embed.ts";
import { citing, policyHref } from "../policies.ts";
import { DOWNLOADS, type DownloadKind } from "../data/downloads.ts";
import { progressView, type ProgressView } from "./progress.ts";
import { indicatorRecommendations } from "./recommendations.ts";

export interface Headline {
  readonly where: string;
  readonly value: string;
  readonly latest: Observation;
  readonly previous: Observation | null;
  readonly sparkline: PrintedSmall | null;
  readonly bullet: PrintedSmall | null;
  /** The region's progress to the target year; null without a target. */
  readonly progress: ProgressView | null;
}

export interface LatestRow {
  readonly name: string;
  readonly period: string;
  readonly value: string;
  readonly latest: Observation;
  readonly previous: Observation | null;
  readonly progress: ProgressView | null;
}

/** Progress to the target year, region by region; null without a target. */
export interface ProgressSectionView {
  readonly title: string;
  readonly intro: string;
  readonly methodLabel: string;
  readonly methodHref: string;
  readonly rows: readonly { readonly name: string; readonly progress: ProgressView }[];
}

export interface EmbedSnippetView {
  readonly kind: EmbedKind;
  readonly src: string;
  readonly label: string;
  readonly code: string;
}

export interface IndicatorView {
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly indicator: Indicator;
  readonly id: string;
  readonly title: string;
  readonly untranslated: boolean;
  readonly description: string;
  readonly alternate: string;
  readonly image: { path: string; alt: string };
  readonly overdue: string | null;
  readonly head: Headline | null;
  readonly trend: PrintedChart;
  readonly comparison: PrintedChart;
  readonly breakdowns: readonly { readonly column: string; readonly heading: string; readonly charts: readonly PrintedChart[]; readonly others: readonly string[] }[];
  readonly credit: ChartCredit;
  readonly latest: readonly LatestRow[];
  readonly progress: ProgressSectionView | null;
  /** Recommendations of policy documents that this indicator measures. */
  readonly recommendations: ReturnType<typeof indicatorRecommendations>;
  /** Region code → name, for the revision log. */
  readonly regionNames: Readonly<Record<string, string>>;
  readonly dataTable: DataTableView;
  readonly history: IndicatorHistory;
  readonly jsonLd: string;
  readonly embeds: readonly EmbedSnippetView[];
  readonly cited: readonly { readonly href: string; readonly title: string; readonly hreflang: Lang | undefined }[];
}

export interface EmbedView {
  readonly lang: Lang;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the indicator page. */
  readonly page: string;
  readonly siteName: string;
  /** One section per chart; the URL fragment picks which one shows (the first without one). */
  readonly charts: readonly { readonly fragment: string; readonly spec: PrintedChart }[];
  readonly credit: ChartCredit;
  readonly source: string;
  readonly licence: { readonly nama: string; readonly url: string };
  readonly updated: { readonly iso: string; readonly text: string };
  readonly sample: boolean;
}

/** What an exported chart image of `ind` says besides the drawing (ChartFigure's `credit`). */
export function chartCredit(site: Site, ind: Indicator, lang: Lang): ChartCredit {
  return {
    unit: t(lang, `unit.${ind.meta.satuan}`),
    source: tx(ind.meta.sumber, lang),
    licence: site.config.lisensi.nama,
    notice: site.config.data_contoh ? t(lang, "embed.sample") : null,
  };
}

/** The full data as a table: a row per period and region, a column per breakdown (the total first). */
export interface DataTableView {
  readonly caption: string;
  /** The value columns' headings. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly lead: readonly string[]; readonly head: string; readonly cells: readonly (CellMarkup | null)[] }[];
}

export function dataTableView(ind: Indicator, names: Readonly<Record<string, string>>, lang: Lang, caption: string): DataTableView {
  const dims = ind.meta.dimensi ?? [];
  // Observations share their breakdown objects (one per combination): each key is made once.
  const keys = new Map<Readonly<Record<string, string | null>>, string>();
  const keyOf = (d: Readonly<Record<string, string | null>>) => {
    let k = keys.get(d);
    if (k === undefined) keys.set(d, (k = dims.map((x) => d[x.kolom] ?? "").join("\u0000")));
    return k;
  };
  const labelOf = (d: Readonly<Record<string, string | null>>) => {
    const parts = dims.filter((x) => (d[x.kolom] ?? null) !== null).map((x) => {
      const v = d[x.kolom]!;
      return x.nilai[v] ? tx(x.nilai[v], lang) : v;
    });
    return parts.length ? parts.join(", ") : t(lang, "table.total");
  };
  // Columns: the total, then each breakdown in the order it first appears.
  const columns = new Map<string, string>();
  const rows = new Map<string, { period: string; region: string; cells: Map<string, Observation> }>();
  for (const o of ind.observations) {
    const k = keyOf(o.dims);
    if (!columns.has(k)) columns.set(k, labelOf(o.dims));
    const rk = `${o.period.code}\u0000${o.region}`;
    let row = rows.get(rk);
    if (!row) rows.set(rk, (row = { period: formatPeriod(o.period, lang), region: names[o.region] ?? o.region, cells: new Map() }));
    row.cells.set(k, o);
  }
  const totalKey = dims.map(() => "").join("\u0000");
  const cols = [...columns].sort(([a], [b]) => (a === totalKey ? -1 : b === totalKey ? 1 : 0));
  return {
    caption,
    columns: cols.map(([, label]) => (dims.length ? label : t(lang, "table.value"))),
    rows: [...rows.values()].map((r) => ({
      lead: [r.period],
      head: r.region,
      cells: cols.map(([k]) => {
        const o = r.cells.get(k);
        if (!o) return null;
        const note = noteFor(o, lang);
        return { text: formatValue(o.value, ind.meta.satuan, lang, ind.meta.desimal), note: note?.text ?? null, missing: o.value === null, ...(note?.own && lang === "en" ? { noteOwn: true } : {}) };
      }),
    })),
  };
}

/** Beyond this many regions an indicator page draws only the headline region's breakdown. */
export const MAX_BREAKDOWN_FIGURES = 4;


/** The source line under an embedded chart, as text. */
function sourceLine(ind: Indicator, site: Site, lang: Lang): string {
  return `${t(lang, "embed.source")}: ${tx(ind.meta.sumber, lang)} · ${t(lang, "embed.licence")}: ${site.config.lisensi.nama} · ${t(lang, "embed.updated")} ${formatDate(ind.meta.diperbarui, lang)}${site.config.data_contoh ? ` ${t(lang, "embed.sample")}` : ""}`;
}

interface LangModel {
  readonly page: IndicatorView;
  readonly embed: EmbedView;
}

function build(site: Site, ind: Indicator, lang: Lang, siteUrl: URL): LangModel {
  const m = ind.meta;
  const id = m.id;
  const regions = regionsInOrder(site.regions);
  const names = Object.fromEntries(site.regions.map((r) => [r.code, r.name]));
  const c = { lang, regions };
  const title = localise(m.judul, lang);
  const credit = chartCredit(site, ind, lang);
  // Drawings are printed as they are made (printChart): the page and the embed page print the same strings.
  const trend = printChart(trendChart(ind, c));
  const comparison = printChart(comparisonChart(ind, c));

  const headKey = headlineSeries(ind, regions)?.key;
  const latestRows = latestPerRegion(ind, regions);
  const headRow = latestRows.find((l) => l.region === headKey) ?? null;
  const head: Headline | null = headRow && {
    where: `${names[headRow.region] ?? headRow.region}, ${formatPeriod(headRow.latest.period, lang)}`,
    value: formatValue(headRow.latest.value, m.satuan, lang, m.desimal),
    latest: headRow.latest,
    previous: headRow.previous,
    sparkline: briefSparkline(ind, c, headRow.region),
    bullet: printSmall(bulletChart(ind, c, headRow.region)),
    progress: progressView(ind, headRow.region, lang),
  };

  const breakdowns = (m.dimensi ?? []).flatMap((d) => {
    const all = regionsWithDimension(ind, d, regions);
    if (all.length === 0) return [];
    const shown = all.length <= MAX_BREAKDOWN_FIGURES ? all : [all.includes(headKey ?? "") ? headKey! : all[0]!];
    return [{
      column: d.kolom,
      heading: `${t(lang, "indicator.breakdown")} ${tx(d.label, lang).toLowerCase()}`,
      charts: shown.map((region) => printChart(breakdownChart(ind, c, { dimension: d.kolom, region }))),
      others: all.filter((r) => !shown.includes(r)).map((r) => names[r] ?? r),
    }];
  });

  const stale = staleness(ind, site.today);
  const pageUrl = new URL(href(lang, "indicators", id), siteUrl).href;
  const embedUrl = new URL(embedHref(lang, id), siteUrl).href;
  const source = sourceLine(ind, site, lang);
  const embedded = (Object.keys(EMBED_KINDS) as EmbedKind[]).map((kind) => ({ kind, fragment: EMBED_KINDS[kind][lang], spec: { tren: trend, perbandingan: comparison }[kind] }));
  const embeds = embedded.map(({ kind, fragment, spec }) => {
    const src = `${embedUrl}#${fragment}`;
    return {
      kind,
      src,
      label: t(lang, kind === "tren" ? "embed.code" : "embed.codeComparison"),
      code: iframeCode(src, t(lang, "embed.frameTitle", { title: title.text }), embedHeight(spec, source)),
    };
  });

  const page: IndicatorView = {
    lang,
    chrome: chromeView(site, lang),
    indicator: ind,
    id,
    title: title.text,
    untranslated: title.untranslated,
    description: tx(m.deskripsi, lang),
    alternate: href(otherLang(lang), "indicators", id),
    image: { path: ogImagePath(lang, id), alt: t(lang, "share.imageAlt", { title: title.text }) },
    overdue: stale.overdue ? t(lang, "indicator.overdue", { latest: stale.latest ? formatPeriod(stale.latest, lang) : "—", expected: formatPeriod(stale.expected, lang) }) : null,
    head,
    trend,
    comparison,
    breakdowns,
    credit,
    latest: latestRows.map((r) => ({
      name: names[r.region] ?? r.region,
      period: formatPeriod(r.latest.period, lang),
      value: formatValue(r.latest.value, m.satuan, lang, m.desimal),
      latest: r.latest,
      previous: r.previous,
      progress: progressView(ind, r.region, lang),
    })),
    progress: m.target
      ? {
        title: t(lang, "progress.title"),
        intro: t(lang, "progress.intro", { target: formatValue(m.target.nilai, m.satuan, lang), year: m.target.tahun }),
        methodLabel: t(lang, "progress.method"),
        methodHref: progressView(ind, latestRows[0]?.region ?? "", lang)!.methodHref,
        rows: latestRows.map((r) => ({ name: names[r.region] ?? r.region, progress: progressView(ind, r.region, lang)! })),
      }
      : null,
    recommendations: indicatorRecommendations(site, id, lang),
    regionNames: names,
    dataTable: dataTableView(ind, names, lang, title.text),
    history: buildIndicatorHistory(site, ind),
    jsonLd: scriptJson(datasetJsonLd(ind, { lang, config: site.config, regions, site: siteUrl })),
    embeds,
    cited: citing(id, lang, site).map((d: PolicyDoc) => ({ href: policyHref(d), title: d.fm.judul, hreflang: d.fm.bahasa !== lang ? d.fm.bahasa : undefined })),
  };
  const embed: EmbedView = {
    lang,
    id,
    title: title.text,
    description: tx(m.deskripsi, lang),
    page: pageUrl,
    siteName: page.chrome.siteName,
    charts: embedded.map(({ fragment, spec }) => ({ fragment, spec })),
    credit,
    source: tx(m.sumber, lang),
    licence: site.config.lisensi,
    updated: { iso: m.diperbarui, text: formatDate(m.diperbarui, lang) },
    sample: site.config.data_contoh,
  };
  return { page, embed };
}

/** The iframe code a reader copies (URL absolute; attributes quoted and escaped). */
export function iframeCode(src: string, title: string, height: number): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:52rem"></iframe>`;
}

let held: { site: Site; ind: Indicator; url: string; langs: Partial<Record<Lang, LangModel>> } | null = null;

/**
 * One indicator's models, computed once per language and kept until the next indicator is asked
 * for: the route renders an indicator's pages in a row, so each chart is drawn once.
 */
export function indicatorModel(site: Site, ind: Indicator, lang: Lang, siteUrl: URL): LangModel {
  if (held?.site !== site || held.ind !== ind || held.url !== siteUrl.href) held = { site, ind, url: siteUrl.href, langs: {} };
  return (held.langs[lang] ??= build(site, ind, lang, siteUrl));
}

export const indicatorPageView = (site: Site, ind: Indicator, lang: Lang, siteUrl: URL): IndicatorView => indicatorModel(site, ind, lang, siteUrl).page;
export const embedView = (site: Site, ind: Indicator, lang: Lang, siteUrl: URL): EmbedView => indicatorModel(site, ind, lang, siteUrl).embed;

/** Asset path of an indicator's download of `kind`. */
export const downloadPath = (id: string, kind: DownloadKind): string => asset(`data/${DOWNLOADS.find((d) => d.kind === kind)!.file(id)}`);

