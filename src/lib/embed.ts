/**
 * Embeddable charts: one minimal page per indicator and language, for an <iframe> on another
 * site: `/sematkan/<id>/` and `/en/embed/<id>/`. It holds the trend and the regions compared;
 * the URL fragment picks one (`#tren`/`#trend`, the default, or `#perbandingan`/`#comparison`).
 */
import type { Lang } from "./data/model.ts";
import { href } from "./i18n/routes.ts";
import type { ChartSpec } from "./charts/indicatorCharts.ts";
import { viewBoxOf, type PrintedSvg, type SvgNode } from "./charts/svg.ts";

/** The charts of an embed page, in page order, with the fragment that picks each, per language. */
export const EMBED_KINDS = {
  tren: { id: "tren", en: "trend" },
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
export function embedHeight(spec: Pick<ChartSpec<SvgNode | PrintedSvg>, "title" | "summary" | "toggles" | "variants" | "notes" | "bandKey" | "axisNote">, source: string): number {
  const inner = EMBED_WIDTH - 24;
  const lines = (text: string, charsPerLine: number) => Math.max(1, Math.ceil(text.length / charsPerLine));
  const drawing = spec.variants[0]?.scene;
  const [, , w, h] = ((drawing && viewBoxOf(drawing)) || "0 0 680 380").split(/\s+/).map(Number);
  const chart = Math.ceil((inner * (h ?? 380)) / (w || 680));
  const toggleRows = spec.toggles.length > 1 ? Math.ceil(spec.toggles.reduce((n, t) => n + t.label.length + 6, 0) / 55) : 0;
  const height =
    16 + // page padding
    26 * lines(spec.title, 55) +
    26 * lines(spec.summary, 62) + 12 +
    46 * (1 + toggleRows) +
    chart + 8 +
    // the band letters in words (0.875rem type)
    (spec.bandKey ? 4 + 21 * lines(spec.bandKey, 78) : 0) +
    (spec.axisNote ? 4 + 21 * lines(spec.axisNote, 78) : 0) +
    // numbered notes under the drawing: a heading line, then each note (0.875rem type)
    (spec.notes.length > 0 ? 8 + 21 + spec.notes.reduce((n, note) => n + 21 * lines(`${note.where}: ${note.text}`, 78), 0) : 0) +
    21 * lines(source, 80) + 8 +
    26 + 16;
  // Rounded up to the next 10 px, with room for a line that wraps earlier than estimated.
  return Math.ceil((height + 12) / 10) * 10;
}

/** The embed page of an indicator (`/sematkan/ikm/`); `#<fragment>` picks the chart. */
export function embedHref(lang: Lang, id: string): string {
  return href(lang, "embed", id);
}
