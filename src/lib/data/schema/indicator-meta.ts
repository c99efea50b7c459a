/**
 * Schema of `data/indicators/<id>.yml`: the metadata of one indicator (DATA.md).
 * The single source of the type, the checks and the staff guide's field table.
 */
import { z } from "zod";
import { calendarDate } from "./date.ts";

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** CSV column names of dimensions and dimension values: lowercase words joined by `_`. */
export const KEY_PATTERN = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** A text in both languages; `en` may be missing (shown with a "not yet translated" mark). */
export const localText = z
  .object({
    /** Indonesian text (required). */
    id: z.string().trim().min(1),
    /** English text (optional). */
    en: z.string().trim().min(1).optional(),
  })
  .strict();
export type LocalText = z.infer<typeof localText>;

export const UNITS = ["persen", "skor", "jam", "orang", "rasio"] as const;
export const FREQUENCIES = ["tahunan", "semesteran", "triwulanan", "bulanan"] as const;

/** A day of the calendar: `2026-02-30` is refused (Date.parse would roll it over to 2 March). */
const isoDate = calendarDate;

export const band = z
  .object({
    /** Lower limit, inclusive (after rounding the value to the bands' precision). */
    dari: z.number(),
    /** Upper limit, inclusive. */
    sampai: z.number(),
    /** Short code shown on badges (e.g. `A`). */
    kode: z.string().trim().min(1),
    label: localText,
  })
  .strict()
  .refine((b) => b.dari <= b.sampai, { message: "dari ≤ sampai", path: ["sampai"] });
export type Band = z.infer<typeof band>;

export const dimension = z
  .object({
    /** CSV column holding this dimension. */
    kolom: z.string().regex(KEY_PATTERN),
    label: localText,
    /** Declared values: CSV value → label. */
    nilai: z.record(z.string().regex(KEY_PATTERN), localText).refine((r) => Object.keys(r).length > 0),
  })
  .strict();
export type Dimension = z.infer<typeof dimension>;

export const indicatorMeta = z
  .object({
    /** Equals the file name. */
    id: z.string().regex(ID_PATTERN),
    judul: localText,
    /** One or two plain sentences for citizens. */
    deskripsi: localText,
    satuan: z.enum(UNITS),
    /**
     * Decimals every figure of this indicator is written with (values, changes, tables, charts).
     * Optional: without it, the most decimals any of its values has (src/lib/precision.ts).
     */
    desimal: z.number().int().min(0).max(4).optional(),
    /** Valid range of `nilai`, inclusive. */
    rentang: z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, { message: "min < max" }),
    /** `naik`: higher is better; `turun`: lower is better. */
    arah: z.enum(["naik", "turun"]),
    /**
     * The value to reach by the end of `tahun`; `tahun_dasar` is the baseline year progress is
     * measured from (src/lib/data/progress.ts; the first year with data when left out).
     */
    target: z
      .object({ nilai: z.number(), tahun: z.number().int().min(1900).max(2200), tahun_dasar: z.number().int().min(1900).max(2200).optional() })
      .strict()
      .refine((t) => t.tahun_dasar === undefined || t.tahun_dasar < t.tahun, { message: "tahun_dasar < tahun", path: ["tahun_dasar"] })
      .optional(),
    /** Optional bands (e.g. IKM grades A–D). */
    kategori: z.array(band).min(1).optional(),
    /** Optional disaggregations, each a CSV column. */
    dimensi: z.array(dimension).optional(),
    frekuensi: z.enum(FREQUENCIES),
    metode: localText,
    sumber: localText,
    /** Date the data were last revised. */
    diperbarui: isoDate,
  })
  .strict();
export type IndicatorMeta = z.infer<typeof indicatorMeta>;

/** Human descriptions of each field's expected form, for error messages and the staff guide. */
export const META_FIELD_FORMS: Record<string, { id: string; en: string; required: boolean }> = {
  id: { id: "id indikator sama dengan nama berkas, mis. `partisipasi-pelatihan`", en: "the indicator id, equal to the file name, e.g. `partisipasi-pelatihan`", required: true },
  judul: { id: "teks dua bahasa `{ id: \"…\", en: \"…\" }`", en: "a bilingual text `{ id: \"…\", en: \"…\" }`", required: true },
  deskripsi: { id: "teks dua bahasa `{ id: \"…\", en: \"…\" }`, satu atau dua kalimat", en: "a bilingual text `{ id: \"…\", en: \"…\" }`, one or two sentences", required: true },
  satuan: { id: `salah satu dari: ${UNITS.join(", ")}`, en: `one of: ${UNITS.join(", ")}`, required: true },
  desimal: { id: "bilangan bulat 0–4: jumlah angka desimal setiap angka indikator ini, mis. `1` (opsional; bawaan: desimal terbanyak di data)", en: "a whole number 0–4: how many decimals every figure of this indicator shows, e.g. `1` (optional; default: the most decimals in the data)", required: false },
  rentang: { id: "dua angka `[min, maks]`, mis. `[0, 100]`", en: "two numbers `[min, max]`, e.g. `[0, 100]`", required: true },
  arah: { id: "`naik` (lebih tinggi lebih baik) atau `turun`", en: "`naik` (higher is better) or `turun`", required: true },
  target: { id: "`{ nilai: 80, tahun: 2026, tahun_dasar: 2021 }` (opsional; tahun_dasar opsional dan harus sebelum tahun target)", en: "`{ nilai: 80, tahun: 2026, tahun_dasar: 2021 }` (optional; tahun_dasar is optional and must come before the target year)", required: false },
  kategori: { id: "daftar `{ dari, sampai, kode, label: { id, en } }` (opsional)", en: "a list of `{ dari, sampai, kode, label: { id, en } }` (optional)", required: false },
  dimensi: { id: "daftar `{ kolom, label: { id, en }, nilai: { kode: { id, en } } }` (opsional)", en: "a list of `{ kolom, label: { id, en }, nilai: { code: { id, en } } }` (optional)", required: false },
  frekuensi: { id: `salah satu dari: ${FREQUENCIES.join(", ")}`, en: `one of: ${FREQUENCIES.join(", ")}`, required: true },
  metode: { id: "teks dua bahasa `{ id: \"…\", en: \"…\" }`", en: "a bilingual text `{ id: \"…\", en: \"…\" }`", required: true },
  sumber: { id: "teks dua bahasa `{ id: \"…\", en: \"…\" }`", en: "a bilingual text `{ id: \"…\", en: \"…\" }`", required: true },
  diperbarui: { id: "tanggal `YYYY-MM-DD`", en: "a date `YYYY-MM-DD`", required: true },
};
