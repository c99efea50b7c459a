/**
 * URLs of the site in each language. Indonesian lives at `/`, English at `/en/`; path segments
 * read naturally in each language (`/indikator/ikm/` ↔ `/en/indicators/ikm/`).
 */
import type { Lang } from "../data/model.ts";

export const SEGMENTS = {
  home: { id: "", en: "" },
  indicators: { id: "indikator", en: "indicators" },
  policies: { id: "kebijakan", en: "policies" },
  regions: { id: "wilayah", en: "regions" },
  compare: { id: "bandingkan", en: "compare" },
  themes: { id: "tema", en: "themes" },
  glossary: { id: "glosarium", en: "glossary" },
  about: { id: "tentang", en: "about" },
  method: { id: "metodologi", en: "methodology" },
  search: { id: "cari", en: "search" },
  guide: { id: "panduan-data", en: "data-guide" },
  checker: { id: "pemeriksa-data", en: "data-checker" },
  changes: { id: "perubahan-data", en: "data-changes" },
  embed: { id: "sematkan", en: "embed" },
  recommendations: { id: "rekomendasi", en: "recommendations" },
} as const;
export type Section = keyof typeof SEGMENTS;

/**
 * The base path the site is served from (`/` or `/transparansi/`), always with a final `/`. Read
 * once: it is fixed for a build, and every link asks for it (reading process.env, and outside
 * Vite an import.meta.env that throws, cost about a microsecond each time, millions of times in a
 * large build).
 */
export function basePath(): string {
  return (base ??= readBase());
}
let base: string | undefined;

function readBase(): string {
  // TERANG_BASE is what astro.config.mjs gives Astro as `base`; the build reads it directly
  // because Astro's prerender step sees BASE_URL as "/".
  const b = (typeof process !== "undefined" ? process.env.TERANG_BASE : undefined) || viteBase() || "/";
  return b.endsWith("/") ? b : `${b}/`;
}

/** Vite replaces `import.meta.env.BASE_URL` in the build; outside Vite (plain Node) it throws. */
function viteBase(): string | undefined {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return undefined;
  }
}

/** Site-relative path without the base: `en/indicators/ikm/`. */
export function route(lang: Lang, section: Section, ...rest: string[]): string {
  const parts = [lang === "en" ? "en" : "", SEGMENTS[section][lang], ...rest].filter(Boolean);
  return parts.length ? `${parts.join("/")}/` : "";
}

/** Absolute path with the base: `/transparansi/en/indicators/ikm/`. */
export function href(lang: Lang, section: Section, ...rest: string[]): string {
  return basePath() + route(lang, section, ...rest);
}

/** A file path under the base (downloads, feeds): `asset("data/ikm.csv")`. */
export function asset(path: string): string {
  return basePath() + path.replace(/^\//, "");
}

export const otherLang = (lang: Lang): Lang => (lang === "id" ? "en" : "id");
