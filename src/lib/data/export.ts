/**
 * Published forms of an indicator: JSON (the site's API) and a CSV that Indonesian Excel opens
 * cleanly (`;`, decimal comma, UTF-8 BOM, CRLF, text cells that would start a formula neutralised
 * with a leading `'`). The CSV "as published" is the source file itself.
 */
import { writeCsv } from "./csv-write.ts";
import type { Indicator } from "./model.ts";
import { neutraliseCell } from "./formula.ts";
import { hasEnglishNotes } from "./downloads.ts";

/** Rows of an indicator in the data contract's column order (`catatan_en` last, when any row has one). */
export function tidyRows(ind: Indicator): Record<string, string | number | null>[] {
  const dims = (ind.meta.dimensi ?? []).map((d) => d.kolom);
  // `catatan_en` only when some row has an English note, so other indicators' files stay as they were.
  const english = hasEnglishNotes(ind);
  return ind.observations.map((o) => {
    const row: Record<string, string | number | null> = { [ind.periodColumn]: o.period.code, kode_wilayah: o.region };
    for (const d of dims) row[d] = o.dims[d] ?? null;
    row.nilai = o.value;
    row.catatan = o.note;
    if (english) row.catatan_en = o.noteEn ?? null;
    return row;
  });
}

/**
 * `/data/<id>.json`: the metadata, then the observations as rows of cells in the order of `kolom`
 * (period column, kode_wilayah, dimensions, nilai, catatan). Rows are arrays, not objects: at
 * 20 regions × 15 years × 3 breakdowns, repeating every column name on every row made up two
 * thirds of the file (as indenting once made up half).
 */
export function toJson(ind: Indicator, extra: Record<string, unknown> = {}): string {
  const { meta } = ind;
  const rows = tidyRows(ind);
  const kolom = rows[0] ? Object.keys(rows[0]) : [ind.periodColumn, "kode_wilayah", ...(meta.dimensi ?? []).map((d) => d.kolom), "nilai", "catatan"];
  return JSON.stringify({ ...meta, ...extra, kolom_periode: ind.periodColumn, kolom, data: rows.map((r) => kolom.map((k) => r[k] ?? null)) });
}

export function toExcelCsv(ind: Indicator): string {
  const rows = tidyRows(ind);
  const fields = rows[0] ? Object.keys(rows[0]) : [ind.periodColumn, "kode_wilayah", "nilai", "catatan"];
  // Numbers stay numbers (a negative one too); text cells that would start a formula get a `'`.
  const cell = (v: string | number | null | undefined) => (typeof v === "number" ? String(v).replace(".", ",") : neutraliseCell(v ?? ""));
  return `\uFEFF${writeCsv(fields, rows.map((r) => fields.map((f) => cell(r[f]))), ";", "\r\n")}\r\n`;
}
