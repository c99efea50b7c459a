/**
 * Page models of the recommendation tracker: the list (/rekomendasi/, /en/recommendations/, whole
 * or filtered by status, unit, region or document, with counts per status), the recommendations
 * a document shows, those an indicator page lists, and the feed of status changes. Each
 * recommendation comes with its evidence: the indicators that measure it and their progress to
 * the target year. Pure functions of the validated site and the language.
 */
import type { Site } from "../data/project.ts";
import type { Lang } from "../data/model.ts";
import type { RecommendationStatus } from "../data/schema/policy.ts";
import { regionNameIn } from "../catalogue.ts";
import { regionsInOrder } from "../indicators.ts";
import { policyHref, translationOf } from "../policies.ts";
import {
  allRecommendations, recommendationsCiting, recommendationsOf, recFacetValue, REC_FACETS, REC_FACET_SEGMENT, STATUS_ORDER, unitSlug,
  type RecFacet, type TrackedRecommendation,
} from "../recommendations.ts";
import { chromeView, type Chrome } from "./chrome.ts";
import { progressView, type ProgressView } from "./progress.ts";
import { t } from "../i18n/ui.ts";
import { href, otherLang, asset } from "../i18n/routes.ts";
import { tx } from "../i18n/text.ts";
import { formatDate } from "../i18n/format.ts";
import { escapeMarkup } from "../html.ts";
import rss from "@astrojs/rss";

/** A text and the language it is written in (it may be the other language, when untranslated). */
export interface LangText {
  readonly text: string;
  readonly lang: Lang;
}

export interface RecommendationView {
  readonly key: string;
  /** Fragment id on the document page. */
  readonly anchor: string;
  readonly text: LangText;
  readonly unit: string;
  readonly deadline: { readonly iso: string; readonly text: string };
  readonly status: RecommendationStatus;
  /** "Berjalan sejak 1 Juli 2026". */
  readonly statusText: string;
  readonly note: LangText;
  /** "Lewat tenggat: …" or null. */
  readonly overdue: string | null;
  readonly history: readonly { readonly status: RecommendationStatus; readonly word: string; readonly date: { readonly iso: string; readonly text: string }; readonly note: LangText }[];
  /** Evidence: the indicators that measure it, with the progress of the document's region. */
  readonly indicators: readonly { readonly href: string; readonly title: string; readonly progress: ProgressView | null }[];
  readonly doc: { readonly href: string; readonly title: string; readonly lang: Lang };
  readonly regionName: string;
}

const inLang = (lang: Lang, own: Lang, text: string, en: string | undefined): LangText =>
  lang === own ? { text, lang: own } : lang === "en" && en ? { text: en, lang: "en" } : { text, lang: own };

/** The document a reader of `lang` is sent to: the one in their language when there is one. */
function docFor(site: Site, r: TrackedRecommendation, lang: Lang) {
  const pair = translationOf(site, r.doc);
  const doc = r.doc.fm.bahasa === lang || !pair ? r.doc : pair;
  return { href: policyHref(doc), title: doc.fm.judul, lang: doc.fm.bahasa };
}

export const recAnchor = (r: TrackedRecommendation, lang: Lang): string => `${lang === "en" ? "recommendation" : "rekomendasi"}-${r.rec.id}`;

export function recommendationView(site: Site, r: TrackedRecommendation, lang: Lang): RecommendationView {
  const own = r.doc.fm.bahasa;
  const date = (iso: string) => ({ iso, text: formatDate(iso, lang) });
  const word = (s: RecommendationStatus) => t(lang, `rec.status.${s}`);
  const doc = docFor(site, r, lang);
  return {
    key: `${r.doc.slug}/${r.rec.id}`,
    anchor: recAnchor(r, lang),
    text: inLang(lang, own, r.rec.teks, r.rec.teks_en),
    unit: r.rec.unit,
    deadline: date(r.rec.tenggat),
    status: r.current.status,
    statusText: t(lang, "rec.since", { status: word(r.current.status), date: formatDate(r.current.tanggal, lang) }),
    note: inLang(lang, own, r.current.catatan, r.current.catatan_en),
    overdue: r.overdue ? t(lang, "rec.overdue", { date: formatDate(r.rec.tenggat, lang) }) : null,
    history: [...r.rec.status].reverse().map((s) => ({ status: s.status, word: word(s.status), date: date(s.tanggal), note: inLang(lang, own, s.catatan, s.catatan_en) })),
    indicators: r.rec.indikator.flatMap((id) => {
      const ind = site.indicators.find((i) => i.meta.id === id);
      return ind ? [{ href: href(lang, "indicators", id), title: tx(ind.meta.judul, lang), progress: progressView(ind, r.doc.fm.wilayah, lang) }] : [];
    }),
    doc,
    regionName: regionNameIn(site.regions, r.doc.fm.wilayah),
  };
}

/** What a document's page shows: its recommendations (or its translation's). */
export function documentRecommendations(site: Site, doc: Parameters<typeof recommendationsOf>[1], lang: Lang): readonly RecommendationView[] {
  return recommendationsOf(site, doc).map((r) => recommendationView(site, r, lang));
}

/** What an indicator page lists: the recommendations that cite it. */
export function indicatorRecommendations(site: Site, indicatorId: string, lang: Lang): readonly { readonly href: string; readonly text: LangText; readonly statusText: string; readonly status: RecommendationStatus; readonly overdue: string | null; readonly docTitle: string }[] {
  return recommendationsCiting(site, indicatorId).map((r) => {
    const v = recommendationView(site, r, lang);
    return { href: `${v.doc.href}#${v.anchor}`, text: v.text, statusText: v.statusText, status: v.status, overdue: v.overdue, docTitle: v.doc.title };
  });
}

// ── The list ────────────────────────────────────────────────────────────────

export interface RecFilterOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly href: string | null;
}

export interface RecommendationListView {
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly title: string;
  readonly heading: string;
  readonly intro: string;
  readonly alternate: string;
  readonly indexHref: string;
  readonly feed: string;
  readonly filter: { readonly facet: RecFacet; readonly value: string; readonly label: string } | null;
  readonly all: { readonly href: string; readonly label: string; readonly count: number };
  readonly facets: readonly { readonly key: RecFacet; readonly label: string; readonly options: readonly RecFilterOption[] }[];
  /** Counts per status of what is listed, and how many are overdue. */
  readonly counts: readonly { readonly status: RecommendationStatus; readonly word: string; readonly count: number }[];
  readonly overdueCount: string;
  readonly countText: string;
  readonly items: readonly RecommendationView[];
}

export const recFilterHref = (lang: Lang, facet: RecFacet, value: string): string => href(lang, "recommendations", REC_FACET_SEGMENT[facet][lang], value);
export const recFeedHref = (lang: Lang): string => asset(`${lang === "en" ? "en/" : ""}${lang === "en" ? "recommendations" : "rekomendasi"}/rss.xml`);

function valueLabel(site: Site, facet: RecFacet, value: string, lang: Lang): string {
  switch (facet) {
    case "status": return t(lang, `rec.status.${value as RecommendationStatus}`);
    case "unit": return allRecommendations(site).find((r) => unitSlug(r.rec.unit) === value)?.rec.unit ?? value;
    case "region": return regionNameIn(site.regions, value);
    case "document": {
      const r = allRecommendations(site).find((x) => x.doc.slug === value);
      return r ? docFor(site, r, lang).title : value;
    }
  }
}

function options(site: Site, lang: Lang, facet: RecFacet): RecFilterOption[] {
  const all = allRecommendations(site);
  const values =
    facet === "status" ? [...STATUS_ORDER]
    : facet === "region" ? regionsInOrder(site.regions).map((r) => r.code).filter((c) => all.some((x) => x.doc.fm.wilayah === c))
    : [...new Set(all.map((r) => recFacetValue(r, facet)))];
  return values.map((value) => {
    const count = all.filter((r) => recFacetValue(r, facet) === value).length;
    return { value, label: valueLabel(site, facet, value, lang), count, href: count > 0 ? recFilterHref(lang, facet, value) : null };
  });
}

/** Route params of every non-empty filter page of a language. */
export function recFilterPaths(site: Site, lang: Lang) {
  return REC_FACETS.flatMap((facet) => options(site, lang, facet).filter((o) => o.count > 0).map((o) => ({ params: { facet: REC_FACET_SEGMENT[facet][lang], value: o.value }, props: { facet, value: o.value } })));
}

export function recommendationListView(site: Site, lang: Lang, filter?: { facet: RecFacet; value: string }): RecommendationListView {
  const all = allRecommendations(site);
  const listed = filter ? all.filter((r) => recFacetValue(r, filter.facet) === filter.value) : all;
  const label = filter ? valueLabel(site, filter.facet, filter.value, lang) : null;
  const heading = filter ? t(lang, "rec.filteredBy", { facet: t(lang, `rec.facet.${filter.facet}`), value: label! }) : t(lang, "rec.title");
  const other = otherLang(lang);
  const overdue = listed.filter((r) => r.overdue).length;
  return {
    lang,
    chrome: chromeView(site, lang),
    title: filter ? `${heading} · ${t(lang, "rec.title")}` : t(lang, "rec.title"),
    heading,
    intro: t(lang, "rec.intro"),
    alternate: filter ? recFilterHref(other, filter.facet, filter.value) : href(other, "recommendations"),
    indexHref: href(lang, "recommendations"),
    feed: recFeedHref(lang),
    filter: filter ? { facet: filter.facet, value: filter.value, label: label! } : null,
    all: { href: href(lang, "recommendations"), label: t(lang, "rec.all"), count: all.length },
    facets: REC_FACETS.map((key) => ({ key, label: t(lang, `rec.facet.${key}`), options: options(site, lang, key) })),
    counts: STATUS_ORDER.map((status) => ({ status, word: t(lang, `rec.status.${status}`), count: listed.filter((r) => r.current.status === status).length })),
    overdueCount: t(lang, overdue === 1 ? "rec.overdueCount.one" : "rec.overdueCount", { n: overdue }),
    countText: t(lang, listed.length === 1 ? "rec.count.one" : "rec.count", { n: listed.length }),
    items: listed.map((r) => recommendationView(site, r, lang)),
  };
}

// ── Feed ────────────────────────────────────────────────────────────────────

/** One item per status step of every recommendation, newest first, in a reader's language. */
export function recommendationFeedItems(site: Site, lang: Lang) {
  return allRecommendations(site)
    .flatMap((r) => {
      const v = recommendationView(site, r, lang);
      return r.rec.status.map((s, i) => ({
        title: `${t(lang, `rec.status.${s.status}`)}: ${v.text.text}`,
        link: `${v.doc.href}#${v.anchor}`,
        date: s.tanggal,
        description: inLang(lang, r.doc.fm.bahasa, s.catatan, s.catatan_en).text,
        categories: [t(lang, `rec.status.${s.status}`), r.rec.unit, v.doc.title],
        key: `${r.doc.slug}/${r.rec.id}/${i}`,
      }));
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}

/** The RSS feed of status changes of a language (item links absolute; notes escaped as text). */
export function recommendationFeed(data: Site, lang: Lang, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("The feed needs `site` in astro.config.mjs (TERANG_SITE).");
  const abs = (path: string) => new URL(path, site).href;
  return rss({
    title: `${t(lang, "rec.feed.label")} · ${tx(data.config.nama, lang)}`,
    description: t(lang, "rec.feed.description"),
    site: abs(href(lang, "recommendations")),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${lang}</language><atom:link href="${escapeMarkup(abs(recFeedHref(lang)))}" rel="self" type="application/rss+xml"/>`,
    items: recommendationFeedItems(data, lang).map((i) => ({
      title: i.title,
      link: abs(i.link),
      pubDate: new Date(`${i.date}T00:00:00Z`),
      description: escapeMarkup(i.description),
      categories: i.categories,
    })),
  });
}
