/**
 * The canonical open-data forms of an indicator, next to the JSON and the Excel CSV of export.ts:
 *
 * - `/data/<id>.csv`: always UTF-8 without a BOM, `,`-separated, `.` decimals, LF line ends,
 *   whatever delimiter the staff's own file used; columns `tahun|periode, kode_wilayah,
 *   nama_wilayah, <dimensions…>, nilai, catatan[, catatan_en]` (`catatan_en` only when some row has
 *   an English note). This is the file `/datapackage.json` describes.
 * - `/data/<id>-en.csv`: the same rows with English headers and English region names
 *   (src/lib/i18n/region-names.ts), linked from the English pages.
 * - `/data/<id>.xlsx`: see xlsx.ts.
 *
 * `DOWNLOADS` lists every download of an indicator with its media type, for the pages and the
 * DCAT catalogue. This module is pure (no file or workbook library), so pages may import it.
 */
import { writeCsv } from "./csv-write.ts";
import type { Indicator, Region } from "./model.ts";
import { regionNameEn } from "../i18n/region-names.ts";

export type Cell = string | number | null;
type Lang = "id" | "en";

/** Header of the published tables, Indonesian (the contract's names) or English. */
export function publishedHeader(ind: Indicator, lang: Lang): string[] {
  const dims = (ind.meta.dimensi ?? []).map((d) => (lang === "id" ? d.kolom : englishKey(d.label.en ?? d.kolom, d.kolom)));
  if (lang === "id") return [ind.periodColumn, "kode_wilayah", "nama_wilayah", ...dims, "nilai", "catatan", ...(hasEnglishNotes(ind) ? ["catatan_en"] : [])];
  return [ind.periodColumn === "tahun" ? "year" : "period", "region_code", "region_name", ...dims, "value", "note"];
}

/** Whether any row of the indicator has an English note (`catatan_en`): then the Indonesian tables carry that column too. */
export const hasEnglishNotes = (ind: Indicator): boolean => ind.observations.some((o) => !!o.noteEn);

/** `Civil-servant group` → `civil_servant_group` (falls back to the contract's column name). */
function englishKey(label: string, fallback: string): string {
  const key = label.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return /^[a-z]/.test(key) && !["year", "period", "region_code", "region_name", "value", "note"].includes(key) ? key : fallback;
}

/** The rows of the published tables (cells in `publishedHeader` order). */
export function publishedRows(ind: Indicator, regions: readonly Region[], lang: Lang): Cell[][] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const name = (code: string) => {
    const r = byCode.get(code);
    return r ? (lang === "en" ? regionNameEn(r) : r.name) : "";
  };
  const dims = (ind.meta.dimensi ?? []).map((d) => d.kolom);
  const english = lang === "id" && hasEnglishNotes(ind);
  // English: the English note where the row has one, else the Indonesian note as written.
  return ind.observations.map((o) => [o.period.code, o.region, name(o.region), ...dims.map((d) => o.dims[d] ?? null), o.value, lang === "en" ? (o.noteEn ?? o.note) : o.note, ...(english ? [o.noteEn ?? null] : [])]);
}

/** A table as the site's canonical CSV: `,`, LF, a line break after the last row; null cells empty. */
export function canonicalCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${writeCsv(header, rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "number" ? String(c) : c))), ",", "\n")}\n`;
}

/** `/data/<id>.csv`: the canonical CSV (UTF-8 without BOM, `,`, `.`). */
export const toCanonicalCsv = (ind: Indicator, regions: readonly Region[]): string => canonicalCsv(publishedHeader(ind, "id"), publishedRows(ind, regions, "id"));

/** `/data/<id>-en.csv`: the canonical CSV with English headers and region names. */
export const toEnglishCsv = (ind: Indicator, regions: readonly Region[]): string => canonicalCsv(publishedHeader(ind, "en"), publishedRows(ind, regions, "en"));

/** Every download of an indicator under `data/`, with its media type and label (catalogue, pages). */
export const DOWNLOADS = [
  { kind: "csv", file: (id: string) => `${id}.csv`, mediaType: "text/csv", format: "CSV", lang: "id", title: { id: "CSV (UTF-8, pemisah koma, desimal titik)", en: "CSV (UTF-8, comma-separated, decimal point)" } },
  { kind: "csv-en", file: (id: string) => `${id}-en.csv`, mediaType: "text/csv", format: "CSV", lang: "en", title: { id: "CSV dengan judul kolom dan nama wilayah berbahasa Inggris", en: "CSV with English headers and region names" } },
  { kind: "excel", file: (id: string) => `${id}-excel.csv`, mediaType: "text/csv", format: "CSV", lang: "id", title: { id: "CSV untuk Excel berpengaturan Indonesia (;, koma desimal)", en: "CSV for Indonesian Excel (;, decimal comma)" } },
  { kind: "xlsx", file: (id: string) => `${id}.xlsx`, mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", format: "XLSX", lang: "id", title: { id: "Buku kerja Excel (XLSX): data dan metadata", en: "Excel workbook (XLSX): data and metadata" } },
  { kind: "json", file: (id: string) => `${id}.json`, mediaType: "application/json", format: "JSON", lang: "id", title: { id: "JSON: metadata dan observasi", en: "JSON: metadata and observations" } },
  { kind: "zip", file: (id: string) => `${id}.zip`, mediaType: "application/zip", format: "ZIP", lang: "id", title: { id: "Paket data (ZIP: CSV, metadata, README, datapackage.json)", en: "Data package (ZIP: CSV, metadata, README, datapackage.json)" } },
] as const;
export type DownloadKind = (typeof DOWNLOADS)[number]["kind"];
