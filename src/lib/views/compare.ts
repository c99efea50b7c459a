/**
 * Comparing two regions. The site no longer writes a page per pair of regions (that grew with the
 * square of the regions): the comparison page /bandingkan/ ↔ /en/compare/ holds two selects, and a
 * bundled script (src/scripts/compare.ts) shows the chosen pair from one compact file of latest
 * values, /data/wilayah/terbaru.json, written once per build (`compareData`). Without JavaScript
 * each region page compares the region with its parent (`compareTable`, src/lib/views/regions.ts).
 *
 * Pure functions of the validated site and the language: what the pages print, nothing read here.
 */
import { lookup, valuedTotals } from "../data/lookup.ts";
import type { Site } from "../data/project.ts";
import type { Indicator, Lang, Observation, Region } from "../data/model.ts";
import type { Band, LocalText } from "../data/schema/indicator-meta.ts";
import { t } from "../i18n/ui.ts";
import { asset, href } from "../i18n/routes.ts";
import { localise } from "../i18n/text.ts";
import { formatPeriod, formatValue } from "../i18n/format.ts";
import { bandOf, bandShade } from "../charts/bands.ts";
import { pageFrame, type PageFrame } from "./chrome.ts";
import { round } from "../catalogue.ts";
import { isImprovement, regionsInOrder, targetStatus } from "../indicators.ts";
import { progressOf, type ProgressStatus } from "../data/progress.ts";

/** Where the script finds the latest values of every region (one file, both languages). */
export const COMPARE_DATA_FILE = "data/wilayah/terbaru.json";




/** Which of two latest values does better, given `arah`; null when the periods differ or one is missing. */
export function leaderOf(ind: Indicator, a: Observation | null, b: Observation | null): "a" | "b" | "equal" | null {
  if (!a || !b || a.period.code !== b.period.code) return null;
  const better = isImprovement(ind, round(a.value! - b.value!));
  return better === null ? "equal" : better ? "a" : "b";
}

// ── The table of two regions (printed on region pages, drawn by the script) ──

export interface CompareCell {
  /** The number, for tests and scripts; null: no data. */
  readonly value: number | null;
  readonly text: string;
  readonly period: string | null;
  readonly periodCode: string | null;
  /** `kode · label` of the band the value falls in, when the indicator has bands. */
  readonly band: { readonly kode: string; readonly text: string; /** Its colour (`shade-N`, bandShade). */ readonly shade: number } | null;
  readonly target: { readonly met: boolean; readonly text: string } | null;
}

export interface CompareRow {
  readonly id: string;
  readonly title: string;
  /** Set when the title is shown in the other language (untranslated). */
  readonly titleLang: Lang | undefined;
  readonly href: string;
  readonly a: CompareCell;
  readonly b: CompareCell;
  readonly leader: "a" | "b" | "equal" | null;
  /** The last column in words: the better region, "equal", "different periods" or "—". */
  readonly leaderText: string;
  readonly leaderMuted: boolean;
}

export interface CompareTableView {
  readonly caption: string;
  readonly headIndicator: string;
  readonly headLeader: string;
  readonly a: { readonly code: string; readonly name: string; readonly href: string };
  readonly b: { readonly code: string; readonly name: string; readonly href: string };
  readonly rows: readonly CompareRow[];
}

function cell(ind: Indicator, o: Observation | null, lang: Lang): CompareCell {
  if (!o) return { value: null, text: t(lang, "compare.noData"), period: null, periodCode: null, band: null, target: null };
  const band = ind.meta.kategori ? bandOf(o.value!, ind.meta.kategori) : null;
  const status = targetStatus(ind, o.value);
  return {
    value: o.value,
    text: formatValue(o.value, ind.meta.satuan, lang, ind.meta.desimal),
    period: formatPeriod(o.period, lang),
    periodCode: o.period.code,
    band: band ? { kode: band.kode, text: `${band.kode} · ${localise(band.label, lang).text}`, shade: bandShade(band, ind.meta.kategori!) } : null,
    target: status ? { met: status === "met", text: t(lang, status === "met" ? "indicator.target.met" : "indicator.target.notMet") } : null,
  };
}

/** Every indicator either region reports a total for, both latest values side by side. */
export function compareTable(site: Site, lang: Lang, a: Region, b: Region): CompareTableView {
  const rows: CompareRow[] = [];
  for (const ind of site.indicators) {
    const la = valuedTotals(ind, a.code).at(-1) ?? null;
    const lb = valuedTotals(ind, b.code).at(-1) ?? null;
    if (!la && !lb) continue;
    const leader = leaderOf(ind, la, lb);
    const title = localise(ind.meta.judul, lang);
    const leaderText =
      leader === "a" ? a.name : leader === "b" ? b.name : leader === "equal" ? t(lang, "compare.equal") : la && lb ? t(lang, "compare.differentPeriods") : "—";
    rows.push({
      id: ind.meta.id,
      title: title.text,
      titleLang: title.lang !== lang ? title.lang : undefined,
      href: href(lang, "indicators", ind.meta.id),
      a: cell(ind, la, lang),
      b: cell(ind, lb, lang),
      leader,
      leaderText,
      leaderMuted: leader === null,
    });
  }
  return {
    caption: t(lang, "compare.caption", { a: a.name, b: b.name }),
    headIndicator: t(lang, "region.col.indicator"),
    headLeader: t(lang, "compare.col.leader"),
    a: { code: a.code, name: a.name, href: href(lang, "regions", a.code) },
    b: { code: b.code, name: b.name, href: href(lang, "regions", b.code) },
    rows,
  };
}

// ── The comparison page ─────────────────────────────────────────────────────

export interface CompareChooserView {
  readonly lang: Lang;
  readonly heading: string;
  readonly labelA: string;
  readonly labelB: string;
  readonly options: readonly { readonly code: string; readonly name: string }[];
  /** Preselected before the script reads the URL: the first two regions. */
  readonly first: string | undefined;
  readonly second: string | undefined;
  /** The data file the script fetches (with the site's base). */
  readonly dataSrc: string;
  /** Link patterns for the script: `__ID__` and `__CODE__` are replaced. */
  readonly indicatorHref: string;
  readonly regionHref: string;
  /** Every word the script writes, in the page's language. */
  readonly ui: Readonly<Record<string, string>>;
}

export interface ComparePageView extends PageFrame {
  readonly title: string;
  readonly intro: string;
  readonly chooser: CompareChooserView;
  /** Said without JavaScript (hidden by the script). */
  readonly noScript: string;
  readonly regionsHeading: string;
  readonly regions: readonly { readonly code: string; readonly name: string; readonly kind: string; readonly href: string }[];
}

export function compareChooserView(site: Site, lang: Lang): CompareChooserView {
  const regions = regionsInOrder(site.regions);
  return {
    lang,
    heading: t(lang, "compare.choose"),
    labelA: t(lang, "compare.first"),
    labelB: t(lang, "compare.second"),
    options: regions.map((r) => ({ code: r.code, name: r.name })),
    first: regions[0]?.code,
    second: regions[1]?.code,
    dataSrc: asset(COMPARE_DATA_FILE),
    indicatorHref: href(lang, "indicators", "__ID__"),
    regionHref: href(lang, "regions", "__CODE__"),
    ui: {
      caption: t(lang, "compare.caption"),
      indicator: t(lang, "region.col.indicator"),
      leader: t(lang, "compare.col.leader"),
      noData: t(lang, "compare.noData"),
      equal: t(lang, "compare.equal"),
      differentPeriods: t(lang, "compare.differentPeriods"),
      targetMet: t(lang, "indicator.target.met"),
      targetNotMet: t(lang, "indicator.target.notMet"),
      same: t(lang, "compare.sameRegion"),
      status: t(lang, "compare.status"),
      loading: t(lang, "compare.loading"),
      failed: t(lang, "compare.failed"),
      untranslated: t(lang, "site.untranslated"),
    },
  };
}

export function comparePageView(site: Site, lang: Lang): ComparePageView {
  return {
    ...pageFrame(site, lang, "compare"),
    title: t(lang, "compare.title"),
    intro: t(lang, "compare.intro"),
    chooser: compareChooserView(site, lang),
    noScript: t(lang, "compare.noScript"),
    regionsHeading: t(lang, "regions.title"),
    regions: regionsInOrder(site.regions).map((r) => ({ code: r.code, name: r.name, kind: t(lang, `region.kind.${r.kind}`), href: href(lang, "regions", r.code) })),
  };
}

// ── The data file ───────────────────────────────────────────────────────────

/**
 * /data/wilayah/terbaru.json: regions in the site's order, and per indicator what the scripts need
 * to print a row of the comparison or a card: title, unit, direction, bands, target, and per region
 * (same order) the latest total as `[value, period]`, followed by the previous total
 * (`[value, period, previousValue, previousPeriod]`) when there is one, or `null`. Indicators with
 * a target also carry each region's progress status (`kemajuan`, same order). Indicators with no
 * total for any region are left out. Size grows with regions × indicators, once for the whole site
 * (not per page).
 */
export interface CompareData {
  readonly wilayah: readonly (readonly [code: string, name: string])[];
  readonly indikator: readonly {
    readonly id: string;
    readonly judul: LocalText;
    readonly satuan: Indicator["meta"]["satuan"];
    /** The indicator's one precision (meta.desimal). */
    readonly desimal?: number;
    readonly arah: Indicator["meta"]["arah"];
    readonly kategori?: readonly Band[];
    readonly target?: number;
    /** The target's year, for the progress badge ("Target 2026: …"). */
    readonly tahun_target?: number;
    readonly nilai: readonly (readonly [value: number, period: string, previousValue?: number, previousPeriod?: string] | null)[];
    /** Per region, its progress status to the target (src/lib/data/progress.ts); only with a target. */
    readonly kemajuan?: readonly (ProgressStatus | null)[];
  }[];
}

export function compareData(site: Site): CompareData {
  const regions = regionsInOrder(site.regions);
  const indikator: CompareData["indikator"][number][] = [];
  for (const ind of site.indicators) {
    const latest = new Map<string, readonly Observation[]>();
    for (const [region, obs] of lookup(ind).valuedTotalsByRegion) if (obs.length) latest.set(region, obs);
    if (latest.size === 0) continue;
    const m = ind.meta;
    indikator.push({
      id: m.id,
      judul: m.judul,
      satuan: m.satuan,
      desimal: m.desimal,
      arah: m.arah,
      ...(m.kategori?.length ? { kategori: m.kategori } : {}),
      ...(m.target ? { target: m.target.nilai, tahun_target: m.target.tahun } : {}),
      nilai: regions.map((r) => {
        const obs = latest.get(r.code);
        if (!obs) return null;
        const o = obs[obs.length - 1]!;
        const p = obs[obs.length - 2];
        return p ? ([o.value!, o.period.code, p.value!, p.period.code] as const) : ([o.value!, o.period.code] as const);
      }),
      ...(m.target ? { kemajuan: regions.map((r) => (latest.has(r.code) ? (progressOf(ind, r.code)?.status ?? null) : null)) } : {}),
    });
  }
  return { wilayah: regions.map((r) => [r.code, r.name] as const), indikator };
}
