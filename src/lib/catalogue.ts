/**
 * The citizens' catalogue of indicators: themes, the indicator index filters (theme, region,
 * unit — each value a pre-built page, so filters are plain links), region pages compared with
 * their province. Pure functions of the validated site, which they take as a parameter.
 * (Comparing two regions: src/lib/views/compare.ts.)
 *
 *   /indikator/tema/<tema>/        /en/indicators/theme/<tema>/
 *   /indikator/wilayah/<kode>/     /en/indicators/region/<kode>/
 *   /indikator/satuan/<satuan>/    /en/indicators/unit/<unit>/      (persen → percent, …)
 *   /tema/<tema>/                  /en/themes/<tema>/
 *   /wilayah/<kode>/               /en/regions/<kode>/
 *   /bandingkan/?a=<a>&b=<b>       /en/compare/?a=<a>&b=<b>        (one page, the script draws the pair)
 */
import { lookup, valuedTotals } from "./data/lookup.ts";
import type { Indicator, Lang, Observation, Region } from "./data/model.ts";
import type { Site } from "./data/project.ts";
import type { Theme } from "./data/schema/site.ts";
import { UNITS } from "./data/schema/indicator-meta.ts";
import type { Unit } from "./i18n/format.ts";
import { href } from "./i18n/routes.ts";
import { t } from "./i18n/ui.ts";
import { tx } from "./i18n/text.ts";
import { isImprovement, regionsInOrder } from "./indicators.ts";

/** What the catalogue functions read of the validated site. */
export type CatalogueSite = Pick<Site, "themes" | "indicators" | "regions">;

// ── Themes ──────────────────────────────────────────────────────────────────

export function themeByIdIn(site: Pick<Site, "themes">, id: string): Theme | undefined {
  return site.themes.find((th) => th.id === id);
}

/** The indicators of a theme, in the theme's order. */
export function themeIndicatorsIn(site: Pick<Site, "indicators">, theme: Theme): Indicator[] {
  const all = site.indicators;
  return theme.indikator.map((id) => all.find((i) => i.meta.id === id)).filter((i): i is Indicator => Boolean(i));
}

/** The themes an indicator belongs to. */
export function themesOfIn(site: Pick<Site, "themes">, indicatorId: string): Theme[] {
  return site.themes.filter((th) => th.indikator.includes(indicatorId));
}

/** Indicators that no theme lists (shown under "other indicators" so nothing is hidden). */
export function unthemedIn(site: Pick<Site, "themes" | "indicators">): Indicator[] {
  const listed = new Set(site.themes.flatMap((th) => th.indikator));
  return site.indicators.filter((i) => !listed.has(i.meta.id));
}

// ── Indicator index filters ─────────────────────────────────────────────────

export const INDICATOR_FACETS = ["theme", "region", "unit"] as const;
export type IndicatorFacet = (typeof INDICATOR_FACETS)[number];

export const INDICATOR_FACET_SEGMENT: Record<IndicatorFacet, Record<Lang, string>> = {
  theme: { id: "tema", en: "theme" },
  region: { id: "wilayah", en: "region" },
  unit: { id: "satuan", en: "unit" },
};

/** English URL slugs of units; Indonesian uses the data's own words. */
export const UNIT_SLUG_EN: Record<Unit, string> = { persen: "percent", skor: "score", jam: "hours", orang: "people", rasio: "ratio" };


/** Whether an indicator has at least one observation with a value for a region. */
export function reportsOn(ind: Indicator, region: string): boolean {
  return lookup(ind).reporting.has(region);
}

export function matchesIn(site: Pick<Site, "themes">, ind: Indicator, facet: IndicatorFacet, value: string): boolean {
  switch (facet) {
    case "theme":
      return themeByIdIn(site, value)?.indikator.includes(ind.meta.id) ?? false;
    case "region":
      return reportsOn(ind, value);
    case "unit":
      return ind.meta.satuan === value;
  }
}

export function indicatorValueSlug(facet: IndicatorFacet, value: string, lang: Lang): string {
  return lang === "en" && facet === "unit" ? UNIT_SLUG_EN[value as Unit] : value;
}

/**
 * Where a filter value leads: the index filtered by it, or for a region the region's own page,
 * which lists every indicator with data for it (and compares each with the parent region). The
 * region's filtered index was the same list again, as large as the region page at a thousand
 * indicators; its address now holds a page that points to the region's (`indicatorFacetPath`).
 */
export function indicatorFilterHref(lang: Lang, facet: IndicatorFacet, value: string): string {
  return facet === "region" ? href(lang, "regions", value) : indicatorFacetPath(lang, facet, value);
}

/** The address of the index filtered by a facet's value (`/indikator/satuan/persen/`). */
export function indicatorFacetPath(lang: Lang, facet: IndicatorFacet, value: string): string {
  return href(lang, "indicators", INDICATOR_FACET_SEGMENT[facet][lang], indicatorValueSlug(facet, value, lang));
}

export function indicatorFacetLabel(facet: IndicatorFacet, lang: Lang): string {
  return t(lang, `catalogue.facet.${facet}`);
}

export function indicatorValueLabelIn(site: Pick<Site, "themes" | "regions">, facet: IndicatorFacet, value: string, lang: Lang): string {
  switch (facet) {
    case "theme":
      return tx(themeByIdIn(site, value)!.judul, lang);
    case "region":
      return site.regions.find((r) => r.code === value)?.name ?? value;
    case "unit":
      return t(lang, `unit.${value as Unit}`);
  }
}

export interface IndicatorFilterOption {
  readonly facet: IndicatorFacet;
  readonly value: string;
  readonly label: string;
  readonly count: number;
  /** The filtered page; `null` when nothing matches (shown, not linked, not built). */
  readonly href: string | null;
}

function facetValues(site: CatalogueSite, facet: IndicatorFacet): string[] {
  switch (facet) {
    case "theme":
      return site.themes.map((th) => th.id);
    case "region":
      return regionsInOrder(site.regions).map((r) => r.code);
    case "unit":
      return UNITS.filter((u) => site.indicators.some((i) => i.meta.satuan === u));
  }
}

export function indicatorFilterOptionsIn(site: CatalogueSite, lang: Lang, facet: IndicatorFacet): IndicatorFilterOption[] {
  const all = site.indicators;
  return facetValues(site, facet).map((value) => {
    const count = all.filter((i) => matchesIn(site, i, facet, value)).length;
    return { facet, value, label: indicatorValueLabelIn(site, facet, value, lang), count, href: count > 0 ? indicatorFilterHref(lang, facet, value) : null };
  });
}

export function filteredIndicatorsIn(site: Pick<Site, "themes" | "indicators">, facet: IndicatorFacet, value: string): Indicator[] {
  return site.indicators.filter((i) => matchesIn(site, i, facet, value));
}

/** Route params of every non-empty indicator filter page of a language (for a region: the page pointing to the region's). */
export function indicatorFilterPathsIn(site: CatalogueSite, lang: Lang) {
  return INDICATOR_FACETS.flatMap((facet) =>
    indicatorFilterOptionsIn(site, lang, facet)
      .filter((o) => o.count > 0)
      .map((o) => ({ params: { facet: INDICATOR_FACET_SEGMENT[facet][lang], value: indicatorValueSlug(facet, o.value, lang) }, props: { facet, value: o.value } })),
  );
}

// ── Regions ─────────────────────────────────────────────────────────────────

export function regionByCodeIn(regions: readonly Region[], code: string): Region | undefined {
  return regions.find((r) => r.code === code);
}

/** A region's name, or its code when the site has no such region. */
export const regionNameIn = (regions: readonly Region[], code: string): string => regionByCodeIn(regions, code)?.name ?? code;

/** The province a region belongs to: up the `induk` chain, else the code's first two digits. */
export function provinceOfIn(regions: readonly Region[], region: Region): Region | null {
  if (region.kind === "provinsi") return null;
  let r: Region | undefined = region;
  const seen = new Set<string>();
  while (r && r.kind !== "provinsi" && r.parent && !seen.has(r.code)) {
    seen.add(r.code);
    r = regions.find((x) => x.code === r!.parent);
  }
  if (r && r.kind === "provinsi") return r;
  return regions.find((x) => x.code === region.code.slice(0, 2) && x.kind === "provinsi") ?? null;
}

/** Regions whose province is `province`. */
export function regionsOfProvince(regions: readonly Region[], province: Region): Region[] {
  return regionsInOrder(regions).filter((r) => r.code !== province.code && provinceOfIn(regions, r)?.code === province.code);
}

export interface RegionReading {
  readonly indicator: Indicator;
  /** Latest total with a value for the region (null: no data). */
  readonly latest: Observation | null;
  readonly previous: Observation | null;
  /** The province's total for the same period as `latest` (null: none). */
  readonly province: Observation | null;
  /** latest − province, when both exist. */
  readonly gap: number | null;
  /** Whether the region does better than the province (given `arah`); null when equal/unknown. */
  readonly better: boolean | null;
}

/** One indicator read for a region and compared with the province in the same period. */
export function readRegionAmong(regions: readonly Region[], ind: Indicator, region: Region): RegionReading {
  const obs = valuedTotals(ind, region.code);
  const latest = obs[obs.length - 1] ?? null;
  const previous = obs[obs.length - 2] ?? null;
  const prov = provinceOfIn(regions, region);
  const province = latest && prov ? (valuedTotals(ind, prov.code).find((o) => o.period.code === latest.period.code) ?? null) : null;
  const gap = latest && province ? round(latest.value! - province.value!) : null;
  return { indicator: ind, latest, previous, province, gap, better: gap === null ? null : isImprovement(ind, gap) };
}

/** Differences as they would be written: no floating-point noise (86.71 − 86.44 = 0.27). */
export const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The indicators that report on a region, in the site's order. */
export function regionIndicatorsIn(indicators: readonly Indicator[], code: string): Indicator[] {
  return indicators.filter((i) => reportsOn(i, code));
}
