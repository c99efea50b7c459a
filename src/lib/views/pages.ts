/**
 * Page models of the site's single pages: about, methodology, the staff guide, the glossary, the
 * data checker, search and the 404 page. Pure functions of the validated site and the language.
 */
import { ot } from "../i18n/opendata.ts";
import { proposeUrl, HOST_NAMES } from "../data/propose.ts";
import type { Site } from "../data/project.ts";
import type { Indicator, Lang, Region } from "../data/model.ts";
import type { GlossaryEntry } from "../data/schema/site.ts";
import type { IndicatorMeta } from "../data/schema/indicator-meta.ts";
import { chromeView, pageFrame, type Chrome, type PageFrame } from "./chrome.ts";
import { themesOfIn } from "../catalogue.ts";
import { changesFeedHref } from "../changesFeed.ts";
import { guide, overdueIndicators, type Block, type Guide, type Section } from "../data/guide.ts";
import { PUBLICATION_LAG_MONTHS } from "../data/staleness.ts";
import { FREQUENCIES } from "../data/schema/indicator-meta.ts";
import { glossaryOrder, isAcronym, termAnchor } from "../glossary.ts";
import { t } from "../i18n/ui.ts";
import { href, basePath } from "../i18n/routes.ts";
import { localise, tx, type Localised } from "../i18n/text.ts";
import { formatDate, formatPeriod } from "../i18n/format.ts";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

// ── About ───────────────────────────────────────────────────────────────────

export interface AboutView extends PageFrame {
  readonly name: string;
  readonly publisher: string;
  readonly sample: boolean;
  readonly licence: { readonly nama: string; readonly url: string };
  readonly contact: string;
  /** How to cite the site, with today's date as the access date. */
  readonly siteCitation: string;
  /** How to cite one indicator (the first headline one); null without indicators. */
  readonly indicatorCitation: string | null;
}

/** `siteUrl`: Astro's `site`, for the absolute addresses of the citations. */
export function aboutView(site: Site, lang: Lang, siteUrl: URL | undefined): AboutView {
  const c = site.config;
  const name = tx(c.nama, lang);
  const publisher = tx(c.penerbit, lang);
  const today = isoDay(site.today);
  const year = today.slice(0, 4);
  const abs = (path: string) => new URL(path, siteUrl).href;
  const example = site.indicators.find((i) => i.meta.id === c.utama[0]) ?? site.indicators[0];
  const accessed = t(lang, "about.cite.accessed", { date: formatDate(today, lang) });
  return {
    ...pageFrame(site, lang, "about"),
    name,
    publisher,
    sample: c.data_contoh,
    licence: c.lisensi,
    contact: c.kontak,
    siteCitation: `${publisher}. (${year}). ${name}: ${tx(c.tagline, lang)}. ${abs(href(lang, "home"))} (${accessed}).`,
    indicatorCitation: example ? `${publisher}. (${year}). ${tx(example.meta.judul, lang)}. ${name}. ${abs(href(lang, "indicators", example.meta.id))} (${accessed}).` : null,
  };
}

// ── Methodology ─────────────────────────────────────────────────────────────

export interface MethodIndicator {
  readonly id: string;
  readonly meta: IndicatorMeta;
  readonly href: string;
  /** The themes that list the indicator. */
  readonly themes: readonly { readonly href: string; readonly title: string }[];
}

export interface MethodView extends PageFrame {
  /** The publication lags of the overdue rule, as one phrase. */
  readonly lags: string;
  readonly indicators: readonly MethodIndicator[];
}

export function methodView(site: Site, lang: Lang): MethodView {
  return {
    ...pageFrame(site, lang, "method"),
    lags: FREQUENCIES.filter((f) => f in PUBLICATION_LAG_MONTHS)
      .map((f) => t(lang, "method.lag", { freq: t(lang, `freq.${f}`).toLowerCase(), n: PUBLICATION_LAG_MONTHS[f]! }))
      .join("; "),
    indicators: site.indicators.map((ind) => ({
      id: ind.meta.id,
      meta: ind.meta,
      href: href(lang, "indicators", ind.meta.id),
      themes: themesOfIn(site, ind.meta.id).map((th) => ({ href: href(lang, "themes", th.id), title: localise(th.judul, lang).text })),
    })),
  };
}

// ── The staff guide ─────────────────────────────────────────────────────────

/** Everything under an h2: its blocks, then each subsection's h3 and blocks. */
export type GuideItem = (Block | { kind: "h3"; id: string; title: string }) & { readonly cid: string };

export interface GuideSectionView {
  readonly id: string;
  readonly title: string;
  /** The overdue list and the tools follow the first section (the steps). */
  readonly overdueAfter: boolean;
  readonly items: readonly GuideItem[];
}

export interface GuideOverdueRow {
  readonly href: string;
  readonly title: Localised;
  readonly frequency: string;
  readonly latest: string;
  readonly expected: string;
  readonly csvFile: string;
}

export interface GuideView extends PageFrame {
  readonly guide: Guide;
  readonly toc: readonly { readonly id: string; readonly title: string; readonly sub: readonly { readonly id: string; readonly title: string }[] }[];
  readonly sections: readonly GuideSectionView[];
  /** The build's date, written out. */
  readonly today: string;
  readonly overdue: readonly GuideOverdueRow[];
  readonly tools: readonly { readonly href: string; readonly title: string; readonly rest: string }[];
  /** The site's stable open-data addresses (the API), site-relative. */
  readonly api: readonly { readonly path: string; readonly text: string }[];
  readonly licenceName: string;
}

export const GUIDE_OVERDUE_ID = "overdue";
export const GUIDE_TOOLS_ID = "alat";
export const GUIDE_API_ID = "api";

/** "Title: what it does" → the title as a link, then the rest. */
const splitTitle = (s: string) => {
  const i = s.indexOf(": ");
  return i === -1 ? { title: s, rest: "" } : { title: s.slice(0, i), rest: s.slice(i) };
};

export function guideView(site: Site, lang: Lang): GuideView {
  const g = guide(lang);
  const feedHref = changesFeedHref(lang);
  /**
   * Tables sit in a keyboard-focusable scroll container (a region that scrolls must be reachable
   * by keyboard) named by the table's caption; `cid` is that caption's id.
   */
  let tableCount = 0;
  const [first, ...rest] = g.sections;
  const sections = [
    ...(first ? [{ ...first, after: true }] : []),
    ...rest.map((s) => ({ ...s, after: false })),
  ].map((s: Section & { after: boolean }) => ({
    id: s.id,
    title: s.title,
    overdueAfter: s.after,
    items: [...s.blocks, ...s.sections.flatMap((c): (Block | { kind: "h3"; id: string; title: string })[] => [{ kind: "h3", id: c.id, title: c.title }, ...c.blocks])].map((it) => ({
      ...it,
      cid: it.kind === "table" ? `tabel-${++tableCount}` : "",
    })),
    sub: s.sections,
  }));
  const toc = sections.flatMap((s) => [
    { id: s.id, title: s.title, sub: s.sub.map((c) => ({ id: c.id, title: c.title })) },
    ...(s.overdueAfter ? [{ id: GUIDE_OVERDUE_ID, title: t(lang, "guide.overdue"), sub: [] }, { id: GUIDE_TOOLS_ID, title: t(lang, "guide.tools"), sub: [] }] : []),
  ]).concat([{ id: GUIDE_API_ID, title: t(lang, "api.title"), sub: [] }]);
  return {
    ...pageFrame(site, lang, "guide"),
    guide: g,
    toc,
    sections: sections.map(({ sub: _sub, ...s }) => s),
    today: formatDate(isoDay(site.today), lang),
    overdue: overdueIndicators(site.indicators, site.today).map((o) => ({
      href: href(lang, "indicators", o.indicator.meta.id),
      title: localise(o.indicator.meta.judul, lang),
      frequency: t(lang, `freq.${o.indicator.meta.frekuensi}`),
      latest: o.latest ? formatPeriod(o.latest, lang) : "—",
      expected: formatPeriod(o.expected, lang),
      csvFile: o.indicator.csvFile,
    })),
    tools: [
      { href: href(lang, "checker"), ...splitTitle(t(lang, "guide.tools.checker")) },
      { href: href(lang, "changes"), ...splitTitle(t(lang, "guide.tools.changes")) },
    ],
    api: [
      { path: "data/index.json", text: t(lang, "api.index") },
      { path: "data/<id>.json", text: t(lang, "api.json") },
      { path: "data/<id>.csv", text: t(lang, "api.csv") },
      { path: "data/<id>-en.csv", text: ot(lang, "api.csvEn") },
      { path: "data/<id>-excel.csv", text: t(lang, "api.excel") },
      { path: "data/<id>.xlsx", text: ot(lang, "api.xlsx") },
      { path: "data/<id>.zip", text: t(lang, "api.zip") },
      { path: "datapackage.json", text: t(lang, "api.datapackage") },
      { path: "catalog.jsonld", text: ot(lang, "api.catalog") },
      { path: "data/regions.csv", text: t(lang, "api.regions") },
      { path: feedHref.slice(basePath().length), text: t(lang, "api.changes") },
    ],
    licenceName: site.config.lisensi.nama,
  };
}

// ── Glossary ────────────────────────────────────────────────────────────────

export interface GlossaryTermView {
  readonly entry: GlossaryEntry;
  readonly anchor: string;
  readonly acronym: boolean;
  readonly full: Localised | null;
  readonly def: Localised;
}

export interface GlossaryView extends PageFrame {
  readonly entries: readonly GlossaryTermView[];
}

export function glossaryView(site: Site, lang: Lang): GlossaryView {
  return {
    ...pageFrame(site, lang, "glossary"),
    entries: glossaryOrder(site.glossary).map((e) => ({
      entry: e,
      anchor: termAnchor(e.istilah),
      acronym: isAcronym(e.istilah),
      full: e.nama_lengkap ? localise(e.nama_lengkap, lang) : null,
      def: localise(e.definisi, lang),
    })),
  };
}

// ── Data checker ────────────────────────────────────────────────────────────

/** What the checker's script needs, as JSON in the page (src/scripts/checker/). */
export interface CheckerConfig {
  readonly lang: Lang;
  readonly today: string;
  readonly regions: readonly Region[];
  readonly indicators: readonly { readonly id: string; readonly meta: IndicatorMeta; readonly csvFile: Indicator["csvFile"]; readonly proposeUrl?: string }[];
}

export interface CheckerView extends PageFrame {
  readonly config: CheckerConfig;
  /** The "propose this change" step (`repositori` in situs.yml), or null when none is configured. */
  readonly propose: { readonly host: string } | null;
  /** The indicators to choose from, by title. */
  readonly options: readonly { readonly id: string; readonly title: Localised }[];
}

export function checkerView(site: Site, lang: Lang): CheckerView {
  const r = site.config.repositori;
  const repo = r ? { host: r.host, url: r.url, branch: r.cabang } : null;
  return {
    ...pageFrame(site, lang, "checker"),
    config: {
      lang,
      today: isoDay(site.today),
      regions: site.regions,
      indicators: site.indicators.map((i) => ({ id: i.meta.id, meta: i.meta, csvFile: i.csvFile, ...(repo ? { proposeUrl: proposeUrl(repo, i.csvFile) } : {}) })),
    },
    propose: repo ? { host: HOST_NAMES[repo.host] } : null,
    options: site.indicators
      .map((i) => ({ id: i.meta.id, title: localise(i.meta.judul, lang) }))
      .sort((a, b) => a.title.text.localeCompare(b.title.text, lang)),
  };
}

// ── Search, 404 ─────────────────────────────────────────────────────────────

export interface SearchView extends PageFrame {
}

export function searchView(site: Site, lang: Lang): SearchView {
  return pageFrame(site, lang, "search");
}

/** The 404 page is one page in both languages; its frame is Indonesian. */
export interface NotFoundView {
  readonly chrome: Chrome;
}

export function notFoundView(site: Site): NotFoundView {
  return { chrome: chromeView(site, "id") };
}
