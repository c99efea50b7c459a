/**
 * Strings of the open-data additions (issue 16: the canonical, English and XLSX downloads, the
 * DCAT catalogue, the "propose this change" path of the data checker), in both languages. A
 * dictionary of its own beside ui.ts, so these can change without touching the main one.
 */
import type { Lang } from "../data/model.ts";

const id = {
  "download.csv": "CSV (UTF-8, pemisah koma, desimal titik, dengan nama wilayah)",
  "download.csvEn": "CSV berbahasa Inggris (judul kolom dan nama wilayah)",
  "download.xlsx": "Excel (XLSX: lembar data dan lembar metadata)",
  "catalog.link": "Katalog data (DCAT)",
  "api.catalog": "Katalog DCAT (JSON-LD, gaya DCAT-AP): satu dataset per indikator dengan judul dan deskripsi dua bahasa, penerbit, lisensi, tema, cakupan waktu dan wilayah, dan setiap unduhan dengan jenis medianya; dapat dipanen portal Satu Data berbasis CKAN.",
  "api.csvEn": "CSV yang sama dengan judul kolom dan nama wilayah berbahasa Inggris.",
  "api.xlsx": "Buku kerja Excel: lembar data (angka sebagai angka, catatan sebagai teks) dan lembar metadata (judul, satuan, sumber, metode, lisensi).",
  "propose.title": "Usulkan perubahan",
  "propose.intro": "Berkas ini lolos pemeriksaan. Tombol di bawah mengunduh berkas yang sudah dirapikan, lalu membuka halaman unggah di {host} untuk {path}. Di sana, unggah berkas yang baru diunduh, tulis apa yang diubah, dan pilih \"Propose changes\" / \"Commit changes\" untuk membuat pull request.",
  "propose.button": "Usulkan perubahan",
  "propose.done": "Berkas {file} diunduh dan halaman {host} dibuka di tab baru. Unggah berkas itu di sana.",
} as const;

export type OpenDataKey = keyof typeof id;

const en: Record<OpenDataKey, string> = {
  "download.csv": "CSV (UTF-8, comma-separated, decimal point, with region names)",
  "download.csvEn": "CSV in English (column headers and region names)",
  "download.xlsx": "Excel (XLSX: a data sheet and a metadata sheet)",
  "catalog.link": "Data catalogue (DCAT)",
  "api.catalog": "DCAT catalogue (JSON-LD, DCAT-AP style): one dataset per indicator with titles and descriptions in both languages, publisher, licence, themes, time and place coverage, and every download with its media type; CKAN-based Satu Data portals can harvest it.",
  "api.csvEn": "The same CSV with English column headers and region names.",
  "api.xlsx": "An Excel workbook: a data sheet (numbers as numbers, notes as text) and a metadata sheet (title, unit, source, method, licence).",
  "propose.title": "Propose this change",
  "propose.intro": "This file passed the check. The button below downloads the tidied file, then opens the upload page on {host} for {path}. There, upload the file you just downloaded, say what changed, and choose \"Propose changes\" / \"Commit changes\" to open a pull request.",
  "propose.button": "Propose this change",
  "propose.done": "{file} was downloaded and the {host} page opened in a new tab. Upload the file there.",
};

export const openDataDictionaries: Record<Lang, Record<OpenDataKey, string>> = { id, en };

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function ot(lang: Lang, key: OpenDataKey, vars: Record<string, string | number> = {}): string {
  return openDataDictionaries[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
