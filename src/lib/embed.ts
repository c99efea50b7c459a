/**
 * Embeddable charts: one minimal page per indicator chart, for an <iframe> on another site.
 * `/sematkan/<id>/` (trend) and `/sematkan/<id>/perbandingan/` (regions compared);
 * `/en/embed/<id>/` and `/en/embed/<id>/comparison/` in English.
 */
import type { Lang } from "./data/model.ts";
import { href } from "./i18n/routes.ts";

export const EMBED_KINDS = {
  tren: { id: "", en: "" },
  perbandingan: { id: "perbandingan", en: "comparison" },
} as const;
export type EmbedKind = keyof typeof EMBED_KINDS;

/** Height an iframe needs for each chart at the usual article widths (its width is 100%). */
export const EMBED_HEIGHT: Record<EmbedKind, number> = { tren: 640, perbandingan: 560 };

/** The rest parameter of an embed page: `ikm` or `ikm/perbandingan`. */
export function embedPath(lang: Lang, id: string, kind: EmbedKind): string {
  return [id, EMBED_KINDS[kind][lang]].filter(Boolean).join("/");
}

export function embedHref(lang: Lang, id: string, kind: EmbedKind): string {
  return href(lang, "embed", ...embedPath(lang, id, kind).split("/"));
}

/** The iframe code a reader copies (URL absolute; attributes quoted and escaped). */
export function iframeCode(src: string, title: string, kind: EmbedKind): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${EMBED_HEIGHT[kind]}" loading="lazy" style="border:0;max-width:52rem"></iframe>`;
}
