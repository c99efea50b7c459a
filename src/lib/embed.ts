/**
 * Embeddable charts: one minimal page per indicator chart, for an <iframe> on another site.
 * `/sematkan/<id>/` (trend) and `/sematkan/<id>/perbandingan/` (regions compared);
 * `/en/embed/<id>/` and `/en/embed/<id>/comparison/` in English.
 */
import type { Indicator, Lang } from "./data/model.ts";
import { getSite } from "./site.ts";
import { t } from "./i18n/ui.ts";
import { tx } from "./i18n/text.ts";
import { formatDate } from "./i18n/format.ts";
import { href } from "./i18n/routes.ts";
import type { ChartSpec } from "./charts/indicatorCharts.ts";

export const EMBED_KINDS = {
  tren: { id: "", en: "" },
  perbandingan: { id: "perbandingan", en: "comparison" },
} as const;
export type EmbedKind = keyof typeof EMBED_KINDS;

/** The column width the suggested iframe height is computed for (a usual article column), in px. */
export const EMBED_WIDTH = 640;

/**
 * Height (px) the embed page of `spec` needs in a column EMBED_WIDTH wide, so the reader of the
 * host page sees the whole figure without scrolling inside the frame: lines of title, summary and
 * source at the embed page's type sizes, the controls, the wide drawing scaled to the column, and
 * the chart's numbered notes.
 * Narrower columns scroll inside the frame; the snippet says the height can be changed.
 */
export function embedHeight(spec: Pick<ChartSpec, "title" | "summary" | "toggles" | "variants" | "notes">, source: string): number {
  const inner = EMBED_WIDTH - 24;
  const lines = (text: string, charsPerLine: number) => Math.max(1, Math.ceil(text.length / charsPerLine));
  const [, , w, h] = String(spec.variants[0]?.scene.attrs.viewBox ?? "0 0 680 380").split(/\s+/).map(Number);
  const chart = Math.ceil((inner * (h ?? 380)) / (w || 680));
  const toggleRows = spec.toggles.length > 1 ? Math.ceil(spec.toggles.reduce((n, t) => n + t.label.length + 6, 0) / 55) : 0;
  const height =
    16 + // page padding
    26 * lines(spec.title, 55) +
    26 * lines(spec.summary, 62) + 12 +
    46 * (1 + toggleRows) +
    chart + 8 +
    // numbered notes under the drawing: a heading line, then each note (0.875rem type)
    (spec.notes.length > 0 ? 8 + 21 + spec.notes.reduce((n, note) => n + 21 * lines(`${note.where}: ${note.text}`, 78), 0) : 0) +
    21 * lines(source, 80) + 8 +
    26 + 16;
  return Math.ceil(height / 10) * 10;
}

/** The rest parameter of an embed page: `ikm` or `ikm/perbandingan`. */
export function embedPath(lang: Lang, id: string, kind: EmbedKind): string {
  return [id, EMBED_KINDS[kind][lang]].filter(Boolean).join("/");
}

export function embedHref(lang: Lang, id: string, kind: EmbedKind): string {
  return href(lang, "embed", ...embedPath(lang, id, kind).split("/"));
}

/** The iframe code a reader copies (URL absolute; attributes quoted and escaped). */
export function iframeCode(src: string, title: string, height: number): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:52rem"></iframe>`;
}

/** The source line under an embedded chart, as text (for its height; the page adds the links). */
export function embedSourceLine(ind: Indicator, lang: Lang): string {
  const site = getSite();
  return `${t(lang, "embed.source")}: ${tx(ind.meta.sumber, lang)} · ${t(lang, "embed.licence")}: ${site.config.lisensi.nama} · ${t(lang, "embed.updated")} ${formatDate(ind.meta.diperbarui, lang)}${site.config.data_contoh ? ` ${t(lang, "embed.sample")}` : ""}`;
}
