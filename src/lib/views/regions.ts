/**
 * Region pages: the index of every region (provinces with the regencies and cities in them), and
 * one region's page with all its indicators, each compared with the province in the same period,
 * a table of the region beside its parent (every indicator, latest values), links to its siblings
 * (the other regions with the same parent) and a "compare with" form that opens the comparison
 * page with the region chosen. /wilayah/, /wilayah/<kode>/ ↔ /en/regions/, /en/regions/<kode>/.
 *
 * Pure functions of the validated site and the language. Pages grow linearly with the regions.
 */
import type { Site } from "../data/project.ts";
import type { Indicator, Lang, Region } from "../data/model.ts";
import { indicatorFacetPath, provinceOfIn as provinceIn, readRegionAmong, reportsOn, type RegionReading } from "../catalogue.ts";
import { t } from "../i18n/ui.ts";
import { href, otherLang } from "../i18n/routes.ts";
import { tx } from "../i18n/text.ts";
import { regionsInOrder } from "../indicators.ts";
import { chromeView, pageFrame, type Chrome, type PageFrame } from "./chrome.ts";
import { briefSparkline, type PrintedSmall } from "../charts/indicatorCharts.ts";

/** One indicator on a region's page, with the region's sparkline. */
/** One indicator's reading on a region page, with its progress to the target year (null without a target). */
export type RegionCardView = RegionReading & { readonly sparkline: PrintedSmall | null; readonly progress: ProgressView | null };
import { compareTable, type CompareTableView } from "./compare.ts";
import { progressView, type ProgressView } from "./progress.ts";

/**
 * The region a region is compared with: its parent in regions.csv (a district's city or regency,
 * a city's province), else its province.
 */
export function parentIn(regions: readonly Region[], region: Region): Region | null {
  if (region.kind === "provinsi") return null;
  return regions.find((r) => r.code === region.parent) ?? provinceIn(regions, region);
}

/** The regions with the same parent (for a province: the other provinces), in the site's order. */
export function siblingsIn(regions: readonly Region[], region: Region): Region[] {
  const parent = parentIn(regions, region);
  return regionsInOrder(regions).filter((r) => r.code !== region.code && (parent ? parentIn(regions, r)?.code === parent.code : r.kind === "provinsi"));
}

export interface RegionLink {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly href: string;
  /** "n indicators" (index only). */
  readonly count?: string;
}

export interface RegionsIndexView extends PageFrame {
  readonly title: string;
  readonly intro: string;
  readonly provinces: readonly { readonly link: RegionLink; readonly children: readonly RegionLink[] }[];
  readonly orphans: readonly RegionLink[];
  readonly compare: { readonly href: string; readonly text: string };
}

export interface RegionPageView {
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly region: Region;
  readonly title: string;
  readonly alternate: string;
  readonly crumb: { readonly href: string; readonly text: string };
  readonly kind: string;
  /** The province the region is part of, or null for a province. */
  readonly province: Region | null;
  readonly provinceHref: string | null;
  /** "Indicators for X: n indicators" (they are all listed below). */
  readonly indicatorsCount: string;
  readonly groups: readonly { readonly id: string; readonly title: string; readonly readings: readonly RegionCardView[] }[];
  /** Regions within a province. */
  readonly within: readonly RegionLink[];
  /** The region beside its parent, every indicator either reports on (null for a province). */
  readonly parentTable: { readonly heading: string; readonly table: CompareTableView } | null;
  readonly siblings: { readonly heading: string; readonly links: readonly RegionLink[] };
  /** A plain GET form to /bandingkan/?a=<region>&b=<chosen> (the comparison page needs JavaScript). */
  readonly compareForm: {
    readonly action: string;
    readonly heading: string;
    readonly label: string;
    readonly button: string;
    readonly a: string;
    readonly options: readonly { readonly code: string; readonly name: string }[];
    readonly selected: string | undefined;
  };
}

function link(site: Site, lang: Lang, r: Region, withCount = false): RegionLink {
  const count = withCount ? site.indicators.filter((i) => reportsOn(i, r.code)).length : 0;
  return {
    code: r.code,
    name: r.name,
    kind: t(lang, `region.kind.${r.kind}`),
    href: href(lang, "regions", r.code),
    ...(withCount ? { count: t(lang, "regions.indicatorCount", { n: count }) } : {}),
  };
}

export function regionsIndexView(site: Site, lang: Lang): RegionsIndexView {
  const all = regionsInOrder(site.regions);
  const prov = (r: Region) => provinceIn(site.regions, r);
  return {
    ...pageFrame(site, lang, "regions"),
    title: t(lang, "regions.title"),
    intro: t(lang, "regions.intro"),
    provinces: all
      .filter((r) => r.kind === "provinsi")
      .map((p) => ({ link: link(site, lang, p, true), children: all.filter((r) => r.code !== p.code && prov(r)?.code === p.code).map((r) => link(site, lang, r, true)) })),
    orphans: all.filter((r) => r.kind !== "provinsi" && !prov(r)).map((r) => link(site, lang, r)),
    compare: { href: href(lang, "compare"), text: t(lang, "home.compare") },
  };
}

export function regionPageView(site: Site, lang: Lang, region: Region): RegionPageView {
  const all = regionsInOrder(site.regions);
  const province = provinceIn(site.regions, region);
  const parent = parentIn(site.regions, region);
  const reported = site.indicators.filter((i) => reportsOn(i, region.code));
  const ids = new Set(reported.map((i) => i.meta.id));
  const byId = new Map(site.indicators.map((i) => [i.meta.id, i]));
  const listed = new Set(site.themes.flatMap((th) => th.indikator));
  // An indicator listed under two themes is shown once, under the first.
  const shown = new Set<string>();
  const once = (items: Indicator[]) => items.filter((i) => ids.has(i.meta.id) && (shown.has(i.meta.id) ? false : (shown.add(i.meta.id), true)));
  const groups = [
    ...site.themes.map((th) => ({ id: th.id, title: tx(th.judul, lang), items: once(th.indikator.map((id) => byId.get(id)).filter((i): i is Indicator => Boolean(i))) })),
    { id: "lain", title: t(lang, "themes.other"), items: once(site.indicators.filter((i) => !listed.has(i.meta.id))) },
  ]
    .filter((g) => g.items.length > 0)
    .map((g) => ({
      id: g.id,
      title: g.title,
      readings: g.items.map((i) => ({ ...readRegionAmong(site.regions, i, region), sparkline: briefSparkline(i, { lang, regions: all, idPrefix: "region-" }, region.code), progress: progressView(i, region.code, lang) })),
    }));
  const siblings = siblingsIn(site.regions, region);
  const others = all.filter((r) => r.code !== region.code);
  return {
    lang,
    chrome: chromeView(site, lang),
    region,
    title: `${region.name} · ${t(lang, "regions.title")}`,
    alternate: href(otherLang(lang), "regions", region.code),
    crumb: { href: href(lang, "regions"), text: t(lang, "regions.title") },
    kind: t(lang, `region.kind.${region.kind}`),
    province,
    provinceHref: province ? href(lang, "regions", province.code) : null,
    indicatorsCount: `${t(lang, "region.indicators", { region: region.name })}: ${t(lang, "catalogue.count", { n: reported.length })}`,
    groups,
    // A province lists its cities and regencies; a city or regency its districts.
    within: all.filter((r) => r.code !== region.code && parentIn(site.regions, r)?.code === region.code).map((r) => link(site, lang, r)),
    parentTable: parent ? { heading: t(lang, "region.vsParent", { region: region.name, parent: parent.name }), table: compareTable(site, lang, region, parent) } : null,
    siblings: {
      heading: parent ? t(lang, "region.siblings", { parent: parent.name }) : t(lang, "region.otherProvinces"),
      links: siblings.map((r) => link(site, lang, r)),
    },
    compareForm: {
      action: href(lang, "compare"),
      heading: t(lang, "region.compareWith", { region: region.name }),
      label: t(lang, "region.compareChoose"),
      button: t(lang, "compare.go"),
      a: region.code,
      options: others.map((r) => ({ code: r.code, name: r.name })),
      selected: parent?.code ?? others[0]?.code,
    },
  };
}

/**
 * The page at a region's old filtered-index address (`/indikator/wilayah/<kode>/`): that list is
 * the region's page now, so the page sends the reader there at once (an immediate refresh, which
 * no script is needed for) and says where with a plain link. Not indexed.
 */
export interface MovedView extends PageFrame {
  readonly title: string;
  readonly to: string;
  readonly text: string;
  readonly linkText: string;
}

export function regionListMovedView(site: Site, lang: Lang, code: string): MovedView {
  const name = site.regions.find((r) => r.code === code)?.name ?? code;
  return {
    lang,
    chrome: chromeView(site, lang),
    // The same old address in the other language, which points to the region's page in that one.
    alternate: indicatorFacetPath(otherLang(lang), "region", code),
    title: t(lang, "region.indicators", { region: name }),
    to: href(lang, "regions", code),
    text: t(lang, "region.listMoved", { region: name }),
    linkText: name,
  };
}
