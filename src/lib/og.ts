/**
 * Share preview images (Open Graph / Twitter cards), drawn at build time: 1200×630 PNG, one per
 * indicator and language (title, latest value and where/when, the headline series as a line,
 * the site's name) and one default per language for every other page. Satori lays the card out
 * as SVG with Noto Sans (WOFF: Satori reads WOFF and TTF, not WOFF2), resvg rasterises it.
 * Nothing is fetched: the fonts come from @fontsource/noto-sans in node_modules.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import type { Indicator, Lang, Region } from "./data/model.ts";
import type { SiteConfig } from "./data/schema/site.ts";
import { formatPeriod, formatPeriodShort, formatValue } from "./i18n/format.ts";
import { tx } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";
import { headlineSeries } from "./charts/indicatorCharts.ts";
import type { Series } from "./charts/series.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Site-relative path of an indicator's preview (`og/ikm-id.png`), or of the site's default. */
export function ogImagePath(lang: Lang, indicatorId?: string): string {
  return `og/${indicatorId ? `indikator-${indicatorId}` : "situs"}-${lang}.png`;
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: "Noto Sans",
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: "normal" as const,
  }));
  return fonts;
}

// Satori takes a React-like element tree; plain objects avoid a JSX runtime.
type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({ type, props: { style, children, ...extra } });

const C = { bg: "#ffffff", fg: "#1b1f24", muted: "#4d5560", line: "#d5d9de", soft: "#f3f5f7", accent: "#0b5cad" };

export interface OgCard {
  readonly lang: Lang;
  readonly siteName: string;
  readonly host: string;
  readonly title: string;
  /** Under the title: the tagline, or what the value is. */
  readonly subtitle: string;
  readonly value?: { text: string; where: string } | null;
  readonly series?: Series | null;
  readonly sample: boolean;
}

/** The headline series as a polyline path in a w×h box (gaps break the line), with the last point. */
export function seriesPath(s: Series, w: number, h: number, pad = 8): { d: string; last: { x: number; y: number } | null } {
  const vals = s.points.map((p) => p.value).filter((v): v is number => v !== null);
  if (vals.length === 0) return { d: "", last: null };
  let lo = Math.min(...vals);
  let hi = Math.max(...vals);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const n = s.points.length;
  const x = (i: number) => (n === 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (n - 1));
  const y = (v: number) => pad + ((hi - v) * (h - 2 * pad)) / (hi - lo);
  let d = "";
  let pen = false;
  let last: { x: number; y: number } | null = null;
  s.points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    last = { x: x(i), y: y(p.value) };
    d += `${pen ? "L" : "M"}${last.x.toFixed(1)} ${last.y.toFixed(1)}`;
    pen = true;
  });
  return { d, last };
}

function chart(s: Series, lang: Lang): Node {
  const w = 520;
  const hgt = 250;
  const { d, last } = seriesPath(s, w, hgt, 12);
  const first = s.points.find((p) => p.value !== null)?.period;
  const end = [...s.points].reverse().find((p) => p.value !== null)?.period;
  const children: Node[] = [
    h("line", {}, undefined, { x1: 0, y1: hgt - 1, x2: w, y2: hgt - 1, stroke: C.line, "stroke-width": 2 }),
    h("path", {}, undefined, { d, fill: "none", stroke: C.accent, "stroke-width": 6, "stroke-linejoin": "round", "stroke-linecap": "round" }),
  ];
  if (last) children.push(h("circle", {}, undefined, { cx: (last as { x: number }).x, cy: (last as { y: number }).y, r: 10, fill: C.accent }));
  return h("div", { display: "flex", flexDirection: "column", width: w }, [
    h("svg", {}, children, { width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}` }),
    h("div", { display: "flex", justifyContent: "space-between", fontSize: 22, color: C.muted, marginTop: 8 }, [
      h("span", {}, first ? formatPeriodShort(first, lang) : ""),
      h("span", {}, end ? formatPeriodShort(end, lang) : ""),
    ]),
  ]);
}

function card(c: OgCard): Node {
  const top = h("div", { display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 30, fontWeight: 700, color: C.accent }, [
    h("span", {}, c.siteName),
    c.sample ? h("span", { fontSize: 22, fontWeight: 400, color: C.muted, border: `2px solid ${C.line}`, borderRadius: 8, padding: "4px 12px" }, t(c.lang, "site.sample.title")) : h("span", {}, ""),
  ]);
  const title = h("div", { display: "flex", fontSize: c.title.length > 60 ? 50 : 60, fontWeight: 700, lineHeight: 1.15, color: C.fg, marginTop: 28 }, c.title);
  const body: Node[] = [];
  if (c.value || c.series) {
    body.push(
      h("div", { display: "flex", alignItems: "flex-end", justifyContent: "space-between", marginTop: "auto" }, [
        c.value
          ? h("div", { display: "flex", flexDirection: "column", maxWidth: 520 }, [
              h("span", { fontSize: 96, fontWeight: 700, color: C.fg, lineHeight: 1 }, c.value.text),
              h("span", { fontSize: 28, color: C.muted, marginTop: 12 }, c.value.where),
            ])
          : h("div", {}, ""),
        c.series ? chart(c.series, c.lang) : h("div", {}, ""),
      ]),
    );
  } else {
    body.push(h("div", { display: "flex", fontSize: 34, color: C.muted, marginTop: 28, lineHeight: 1.35 }, c.subtitle));
  }
  const foot = h("div", { display: "flex", justifyContent: "space-between", fontSize: 24, color: C.muted, borderTop: `2px solid ${C.line}`, paddingTop: 16, marginTop: c.value || c.series ? 24 : "auto" }, [
    h("span", {}, c.host),
    h("span", {}, c.value || c.series ? c.subtitle : ""),
  ]);
  // Satori sizes boxes as content-box: the inner box is the card minus padding and border.
  const pad = { x: 64, y: 44, border: 16 };
  return h("div", { display: "flex", flexDirection: "column", width: OG_WIDTH - 2 * pad.x, height: OG_HEIGHT - 2 * pad.y - pad.border, padding: `${pad.y}px ${pad.x}px`, background: C.bg, fontFamily: "Noto Sans", borderTop: `${pad.border}px solid ${C.accent}` }, [top, title, ...body, foot]);
}

/** Renders a card to PNG bytes. */
export async function renderOgPng(c: OgCard): Promise<Uint8Array> {
  const svg = await satori(card(c) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The card of an indicator in one language. */
export function indicatorCard(ind: Indicator, regions: readonly Region[], config: SiteConfig, lang: Lang, host: string): OgCard {
  const m = ind.meta;
  const s = headlineSeries(ind, regions);
  const last = s ? [...s.points].reverse().find((p) => p.value !== null) : undefined;
  return {
    lang,
    siteName: tx(config.nama, lang),
    host,
    title: tx(m.judul, lang),
    subtitle: clip(`${t(lang, "embed.source")}: ${tx(m.sumber, lang)}`, 60),
    value: s && last ? { text: formatValue(last.value, m.satuan, lang), where: `${s.label}, ${formatPeriod(last.period, lang)}` } : null,
    series: s,
    sample: config.data_contoh,
  };
}

/** The default card of the site in one language. */
export function siteCard(config: SiteConfig, lang: Lang, host: string): OgCard {
  return { lang, siteName: tx(config.nama, lang), host, title: tx(config.tagline, lang), subtitle: tx(config.penerbit, lang), sample: config.data_contoh };
}

/** Cuts a text at a word boundary to at most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
