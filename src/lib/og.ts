/**
 * Share preview images (Open Graph / Twitter cards): 1200×630 PNG, one per indicator and
 * language (title, latest value and where/when, the headline series as a line, the site's name)
 * and one default per language for every other page.
 *
 * This module holds what a card shows, as plain data (`OgCard`: every text already in the
 * card's language, the line as bare values): cheap, and what the image cache is keyed on. The
 * drawing (Skia, through @napi-rs/canvas) is in ./og-render.ts, run by the build in worker threads
 * (scripts/og-images.ts); pages only need `ogImagePath` and the size from here.
 */
import type { Indicator, Lang, Region } from "./data/model.ts";
import type { SiteConfig } from "./data/schema/site.ts";
import { formatPeriod, formatPeriodShort, formatValue } from "./i18n/format.ts";
import { tx } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";
import { headlineSeries } from "./charts/indicatorCharts.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Site-relative path of an indicator's preview (`og/indikator-ikm-id.png`), or of the site's default. */
export function ogImagePath(lang: Lang, indicatorId?: string): string {
  return `og/${indicatorId ? `indikator-${indicatorId}` : "situs"}-${lang}.png`;
}

/** Everything a card shows, as JSON-safe data (the image cache hashes it). */
export interface OgCard {
  readonly lang: Lang;
  readonly siteName: string;
  readonly host: string;
  readonly title: string;
  /** Under the title: the tagline, or what the value is. */
  readonly subtitle: string;
  readonly value: { readonly text: string; readonly where: string } | null;
  /** The headline series: its values in period order (`null`: a gap) and its first/last labels. */
  readonly line: { readonly values: readonly (number | null)[]; readonly from: string; readonly to: string } | null;
  /** The sample-data badge's text, while `data_contoh` is on. */
  readonly sample: string | null;
}

/** A point of a card's drawing, in px. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The values of a line as polylines in `box` (x, y: its top left corner; a gap breaks the line, so
 * each run of known values is one polyline), with the last point.
 */
export function linePoints(values: readonly (number | null)[], box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number }, pad = 8): { runs: Point[][]; last: Point | null } {
  const { w, h } = box;
  const vals = values.filter((v): v is number => v !== null);
  if (vals.length === 0) return { runs: [], last: null };
  let lo = Math.min(...vals);
  let hi = Math.max(...vals);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const n = values.length;
  const x = (i: number) => box.x + (n === 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (n - 1));
  const y = (v: number) => box.y + (pad + ((hi - v) * (h - 2 * pad)) / (hi - lo));
  const runs: Point[][] = [];
  let run: Point[] | null = null;
  let last: Point | null = null;
  values.forEach((v, i) => {
    if (v === null) {
      run = null;
      return;
    }
    last = { x: x(i), y: y(v) };
    if (!run) runs.push((run = []));
    run.push(last);
  });
  return { runs, last };
}

/** The card of an indicator in one language. */
export function indicatorCard(ind: Indicator, regions: readonly Region[], config: SiteConfig, lang: Lang, host: string): OgCard {
  const m = ind.meta;
  const s = headlineSeries(ind, regions);
  const known = s ? s.points.filter((p) => p.value !== null) : [];
  const first = known[0];
  const last = known.at(-1);
  return {
    lang,
    siteName: tx(config.nama, lang),
    host,
    title: tx(m.judul, lang),
    subtitle: clip(`${t(lang, "embed.source")}: ${tx(m.sumber, lang)}`, 60),
    value: s && last ? { text: formatValue(last.value, m.satuan, lang, m.desimal), where: `${s.label}, ${formatPeriod(last.period, lang)}` } : null,
    line: s && first && last ? { values: s.points.map((p) => p.value), from: formatPeriodShort(first.period, lang), to: formatPeriodShort(last.period, lang) } : null,
    sample: config.data_contoh ? t(lang, "site.sample.title") : null,
  };
}

/** The default card of the site in one language. */
export function siteCard(config: SiteConfig, lang: Lang, host: string): OgCard {
  return {
    lang,
    siteName: tx(config.nama, lang),
    host,
    title: tx(config.tagline, lang),
    subtitle: tx(config.penerbit, lang),
    value: null,
    line: null,
    sample: config.data_contoh ? t(lang, "site.sample.title") : null,
  };
}

/** Every share image of a site: its path in the output (`og/…png`) and its card. */
export function ogCards(indicators: readonly Indicator[], regions: readonly Region[], config: SiteConfig, host: string): { path: string; card: OgCard }[] {
  return (["id", "en"] as const).flatMap((lang) => [
    { path: ogImagePath(lang), card: siteCard(config, lang, host) },
    ...indicators.map((ind) => ({ path: ogImagePath(lang, ind.meta.id), card: indicatorCard(ind, regions, config, lang, host) })),
  ]);
}

/** Cuts a text at a word boundary to at most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
