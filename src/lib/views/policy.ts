/**
 * Page models of policy documents: a document's page (with the figure of every `<Indicator>` and
 * `<Chart>` in its body, numbered as the compiled document numbers them) and the list of a
 * language, whole or filtered. Pure functions of the validated site; the routes call them and the
 * components print what they return.
 */
import { regionNameIn } from "../catalogue.ts";
import type { Site, PolicyDoc, Embed } from "../data/project.ts";
import type { Indicator, Lang, Observation } from "../data/model.ts";
import type { PolicyFrontmatter, ChartKind } from "../data/schema/policy.ts";
import { FOOTNOTES_ID } from "../data/policy-mdx.ts";
import { chromeView, type Chrome } from "./chrome.ts";
import { latestPerRegion } from "../indicators.ts";
import { t } from "../i18n/ui.ts";
import { href, otherLang } from "../i18n/routes.ts";
import { localise, type Localised } from "../i18n/text.ts";
import { formatPeriod, formatValue } from "../i18n/format.ts";
import {
  FACETS,
  consultationOf,
  facetValueLabel,
  feedHref,
  filterHref,
  filterOptions,
  filtered,
  policiesFor,
  policyHref,
  todayIso,
  translationOf,
  versionAnchor,
  type Consultation,
  type Facet,
  type FilterOption,
  type ListedDoc,
} from "../policies.ts";

import { trendChart, comparisonChart, breakdownCharts, sparklineChart, briefSparkline, bulletChart, printChart, printSmall, type ChartCredit, type PrintedChart, type PrintedSmall } from "../charts/indicatorCharts.ts";
import { regionsInOrder } from "../indicators.ts";
import { chartCredit } from "./indicator.ts";
import { progressView, type ProgressView } from "./progress.ts";
import { documentRecommendations, type RecommendationView } from "./recommendations.ts";
import { responsesView, type ResponsesView } from "./consultation.ts";
import { changesHref } from "./policyChanges.ts";


// ── Figures in the body ─────────────────────────────────────────────────────

/** One region's latest figure, as printed. */
export interface FigureRow {
  readonly region: string;
  /** "Kota Sawahlunto, 2026 S1". */
  readonly where: string;
  readonly value: string;
  readonly latest: Observation;
  readonly previous: Observation | null;
  /** The region's sparkline, where the figure shows one. */
  readonly sparkline?: PrintedSmall | null;
  /** The region's progress to the target year; null without a target. */
  readonly progress: ProgressView | null;
}

interface EmbedBase {
  readonly index: number;
  readonly id: string;
  readonly lang: Lang;
  readonly indicator: Indicator;
  readonly title: Localised;
  /** The indicator's page in the document's language. */
  readonly href: string;
  /** Keeps SVG ids unique when a document shows the same figure twice. */
  readonly idPrefix: string;
}

/** `<Indicator id wilayah>`: the latest value per region (or of one region), with its change. */
export interface IndicatorEmbedView extends EmbedBase {
  readonly tag: "Indicator";
  readonly wilayah: string | undefined;
  readonly rows: readonly FigureRow[];
  /** Shown when there is no figure: "Belum ada data (Kota Solok)". */
  readonly noData: string;
}

/** `<Chart id jenis wilayah dimensi>`: a chart drawn at build time. */
export interface ChartEmbedView extends EmbedBase {
  readonly tag: "Chart";
  readonly jenis: ChartKind;
  readonly wilayah: string | undefined;
  readonly dimensi: string | undefined;
  /** The figures of tren, perbandingan and rincian (rincian: one per region reporting it). */
  readonly specs: readonly PrintedChart[];
  /** The figure of bullet and sparkline. */
  readonly small: PrintedSmall | null;
  /** What an exported image says besides the drawing. */
  readonly credit: ChartCredit;
}

export type EmbedView = IndicatorEmbedView | ChartEmbedView;

function embedView(site: Site, lang: Lang, e: Embed, nth: number): EmbedView {
  const id = e.attrs.id!;
  const indicator = site.indicators.find((i) => i.meta.id === id);
  // checkPolicy refused documents whose components name an unknown indicator.
  if (!indicator) throw new Error(`Unknown indicator ${id} in a validated document`);
  const base = { index: e.index, id, lang, indicator, title: localise(indicator.meta.judul, lang), href: href(lang, "indicators", id) };
  const wilayah = e.attrs.wilayah;
  const regions = regionsInOrder(site.regions);
  if (e.tag === "Chart") {
    const idPrefix = `doc${nth}-`;
    const jenis = (e.attrs.jenis ?? "tren") as ChartKind;
    const dimensi = e.attrs.dimensi;
    const c = { lang, regions, idPrefix };
    const specs =
      jenis === "tren" ? [trendChart(indicator, c, { region: wilayah })]
      : jenis === "perbandingan" ? [comparisonChart(indicator, c)]
      : jenis === "rincian" ? breakdownCharts(indicator, c).filter((s) => (!dimensi || s.id.includes(`-rincian-${dimensi}-`)) && (!wilayah || s.id.endsWith(`-${wilayah}`)))
      : [];
    const small = jenis === "bullet" ? bulletChart(indicator, c, wilayah) : jenis === "sparkline" ? sparklineChart(indicator, c, wilayah) : null;
    return { ...base, tag: "Chart", idPrefix, jenis, wilayah, dimensi, specs: specs.map(printChart), small: printSmall(small), credit: chartCredit(site, indicator, lang) };
  }
  const all = latestPerRegion(indicator, site.regions);
  const shown = wilayah ? all.filter((l) => l.region === wilayah) : all;
  return {
    ...base,
    tag: "Indicator",
    idPrefix: `li${nth}-`,
    wilayah,
    rows: shown.map((l) => ({
      region: l.region,
      where: `${regionNameIn(site.regions, l.region)}, ${formatPeriod(l.latest.period, lang)}`,
      value: formatValue(l.latest.value, indicator.meta.satuan, lang, indicator.meta.desimal),
      latest: l.latest,
      previous: l.previous,
      sparkline: briefSparkline(indicator, { lang, regions, idPrefix: `li${nth}-` }, l.region),
      progress: progressView(indicator, l.region, lang),
    })),
    noData: `${t(lang, "indicator.noData")}${wilayah ? ` (${regionNameIn(site.regions, wilayah)})` : ""}`,
  };
}

/** The figure of every component of a document, by its number (`Embed.index`). */
export function embedViews(site: Site, doc: PolicyDoc): EmbedView[] {
  const lang = doc.fm.bahasa;
  const counts = { Indicator: 0, Chart: 0 };
  return [...doc.embeds].sort((a, b) => a.index - b.index).map((e) => embedView(site, lang, e, ++counts[e.tag]));
}

// ── The document's page ─────────────────────────────────────────────────────

export interface TocEntry {
  readonly slug: string;
  readonly text: string;
  readonly sub: readonly { readonly slug: string; readonly text: string }[];
}

export interface CitedIndicator {
  readonly id: string;
  readonly href: string;
  readonly title: Localised;
  readonly indicator: Indicator;
  readonly rows: readonly FigureRow[];
}

export interface PolicyPageView {
  readonly chrome: Chrome;
  readonly lang: Lang;
  readonly fm: PolicyFrontmatter;
  readonly listHref: string;
  readonly regionName: string;
  readonly minutes: number;
  readonly today: string;
  readonly consultation: Consultation | null;
  /** Say at the top that the content is illustrative (`ilustratif: true` while data_contoh is on). */
  readonly illustrative: boolean;
  /** Its recommendations (or its translation's), with status and evidence. */
  readonly recommendations: readonly RecommendationView[];
  readonly recommendationsHref: string;
  /** Consultation responses and answers, per version (what we heard and what we changed). */
  readonly responses: ResponsesView | null;
  /** The same document in the other language; else the other language's list. */
  readonly translation: { readonly href: string; readonly lang: Lang } | null;
  readonly otherListHref: string;
  readonly toc: readonly TocEntry[];
  readonly cited: readonly CitedIndicator[];
  readonly history: readonly { readonly versi: string; readonly tanggal: string; readonly catatan: string; readonly anchor: string; readonly current: boolean; readonly changes: { readonly href: string; readonly text: string } | null }[];
  readonly embeds: readonly EmbedView[];
  readonly glossaryHref: string | null;
}

/** The contents: sections (h2) with their parts (h3), then the footnotes when there are any. */
export function tocOf(doc: PolicyDoc): TocEntry[] {
  const toc: { slug: string; text: string; sub: { slug: string; text: string }[] }[] = [];
  for (const h of doc.headings) {
    if (!h.slug || (h.depth !== 2 && h.depth !== 3)) continue;
    const parent = toc[toc.length - 1];
    if (h.depth === 3 && parent) parent.sub.push({ slug: h.slug, text: h.text });
    else toc.push({ slug: h.slug, text: h.text, sub: [] });
  }
  if (doc.footnotes.length > 0) toc.push({ slug: FOOTNOTES_ID, text: t(doc.fm.bahasa, "policy.footnotes"), sub: [] });
  return toc;
}

export function policyPageView(site: Site, doc: PolicyDoc): PolicyPageView {
  const fm = doc.fm;
  const lang = fm.bahasa;
  const today = todayIso(site);
  const translation = translationOf(site, doc);
  return {
    chrome: chromeView(site, lang),
    lang,
    fm,
    listHref: href(lang, "policies"),
    regionName: regionNameIn(site.regions, fm.wilayah),
    minutes: Math.max(1, Math.round(doc.words / 200)),
    today,
    consultation: consultationOf(fm, today, site.config.kontak),
    illustrative: site.config.data_contoh && fm.ilustratif,
    recommendations: documentRecommendations(site, doc, lang),
    recommendationsHref: href(lang, "recommendations"),
    responses: responsesView(site, doc, lang),
    translation: translation ? { href: policyHref(translation), lang: translation.fm.bahasa } : null,
    otherListHref: href(otherLang(lang), "policies"),
    toc: tocOf(doc),
    // The indicators the document relies on, with the latest figure for its region (else every region).
    cited: fm.indikator.flatMap((id) => {
      const indicator = site.indicators.find((i) => i.meta.id === id);
      if (!indicator) return [];
      const all = latestPerRegion(indicator, site.regions);
      const own = all.filter((l) => l.region === fm.wilayah);
      const rows = (own.length > 0 ? own : all).map((l) => ({
        region: l.region,
        where: `${regionNameIn(site.regions, l.region)}, ${formatPeriod(l.latest.period, lang)}`,
        value: formatValue(l.latest.value, indicator.meta.satuan, lang, indicator.meta.desimal),
        latest: l.latest,
        previous: l.previous,
        progress: progressView(indicator, l.region, lang),
      }));
      return [{ id, href: href(lang, "indicators", id), title: localise(indicator.meta.judul, lang), indicator, rows }];
    }),
    // Each version after the first links to its comparison with the one before it.
    history: [...fm.riwayat].reverse().map((h) => {
      const i = fm.riwayat.indexOf(h);
      const before = i > 0 ? fm.riwayat[i - 1]! : null;
      const changes = before ? { href: changesHref(doc, { from: before.versi, to: h.versi }), text: t(lang, "policyDiff.link", { from: before.versi }) } : null;
      return { ...h, anchor: versionAnchor(h.versi, lang), current: h.versi === fm.versi, changes };
    }),
    embeds: embedViews(site, doc),
    glossaryHref: site.glossary.length > 0 ? href(lang, "glossary") : null,
  };
}

// ── The list ────────────────────────────────────────────────────────────────

export interface PolicyListView {
  readonly chrome: Chrome;
  readonly lang: Lang;
  readonly filter: { readonly facet: Facet; readonly value: string; readonly label: string } | null;
  readonly docs: readonly (ListedDoc & { readonly href: string; readonly regionName: string })[];
  /** Documents in the whole list of the language. */
  readonly total: number;
  readonly facets: readonly { readonly key: Facet; readonly options: readonly FilterOption[] }[];
  /** The same filter in the other language when that page exists; else the other list. */
  readonly alternate: string;
  readonly feed: string;
}

export function policyListView(site: Site, lang: Lang, filter?: { facet: Facet; value: string }): PolicyListView {
  const docs = filter ? filtered(site, lang, filter.facet, filter.value) : policiesFor(lang, site);
  const other = otherLang(lang);
  const otherHasFilter = filter && filterOptions(site, other, filter.facet).some((o) => o.value === filter.value && o.count > 0);
  return {
    chrome: chromeView(site, lang),
    lang,
    filter: filter ? { ...filter, label: facetValueLabel(site, filter.facet, filter.value, lang) } : null,
    docs: docs.map((l) => ({ ...l, href: policyHref(l.doc), regionName: regionNameIn(site.regions, l.doc.fm.wilayah) })),
    total: policiesFor(lang, site).length,
    facets: FACETS.map((key) => ({ key, options: filterOptions(site, lang, key) })),
    alternate: filter && otherHasFilter ? filterHref(other, filter.facet, filter.value) : href(other, "policies"),
    feed: feedHref(lang),
  };
}
