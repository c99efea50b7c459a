/**
 * Schema of the frontmatter of `content/policies/<slug>.mdx` (DATA.md), and the MDX components
 * that documents may use. The one source of the type, the checks and the staff guide's table.
 */
import { z } from "zod";
import { ID_PATTERN } from "./indicator-meta.ts";
import { POLICY_KINDS, POLICY_STATUSES } from "../model.ts";

const date = z.union([
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s))),
]);
/** Versions are text (`"1.2"`); a bare YAML number is accepted and kept as written. */
const version = z.union([z.string().trim().min(1), z.number().transform((n) => String(n))]);
const code = z.union([z.string().regex(/^\d{2}(\d{2})?$/), z.number().int().transform((n) => String(n))]);

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
} as const;

/** Chart kinds that `<Chart jenis="…">` accepts. */
export const CHART_KINDS = ["tren", "perbandingan", "rincian", "bullet", "sparkline"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** MDX components for authors, with their attributes. */
export const MDX_COMPONENTS = {
  Indicator: { required: ["id"], optional: ["wilayah"] },
  Chart: { required: ["id"], optional: ["jenis", "wilayah", "dimensi"] },
} as const;
