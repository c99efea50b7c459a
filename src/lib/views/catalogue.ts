/**
 * Page models of the catalogue: indicator cards, the indicator index (whole or filtered by one
 * facet), the themes index and a theme's page. Pure functions of the validated site and the
 * language. Cards and filter counts are the same on many pages (the index, every theme and unit
 * filter page), so they are computed once per site and language.
 */
import { valuedTotals } from "../data/lookup.ts";
import type { Site } from "../data/project.ts";
import type { Indicator, Lang, Observation } from "../data/model.ts";
import type { Theme } from "../data/schema/site.ts";
import { chromeView, type Chrome } from "./chrome.ts";
import {
  INDICATOR_FACETS, filteredIndicatorsIn, indicatorFacetLabel, indicatorFacetPath, indicatorFilterHref, indicatorFilterOptionsIn, indicatorValueLabelIn,
  themeIndicatorsIn, regionNameIn, unthemedIn, type IndicatorFacet, type IndicatorFilterOption,
} from "../catalogue.ts";
import { regionsInOrder } from "../indicators.ts";
import { headlineSeries, briefSparkline, type PrintedSmall } from "../charts/indicatorCharts.ts";
import { t } from "../i18n/ui.ts";
import { href, otherLang } from "../i18n/routes.ts";
import { localise, tx, type Localised } from "../i18n/text.ts";
import { formatPeriod, formatValue } from "../i18n/format.ts";
import { progressView, type ProgressView } from "./progress.ts";
import { regionPickView, type RegionPickView } from "./regionPick.ts";

// ── Cards ───────────────────────────────────────────────────────────────────

/** The latest value a card shows, of its region. */
export interface CardFigure {
  /** "Provinsi X, 2025". */
  readonly forText: string;
  readonly value: string;
  readonly latest: Observation;
  readonly previous: Observation | null;
  readonly sparkline: PrintedSmall | null;
  /** Progress of the card's region to the target year; null without a target. */
  readonly progress: ProgressView | null;
}

/** One indicator as a card (src/components/catalogue/IndicatorCard.astro). */
export interface IndicatorCardView {
  readonly id: string;
  /** For the value's band and target badges and the change in words. */
  readonly indicator: Indicator;
  readonly href: string;
  readonly title: Localised;
  readonly description: Localised;
  /** The region the card reads (as the indicator page's headline; the reader's choice is applied in the browser). */
  readonly region: string | null;
  /** null: no data. */
  readonly figure: CardFigure | null;
}

function makeCard(site: Site, lang: Lang, ind: Indicator, idPrefix: string): IndicatorCardView {
  const m = ind.meta;
  const regions = regionsInOrder(site.regions);
  const code = headlineSeries(ind, regions)?.key ?? null;
  const obs = code ? valuedTotals(ind, code) : [];
  const latest = obs.at(-1) ?? null;
  const previous = obs.at(-2) ?? null;
  const regionName = (c: string) => regionNameIn(site.regions, c);
  return {
    id: m.id,
    indicator: ind,
    href: href(lang, "indicators", m.id),
    title: localise(m.judul, lang),
    description: localise(m.deskripsi, lang),
    region: code,
    figure: latest && code
      ? {
        forText: t(lang, "home.card.for", { region: regionName(code), period: formatPeriod(latest.period, lang) }),
        value: formatValue(latest.value, m.satuan, lang, m.desimal),
        latest,
        previous,
        sparkline: briefSparkline(ind, { lang, regions, idPrefix }, code),
        progress: progressView(ind, code, lang),
      }
      : null,
  };
}

const cardMemo = new WeakMap<Site, Map<string, IndicatorCardView>>();

/**
 * An indicator's card. `idPrefix` keeps the ids of its sparkline unique in the page. Cards are the
 * same on many pages (the index, every theme and unit filter page), so they are kept per site.
 */
export function indicatorCardView(site: Site, lang: Lang, ind: Indicator, idPrefix = "card-"): IndicatorCardView {
  const held = cardMemo.get(site) ?? new Map<string, IndicatorCardView>();
  cardMemo.set(site, held);
  const key = `${lang}\u0000${idPrefix}\u0000${ind.meta.id}`;
  let card = held.get(key);
  if (!card) held.set(key, (card = makeCard(site, lang, ind, idPrefix)));
  return card;
}

// ── The indicator index ─────────────────────────────────────────────────────

export interface IndicatorFilterFacetView {
  readonly key: IndicatorFacet;
  readonly label: string;
  readonly options: readonly IndicatorFilterOption[];
}

const filterMemo = new WeakMap<Site, Partial<Record<Lang, readonly IndicatorFilterFacetView[]>>>();

/** Every facet with its values and counts, the same on every index page of a language. */
export function indicatorFilterFacets(site: Site, lang: Lang): readonly IndicatorFilterFacetView[] {
  const held = filterMemo.get(site) ?? {};
  filterMemo.set(site, held);
  return (held[lang] ??= INDICATOR_FACETS.map((facet) => ({ key: facet, label: indicatorFacetLabel(facet, lang), options: indicatorFilterOptionsIn(site, lang, facet) })));
}

export interface IndicatorGroupView {
  readonly id: string;
  readonly title: string;
  /** The theme's page; null for the group of indicators no theme lists. */
  readonly href: string | null;
  readonly cards: readonly IndicatorCardView[];
}

export interface IndicatorListView {
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly title: string;
  readonly description: string;
  readonly alternate: string;
  readonly indexHref: string;
  readonly filter: { readonly facet: IndicatorFacet; readonly value: string } | null;
  /** The filter's value as written ("Kota Ambon"); null without a filter. */
  readonly valueLabel: string | null;
  readonly filters: {
    readonly title: string;
    readonly all: { readonly href: string; readonly label: string; readonly count: number };
    readonly facets: readonly IndicatorFilterFacetView[];
  };
  /** "9 indikator". */
  readonly countText: string;
  readonly empty: boolean;
  readonly groups: readonly IndicatorGroupView[];
  /** The reader's choice of region for the cards; null when nothing is listed. */
  readonly regionPick: RegionPickView | null;
}

/** Facets whose filtered index is a page of its own: a region's list is the region's page (src/lib/views/regions.ts). */
export type ListFacet = Exclude<IndicatorFacet, "region">;

/** The indicator index of a language, whole or filtered by a theme or a unit. */
export function indicatorListView(site: Site, lang: Lang, filter?: { facet: ListFacet; value: string }): IndicatorListView {
  const list = filter ? filteredIndicatorsIn(site, filter.facet, filter.value) : [...site.indicators];
  const inList = new Set(list.map((i) => i.meta.id));
  // Group what is listed by theme (an indicator in two themes appears in both); the rest last.
  const groups = [
    ...site.themes.map((th) => ({ id: th.id, title: tx(th.judul, lang), href: href(lang, "themes", th.id) as string | null, items: themeIndicatorsIn(site, th).filter((i) => inList.has(i.meta.id)) })),
    { id: "lain", title: t(lang, "themes.other"), href: null, items: unthemedIn(site).filter((i) => inList.has(i.meta.id)) },
  ]
    .filter((g) => g.items.length > 0 && (!filter || filter.facet !== "theme" || g.id === filter.value))
    .map((g) => ({ id: g.id, title: g.title, href: g.href, cards: g.items.map((ind) => indicatorCardView(site, lang, ind, `list-${g.id}-`)) }));
  const other = otherLang(lang);
  const valueLabel = filter ? indicatorValueLabelIn(site, filter.facet, filter.value, lang) : null;
  const heading = filter ? t(lang, "catalogue.filteredBy", { facet: indicatorFacetLabel(filter.facet, lang), value: valueLabel! }) : null;
  const n = list.length;
  return {
    lang,
    chrome: chromeView(site, lang),
    title: heading ? `${heading} · ${t(lang, "indicators.title")}` : t(lang, "indicators.title"),
    description: t(lang, "indicators.intro"),
    alternate: filter ? indicatorFacetPath(other, filter.facet, filter.value) : href(other, "indicators"),
    indexHref: href(lang, "indicators"),
    filter: filter ? { facet: filter.facet, value: filter.value } : null,
    valueLabel,
    filters: {
      title: t(lang, "catalogue.filters"),
      all: { href: href(lang, "indicators"), label: t(lang, "catalogue.all"), count: site.indicators.length },
      facets: indicatorFilterFacets(site, lang),
    },
    countText: t(lang, n === 1 ? "catalogue.count.one" : "catalogue.count", { n }),
    empty: n === 0,
    groups,
    regionPick: n > 0 ? regionPickView(site, lang) : null,
  };
}

// ── Themes ──────────────────────────────────────────────────────────────────

export interface ThemeLink {
  readonly id: string;
  readonly href: string;
  readonly title: string;
}

export interface IndicatorLink {
  readonly href: string;
  readonly title: string;
}

export interface ThemesIndexView {
  readonly kind: "index";
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly title: string;
  readonly description: string;
  readonly alternate: string;
  readonly themes: readonly (ThemeLink & { readonly description: Localised; readonly indicators: readonly IndicatorLink[] })[];
  /** Indicators no theme lists. */
  readonly other: readonly IndicatorLink[];
}

export interface ThemePageView {
  readonly kind: "theme";
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly alternate: string;
  readonly indexHref: string;
  /** The theme's filter page of the indicator index. */
  readonly inIndexHref: string;
  readonly heading: Localised;
  readonly lede: Localised;
  readonly cards: readonly IndicatorCardView[];
  /** The reader's choice of region for the cards. */
  readonly regionPick: RegionPickView;
  /** Every theme, this one marked. */
  readonly themes: readonly (ThemeLink & { readonly current: boolean })[];
}

const indicatorLink = (lang: Lang, ind: Indicator): IndicatorLink => ({ href: href(lang, "indicators", ind.meta.id), title: tx(ind.meta.judul, lang) });
const themeLink = (lang: Lang, th: Theme): ThemeLink => ({ id: th.id, href: href(lang, "themes", th.id), title: tx(th.judul, lang) });

export function themesIndexView(site: Site, lang: Lang): ThemesIndexView {
  return {
    kind: "index",
    lang,
    chrome: chromeView(site, lang),
    title: t(lang, "themes.title"),
    description: t(lang, "themes.intro"),
    alternate: href(otherLang(lang), "themes"),
    themes: site.themes.map((th) => ({
      ...themeLink(lang, th),
      description: localise(th.deskripsi, lang),
      indicators: themeIndicatorsIn(site, th).map((ind) => indicatorLink(lang, ind)),
    })),
    other: unthemedIn(site).map((ind) => indicatorLink(lang, ind)),
  };
}

export function themePageView(site: Site, lang: Lang, theme: Theme): ThemePageView {
  return {
    kind: "theme",
    lang,
    chrome: chromeView(site, lang),
    id: theme.id,
    title: `${tx(theme.judul, lang)} · ${t(lang, "themes.title")}`,
    description: tx(theme.deskripsi, lang),
    alternate: href(otherLang(lang), "themes", theme.id),
    indexHref: href(lang, "themes"),
    inIndexHref: indicatorFilterHref(lang, "theme", theme.id),
    heading: localise(theme.judul, lang),
    lede: localise(theme.deskripsi, lang),
    cards: themeIndicatorsIn(site, theme).map((ind) => indicatorCardView(site, lang, ind, "theme-")),
    regionPick: regionPickView(site, lang),
    themes: site.themes.map((th) => ({ ...themeLink(lang, th), current: th.id === theme.id })),
  };
}
