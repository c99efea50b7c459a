/**
 * Strings of the reader aids (issue 14: scrolling tables, the headline region picker, chart
 * legends in words, the page outline, print footers), in both languages. A dictionary of its own
 * beside ui.ts so these aids can change without touching the main one.
 */
import type { Lang } from "../data/model.ts";

const id = {
  "table.doc": "Tabel dalam dokumen",
  "inOtherLang": "(dalam bahasa Inggris)",
  "chart.bandKey": "Huruf di latar grafik: {list}.",
  "region.pick": "Wilayah yang ditampilkan:",
  "region.other": "Lihat angka wilayah lain",
  "region.cards": "Kartu di bawah menampilkan angka satu wilayah. Pilih wilayah lain, atau lihat daftar wilayah.",
  "region.cardNoData": "Belum ada data untuk {region}.",
  "print.source": "Dicetak dari {url} · diterbitkan {date}",
  "onPage": "Di halaman ini",
  "chart.somePeriods": "Sumbu waktu hanya memberi label pada sebagian periode; grafik menggambar {count} periode, dan tabelnya memuat semuanya.",
} as const;

export type ReaderKey = keyof typeof id;

const en: Record<ReaderKey, string> = {
  "table.doc": "Table in the document",
  "inOtherLang": "(in Indonesian)",
  "chart.bandKey": "Letters on the chart's background: {list}.",
  "region.pick": "Region shown:",
  "region.other": "See the figures of another region",
  "region.cards": "The cards below show the figures of one region. Choose another, or see the list of regions.",
  "region.cardNoData": "No data yet for {region}.",
  "print.source": "Printed from {url} · published {date}",
  "onPage": "On this page",
  "chart.somePeriods": "The time axis labels only some periods; the chart draws {count} periods, and its table lists every one.",
};

export const readerDictionaries: Record<Lang, Record<ReaderKey, string>> = { id, en };

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function rt(lang: Lang, key: ReaderKey, vars: Record<string, string | number> = {}): string {
  return readerDictionaries[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
