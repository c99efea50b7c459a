/**
 * The staff guide ("Panduan memperbarui data" / "Guide to updating the data"), per language, as
 * plain data: sections of paragraphs, lists, code blocks and tables. Pure: no I/O, no DOM.
 *
 * Every table is generated from the constants the checker itself uses (INDICATOR_COLUMNS,
 * REGION_COLUMNS, the zod schemas and their *_FIELD_FORMS, UNITS, FREQUENCIES, CHART_KINDS,
 * MDX_COMPONENTS, PUBLICATION_LAG_MONTHS, the error CATALOGUE) or computed by running the real
 * parsers (parsePeriod, parseNumber, bandOf), so nothing in a table is typed twice. The same
 * content is rendered as HTML by `GuidePage.astro` and as Markdown by `guideMarkdown()`
 * (`npm run docs` → docs/DATA.md).
 *
 * Text is "inline": plain text in which `backticks` mark code, as the schemas write it. Renderers
 * split it with `spans()` and always output it as escaped text.
 */
import { PROPOSE_GUIDE } from "../i18n/opendata.ts";
import type { z } from "zod";
import type { Indicator, Lang, LocalText } from "./model.ts";
import { CATALOGUE, columnLetter, formatProblem, nearest, type ErrorCode, type Params } from "./errors.ts";
import { INDICATOR_COLUMNS } from "./indicator-csv.ts";
import { REGION_COLUMNS } from "./regions.ts";
import { parseNumber, CSV_LIMITS, type Delimiter } from "./csv.ts";
import { parsePeriod, PERIOD_FORM, FREQUENCY_KIND, YEAR_RANGE, type Period, type PeriodKind } from "./period.ts";
import { MAX_ALIAS_COUNT } from "./yaml.ts";
import { RESERVED_IDS } from "./names.ts";
import { PUBLICATION_LAG_MONTHS, expectedPeriod, staleness } from "./staleness.ts";
import { indicatorMeta, META_FIELD_FORMS, UNITS, FREQUENCIES, type Band } from "./schema/indicator-meta.ts";
import { policyFrontmatter, POLICY_FIELD_FORMS, CHART_KINDS, MDX_COMPONENTS, HTML_TAGS, htmlAttrsOf } from "./schema/policy.ts";
import { siteConfig, SITE_FIELD_FORMS, glossaryEntry, GLOSSARY_FIELD_FORMS, theme, THEME_FIELD_FORMS } from "./schema/site.ts";
import { bandOf, bandPrecision, roundTo } from "../charts/bands.ts";
import { formatFixed, formatPeriod } from "../i18n/format.ts";
import { t } from "../i18n/ui.ts";

// ── Shape of the guide ───────────────────────────────────────────────────────

/** A cell shown verbatim as code (an example, a column name, a file path). */
export interface Code {
  readonly code: string;
}
/** Inline text (with `code` spans) or verbatim code. */
export type Cell = string | Code;

export interface Table {
  readonly caption: string;
  readonly head: readonly string[];
  /** The first cell of each row is the row's header (`<th scope="row">`). */
  readonly rows: readonly (readonly Cell[])[];
}

export type Block =
  | { readonly kind: "p"; readonly text: string }
  | { readonly kind: "ol" | "ul"; readonly items: readonly string[] }
  | { readonly kind: "pre"; readonly label: string; readonly text: string }
  | { readonly kind: "table"; readonly table: Table };

export interface Section {
  /** Anchor, the same in both languages (`steps`, `errors-value`). */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
}

export interface Guide {
  readonly lang: Lang;
  readonly title: string;
  readonly intro: readonly string[];
  readonly sections: readonly Section[];
}

/** Splits inline text into plain and code spans (`a \`b\` c` → a, b (code), c). */
export function spans(text: string): { text: string; code: boolean }[] {
  const parts = text.split("`");
  // An unbalanced backtick is shown as itself.
  if (parts.length % 2 === 0) return [{ text, code: false }];
  return parts.map((p, i) => ({ text: p, code: i % 2 === 1 })).filter((s) => s.text !== "");
}

const isCode = (c: Cell): c is Code => typeof c !== "string";

// ── Examples the guide shows (checked by tests/guide against the real checker) ────────────────

/** Parameters that render each catalogue entry's example as the message the checker prints. */
const INDICATOR_COLUMN_NAMES = INDICATOR_COLUMNS.map((c) => c.name as string).filter((n) => !n.startsWith("("));
const META_FIELDS = Object.keys(indicatorMeta.shape);
const numberParams = (raw: string, delimiter: Delimiter): Params => {
  const r = parseNumber(raw, delimiter);
  return r.ok ? { value: raw } : r.params;
};

export const EXAMPLE_PARAMS: { readonly [K in ErrorCode]: Params } = {
  "file.empty": {},
  "file.utf16": {},
  "file.nul": {},
  "file.not_utf8": {},
  "file.too_large": { size: "52.4", lines: 2_000_000, maxSize: String(CSV_LIMITS.bytes / 1024 / 1024), maxLines: CSV_LIMITS.lines },
  "file.no_rows": {},
  "file.title_row": { headerRow: 2 },
  "file.unclosed_quote": {},
  "file.missing_yml": { id: "jam-pelatihan" },
  "file.missing_csv": { id: "ikm" },
  "file.bad_name": { name: CATALOGUE["file.bad_name"].example },
  "file.reserved_id": { id: "index", clash_id: "nama yang dipakai situs sendiri", clash_en: "a name the site itself uses", reserved: RESERVED_IDS.join(", ") },
  "file.duplicate_meta": { id: "ikm", names: "ikm.yml, ikm.yaml" },
  "file.ignored": { name: "IKM.CSV", rename: "ikm.csv" },
  "file.missing": { name: CATALOGUE["file.missing"].example },
  "file.too_many_errors": { count: 12 },
  "header.unknown": { name: "nilia", suggestion: nearest("nilia", INDICATOR_COLUMN_NAMES), known: INDICATOR_COLUMN_NAMES.join(", ") },
  "header.missing": { name: "kode_wilayah" },
  "header.duplicate": { name: "nilai", first: columnLetter(2), second: columnLetter(3) },
  "header.both_periods": {},
  "header.unnamed_with_values": { letter: columnLetter(3), firstRow: 5 },
  "row.cell_count": { got: CATALOGUE["row.cell_count"].example.split(",").length, expected: 4, delimiter: "," },
  "row.decimal_comma": { value: "74,5", column: "nilai", plain: "74.5" },
  "cell.newline": {},
  "cell.required_empty": { name: "tahun" },
  "value.not_number": { value: CATALOGUE["value.not_number"].example },
  "value.placeholder": numberParams(CATALOGUE["value.placeholder"].example, ","),
  "value.excel_error": numberParams(CATALOGUE["value.excel_error"].example, ","),
  "value.percent": numberParams(CATALOGUE["value.percent"].example, ","),
  "value.decimal_mark": numberParams(CATALOGUE["value.decimal_mark"].example, ";"),
  "value.out_of_range": { value: "112", min: 0, max: 100 },
  "period.invalid": { value: CATALOGUE["period.invalid"].example, column: "periode" },
  "period.excel_date": { value: CATALOGUE["period.excel_date"].example, column: "periode" },
  "period.excel_number": { value: "2.022", plain: "2022" },
  "period.future": { value: CATALOGUE["period.future"].example, current: "2026" },
  "period.frequency": { value: "2024-S1", column: "periode", frequency: "tahunan", form: PERIOD_FORM.year, kind_id: "tahunan", kind_en: "yearly", actual_id: "semesteran", actual_en: "half-yearly" },
  "period.year_range": { value: "1024", year: 1024, min: YEAR_RANGE.min, max: YEAR_RANGE.max },
  "region.unknown": { value: "1374", suggestion: "1373" },
  "region.excel_number": { value: "1.373", plain: "1373" },
  "dim.unknown_value": { value: "Daring", column: "modalitas", suggestion: "daring", known: "daring, tatap_muka" },
  "row.duplicate": { row: 9, other: 5 },
  "note.formula": { value: CATALOGUE["note.formula"].example, char: CATALOGUE["note.formula"].example.charAt(0) },
  "note.en_without_id": {},
  "text.formula": { value: "=HYPERLINK(\"…\")", char: "\"=\"" },
  "yaml.syntax": { detail: "Missing closing }" },
  "yaml.alias_limit": { max: MAX_ALIAS_COUNT },
  "yaml.not_utf8": {},
  "yaml.missing_field": { field: "satuan", expected_id: META_FIELD_FORMS.satuan!.id, expected_en: META_FIELD_FORMS.satuan!.en },
  "yaml.wrong_type": { field: "satuan", value: "persentase", expected_id: META_FIELD_FORMS.satuan!.id, expected_en: META_FIELD_FORMS.satuan!.en },
  "yaml.unknown_field": { field: "satuaan", suggestion: nearest("satuaan", META_FIELDS), known: META_FIELDS.join(", ") },
  "meta.id_mismatch": { value: "partisipasi", expected: "partisipasi-pelatihan" },
  "meta.band_range": { code: "A", from: 90, to: 120, min: 0, max: 100 },
  "meta.band_overlap": { code: "B", other: "A" },
  "meta.dim_reserved": { name: "nilai" },
  "meta.dim_duplicate": { name: "modalitas" },
  "glossary.duplicate": { value: "asn", other: 1 },
  "regions.bad_code": { value: "1.373" },
  "regions.bad_kind": { value: "Kota" },
  "regions.bad_parent": { value: "99", reason_id: "bukan kode provinsi di berkas ini", reason_en: "not a province code in this file" },
  "regions.not_official": { value: "1399" },
  "regions.kind_level": { kind: "kota", value: "137301", digits: 6, level_id: "kecamatan", level_en: "a district" },
  "regions.duplicate": { value: "1373", other: 4 },
  "policy.no_frontmatter": {},
  "policy.unknown_region": { value: "1374" },
  "policy.unknown_indicator": { value: "ikm-2024", suggestion: "ikm" },
  "policy.rec_unknown_indicator": { rec: "tatap-muka", value: "partisipasi", suggestion: "partisipasi-pelatihan" },
  "policy.rec_duplicate": { value: "jadwal" },
  "policy.rec_order": { rec: "tatap-muka", reason_id: "2026-03-01 sesudah 2026-05-01", reason_en: "2026-03-01 after 2026-05-01" },
  "policy.rec_missing_en": { rec: "tatap-muka", field: "teks_en" },
  "policy.response_version": { value: "0.9", known: "0.1, 0.2, 0.3" },
  "policy.response_missing_en": { n: 1, field: "isi_en" },
  "policy.unknown_chart": { value: "pie", known: CHART_KINDS.join(", ") },
  "policy.component_attr": { tag: "Indicator", attr: MDX_COMPONENTS.Indicator.required[0] },
  "policy.component_literal": { tag: "Chart", attr: MDX_COMPONENTS.Chart.required[0] },
  "policy.mdx_syntax": { reason: "Unexpected character `!` (U+0021) before name (note: to create a comment in MDX, use `{/* text */}`)" },
  "policy.code": { text: CATALOGUE["policy.code"].example },
  "policy.expression": { text: CATALOGUE["policy.expression"].example },
  "policy.unknown_component": { tag: "Indikator", known: Object.keys(MDX_COMPONENTS).map((c) => `<${c}>`).join(", ") },
  "policy.html_tag": { tag: "iframe", allowed: HTML_TAGS.join(", ") },
  "policy.attribute": { tag: "span", attr: "onclick", allowed: htmlAttrsOf("span").join(", ") },
  "policy.url": { value: "javascript:alert(1)", scheme: "javascript" },
  "policy.image": { value: "https://contoh.id/grafik.png" },
  "policy.not_utf8": {},
  "policy.not_mdx": { name: CATALOGUE["policy.not_mdx"].example, suggestion: "evaluasi-2026.mdx" },
  "policy.duplicate_slug": { name: "evaluasi.md", other: "evaluasi.mdx", slug: "evaluasi" },
  "policy.kept_unknown": { name: "evaluasi-solok.mdx", known: "evaluasi-pembinaan-asn-solok, evaluation-asn-coaching-solok" },
  "policy.kept_version": { name: "versi-0.1.mdx", slug: "evaluasi-pembinaan-asn-solok", current: "0.2", known: "0.1.mdx" },
  "policy.translation": { value: "tidak-ada", reason_id: "dokumen itu tidak ada", reason_en: "that document does not exist" },
  "policy.history": { reason_id: "entri terakhir (1.1, 2025-03-01) bukan versi 1.2 tanggal 2026-01-15", reason_en: "the last entry (1.1, 2025-03-01) is not version 1.2 of 2026-01-15" },
  "policy.uncited": { value: "jam-pelatihan" },
  "warn.overdue": { latest: "2023", expected: "2025" },
  "warn.untranslated": { field: "judul" },
  "warn.region_name": { value: "Sawahlunto", code: "1373", official: "Kota Sawahlunto" },
  "warn.policy_untranslated": { other: "en", other_id: "bahasa Inggris", other_en: "English", lang_id: "bahasa Indonesia", lang_en: "Indonesian" },
};

/** An indicator YAML with every field, as the guide shows it (tests check it passes). */
export const EXAMPLE_YAML = `id: partisipasi-pelatihan
judul: { id: "Partisipasi ASN dalam pelatihan", en: "Civil servants taking part in training" }
deskripsi:
  id: "Persentase ASN yang mengikuti minimal satu pelatihan dalam setahun."
  en: "Share of civil servants who took at least one training course in the year."
satuan: persen
rentang: [0, 100]
desimal: 1
arah: naik
target: { nilai: 80, tahun: 2026, tahun_dasar: 2021 }
kategori:
  - { dari: 0, sampai: 59.99, kode: R, label: { id: "Rendah", en: "Low" } }
  - { dari: 60, sampai: 100, kode: T, label: { id: "Tinggi", en: "High" } }
dimensi:
  - kolom: modalitas
    label: { id: "Modalitas", en: "Mode" }
    nilai:
      daring: { id: "Daring", en: "Online" }
      tatap_muka: { id: "Tatap muka", en: "In person" }
frekuensi: tahunan
metode: { id: "Jumlah ASN yang mengikuti pelatihan dibagi jumlah seluruh ASN, dikali 100.", en: "Civil servants who took training divided by all civil servants, times 100." }
sumber: { id: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", en: "The regional civil service and human resources agency (BKPSDM)" }
diperbarui: 2026-02-10
`;

/** The matching CSV (tests check it against EXAMPLE_YAML with the real checker). */
export const EXAMPLE_CSV = `tahun,kode_wilayah,modalitas,nilai,catatan
2024,1373,,71.5,
2024,1373,daring,64.2,"Termasuk e-learning, webinar dan ""microlearning"""
2024,1373,tatap_muka,48,
2025,1373,,,Data belum direkap
`;

/** The same rows as Excel with Indonesian settings saves them: `;`, decimal comma, BOM-less. */
export const EXAMPLE_CSV_SEMICOLON = `tahun;kode_wilayah;modalitas;nilai;catatan
2024;1373;;71,5;
2024;1373;daring;64,2;Termasuk e-learning, webinar dan "microlearning"
`;

/** A policy document's start (tests check it with the real checker). */
export const EXAMPLE_POLICY = `---
judul: Evaluasi Pengembangan Kompetensi ASN 2025
ringkasan: Hasil evaluasi pelatihan dan pendampingan ASN Kota Sawahlunto selama 2025.
wilayah: "1373"
jenis: evaluasi
status: konsultasi
tanggal: 2026-01-15
versi: "1.2"
riwayat:
  - { versi: "1.1", tanggal: 2025-11-03, catatan: Rancangan awal }
  - { versi: "1.2", tanggal: 2026-01-15, catatan: Dibuka untuk konsultasi publik }
indikator: [partisipasi-pelatihan, ikm]
bahasa: id
terjemahan: evaluation-asn-development-2025
konsultasi: { batas: 2026-02-15, kontak: "mailto:bkpsdm@example.go.id" }
---

Partisipasi pelatihan naik pada 2025:

<Indicator id="partisipasi-pelatihan" wilayah="1373" />
`;

/** The IKM service-quality grades: the guide's worked example of the band rule. */
export const EXAMPLE_BANDS: readonly Band[] = [
  { dari: 25.0, sampai: 64.99, kode: "D", label: { id: "Tidak baik", en: "Poor" } },
  { dari: 65.0, sampai: 76.6, kode: "C", label: { id: "Kurang baik", en: "Fair" } },
  { dari: 76.61, sampai: 88.3, kode: "B", label: { id: "Baik", en: "Good" } },
  { dari: 88.31, sampai: 100.0, kode: "A", label: { id: "Sangat baik", en: "Very good" } },
];
const BAND_SAMPLES = ["76.605", "76.6049", "88.305", "64.994", "64.995", "24.99"];

/** Cells of the "how numbers are read" table. */
const NUMBER_SAMPLES = ["85.5", "85,5", "1234", "1.234,5", "1,234.5", "74%", "-", "#DIV/0!"];

/** One example of each period form, by kind. */
const PERIOD_SAMPLES: Record<PeriodKind, { form: string; example: string }> = {
  year: { form: "`YYYY`", example: "2024" },
  semester: { form: "`YYYY-S1`, `YYYY-S2`", example: "2024-S1" },
  quarter: { form: "`YYYY-Q1` … `YYYY-Q4`", example: "2025-Q3" },
  month: { form: "`YYYY-MM` (`01`–`12`)", example: "2026-03" },
};
/** A fixed date for deriving each frequency's period kind (any date gives the same kinds). */
const REFERENCE_DAY = new Date(Date.UTC(2026, 0, 1));

/** Example attribute values of the MDX components. */
type Attr = (typeof MDX_COMPONENTS)[keyof typeof MDX_COMPONENTS][keyof (typeof MDX_COMPONENTS)["Chart"]][number];
const ATTR_EXAMPLE: Record<Attr, string> = { id: "ikm", wilayah: "1373", jenis: CHART_KINDS[0], dimensi: "modalitas" };

// ── Words of the guide ──────────────────────────────────────────────────────

type Prefix = ErrorCode extends `${infer P}.${string}` ? P : never;

const WORDS = {
  id: {
    docTitle: "Kontrak data dan panduan staf",
    intro: [
      "Panduan ini untuk staf pemerintah daerah yang memperbarui data situs. Tabel-tabel di bawah dibuat otomatis dari skema dan katalog kesalahan yang dipakai pemeriksa data, sehingga selalu sama dengan yang benar-benar diperiksa.",
      "Data disimpan sebagai berkas teks biasa: CSV untuk angka (dibuka dan disunting di Excel), YAML untuk keterangan, MDX untuk dokumen kebijakan.",
    ],
    steps: "Dari lembar Excel sampai situs terbit",
    stepsComputer: "Di komputer sendiri",
    stepsComputerList: [
      "Buka `data/indicators/<id>.csv` di Excel. Bila semua isi masuk ke kolom A, tutup berkasnya lalu buka lewat Data › Dari Teks/CSV dan pilih pemisah koma.",
      "Sebelum mengetik, format kolom `tahun`/`periode` dan `kode_wilayah` sebagai Teks, agar Excel tidak mengubah `2024-01` menjadi tanggal atau `1373` menjadi `1.373`.",
      "Tambahkan atau perbaiki baris. Satu baris = satu observasi: periode, `kode_wilayah`, nilai dimensi bila ada (sel kosong = total), `nilai`, dan `catatan` bila perlu (ditambah `catatan_en`, terjemahan bahasa Inggrisnya, bila ada). Bila datanya tidak tersedia, kosongkan sel `nilai`; jangan menulis `-`, `NA` atau `0`.",
      "Simpan lewat File › Simpan Sebagai › \"CSV UTF-8 (dipisahkan koma) (*.csv)\" dengan nama berkas yang sama. Jangan pilih \"Teks Unicode\" atau \"CSV (MS-DOS)\". Excel berpengaturan Indonesia boleh menyimpan dengan pemisah `;` dan koma desimal; itu juga diterima.",
      "Buka `data/indicators/<id>.yml` di editor teks dan ubah `diperbarui:` menjadi tanggal hari ini (`YYYY-MM-DD`).",
      "Jalankan `npm run validate` di folder proyek. Setiap kesalahan menyebut berkas, baris, kolom, apa yang salah dan cara memperbaikinya; semua kemungkinan kesalahan ada di bagian \"Kesalahan dan perbaikannya\" di bawah.",
      "Jalankan `npm run build`. Bila masih ada kesalahan, situs yang sudah terbit tidak berubah sama sekali; bila lolos, folder `dist/` diganti utuh.",
      "Terbitkan: salin seluruh isi `dist/` ke hosting situs (server pemda, GitHub Pages, Netlify atau bucket S3).",
    ],
    stepsPr: "Lewat pull request (tanpa memasang apa pun)",
    stepsPrList: [
      "Di GitHub atau GitLab, buka berkas di `data/indicators/` lalu pilih Edit, atau unggah CSV yang sudah disimpan ulang dari Excel (Add file › Upload files) dengan nama yang sama.",
      "Perbarui juga `diperbarui:` di berkas `.yml` indikator itu.",
      "Simpan perubahan ke cabang (branch) baru dan buka pull request yang menjelaskan data apa yang berubah dan dari mana sumbernya.",
      "Pemeriksaan otomatis (`.github/workflows/validate.yml`) menjalankan pemeriksa data yang sama; setiap kesalahan muncul sebagai catatan tepat di baris CSV yang salah (tab “Files changed”). Perbaiki di cabang yang sama sampai lolos. Sebelum mengirim, berkas juga dapat diperiksa di peramban lewat halaman Pemeriksa data.",
      "Setelah disetujui dan digabung (merge) ke `main`, alur kerja `.github/workflows/deploy.yml` membangun situs dan menerbitkannya ke GitHub Pages secara otomatis; bila ada kesalahan, situs yang sudah terbit tidak berubah. Untuk hosting lain, lihat bagian “Menerbitkan” di README.",
    ],
    stepsMessages: "Membaca pesan kesalahan",
    messagesLabel: "Contoh satu baris keluaran `npm run validate`",
    messagesAfter: "Urutannya: berkas, baris spreadsheet, kolom (nama dan hurufnya di Excel), apa yang salah, lalu perbaikannya. Baris dihitung seperti di Excel: baris judul kolom = 1, baris kosong ikut dihitung, dan sel bertanda kutip yang memuat beberapa baris dihitung satu baris. Semua kesalahan dilaporkan sekaligus, bukan hanya yang pertama. Peringatan (misalnya data terlambat) dicetak tetapi tidak menghentikan penerbitan. Pesan dalam bahasa Inggris: `npm run validate -- --lang en`; pesan berbahasa Indonesia: `npm run validate -- --lang id`.",
    layout: "Isi folder data",
    layoutCaption: "Berkas yang dibaca situs",
    layoutHead: ["Berkas", "Isi"],
    layoutRows: {
      "data/regions.csv": "Daftar wilayah (kode BPS) yang boleh dilaporkan indikator. Wajib ada.",
      "data/indicators/<id>.csv": "Data satu indikator, satu baris per observasi. Paling sering diubah.",
      "data/indicators/<id>.yml": "Keterangan (metadata) indikator itu: judul, satuan, rentang, metode, sumber, tanggal pembaruan. Jarang diubah.",
      "data/situs.yml": "Nama situs, penerbit, kontak, lisensi, indikator utama. Wajib ada.",
      "data/glosarium.yml": "Daftar istilah. Opsional.",
      "data/tema.yml": "Pengelompokan indikator menurut tema. Opsional.",
      "content/policies/<slug>.mdx": "Dokumen kebijakan: frontmatter YAML lalu isi dokumen.",
      "content/policy-versions/<slug>/<versi>.mdx": "Salinan teks versi lama dokumen, untuk halaman perubahan antarversi (opsional).",
    },
    layoutNaming: "`<id>` dan `<slug>` ditulis dengan huruf kecil, angka dan tanda hubung (`partisipasi-pelatihan`). CSV dan YAML satu indikator memakai id yang sama; bila salah satunya tidak ada, itu kesalahan.",
    layoutReserved: (list: string) => `Id indikator tidak boleh sama dengan nama yang dipakai situs sendiri: ${list}. Id juga tidak boleh sama dengan nama berkas unduhan indikator lain (\`<id lain>-excel\`, \`<id lain>-en\`), karena berkas data keduanya akan saling menimpa.`,
    layoutStrict: (min: number, max: number, forms: string) => `Setiap berkas lain di \`data/\` (mis. \`IKM.CSV\` berhuruf besar, \`ikm.YML\`, \`situs.yaml\`, buku kerja Excel, folder lain) ditolak karena situs tidak akan membacanya; begitu juga dua metadata untuk satu id (\`ikm.yml\` dan \`ikm.yaml\`), berkas YAML yang bukan UTF-8, dan istilah glosarium yang muncul dua kali. Setiap tahun di data harus berada antara ${min} dan ${max}, dan periodenya harus sesuai \`frekuensi\` di YAML: ${forms}.`,
    regionsIntro: "Satu baris per wilayah, dengan kode BPS. Kode ditulis sebagai teks (format kolomnya sebagai Teks di Excel).",
    regionsCaption: "Kolom regions.csv",
    columnHead: ["Kolom", "Wajib", "Arti"],
    csvIntro: "Format \"panjang\" (tidy): satu baris per observasi. Nama kolom ada di baris 1; urutan kolom bebas.",
    csvCaption: "Kolom CSV indikator",
    required: { yes: "wajib", no: "opsional", "one of tahun/periode": "salah satu: `tahun` atau `periode`", "as declared": "sesuai `dimensi` di YAML" },
    csvExample: "Contoh (berkas berpemisah koma)",
    csvExampleSemicolon: "Baris yang sama dari Excel berpengaturan Indonesia (pemisah `;`, koma desimal)",
    periods: "Bentuk periode",
    periodsIntro: "Kolom `tahun` hanya menerima tahun; kolom `periode` menerima semua bentuk di bawah. Periode yang belum dimulai (setelah periode saat ini) ditolak.",
    periodsCaption: "Bentuk periode, frekuensi dan batas terbit",
    periodsHead: ["Bentuk", "Contoh", "Dibaca", "Kolom", "Frekuensi (YAML)", "Terlambat bila belum ada"],
    lag: (n: number) => `${n} bulan setelah periode berakhir`,
    periodsAfter: "Sebuah indikator terlambat bila data periode terakhir yang seharusnya sudah terbit belum ada di CSV-nya. Indikator yang terlambat diberi tanda di halamannya dan dicetak sebagai peringatan oleh `npm run validate`.",
    forms: "Bentuk berkas yang diterima",
    formsList: [
      "Pemisah `,` atau `;`, dikenali dari baris judul kolom (bukan ditebak dari seluruh berkas, jadi catatan yang penuh koma tidak mengacaukannya).",
      "Di berkas `,` tanda desimal adalah titik (`85.5`); di berkas `;` tanda desimal adalah koma (`85,5`). Pemisah ribuan tidak pernah dipakai.",
      "UTF-8 dengan atau tanpa BOM (\"CSV UTF-8\" di Excel menulis BOM).",
      "Akhir baris CRLF (Windows) atau LF; baris terakhir boleh tanpa akhir baris.",
      "Baris kosong di mana saja, dan baris yang hanya berisi pemisah (`;;;;`, seperti yang ditulis Excel), diabaikan.",
      "Kolom tanpa nama yang kosong di semua baris (sisa format Excel) diabaikan; kolom tanpa nama yang berisi nilai adalah kesalahan.",
      "Sel bertanda kutip diterima, termasuk pemisah di dalam kutip, tanda kutip ganda (`\"\"`) dan baris baru (Alt+Enter) di `catatan` dan `catatan_en`. Di kolom lain baris baru adalah kesalahan.",
      "`catatan` dan `catatan_en` selalu tampil sebagai teks biasa, tidak pernah sebagai HTML, dan tidak boleh diawali `=`, `+`, `-`, `@`, tab atau carriage return (akan berjalan sebagai rumus di spreadsheet pembaca).",
      "Ditolak: berkas UTF-16 (\"Teks Unicode\" Excel), byte yang bukan UTF-8, byte NUL, berkas kosong, baris judul di atas nama kolom, dan baris judul kolom tanpa data.",
      `Satu berkas CSV paling besar ${CSV_LIMITS.bytes / 1024 / 1024} MB dan ${CSV_LIMITS.lines.toLocaleString("id-ID")} baris (jauh di atas kebutuhan satu indikator); berkas yang lebih besar ditolak tanpa dibaca. Penyebab yang biasa: ribuan baris kosong yang ikut tersimpan oleh Excel di bawah data.`,
    ],
    numbersCaption: "Cara angka di sel `nilai` dibaca",
    numbersHead: ["Tertulis", "Di berkas berpemisah `,`", "Di berkas berpemisah `;`"],
    accepted: (v: string) => `diterima: ${v}`,
    rejected: (code: string) => `ditolak: \`${code}\``,
    yamlIntro: "Berkas YAML berisi keterangan indikator. Teks ditulis dua bahasa `{ id, en }`; bila `en` tidak ada, situs berbahasa Inggris menampilkan teks Indonesia dengan tanda \"belum diterjemahkan\".",
    fieldsHead: ["Isian", "Wajib", "Bentuk"],
    yes: "ya",
    no: "tidak",
    yamlCaption: "Isian YAML indikator",
    unitsCaption: "Nilai `satuan`",
    unitsHead: ["Nilai", "Tampil sebagai"],
    yamlExample: "Contoh lengkap",
    bands: "Aturan kategori",
    bandsIntro: "Kategori (`kategori`), seperti mutu pelayanan IKM A–D, sering punya celah di antara batasnya (C berakhir di 76,60, B mulai di 76,61). Satu aturan menentukan kategori setiap nilai; tuliskan aturan ini juga di `metode` indikatornya:",
    bandsRule: [
      "Nilai dibulatkan ke ketelitian kategori (jumlah desimal terbanyak pada batas-batasnya); angka 5 dibulatkan menjauhi nol.",
      "Batas bawah (`dari`) ikut dalam kategori: nilai masuk ke kategori dengan `dari` tertinggi yang tidak melebihinya, sehingga celah selalu masuk kategori di bawahnya.",
      "Nilai di bawah `dari` terendah atau di atas `sampai` tertinggi tidak masuk kategori mana pun.",
    ],
    bandsCaption: (list: string) => `Contoh dengan mutu pelayanan IKM (${list})`,
    bandsHead: ["Nilai di CSV", "Dibulatkan", "Kategori"],
    noBand: "tidak ada",
    policiesIntro: "Setiap dokumen diawali frontmatter YAML di antara dua baris `---`, lalu isi dokumen dalam Markdown. Kunci frontmatter berbahasa Indonesia, sama seperti data.",
    policyCaption: "Isian frontmatter dokumen kebijakan",
    componentsIntro: "Isi dokumen boleh menampilkan indikator langsung dengan komponen berikut. Id atau kode wilayah yang tidak ada menggagalkan pembangunan dengan nama berkas dan barisnya.",
    componentsCaption: "Komponen MDX",
    componentsHead: ["Komponen", "Atribut wajib", "Atribut opsional", "Contoh"],
    chartKinds: (list: string) => `Nilai \`jenis\` untuk \`<Chart>\`: ${list}.`,
    policiesSafe: (tags: string) => `Dokumen kebijakan tidak menjalankan kode. Selain Markdown dan komponen di atas (atributnya ditulis dalam tanda kutip), dokumen hanya boleh memakai tag HTML berikut: ${tags}. Tidak boleh ada \`import\`/\`export\`, ekspresi \`{…}\` (kecuali komentar \`{/* … */}\`), komponen lain, atribut \`on…\` atau \`style\`, gambar, maupun alamat \`javascript:\` atau \`data:\`. \`npm run validate\` menolak semuanya dengan nama berkas dan barisnya. Hanya berkas \`.mdx\` (huruf kecil, UTF-8) langsung di \`content/policies/\` yang dibaca; berkas lain di folder itu ditolak.`,
    policyExample: "Contoh awal dokumen",
    policiesKept: "Setiap versi di `riwayat` setelah yang pertama mendapat halaman yang membandingkan teksnya kata demi kata dengan versi sebelumnya, ditautkan dari daftar riwayat. Teks versi saat ini adalah dokumen itu sendiri. Ketika menerbitkan versi baru, salin dulu berkas dokumen yang lama ke `content/policy-versions/<slug>/<versi>.mdx` (mis. `content/policy-versions/evaluasi-pembinaan-asn-solok/0.1.mdx`), baru ubah dokumennya. Tanpa salinan, situs mencari teks versi itu di riwayat git berkas dokumen (commit terakhir yang menyebut `versi` tersebut); bila tidak ada, halamannya menyatakan teks versi itu tidak tersedia.",
    siteFiles: "Berkas pengaturan situs",
    siteIntro: "Pengaturan situs. Wajib ada. Selama `data_contoh: true`, setiap halaman menampilkan pemberitahuan data contoh; ubah menjadi `false` bila datanya resmi.",
    siteCaption: "Isian situs.yml",
    glossaryIntro: "Daftar istilah, satu entri per istilah (daftar YAML). Opsional.",
    glossaryCaption: "Isian setiap entri glosarium.yml",
    themesIntro: "Daftar tema yang mengelompokkan indikator (daftar YAML). Opsional.",
    themesCaption: "Isian setiap entri tema.yml",
    errors: "Kesalahan dan perbaikannya",
    errorsIntro: "Semua kesalahan dan peringatan yang dapat dilaporkan pemeriksa, dengan contoh, pesan yang muncul untuk contoh itu, dan cara memperbaikinya. Kesalahan menghentikan penerbitan; peringatan tidak. Kode hanya untuk rujukan.",
    errorsCaption: (group: string) => `Kesalahan: ${group}`,
    errorsHead: ["Kode", "Contoh", "Pesan", "Perbaikan", "Tingkat"],
    error: "kesalahan",
    warning: "peringatan",
    none: "(tidak ada)",
    groups: {
      file: "berkas",
      header: "baris judul kolom",
      row: "baris",
      cell: "sel",
      value: "nilai",
      period: "periode",
      region: "kode wilayah",
      dim: "dimensi",
      note: "catatan",
      text: "teks yang masuk ke unduhan",
      yaml: "YAML",
      meta: "metadata indikator",
      regions: "`regions.csv`",
      glossary: "`glosarium.yml`",
      policy: "dokumen kebijakan",
      warn: "peringatan",
    } satisfies Record<Prefix, string>,
  },
  en: {
    docTitle: "Data contract and staff guide",
    intro: [
      "This guide is for local government staff who update the site's data. The tables below are generated from the schemas and the error catalogue the data checker uses, so they always match what is actually checked.",
      "The data are plain text files: CSV for the figures (opened and edited in Excel), YAML for the descriptions, MDX for policy documents.",
    ],
    steps: "From an Excel sheet to the published site",
    stepsComputer: "On your own computer",
    stepsComputerList: [
      "Open `data/indicators/<id>.csv` in Excel. If everything lands in column A, close it and open it through Data › From Text/CSV, choosing the comma delimiter.",
      "Before typing, format the `tahun`/`periode` and `kode_wilayah` columns as Text, so that Excel does not turn `2024-01` into a date or `1373` into `1.373`.",
      "Add or correct rows. One row = one observation: the period, `kode_wilayah`, dimension values if any (an empty cell = the total), `nilai`, and a `catatan` if needed (plus `catatan_en`, its English translation, if you have one). When a figure is not available, leave the `nilai` cell empty; do not write `-`, `NA` or `0`.",
      "Save through File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" under the same file name. Do not choose \"Unicode Text\" or \"CSV (MS-DOS)\". Excel with Indonesian settings may save with a `;` delimiter and decimal commas; that is accepted too.",
      "Open `data/indicators/<id>.yml` in a text editor and set `diperbarui:` to today's date (`YYYY-MM-DD`).",
      "Run `npm run validate` in the project folder (`npm run validate -- --lang en` for English messages). Each error names the file, the row, the column, what is wrong and how to fix it; every possible error is listed under \"Errors and how to fix them\" below.",
      "Run `npm run build`. If any error remains, the published site stays exactly as it was; when all is well, the `dist/` folder is replaced whole.",
      "Publish: copy the whole contents of `dist/` to the site's host (the local government's server, GitHub Pages, Netlify or an S3 bucket).",
    ],
    stepsPr: "Through a pull request (nothing to install)",
    stepsPrList: [
      "On GitHub or GitLab, open the file in `data/indicators/` and choose Edit, or upload the CSV re-saved from Excel (Add file › Upload files) under the same name.",
      "Update `diperbarui:` in that indicator's `.yml` file too.",
      "Commit the change to a new branch and open a pull request saying which data changed and where they come from.",
      "The automatic check (`.github/workflows/validate.yml`) runs the same data checker; each error appears as a note right on the CSV line at fault (“Files changed” tab). Fix it on the same branch until the check passes. Before sending, a file can also be checked in the browser on the Data checker page.",
      "Once approved and merged into `main`, the `.github/workflows/deploy.yml` workflow builds the site and publishes it to GitHub Pages automatically; on any error the published site stays as it was. For other hosts, see “Deploying” in the README.",
    ],
    stepsMessages: "Reading an error message",
    messagesLabel: "One line of `npm run validate` output, for example",
    messagesAfter: "In order: the file, the spreadsheet row, the column (its name and its Excel letter), what is wrong, then the fix. Rows count as in Excel: the header is row 1, empty rows count too, and a quoted cell spanning several lines is one row. All errors are reported together, not only the first. Warnings (overdue data, for example) are printed but do not stop publishing. Messages are in Indonesian unless the computer's language is English or you run `npm run validate -- --lang en`.",
    layout: "What is in the data folder",
    layoutCaption: "Files the site reads",
    layoutHead: ["File", "Contents"],
    layoutRows: {
      "data/regions.csv": "The regions (BPS codes) indicators may report on. Required.",
      "data/indicators/<id>.csv": "The data of one indicator, one row per observation. Edited most often.",
      "data/indicators/<id>.yml": "That indicator's description (metadata): title, unit, range, method, source, date of revision. Edited rarely.",
      "data/situs.yml": "Site name, publisher, contact, licence, headline indicators. Required.",
      "data/glosarium.yml": "The glossary. Optional.",
      "data/tema.yml": "Indicators grouped by theme. Optional.",
      "content/policies/<slug>.mdx": "Policy documents: YAML frontmatter, then the document.",
      "content/policy-versions/<slug>/<versi>.mdx": "Copies of the text of a document's earlier versions, for the pages showing what changed between versions (optional).",
    },
    layoutNaming: "`<id>` and `<slug>` are written in lowercase letters, digits and hyphens (`partisipasi-pelatihan`). The CSV and the YAML of one indicator share the id; one without the other is an error.",
    layoutReserved: (list: string) => `An indicator id may not be a name the site itself uses: ${list}. Nor may it be the name of another indicator's download (\`<other-id>-excel\`, \`<other-id>-en\`), since the two indicators' data files would overwrite each other.`,
    layoutStrict: (min: number, max: number, forms: string) => `Any other file in \`data/\` (an upper-case \`IKM.CSV\`, \`ikm.YML\`, \`situs.yaml\`, an Excel workbook, another folder) is refused, since the site would never read it; so are two metadata files for one id (\`ikm.yml\` and \`ikm.yaml\`), YAML files not saved as UTF-8, and a glossary term listed twice. Every year in the data lies between ${min} and ${max}, and periods match the YAML's \`frekuensi\`: ${forms}.`,
    regionsIntro: "One row per region, with its BPS code. Codes are text (format the column as Text in Excel).",
    regionsCaption: "Columns of regions.csv",
    columnHead: ["Column", "Required", "Meaning"],
    csvIntro: "Tidy (\"long\") format: one row per observation. Column names are on row 1; columns may come in any order.",
    csvCaption: "Columns of an indicator CSV",
    required: { yes: "required", no: "optional", "one of tahun/periode": "one of `tahun` or `periode`", "as declared": "as declared in the YAML `dimensi`" },
    csvExample: "Example (comma-delimited file)",
    csvExampleSemicolon: "The same rows from Excel with Indonesian settings (`;` delimiter, decimal comma)",
    periods: "Period forms",
    periodsIntro: "A `tahun` column takes years only; a `periode` column takes every form below. A period that has not started yet (later than the current period) is rejected.",
    periodsCaption: "Period forms, frequencies and publication deadlines",
    periodsHead: ["Form", "Example", "Reads", "Column", "Frequency (YAML)", "Overdue when missing"],
    lag: (n: number) => `${n} month${n === 1 ? "" : "s"} after the period ends`,
    periodsAfter: "An indicator is overdue when its CSV lacks the latest period whose data should be out by now. Overdue indicators are flagged on their page and printed as warnings by `npm run validate`.",
    forms: "Accepted file forms",
    formsList: [
      "Delimiter `,` or `;`, detected from the header line (not guessed from the whole file, so notes full of commas cannot fool it).",
      "In a `,` file the decimal mark is a point (`85.5`); in a `;` file it is a comma (`85,5`). Thousands separators are never used.",
      "UTF-8 with or without a BOM (Excel's \"CSV UTF-8\" writes one).",
      "CRLF (Windows) or LF line ends; the last line may lack a line end.",
      "Empty rows anywhere, and rows made only of delimiters (`;;;;`, as Excel writes them), are ignored.",
      "Columns with no name that are empty in every row (Excel leftovers) are ignored; an unnamed column holding values is an error.",
      "Quoted cells are accepted, with delimiters inside quotes, doubled quotes (`\"\"`) and line breaks (Alt+Enter) in `catatan` and `catatan_en`. In any other column a line break is an error.",
      "`catatan` and `catatan_en` are always shown as plain text, never as HTML, and may not begin with `=`, `+`, `-`, `@`, a tab or a carriage return (it would run as a formula in a reader's spreadsheet).",
      "Rejected: UTF-16 files (Excel's \"Unicode Text\"), bytes that are not UTF-8, NUL bytes, empty files, a title row above the column names, and a header with no data rows.",
      `One CSV file may hold at most ${CSV_LIMITS.bytes / 1024 / 1024} MB and ${CSV_LIMITS.lines.toLocaleString("en-US")} lines (far more than one indicator needs); a larger file is refused without being read. The usual cause: thousands of empty rows Excel saved below the data.`,
    ],
    numbersCaption: "How a number in the `nilai` cell is read",
    numbersHead: ["Written", "In a `,` file", "In a `;` file"],
    accepted: (v: string) => `accepted: ${v}`,
    rejected: (code: string) => `rejected: \`${code}\``,
    yamlIntro: "The YAML file describes the indicator. Texts are bilingual `{ id, en }`; when `en` is missing, the English site shows the Indonesian text with a \"not yet translated\" mark.",
    fieldsHead: ["Field", "Required", "Form"],
    yes: "yes",
    no: "no",
    yamlCaption: "Fields of an indicator YAML",
    unitsCaption: "Values of `satuan`",
    unitsHead: ["Value", "Shown as"],
    yamlExample: "A complete example",
    bands: "The band rule",
    bandsIntro: "Bands (`kategori`), such as the IKM service grades A–D, often leave gaps between their limits (C ends at 76.60, B starts at 76.61). One rule decides each value's band; state it in the indicator's `metode` too:",
    bandsRule: [
      "Round the value to the bands' precision (the most decimals any limit is written with), halves away from zero.",
      "A band's lower limit (`dari`) is inclusive: the value belongs to the band with the highest `dari` at or below it, so a gap always belongs to the band below it.",
      "Values below the lowest `dari` or above the highest `sampai` belong to no band.",
    ],
    bandsCaption: (list: string) => `Worked example with the IKM service grades (${list})`,
    bandsHead: ["Value in the CSV", "Rounded", "Band"],
    noBand: "none",
    policiesIntro: "Each document starts with YAML frontmatter between two `---` lines, then the document in Markdown. Frontmatter keys are Indonesian, like the data.",
    policyCaption: "Frontmatter fields of a policy document",
    componentsIntro: "A document may show live indicators with the components below. An id or region code that does not exist fails the build with the document's file and line.",
    componentsCaption: "MDX components",
    componentsHead: ["Component", "Required attributes", "Optional attributes", "Example"],
    chartKinds: (list: string) => `Values of \`jenis\` for \`<Chart>\`: ${list}.`,
    policiesSafe: (tags: string) => `Policy documents run no code. Besides Markdown and the components above (with their attributes in quotes), a document may only use these HTML tags: ${tags}. No \`import\`/\`export\`, no \`{…}\` expressions (except \`{/* … */}\` comments), no other components, no \`on…\` or \`style\` attributes, no images, no \`javascript:\` or \`data:\` addresses. \`npm run validate\` refuses each with the file and line. Only \`.mdx\` files (lowercase, UTF-8) directly in \`content/policies/\` are read; any other file in that folder is refused.`,
    policyExample: "The start of a document",
    policiesKept: "Every version in `riwayat` after the first gets a page comparing its text word by word with the version before it, linked from the history list. The current version's text is the document itself. When you publish a new version, first copy the old document file to `content/policy-versions/<slug>/<versi>.mdx` (e.g. `content/policy-versions/evaluasi-pembinaan-asn-solok/0.1.mdx`), then change the document. Without a copy, the site looks for that version's text in the git history of the document's file (the last commit stating that `versi`); if it is not there, the page says the text of that version is not available.",
    siteFiles: "Site settings files",
    siteIntro: "The site's settings. Required. While `data_contoh: true`, every page shows a sample-data notice; set it to `false` for official data.",
    siteCaption: "Fields of situs.yml",
    glossaryIntro: "The glossary, one entry per term (a YAML list). Optional.",
    glossaryCaption: "Fields of each glosarium.yml entry",
    themesIntro: "Themes that group indicators (a YAML list). Optional.",
    themesCaption: "Fields of each tema.yml entry",
    errors: "Errors and how to fix them",
    errorsIntro: "Every error and warning the checker can report, with an example, the message shown for that example, and how to fix it. Errors stop publishing; warnings do not. Codes are for reference only.",
    errorsCaption: (group: string) => `Errors: ${group}`,
    errorsHead: ["Code", "Example", "Message", "Fix", "Severity"],
    error: "error",
    warning: "warning",
    none: "(none)",
    groups: {
      file: "files",
      header: "header row",
      row: "rows",
      cell: "cells",
      value: "values",
      period: "periods",
      region: "region codes",
      dim: "dimensions",
      note: "notes",
      text: "texts that reach the downloads",
      yaml: "YAML",
      meta: "indicator metadata",
      regions: "`regions.csv`",
      glossary: "`glosarium.yml`",
      policy: "policy documents",
      warn: "warnings",
    } satisfies Record<Prefix, string>,
  },
} as const;

// ── Builders ────────────────────────────────────────────────────────────────

const p = (text: string): Block => ({ kind: "p", text });
const table = (caption: string, head: readonly string[], rows: readonly (readonly Cell[])[]): Block => ({ kind: "table", table: { caption, head, rows } });
const section = (id: string, title: string, blocks: readonly Block[], sections: readonly Section[] = []): Section => ({ id, title, blocks, sections });

/** Whether a field of a zod object schema must be present (derived from the schema itself). */
const isRequired = (field: z.ZodType): boolean => !field.safeParse(undefined).success;

/** Rows of a field table: every field of the schema, with its documented form. */
function fieldRows(lang: Lang, shape: Record<string, z.ZodType>, forms: Record<string, { id: string; en: string }>): Cell[][] {
  const w = WORDS[lang];
  return Object.entries(shape).map(([name, schema]) => [{ code: name }, isRequired(schema) ? w.yes : w.no, forms[name]?.[lang] ?? "—"]);
}

export interface CatalogueRow {
  readonly code: ErrorCode;
  readonly example: string;
  readonly what: string;
  readonly fix: string;
  readonly warning: boolean;
}

/** Every catalogue entry with its example rendered in `lang`, in catalogue order. */
export function catalogueRows(lang: Lang): CatalogueRow[] {
  return (Object.keys(CATALOGUE) as ErrorCode[]).map((code) => {
    const e = CATALOGUE[code] as { what: (p: Params) => LocalText; fix: (p: Params) => LocalText; example: string; severity?: "warning" };
    const params = EXAMPLE_PARAMS[code];
    return { code, example: e.example, what: e.what(params)[lang] ?? "", fix: e.fix(params)[lang] ?? "", warning: e.severity === "warning" };
  });
}

const prefixOf = (code: ErrorCode) => code.slice(0, code.indexOf(".")) as Prefix;

/** The staff guide in one language. */
export function guide(lang: Lang): Guide {
  const w = WORDS[lang];

  // Steps.
  const sampleLine = formatProblem(
    { code: "value.decimal_mark", file: "data/indicators/ikm.csv", row: 14, column: "nilai", letter: columnLetter(3), params: EXAMPLE_PARAMS["value.decimal_mark"] },
    lang,
  );
  const steps = section("steps", w.steps, [], [
    section("steps-computer", w.stepsComputer, [{ kind: "ol", items: w.stepsComputerList }]),
    section("steps-pull-request", w.stepsPr, [{ kind: "ol", items: w.stepsPrList }]),
    section("usulkan-perubahan", PROPOSE_GUIDE[lang].title, [p(PROPOSE_GUIDE[lang].intro), { kind: "ol", items: PROPOSE_GUIDE[lang].steps }, p(PROPOSE_GUIDE[lang].pictures)]),
    section("steps-messages", w.stepsMessages, [{ kind: "pre", label: w.messagesLabel, text: sampleLine }, p(w.messagesAfter)]),
  ]);

  // Layout.
  const layout = section("layout", w.layout, [
    table(w.layoutCaption, w.layoutHead, Object.entries(w.layoutRows).map(([path, text]) => [{ code: path }, text])),
    p(w.layoutNaming),
    p(w.layoutReserved(RESERVED_IDS.map((n) => `\`${n}\``).join(", "))),
    p(w.layoutStrict(YEAR_RANGE.min, YEAR_RANGE.max, FREQUENCIES.map((f) => `\`${f}\` → ${PERIOD_FORM[FREQUENCY_KIND[f]!].split("/").map((x) => `\`${x}\``).join(" / ")}`).join("; "))),
  ]);

  // regions.csv.
  const regions = section("regions", "`data/regions.csv`", [
    p(w.regionsIntro),
    table(w.regionsCaption, w.columnHead, REGION_COLUMNS.map((c) => [{ code: c.name }, w.required.yes, c[lang]])),
  ]);

  // Indicator CSV, periods, file forms.
  const kindOfFrequency = (f: (typeof FREQUENCIES)[number]) => expectedPeriod(f, REFERENCE_DAY).kind;
  const periodRows = (Object.keys(PERIOD_SAMPLES) as PeriodKind[]).map((kind): Cell[] => {
    const s = PERIOD_SAMPLES[kind];
    const parsed = parsePeriod(s.example, "periode");
    const freq = FREQUENCIES.find((f) => kindOfFrequency(f) === kind);
    return [
      s.form,
      { code: s.example },
      parsed ? formatPeriod(parsed, lang) : "—",
      parsePeriod(s.example, "tahun") ? "`tahun`, `periode`" : "`periode`",
      freq ? `\`${freq}\`` : "—",
      freq ? w.lag(PUBLICATION_LAG_MONTHS[freq] ?? 0) : "—",
    ];
  });
  const numberCell = (raw: string, d: Delimiter): string => {
    const r = parseNumber(raw, d);
    // The value as read, without grouping (a grouped `1.234` would read like the rejected form).
    return r.ok ? w.accepted(String(r.value).replace(".", lang === "id" ? "," : ".")) : w.rejected(r.code);
  };
  const csv = section("indicator-csv", "`data/indicators/<id>.csv`", [
    p(w.csvIntro),
    table(w.csvCaption, w.columnHead, INDICATOR_COLUMNS.map((c) => [c.name.startsWith("(") ? c.name : { code: c.name }, w.required[c.required], c[lang]])),
    { kind: "pre", label: w.csvExample, text: EXAMPLE_CSV },
    { kind: "pre", label: w.csvExampleSemicolon, text: EXAMPLE_CSV_SEMICOLON },
  ], [
    section("periods", w.periods, [p(w.periodsIntro), table(w.periodsCaption, w.periodsHead, periodRows), p(w.periodsAfter)]),
    section("file-forms", w.forms, [
      { kind: "ul", items: w.formsList },
      table(w.numbersCaption, w.numbersHead, NUMBER_SAMPLES.map((raw) => [{ code: raw }, numberCell(raw, ","), numberCell(raw, ";")])),
    ]),
  ]);

  // Indicator YAML and the band rule.
  const precision = bandPrecision(EXAMPLE_BANDS);
  const bandList = EXAMPLE_BANDS.map((b) => `${b.kode} ${formatFixed(b.dari, lang, precision)}–${formatFixed(b.sampai, lang, precision)}`).join("; ");
  const bandRows = BAND_SAMPLES.map((raw): Cell[] => {
    const v = Number(raw);
    const b = bandOf(v, EXAMPLE_BANDS);
    return [{ code: raw }, formatFixed(roundTo(v, precision), lang, precision), b ? `${b.kode} (${b.label[lang] ?? b.label.id})` : w.noBand];
  });
  const yaml = section("indicator-yaml", "`data/indicators/<id>.yml`", [
    p(w.yamlIntro),
    table(w.yamlCaption, w.fieldsHead, fieldRows(lang, indicatorMeta.shape, META_FIELD_FORMS)),
    table(w.unitsCaption, w.unitsHead, UNITS.map((u) => [{ code: u }, t(lang, `unit.${u}`)])),
    { kind: "pre", label: w.yamlExample, text: EXAMPLE_YAML },
  ], [
    section("bands", w.bands, [p(w.bandsIntro), { kind: "ol", items: w.bandsRule }, table(w.bandsCaption(bandList), w.bandsHead, bandRows)]),
  ]);

  // Policy documents.
  const components = Object.entries(MDX_COMPONENTS).map(([name, c]): Cell[] => {
    const attrs = [...c.required, ...c.optional].map((a) => `${a}="${ATTR_EXAMPLE[a]}"`).join(" ");
    return [
      { code: `<${name}>` },
      c.required.map((a) => `\`${a}\``).join(", ") || "—",
      c.optional.map((a) => `\`${a}\``).join(", ") || "—",
      { code: `<${name} ${attrs} />` },
    ];
  });
  const policies = section("policies", "`content/policies/<slug>.mdx`", [
    p(w.policiesIntro),
    table(w.policyCaption, w.fieldsHead, fieldRows(lang, policyFrontmatter.shape, POLICY_FIELD_FORMS)),
    p(w.componentsIntro),
    table(w.componentsCaption, w.componentsHead, components),
    p(w.chartKinds(CHART_KINDS.map((k) => `\`${k}\``).join(", "))),
    p(w.policiesSafe(HTML_TAGS.map((t) => `\`<${t}>\``).join(", "))),
    { kind: "pre", label: w.policyExample, text: EXAMPLE_POLICY },
    p(w.policiesKept),
  ]);

  // situs.yml, glosarium.yml, tema.yml.
  const siteFiles = section("site-files", w.siteFiles, [], [
    section("situs-yml", "`data/situs.yml`", [p(w.siteIntro), table(w.siteCaption, w.fieldsHead, fieldRows(lang, siteConfig.shape, SITE_FIELD_FORMS))]),
    section("glosarium-yml", "`data/glosarium.yml`", [p(w.glossaryIntro), table(w.glossaryCaption, w.fieldsHead, fieldRows(lang, glossaryEntry.shape, GLOSSARY_FIELD_FORMS))]),
    section("tema-yml", "`data/tema.yml`", [p(w.themesIntro), table(w.themesCaption, w.fieldsHead, fieldRows(lang, theme.shape, THEME_FIELD_FORMS))]),
  ]);

  // Every error of the catalogue, grouped by the prefix of its code.
  const rows = catalogueRows(lang);
  const prefixes = [...new Set(rows.map((r) => prefixOf(r.code)))];
  const errors = section("errors", w.errors, [p(w.errorsIntro)], prefixes.map((prefix) => {
    const group = w.groups[prefix];
    return section(`errors-${prefix}`, group.charAt(0).toUpperCase() + group.slice(1), [
      table(w.errorsCaption(group), w.errorsHead, rows.filter((r) => prefixOf(r.code) === prefix).map((r) => [
        { code: r.code },
        r.example === "" ? w.none : { code: r.example },
        r.what,
        r.fix,
        r.warning ? w.warning : w.error,
      ])),
    ]);
  }));

  return { lang, title: t(lang, "guide.title"), intro: w.intro, sections: [steps, layout, regions, csv, yaml, policies, siteFiles, errors] };
}

// ── Overdue indicators (from the validated data; shown on the site, not in docs/DATA.md) ──────

export interface OverdueRow {
  readonly indicator: Indicator;
  readonly latest: Period | null;
  readonly expected: Period;
}

/** Indicators whose latest data are older than the period that should be out by `today`. */
export function overdueIndicators(indicators: readonly Indicator[], today: Date): OverdueRow[] {
  return indicators.flatMap((indicator) => {
    const s = staleness(indicator, today);
    return s.overdue ? [{ indicator, latest: s.latest, expected: s.expected }] : [];
  });
}

// ── Markdown (docs/DATA.md) ─────────────────────────────────────────────────

/** Markdown text: escape what Markdown or inline HTML would interpret. */
const mdText = (s: string) => s.replace(/[\\*[\]<>|]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`));
/** A Markdown code span holding `s` verbatim (inside a table, `|` must still be escaped). */
function mdCode(s: string, inTable: boolean): string {
  const runs = s.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") || s.endsWith(" ") ? " " : "";
  const body = inTable ? s.replace(/\|/g, "\\|") : s;
  return `${fence}${pad}${body}${pad}${fence}`;
}
const mdInline = (s: string, inTable = false) =>
  spans(s).map((x) => (x.code ? mdCode(x.text, inTable) : mdText(x.text))).join("").replace(/\r?\n/g, " ");
const mdCell = (c: Cell) => (isCode(c) ? mdCode(c.code.replace(/\r?\n/g, "\\n"), true) : mdInline(c, true));

function mdBlock(b: Block): string {
  switch (b.kind) {
    case "p":
      return mdInline(b.text);
    case "ol":
      return b.items.map((it, i) => `${i + 1}. ${mdInline(it)}`).join("\n");
    case "ul":
      return b.items.map((it) => `- ${mdInline(it)}`).join("\n");
    case "pre": {
      const fence = "```";
      return `${mdInline(b.label)}:\n\n${fence}\n${b.text.replace(/\n$/, "")}\n${fence}`;
    }
    case "table": {
      const { caption, head, rows } = b.table;
      const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
      return [`*${mdInline(caption)}*`, "", line(head.map((h) => mdInline(h, true))), line(head.map(() => "---")), ...rows.map((r) => line(r.map(mdCell)))].join("\n");
    }
  }
}

function mdSection(s: Section, depth: number, lang: Lang): string {
  const head = `<a id="${lang}-${s.id}"></a>\n\n${"#".repeat(depth)} ${mdInline(s.title)}`;
  return [head, ...s.blocks.map(mdBlock), ...s.sections.map((c) => mdSection(c, depth + 1, lang))].join("\n\n");
}

function mdToc(sections: readonly Section[], lang: Lang, indent = ""): string {
  return sections
    .map((s) => [`${indent}- [${mdInline(s.title)}](#${lang}-${s.id})`, ...(s.sections.length ? [mdToc(s.sections, lang, `${indent}  `)] : [])].join("\n"))
    .join("\n");
}

const LANG_NAME: Record<Lang, string> = { id: "Bahasa Indonesia", en: "English" };
const LANGS: readonly Lang[] = ["id", "en"];

/** docs/DATA.md: the guide in Indonesian, then in English. */
export function guideMarkdown(): string {
  const note = "> Dibuat oleh `npm run docs` dari skema — jangan disunting manual. / Generated by `npm run docs` from the schemas — do not edit by hand.";
  const title = `# ${LANGS.map((l) => WORDS[l].docTitle).join(" · ")}`;
  const langToc = LANGS.map((l) => `- [${LANG_NAME[l]}](#${l})`).join("\n");
  const parts = LANGS.map((lang) => {
    const g = guide(lang);
    return [
      `<a id="${lang}"></a>\n\n## ${LANG_NAME[lang]}: ${mdInline(g.title)}`,
      ...g.intro.map((x) => mdInline(x)),
      mdToc(g.sections, lang),
      ...g.sections.map((s) => mdSection(s, 3, lang)),
    ].join("\n\n");
  });
  return `${[note, title, langToc, ...parts].join("\n\n")}\n`;
}
