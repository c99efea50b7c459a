/**
 * Schema of the frontmatter of `content/policies/<slug>.mdx` (DATA.md), and the MDX components
 * that documents may use. The one source of the type, the checks and the staff guide's table.
 */
import { z } from "zod";
import { ID_PATTERN } from "./indicator-meta.ts";
import { calendarDate } from "./date.ts";
import { POLICY_KINDS, POLICY_STATUSES } from "../model.ts";

/** A day that exists, `YYYY-MM-DD` (`2026-02-30` is refused). */
const date = calendarDate;
/** Versions are text (`"1.2"`); a bare YAML number is accepted and kept as written. */
const version = z.union([z.string().trim().min(1), z.number().transform((n) => String(n))]);
const code = z.union([z.string().regex(/^\d{2}(\d{2})?$/), z.number().int().transform((n) => String(n))]);

/** Where a recommendation stands; each step of its history has a date and a note. */
export const RECOMMENDATION_STATUSES = ["belum_dimulai", "berjalan", "selesai", "dibatalkan"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** One step of a recommendation's history: the status it reached, when, and what happened. */
export const recommendationStep = z
  .object({
    status: z.enum(RECOMMENDATION_STATUSES),
    tanggal: calendarDate,
    /** What happened, in the document's language. */
    catatan: z.string().trim().min(1),
    /** The note in English (required when the document has an English translation). */
    catatan_en: z.string().trim().min(1).optional(),
  })
  .strict();

/** A recommendation the document makes, tracked until it is done (or dropped). */
export const recommendation = z
  .object({
    /** Unique within the document: lowercase words joined by hyphens. */
    id: z.string().regex(ID_PATTERN),
    /** The recommendation, in the document's language. */
    teks: z.string().trim().min(1),
    /** The recommendation in English (required when the document has an English translation). */
    teks_en: z.string().trim().min(1).optional(),
    /** Who is responsible (e.g. "BKPSDM Kota Sawahlunto"). */
    unit: z.string().trim().min(1),
    /** Deadline `YYYY-MM-DD`. */
    tenggat: calendarDate,
    /** Indicators that measure it. */
    indikator: z.array(z.string().regex(ID_PATTERN)).default([]),
    /** Its history, oldest first; the last step is where it stands now. */
    status: z.array(recommendationStep).min(1),
  })
  .strict();
export type Recommendation = z.output<typeof recommendation>;

/**
 * A response received in a public consultation, as published: who it came from (a group, never a
 * person's name), what they said, the answer given, and what changed in the document because of it.
 */
export const consultationResponse = z
  .object({
    /** The version that was open for consultation (an entry of `riwayat`). */
    versi: z.union([z.string().trim().min(1), z.number().transform((n) => String(n))]),
    tanggal: calendarDate,
    /** Who responded, as a group (e.g. "Warga Kelurahan Durian I", "Perangkat daerah"). */
    dari: z.string().trim().min(1),
    /** What we heard, summarised. */
    isi: z.string().trim().min(1),
    /** The answer given. */
    jawaban: z.string().trim().min(1),
    /** What changed in the document (leave out when nothing did). */
    perubahan: z.string().trim().min(1).optional(),
    /** The same in English (required when the document has an English translation). */
    dari_en: z.string().trim().min(1).optional(),
    isi_en: z.string().trim().min(1).optional(),
    jawaban_en: z.string().trim().min(1).optional(),
    perubahan_en: z.string().trim().min(1).optional(),
  })
  .strict();
export type ConsultationResponse = z.output<typeof consultationResponse>;

export const policyFrontmatter = z
  .object({
    judul: z.string().trim().min(1),
    ringkasan: z.string().trim().min(1),
    /** Region code from regions.csv. */
    wilayah: code,
    jenis: z.enum(POLICY_KINDS),
    status: z.enum(POLICY_STATUSES),
    /** Date of this version. */
    tanggal: date,
    versi: version,
    /** Revision history, oldest first; the last entry is this version. */
    riwayat: z.array(z.object({ versi: version, tanggal: date, catatan: z.string().trim().min(1) }).strict()).min(1),
    /** Indicator ids this document relies on. */
    indikator: z.array(z.string().regex(ID_PATTERN)).default([]),
    bahasa: z.enum(["id", "en"]),
    /** Slug of the same document in the other language. */
    terjemahan: z.string().regex(ID_PATTERN).optional(),
    /** Public consultation (for status `konsultasi`): deadline and where to send comments. */
    konsultasi: z.object({ batas: date, kontak: z.string().trim().min(3) }).strict().optional(),
    /** The content is illustrative (sample), not a real decision: said at the top while data_contoh is on. */
    ilustratif: z.boolean().default(false),
    /** Recommendations the document makes, each tracked to done. */
    rekomendasi: z.array(recommendation).default([]),
    /** Responses received in public consultation, per version, with the answers given. */
    tanggapan: z.array(consultationResponse).default([]),
  })
  .strict();
export type PolicyFrontmatter = z.output<typeof policyFrontmatter>;

export const POLICY_FIELD_FORMS = {
  judul: { id: "judul dokumen (teks)", en: "the document's title (text)", required: true },
  ringkasan: { id: "satu atau dua kalimat ringkasan", en: "a one- or two-sentence summary", required: true },
  wilayah: { id: "kode wilayah dalam tanda kutip, mis. \"1373\"", en: "a quoted region code, e.g. \"1373\"", required: true },
  jenis: { id: `salah satu dari: ${POLICY_KINDS.join(", ")}`, en: `one of: ${POLICY_KINDS.join(", ")}`, required: true },
  status: { id: `salah satu dari: ${POLICY_STATUSES.join(", ")}`, en: `one of: ${POLICY_STATUSES.join(", ")}`, required: true },
  tanggal: { id: "tanggal `YYYY-MM-DD`", en: "a date `YYYY-MM-DD`", required: true },
  versi: { id: "nomor versi dalam tanda kutip, mis. \"1.2\"", en: "a quoted version, e.g. \"1.2\"", required: true },
  riwayat: { id: "daftar `{ versi, tanggal, catatan }`, terlama dulu", en: "a list of `{ versi, tanggal, catatan }`, oldest first", required: true },
  indikator: { id: "daftar id indikator, mis. `[ikm, jam-pelatihan]`", en: "a list of indicator ids, e.g. `[ikm, jam-pelatihan]`", required: false },
  bahasa: { id: "`id` atau `en`", en: "`id` or `en`", required: true },
  terjemahan: { id: "slug dokumen terjemahan (opsional)", en: "the translation's slug (optional)", required: false },
  konsultasi: { id: "`{ batas: YYYY-MM-DD, kontak: \"mailto:…\" }` (opsional)", en: "`{ batas: YYYY-MM-DD, kontak: \"mailto:…\" }` (optional)", required: false },
  rekomendasi: { id: "daftar `{ id, teks, teks_en, unit, tenggat, indikator, status: [{ status, tanggal, catatan, catatan_en }] }` (opsional); status salah satu dari: belum_dimulai, berjalan, selesai, dibatalkan", en: "a list of `{ id, teks, teks_en, unit, tenggat, indikator, status: [{ status, tanggal, catatan, catatan_en }] }` (optional); status is one of: belum_dimulai, berjalan, selesai, dibatalkan", required: false },
  tanggapan: { id: "daftar `{ versi, tanggal, dari, isi, jawaban, perubahan }` (opsional; versi harus ada di riwayat; dengan `dari_en`, `isi_en`, `jawaban_en`, `perubahan_en` bila dokumen punya terjemahan bahasa Inggris)", en: "a list of `{ versi, tanggal, dari, isi, jawaban, perubahan }` (optional; versi must be in riwayat; with `dari_en`, `isi_en`, `jawaban_en`, `perubahan_en` when the document has an English translation)", required: false },
  ilustratif: { id: "`true` bila isinya contoh ilustratif, bukan keputusan nyata (opsional; diberi tanda di atas dokumen selama `data_contoh` aktif)", en: "`true` when the content is an illustrative example, not a real decision (optional; marked at the top of the document while `data_contoh` is on)", required: false },
} as const;

/** Chart kinds that `<Chart jenis="…">` accepts. */
export const CHART_KINDS = ["tren", "perbandingan", "rincian", "bullet", "sparkline"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** MDX components for authors, with their attributes. */
export const MDX_COMPONENTS = {
  Indicator: { required: ["id"], optional: ["wilayah"] },
  Chart: { required: ["id"], optional: ["jenis", "wilayah", "dimensi"] },
} as const;

/**
 * The HTML a document may write besides Markdown: inert tags that only mark up text. Anything
 * else (`script`, `style`, `meta`, `base`, `link`, `iframe`, `object`, `embed`, `form`, `input`,
 * `img`, `svg`, …) is refused by the checker, so a document can never run code or load anything.
 */
export const HTML_TAGS = [
  "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
  "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins",
  "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
  "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
] as const;

/**
 * Attributes every allowed tag may carry. No `style`, no `on…` handler; no `class`, `role` or
 * `aria-*` either, so a document cannot dress text up as the site's own notices or hide it.
 */
export const HTML_GLOBAL_ATTRS = ["id", "title", "lang", "dir", "translate"] as const;

/** Attributes of particular tags. */
export const HTML_TAG_ATTRS: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "hreflang", "rel"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  ol: ["start", "reversed", "type"],
  td: ["colspan", "rowspan", "headers"],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"],
  col: ["span"],
  colgroup: ["span"],
  details: ["open"],
};

/** Attributes holding an address, and the schemes an address may use (or none: a relative link). */
export const URL_ATTRS = ["href", "cite"] as const;
export const URL_SCHEMES = ["http", "https", "mailto", "tel"] as const;

/** The attributes `tag` may carry. */
export function htmlAttrsOf(tag: string): readonly string[] {
  return [...HTML_GLOBAL_ATTRS, ...(HTML_TAG_ATTRS[tag] ?? [])];
}

/** The scheme of an address that is not allowed (`javascript`, `data`, …), or null when it is fine. */
export function forbiddenScheme(url: string): string | null {
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`).
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  return (URL_SCHEMES as readonly string[]).includes(scheme) ? null : scheme;
}
