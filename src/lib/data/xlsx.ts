/**
 * `/data/<id>.xlsx`: a workbook with a data sheet (the canonical CSV's columns; years and values
 * as numbers, codes, names and notes as text cells) and a metadata sheet (title, description,
 * unit, source, method, publisher, licence, date, page, sample-data notice, in both languages).
 * Written with `write-excel-file` (one dependency, fflate, which the site already uses) and
 * re-packed with fflate so that the bytes depend on the data only. Text cells that would start a
 * formula get a leading `'`, as in the Excel CSV. Used by the build only (scripts/data-files.ts).
 */
import { unzipSync, zipSync } from "fflate";
import writeExcelFile from "write-excel-file/node";
import type { Indicator, Region } from "./model.ts";
import type { SiteConfig } from "./schema/site.ts";
import { neutraliseCell } from "./formula.ts";
import { publishedHeader, publishedRows } from "./downloads.ts";

/** The rows of the XLSX metadata sheet: label (both languages), Indonesian text, English text. */
export function xlsxMetadata(ind: Indicator, config: Pick<SiteConfig, "lisensi" | "data_contoh" | "penerbit">, pageUrl: string): [string, string, string][] {
  const m = ind.meta;
  const en = (t: { id: string; en?: string | undefined }) => t.en ?? t.id;
  return [
    ["Judul / Title", m.judul.id, en(m.judul)],
    ["Deskripsi / Description", m.deskripsi.id, en(m.deskripsi)],
    ["Satuan / Unit", m.satuan, m.satuan],
    ["Sumber / Source", m.sumber.id, en(m.sumber)],
    ["Metode / Method", m.metode.id, en(m.metode)],
    ["Penerbit / Publisher", config.penerbit.id, en(config.penerbit)],
    ["Lisensi / Licence", `${config.lisensi.nama} (${config.lisensi.url})`, `${config.lisensi.nama} (${config.lisensi.url})`],
    ["Diperbarui / Updated", m.diperbarui, m.diperbarui],
    ["Halaman / Page", pageUrl, pageUrl],
    ...(config.data_contoh ? [["Data contoh / Sample data", "Data contoh, bersifat ilustratif; bukan statistik resmi.", "Sample data, illustrative only; not official statistics."] as [string, string, string]] : []),
  ];
}

const textCell = (s: string) => ({ value: neutraliseCell(s), type: String });

/** `/data/<id>.xlsx`: data sheet + metadata sheet, deterministic bytes (file times = `diperbarui`). */
export async function toXlsx(ind: Indicator, regions: readonly Region[], config: Pick<SiteConfig, "lisensi" | "data_contoh" | "penerbit">, pageUrl: string): Promise<Uint8Array> {
  const header = publishedHeader(ind, "id");
  const numeric = new Set(ind.periodColumn === "tahun" ? [0, header.indexOf("nilai")] : [header.indexOf("nilai")]);
  const data = [
    header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })),
    ...publishedRows(ind, regions, "id").map((row) =>
      row.map((c, i) => (c === null ? null : numeric.has(i) ? { value: Number(c), type: Number } : textCell(String(c)))),
    ),
  ];
  const meta = [
    [{ value: "Kolom / Field", type: String, fontWeight: "bold" as const }, { value: "Bahasa Indonesia", type: String, fontWeight: "bold" as const }, { value: "English", type: String, fontWeight: "bold" as const }],
    ...xlsxMetadata(ind, config, pageUrl).map((r) => r.map(textCell)),
  ];
  const widths = header.map((h) => ({ width: h === "catatan" || h === "catatan_en" ? 40 : h === "nama_wilayah" ? 24 : 14 }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library's cell types are a union per type
  const sheets: any = [
    { data, sheet: "data", columns: widths, stickyRowsCount: 1 },
    { data: meta, sheet: "metadata", columns: [{ width: 28 }, { width: 60 }, { width: 60 }] },
  ];
  const written = new Uint8Array(await writeExcelFile(sheets).toBuffer());
  // Re-pack: the library stamps each entry with the time of writing; the data's date keeps the
  // file byte-identical between builds of the same data.
  const mtime = new Date(`${ind.meta.diperbarui}T00:00:00Z`);
  const entries = unzipSync(written);
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { mtime }]])), { level: 9 });
}
