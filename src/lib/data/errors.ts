/**
 * The error catalogue: every problem the checker can report, in Indonesian and English, with
 * what is wrong, how to fix it and an example. The validator, the CLI output and the staff
 * guide all read this one table.
 */
import type { Lang } from "./model.ts";

export type Params = Record<string, string | number | undefined>;

interface Entry {
  /** What is wrong. */
  readonly what: (p: Params) => { id: string; en: string };
  /** How to fix it. */
  readonly fix: (p: Params) => { id: string; en: string };
  /** A small example of the mistake, for the staff guide. */
  readonly example: string;
  /** Warnings are printed but do not stop publishing. */
  readonly severity?: "warning";
}

const q = (v: unknown): string => {
  const s = String(v ?? "");
  const cut = s.length > 40 ? `${s.slice(0, 37)}…` : s;
  return `"${cut.replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
};
const maybe = (s: unknown, id: string, en: string) =>
  s ? { id: ` ${id.replace("%s", String(s))}`, en: ` ${en.replace("%s", String(s))}` } : { id: "", en: "" };

export const CATALOGUE = {
  // ── Files ────────────────────────────────────────────────────────────────
  "file.empty": {
    what: () => ({ id: "Berkas kosong.", en: "The file is empty." }),
    fix: () => ({ id: "Isi berkas dengan baris judul kolom dan data, atau hapus berkasnya.", en: "Fill the file with a header row and data, or delete it." }),
    example: "(0 byte)",
  },
  "file.utf16": {
    what: () => ({ id: "Berkas tersimpan sebagai UTF-16 (\"Unicode Text\" di Excel), bukan UTF-8.", en: "The file is saved as UTF-16 (Excel's \"Unicode Text\"), not UTF-8." }),
    fix: () => ({ id: "Di Excel pilih File › Simpan Sebagai › \"CSV UTF-8 (dipisahkan koma)\".", en: "In Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\"." }),
    example: "FF FE 74 00 61 00 …",
  },
  "file.nul": {
    what: () => ({ id: "Berkas berisi byte NUL; ini bukan teks CSV biasa.", en: "The file contains NUL bytes; it is not plain CSV text." }),
    fix: () => ({ id: "Simpan ulang dari Excel sebagai \"CSV UTF-8 (dipisahkan koma)\".", en: "Re-save it from Excel as \"CSV UTF-8 (Comma delimited)\"." }),
    example: "tahun,kode_wilayah\\0",
  },
  "file.not_utf8": {
    what: () => ({ id: "Ada byte yang bukan UTF-8 (biasanya huruf beraksen dari pengodean lama).", en: "There are bytes that are not UTF-8 (usually accented letters in an old encoding)." }),
    fix: () => ({ id: "Simpan ulang sebagai \"CSV UTF-8 (dipisahkan koma)\".", en: "Re-save it as \"CSV UTF-8 (Comma delimited)\"." }),
    example: "catatan: Caf\\xe9",
  },
  "file.too_large": {
    what: (p) => {
      const n = (v: unknown, locale: string) => Number(v).toLocaleString(locale);
      return {
        id: `Berkas terlalu besar: ${String(p.size).replace(".", ",")} MB${p.lines ? ` dalam ${n(p.lines, "id-ID")} baris` : ""}. Batasnya ${String(p.maxSize).replace(".", ",")} MB dan ${n(p.maxLines, "id-ID")} baris; berkas sebesar ini tidak diperiksa.`,
        en: `The file is too large: ${p.size} MB${p.lines ? ` in ${n(p.lines, "en-US")} lines` : ""}. The limit is ${p.maxSize} MB and ${n(p.maxLines, "en-US")} lines; a file this large is not checked.`,
      };
    },
    fix: () => ({
      id: "Biasanya Excel ikut menyimpan ribuan baris kosong di bawah data: buka berkasnya, tekan Ctrl+End untuk melihat sel terakhir yang terpakai, hapus baris kosong di bawah data (pilih barisnya, klik kanan › Hapus), lalu simpan lagi sebagai \"CSV UTF-8\". Jika datanya memang sebanyak itu, ringkas dulu (mis. per kecamatan, bukan per desa): satu indikator di situs ini tidak menampilkan data sebanyak itu.",
      en: "Usually Excel has saved thousands of empty rows below the data: open the file, press Ctrl+End to see the last used cell, delete the empty rows below the data (select them, right-click › Delete), and save it again as \"CSV UTF-8\". If the data really are that many, aggregate them first (per district rather than per village, say): one indicator on this site does not show that much data.",
    }),
    example: "ikm.csv: 52,4 MB dalam 2.000.000 baris",
  },
  "file.no_rows": {
    what: () => ({ id: "Berkas hanya berisi baris judul kolom, tanpa data.", en: "The file has a header row but no data rows." }),
    fix: () => ({ id: "Tambahkan minimal satu baris data di bawah judul kolom.", en: "Add at least one data row below the header." }),
    example: "tahun,kode_wilayah,nilai",
  },
  "file.title_row": {
    what: (p) => ({ id: `Ada baris judul di atas baris nama kolom (nama kolom baru ada di baris ${p.headerRow}).`, en: `There is a title row above the header (the column names are on row ${p.headerRow}).` }),
    fix: () => ({ id: "Hapus baris judul itu sehingga nama kolom berada di baris 1.", en: "Delete the title row so that the column names are on row 1." }),
    example: "Data Partisipasi Pelatihan 2024;;;",
  },
  "file.unclosed_quote": {
    what: (p) => ({ id: `Tanda kutip (") dibuka di baris ini${p.letter ? `, di kolom ${p.column ? `${p.column} (${p.letter})` : p.letter}` : ""}, tetapi tidak pernah ditutup.`, en: `A quote (") opens on this row${p.letter ? `, in column ${p.column ? `${p.column} (${p.letter})` : p.letter}` : ""}, but is never closed.` }),
    fix: () => ({ id: "Tambahkan tanda kutip penutup, atau gandakan tanda kutip di dalam teks (\"\").", en: "Add the closing quote, or double the quotes inside the text (\"\")." }),
    example: "2024,1373,,71.5,\"catatan tanpa penutup",
  },
  "file.missing_yml": {
    what: (p) => ({ id: `Ada data ${p.id}.csv tetapi tidak ada metadata ${p.id}.yml.`, en: `There is data ${p.id}.csv but no metadata ${p.id}.yml.` }),
    fix: (p) => ({ id: `Buat data/indicators/${p.id}.yml (salin dari indikator lain lalu sesuaikan), atau hapus CSV-nya.`, en: `Create data/indicators/${p.id}.yml (copy another indicator's and adapt it), or remove the CSV.` }),
    example: "jam-pelatihan.csv tanpa jam-pelatihan.yml",
  },
  "file.missing_csv": {
    what: (p) => ({ id: `Ada metadata ${p.id}.yml tetapi tidak ada data ${p.id}.csv.`, en: `There is metadata ${p.id}.yml but no data ${p.id}.csv.` }),
    fix: (p) => ({ id: `Tambahkan data/indicators/${p.id}.csv, atau hapus YAML-nya.`, en: `Add data/indicators/${p.id}.csv, or remove the YAML.` }),
    example: "ikm.yml tanpa ikm.csv",
  },
  "file.bad_name": {
    what: (p) => ({ id: `Nama berkas ${q(p.name)} tidak sah.`, en: `The file name ${q(p.name)} is not valid.` }),
    fix: () => ({ id: "Gunakan huruf kecil, angka dan tanda hubung saja, mis. partisipasi-pelatihan.csv.", en: "Use only lowercase letters, digits and hyphens, e.g. partisipasi-pelatihan.csv." }),
    example: "Partisipasi Pelatihan.csv",
  },
  "file.reserved_id": {
    what: (p) => ({ id: `id ${q(p.id)} bertabrakan dengan ${p.clash_id}.`, en: `The id ${q(p.id)} clashes with ${p.clash_en}.` }),
    fix: (p) => ({ id: `Ganti nama berkas CSV dan YAML-nya (dan isian id) dengan nama lain, mis. ${p.id}-kota. Nama yang dicadangkan: ${p.reserved}; juga <id lain>-excel.`, en: `Rename the CSV and its YAML (and the id field), e.g. ${p.id}-kota. Reserved names: ${p.reserved}; also <other-id>-excel.` }),
    example: "data/indicators/index.csv",
  },
  "file.duplicate_meta": {
    what: (p) => ({ id: `Indikator ${q(p.id)} punya dua berkas metadata: ${p.names}.`, en: `The indicator ${q(p.id)} has two metadata files: ${p.names}.` }),
    fix: (p) => ({ id: `Simpan satu saja, ${p.id}.yml, dan hapus yang lain (satukan isinya dulu bila berbeda).`, en: `Keep one, ${p.id}.yml, and delete the other (merge their contents first if they differ).` }),
    example: "ikm.yml + ikm.yaml",
  },
  "file.ignored": {
    what: (p) => ({ id: `Berkas ${q(p.name)} tidak dibaca oleh situs, jadi isinya akan diam-diam terabaikan.`, en: `The file ${q(p.name)} is not read by the site, so its contents would be silently ignored.` }),
    fix: (p) => (p.rename ? { id: `Ganti namanya menjadi ${p.rename}.`, en: `Rename it to ${p.rename}.` } : { id: `Pindahkan berkas itu ke luar folder data/, atau hapus. Yang dibaca: ${p.expected}.`, en: `Move the file out of the data/ folder, or delete it. What is read: ${p.expected}.` }),
    example: "data/indicators/IKM.CSV",
  },
  "file.missing": {
    what: (p) => ({ id: `Berkas ${p.name} tidak ditemukan.`, en: `The file ${p.name} was not found.` }),
    fix: (p) => ({ id: `Buat berkas ${p.name} sesuai panduan data.`, en: `Create ${p.name} as the data guide describes.` }),
    example: "data/regions.csv",
  },
  "file.too_many_errors": {
    what: (p) => ({ id: `Masih ada ${p.count} kesalahan lain di berkas ini yang tidak ditampilkan.`, en: `${p.count} more errors in this file are not shown.` }),
    fix: () => ({ id: "Perbaiki kesalahan di atas lalu periksa lagi.", en: "Fix the errors above and check again." }),
    example: "",
  },
  // ── Header ───────────────────────────────────────────────────────────────
  "header.unknown": {
    what: (p) => ({ id: `Kolom ${q(p.name)} tidak dikenal.${maybe(p.suggestion, "Mungkin maksudnya \"%s\"?", "").id}`, en: `Unknown column ${q(p.name)}.${maybe(p.suggestion, "", "Did you mean \"%s\"?").en}` }),
    fix: (p) => ({ id: `Kolom yang dikenal: ${p.known}. Perbaiki nama kolomnya, atau deklarasikan dimensi baru di YAML (dimensi).`, en: `Known columns: ${p.known}. Fix the column name, or declare a new dimension in the YAML (dimensi).` }),
    example: "tahun,kode_wilayah,nilia",
  },
  "header.missing": {
    what: (p) => ({ id: `Kolom wajib ${q(p.name)} tidak ada.`, en: `The required column ${q(p.name)} is missing.` }),
    fix: (p) => ({ id: `Tambahkan kolom ${q(p.name)} di baris 1.`, en: `Add a column ${q(p.name)} on row 1.` }),
    example: "tahun,nilai  (tanpa kode_wilayah)",
  },
  "header.duplicate": {
    what: (p) => ({ id: `Nama kolom ${q(p.name)} muncul dua kali (kolom ${p.first} dan ${p.second}).`, en: `The column name ${q(p.name)} appears twice (columns ${p.first} and ${p.second}).` }),
    fix: () => ({ id: "Hapus atau ganti nama salah satunya.", en: "Delete or rename one of them." }),
    example: "tahun,kode_wilayah,nilai,nilai",
  },
  "header.both_periods": {
    what: () => ({ id: "Ada kolom \"tahun\" dan \"periode\" sekaligus.", en: "There are both a \"tahun\" and a \"periode\" column." }),
    fix: () => ({ id: "Pakai satu saja: \"tahun\" untuk data tahunan, \"periode\" untuk semester, triwulan atau bulan.", en: "Keep one: \"tahun\" for yearly data, \"periode\" for semesters, quarters or months." }),
    example: "tahun,periode,kode_wilayah,nilai",
  },
  "header.unnamed_with_values": {
    what: (p) => ({ id: `Kolom ${p.letter} tidak punya nama tetapi berisi nilai (mis. di baris ${p.firstRow}).`, en: `Column ${p.letter} has no name but holds values (e.g. on row ${p.firstRow}).` }),
    fix: () => ({ id: "Beri nama kolom itu di baris 1, atau kosongkan/hapus kolomnya.", en: "Name the column on row 1, or empty/delete it." }),
    example: "tahun,kode_wilayah,nilai,",
  },
  // ── Rows and cells ───────────────────────────────────────────────────────
  "row.cell_count": {
    what: (p) => ({ id: `Baris ini punya ${p.got} sel, padahal baris judul punya ${p.expected}.`, en: `This row has ${p.got} cells but the header has ${p.expected}.` }),
    fix: (p) => ({ id: `Periksa pemisah "${p.delimiter}" yang berlebih atau kurang; teks yang berisi "${p.delimiter}" harus diberi tanda kutip.`, en: `Look for an extra or missing "${p.delimiter}"; text containing "${p.delimiter}" must be quoted.` }),
    example: "2024,1373,71.5,catatan, dengan koma",
  },
  "row.decimal_comma": {
    what: (p) =>
      p.into
        ? { id: `${q(p.value)} di kolom ${p.column} tampaknya angka dengan koma desimal: di berkas berpemisah "," koma memisahkan sel, sehingga angka di belakang koma terbaca sebagai isi kolom ${p.into}.`, en: `${q(p.value)} in column ${p.column} looks like a number with a decimal comma: in a "," file a comma separates cells, so the digits after the comma were read as column ${p.into}.` }
        : { id: `Baris ini punya satu sel lebih banyak dari baris judul, dan ${q(p.value)} di kolom ${p.column} tampaknya angka dengan koma desimal: di berkas berpemisah "," koma memisahkan sel.`, en: `This row has one cell more than the header, and ${q(p.value)} in column ${p.column} looks like a number with a decimal comma: in a "," file a comma separates cells.` },
    fix: (p) => ({ id: `Tulis ${p.plain} (titik desimal), atau simpan berkasnya dengan pemisah ";" agar koma desimal diterima.`, en: `Write ${p.plain} (a decimal point), or save the file with ";" as the delimiter so that a decimal comma is accepted.` }),
    example: "2024,1373,74,5,",
  },
  "cell.newline": {
    what: () => ({ id: "Sel ini berisi baris baru (Alt+Enter); hanya kolom catatan yang boleh.", en: "This cell contains a line break (Alt+Enter); only the catatan column may." }),
    fix: () => ({ id: "Hapus baris baru di dalam sel.", en: "Remove the line break from the cell." }),
    example: "\"13\\n73\"",
  },
  "cell.required_empty": {
    what: (p) => ({ id: `Kolom ${q(p.name)} wajib diisi.`, en: `The ${q(p.name)} column must not be empty.` }),
    fix: (p) => ({ id: `Isi ${q(p.name)} pada baris ini, atau hapus barisnya.`, en: `Fill ${q(p.name)} on this row, or delete the row.` }),
    example: ",1373,71.5",
  },
  "value.not_number": {
    what: (p) => ({ id: `${q(p.value)} bukan angka.`, en: `${q(p.value)} is not a number.` }),
    fix: () => ({ id: "Tulis angka saja; biarkan sel kosong bila datanya tidak tersedia.", en: "Write a number only; leave the cell empty when the value is not available." }),
    example: "NA",
  },
  "value.placeholder": {
    what: (p) => ({ id: `${q(p.value)} dipakai sebagai tanda \"tidak ada data\".`, en: `${q(p.value)} is used to mean "no data".` }),
    fix: () => ({ id: "Kosongkan selnya: sel nilai yang kosong berarti data tidak tersedia (bisa dijelaskan di catatan).", en: "Leave the cell empty: an empty nilai means not available (explain it in catatan if you like)." }),
    example: "-",
  },
  "value.excel_error": {
    what: (p) => ({ id: `${q(p.value)} adalah pesan galat rumus Excel, bukan angka.`, en: `${q(p.value)} is an Excel formula error, not a number.` }),
    fix: () => ({ id: "Perbaiki rumusnya di Excel, atau ketik nilainya; kosongkan bila tidak tersedia.", en: "Fix the formula in Excel, or type the value; leave it empty if not available." }),
    example: "#DIV/0!",
  },
  "value.percent": {
    what: (p) => ({ id: `${q(p.value)} memakai tanda %.`, en: `${q(p.value)} has a % sign.` }),
    fix: (p) => ({ id: `Tulis angkanya saja tanpa %, mis. ${p.plain}; satuannya sudah ada di metadata.`, en: `Write the number without %, e.g. ${p.plain}; the unit is in the metadata.` }),
    example: "74%",
  },
  "value.decimal_mark": {
    what: (p) =>
      p.delimiter === ";"
        ? { id: `${q(p.value)} memakai titik; di berkas berpemisah ";" tanda desimal adalah koma dan pemisah ribuan tidak boleh dipakai.`, en: `${q(p.value)} uses a point; in a ";" file the decimal mark is a comma and thousands separators are not allowed.` }
        : { id: `${q(p.value)} memakai koma; di berkas berpemisah "," tanda desimal adalah titik dan pemisah ribuan tidak boleh dipakai.`, en: `${q(p.value)} uses a comma; in a "," file the decimal mark is a point and thousands separators are not allowed.` },
    fix: (p) => ({ id: `Tulis ${p.plain ? `"${p.plain}"` : "angka tanpa pemisah ribuan"}.`, en: `Write ${p.plain ? `"${p.plain}"` : "the number without thousands separators"}.` }),
    example: "1.234,5",
  },
  "value.out_of_range": {
    what: (p) => ({ id: `${q(p.value)} di luar rentang sah ${p.min}–${p.max}.`, en: `${q(p.value)} is outside the valid range ${p.min}–${p.max}.` }),
    fix: () => ({ id: "Periksa angkanya (salah ketik? skala lain?), atau ubah `rentang` di YAML bila rentangnya memang salah.", en: "Check the number (typo? another scale?), or change `rentang` in the YAML if the range is wrong." }),
    example: "112 (rentang [0, 100])",
  },
  "period.invalid": {
    what: (p) => ({ id: `${q(p.value)} bukan ${p.column === "tahun" ? "tahun (YYYY)" : "periode yang sah"}.`, en: `${q(p.value)} is not a ${p.column === "tahun" ? "year (YYYY)" : "valid period"}.` }),
    fix: (p) => ({ id: p.column === "tahun" ? "Tulis tahun empat angka, mis. 2024; untuk semester/triwulan/bulan pakai kolom periode." : "Pakai YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM, mis. 2024-S1.", en: p.column === "tahun" ? "Write a four-digit year, e.g. 2024; for semesters/quarters/months use a periode column." : "Use YYYY, YYYY-S1/S2, YYYY-Q1..Q4 or YYYY-MM, e.g. 2024-S1." }),
    example: "2024/1",
  },
  "period.excel_date": {
    what: (p) => ({ id: `${q(p.value)} tampaknya tanggal buatan Excel, bukan periode.`, en: `${q(p.value)} looks like a date Excel made, not a period.` }),
    fix: () => ({ id: "Format kolomnya sebagai Teks di Excel, lalu ketik ulang periodenya, mis. 2024-01.", en: "Format the column as Text in Excel, then retype the period, e.g. 2024-01." }),
    example: "01/01/2024",
  },
  "period.excel_number": {
    what: (p) => ({ id: `${q(p.value)} adalah tahun yang diberi pemisah ribuan oleh Excel.`, en: `${q(p.value)} is a year that Excel gave a thousands separator.` }),
    fix: (p) => ({ id: `Format kolomnya sebagai Teks atau Angka tanpa pemisah ribuan, lalu tulis ${p.plain}.`, en: `Format the column as Text or as a number without thousands separators, then write ${p.plain}.` }),
    example: "2.022",
  },
  "period.future": {
    what: (p) => ({ id: `Periode ${q(p.value)} belum berlalu (periode saat ini ${p.current}).`, en: `The period ${q(p.value)} is later than the current period (${p.current}).` }),
    fix: () => ({ id: "Periksa tahunnya (salah ketik?); data periode mendatang belum bisa diterbitkan.", en: "Check the year (typo?); data for a future period cannot be published." }),
    example: "2207",
  },
  "period.frequency": {
    what: (p) => ({ id: `${q(p.value)} bukan periode ${p.kind_id}, padahal indikator ini berfrekuensi ${p.frequency}.`, en: `${q(p.value)} is not a ${p.kind_en} period, but this indicator's frequency is ${p.frequency}.` }),
    fix: (p) => ({ id: `Tulis periode berbentuk ${p.form}${p.column === "tahun" && p.form !== "YYYY" ? " di kolom periode (bukan tahun)" : ""}, atau ubah frekuensi di YAML bila datanya memang ${p.actual_id}.`, en: `Write periods of the form ${p.form}${p.column === "tahun" && p.form !== "YYYY" ? " in a periode column (not tahun)" : ""}, or change frekuensi in the YAML if the data really are ${p.actual_en}.` }),
    example: "2024-S1 (frekuensi: tahunan)",
  },
  "period.year_range": {
    what: (p) => ({ id: `Tahun ${p.year} pada ${q(p.value)} di luar rentang yang masuk akal (${p.min}–${p.max}).`, en: `The year ${p.year} in ${q(p.value)} is outside the sensible range (${p.min}–${p.max}).` }),
    fix: () => ({ id: "Periksa tahunnya (salah ketik?), mis. 2024 bukan 1024.", en: "Check the year (typo?), e.g. 2024, not 1024." }),
    example: "1024",
  },
  "region.unknown": {
    what: (p) => ({ id: `Kode wilayah ${q(p.value)} tidak ada di data/regions.csv.${maybe(p.suggestion, "Mungkin maksudnya \"%s\"?", "").id}`, en: `The region code ${q(p.value)} is not in data/regions.csv.${maybe(p.suggestion, "", "Did you mean \"%s\"?").en}` }),
    fix: () => ({ id: "Pakai kode BPS dari data/regions.csv, atau tambahkan wilayahnya ke berkas itu.", en: "Use a BPS code from data/regions.csv, or add the region to that file." }),
    example: "1374",
  },
  "region.excel_number": {
    what: (p) => ({ id: `Kode wilayah ${q(p.value)} diberi pemisah ribuan oleh Excel.`, en: `The region code ${q(p.value)} was given a thousands separator by Excel.` }),
    fix: (p) => ({ id: `Format kolom kode_wilayah sebagai Teks, lalu tulis ${p.plain}.`, en: `Format the kode_wilayah column as Text, then write ${p.plain}.` }),
    example: "1.373",
  },
  "dim.unknown_value": {
    what: (p) => ({ id: `${q(p.value)} bukan nilai yang dideklarasikan untuk ${p.column}.${maybe(p.suggestion, "Mungkin maksudnya \"%s\"?", "").id}`, en: `${q(p.value)} is not a declared value of ${p.column}.${maybe(p.suggestion, "", "Did you mean \"%s\"?").en}` }),
    fix: (p) => ({ id: `Nilai yang sah: ${p.known}; kosongkan sel untuk total. Nilai baru harus ditambahkan di YAML (dimensi).`, en: `Valid values: ${p.known}; leave the cell empty for the total. New values must be added to the YAML (dimensi).` }),
    example: "Daring",
  },
  "row.duplicate": {
    what: (p) => ({ id: `Baris ${p.row} dan baris ${p.other} berisi periode, wilayah dan dimensi yang sama.`, en: `Rows ${p.other} and ${p.row} have the same period, region and dimension values.` }),
    fix: () => ({ id: "Hapus salah satunya, atau perbaiki periode/wilayah/dimensinya.", en: "Delete one of them, or correct its period/region/dimension." }),
    example: "2024,1373,71.5 (dua kali)",
  },
  "note.formula": {
    what: (p) => ({ id: `Catatan ${q(p.value)} diawali ${p.char}; pembaca yang membuka CSV unduhan di spreadsheet akan menjalankannya sebagai rumus.`, en: `The note ${q(p.value)} starts with ${p.char}; a reader opening the downloaded CSV in a spreadsheet would run it as a formula.` }),
    fix: () => ({ id: "Awali catatan dengan huruf atau angka, mis. ganti \"- turun\" dengan \"Turun\".", en: "Start the note with a letter or digit, e.g. change \"- fell\" to \"Fell\"." }),
    example: "=HYPERLINK(\"…\")",
  },
  "note.en_without_id": {
    what: () => ({ id: "Baris ini punya catatan_en (catatan berbahasa Inggris) tetapi kolom catatan kosong; halaman berbahasa Indonesia tidak akan menampilkan catatan apa pun.", en: "This row has a catatan_en (English note) but an empty catatan; the Indonesian pages would show no note at all." }),
    fix: () => ({ id: "Tulis catatannya dalam bahasa Indonesia di kolom catatan, atau kosongkan catatan_en.", en: "Write the note in Indonesian in the catatan column, or empty the catatan_en cell." }),
    example: "2024,1373,71.5,,Revised figure",
  },
  "text.formula": {
    what: (p) => ({ id: `Teks ${q(p.value)} diawali ${p.char}; teks ini masuk ke CSV unduhan, dan spreadsheet pembaca akan menjalankannya sebagai rumus.`, en: `The text ${q(p.value)} starts with ${p.char}; it goes into downloaded CSV files, where a reader's spreadsheet would run it as a formula.` }),
    fix: () => ({ id: "Awali teksnya dengan huruf atau angka (spasi di depan tidak menolong), mis. ganti \"- Kota\" dengan \"Kota\".", en: "Start the text with a letter or digit (leading spaces do not help), e.g. change \"- City\" to \"City\"." }),
    example: "nama_wilayah: =HYPERLINK(\"…\")",
  },
  // ── YAML, frontmatter and configuration ──────────────────────────────────
  "yaml.syntax": {
    what: (p) => ({ id: `YAML tidak bisa dibaca: ${p.detail}`, en: `The YAML cannot be read: ${p.detail}` }),
    fix: () => ({ id: "Periksa indentasi (spasi, bukan tab), titik dua, dan tanda kutip di sekitar baris ini.", en: "Check the indentation (spaces, not tabs), colons and quotes around this line." }),
    example: "judul: { id: \"Partisipasi\" ",
  },
  "yaml.alias_limit": {
    what: (p) => ({ id: `YAML ini memakai alias (*nama) terlalu banyak kali (lebih dari ${p.max}, dihitung berlapis mulai dari alias di baris ini); berkas semacam ini bisa menghabiskan memori.`, en: `This YAML uses aliases (*name) too many times (more than ${p.max}, counting nested ones, from the alias on this line on); a file like this can exhaust memory.` }),
    fix: (p) => ({ id: `Tulis isinya langsung, tanpa &anchor/*alias berlapis; paling banyak ${p.max} alias per berkas.`, en: `Write the contents out, without nested &anchor/*alias; at most ${p.max} aliases per file.` }),
    example: "a: &a [x, x]\nb: &b [*a, *a] …",
  },
  "yaml.not_utf8": {
    what: () => ({ id: "Berkas YAML ini berisi byte yang bukan UTF-8 (biasanya huruf beraksen dari pengodean lama).", en: "This YAML file has bytes that are not UTF-8 (usually accented letters in an old encoding)." }),
    fix: () => ({ id: "Buka di editor teks dan simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai › Pengodean: UTF-8).", en: "Open it in a text editor and save it again as UTF-8 (in Notepad: Save As › Encoding: UTF-8)." }),
    example: "judul: { id: \"Caf\\xe9\" }",
  },
  "yaml.missing_field": {
    what: (p) => ({ id: `Isian ${q(p.field)} wajib ada.`, en: `The field ${q(p.field)} is required.` }),
    fix: (p) => ({ id: `Tambahkan ${p.field}: ${p.expected_id}.`, en: `Add ${p.field}: ${p.expected_en}.` }),
    example: "(tanpa satuan:)",
  },
  "yaml.wrong_type": {
    what: (p) => ({ id: `Isian ${q(p.field)} tidak sesuai bentuknya${p.value !== undefined ? ` (tertulis ${q(p.value)})` : ""}.`, en: `The field ${q(p.field)} has the wrong form${p.value !== undefined ? ` (found ${q(p.value)})` : ""}.` }),
    fix: (p) => ({ id: `Yang diharapkan: ${p.expected_id}.`, en: `Expected: ${p.expected_en}.` }),
    example: "satuan: persentase",
  },
  "yaml.unknown_field": {
    what: (p) => ({ id: `Isian ${q(p.field)} tidak dikenal.${maybe(p.suggestion, "Mungkin maksudnya \"%s\"?", "").id}`, en: `Unknown field ${q(p.field)}.${maybe(p.suggestion, "", "Did you mean \"%s\"?").en}` }),
    fix: (p) => ({ id: `Isian yang dikenal: ${p.known}.`, en: `Known fields: ${p.known}.` }),
    example: "satuaan: persen",
  },
  "meta.id_mismatch": {
    what: (p) => ({ id: `id ${q(p.value)} tidak sama dengan nama berkas (${p.expected}).`, en: `The id ${q(p.value)} differs from the file name (${p.expected}).` }),
    fix: (p) => ({ id: `Tulis id: ${p.expected}, atau ganti nama kedua berkas.`, en: `Write id: ${p.expected}, or rename both files.` }),
    example: "id: partisipasi (berkas partisipasi-pelatihan.yml)",
  },
  "meta.band_range": {
    what: (p) => ({ id: `Kategori ${q(p.code)} (${p.from}–${p.to}) keluar dari rentang ${p.min}–${p.max}.`, en: `Band ${q(p.code)} (${p.from}–${p.to}) lies outside the range ${p.min}–${p.max}.` }),
    fix: () => ({ id: "Sesuaikan dari/sampai kategori atau rentang indikator.", en: "Adjust the band's dari/sampai or the indicator's range." }),
    example: "dari: 90, sampai: 120 (rentang [0, 100])",
  },
  "meta.band_overlap": {
    what: (p) => ({ id: `Kategori ${q(p.code)} dan ${q(p.other)} saling tumpang tindih.`, en: `Bands ${q(p.code)} and ${q(p.other)} overlap.` }),
    fix: () => ({ id: "Urutkan kategori dan pastikan batas bawah satu kategori di atas batas atas kategori sebelumnya.", en: "Order the bands so that each starts above the previous one's upper limit." }),
    example: "B 76–88, A 88–100",
  },
  "meta.dim_reserved": {
    what: (p) => ({ id: `Dimensi tidak boleh memakai nama kolom ${q(p.name)}.`, en: `A dimension cannot use the column name ${q(p.name)}.` }),
    fix: () => ({ id: "Pilih nama kolom lain, mis. modalitas.", en: "Choose another column name, e.g. modalitas." }),
    example: "kolom: nilai",
  },
  "meta.dim_duplicate": {
    what: (p) => ({ id: `Dimensi ${q(p.name)} dideklarasikan dua kali.`, en: `The dimension ${q(p.name)} is declared twice.` }),
    fix: () => ({ id: "Hapus salah satu deklarasinya.", en: "Remove one of the declarations." }),
    example: "dimensi: [{kolom: modalitas}, {kolom: modalitas}]",
  },
  "glossary.duplicate": {
    what: (p) => ({ id: `Istilah ${q(p.value)} sudah ada di baris ${p.other}.`, en: `The term ${q(p.value)} is already defined on line ${p.other}.` }),
    fix: () => ({ id: "Satukan kedua entri menjadi satu (huruf besar/kecil dianggap sama), lalu hapus yang lain.", en: "Merge the two entries into one (case is ignored), then delete the other." }),
    example: "- istilah: ASN … - istilah: asn",
  },
  // ── Regions ──────────────────────────────────────────────────────────────
  "regions.bad_code": {
    what: (p) => ({ id: `${q(p.value)} bukan kode wilayah (2 angka untuk provinsi, 4 untuk kabupaten/kota, 6 untuk kecamatan).`, en: `${q(p.value)} is not a region code (2 digits for a province, 4 for a regency/city, 6 for a district).` }),
    fix: () => ({ id: "Format kolomnya sebagai Teks dan tulis kodenya, mis. 1373 atau 13.73.01.", en: "Format the column as Text and write the code, e.g. 1373 or 13.73.01." }),
    example: "1.373",
  },
  "regions.bad_kind": {
    what: (p) => ({ id: `${q(p.value)} bukan jenis wilayah yang sah.`, en: `${q(p.value)} is not a valid region kind.` }),
    fix: () => ({ id: "Tulis provinsi, kota, kabupaten atau kecamatan.", en: "Write provinsi, kota, kabupaten or kecamatan." }),
    example: "Kota",
  },
  "regions.bad_parent": {
    what: (p) => ({ id: `Induk ${q(p.value)} tidak sesuai: ${p.reason_id}.`, en: `The parent ${q(p.value)} is wrong: ${p.reason_en}.` }),
    fix: () => ({ id: "Provinsi tidak punya induk; kabupaten/kota berinduk pada kode provinsi yang ada di berkas ini; kecamatan berinduk pada kode kota/kabupaten yang ada di berkas ini.", en: "A province has no parent; a regency/city has the code of a province listed in this file; a district has the code of a city/regency listed in this file." }),
    example: "1373,Kota Sawahlunto,kota,99",
  },
  "regions.duplicate": {
    what: (p) => ({ id: `Kode ${q(p.value)} sudah dipakai di baris ${p.other}.`, en: `The code ${q(p.value)} is already used on row ${p.other}.` }),
    fix: () => ({ id: "Hapus baris gandanya.", en: "Delete the duplicate row." }),
    example: "1373 (dua kali)",
  },
  "regions.not_official": {
    what: (p) => ({ id: `Kode ${q(p.value)} tidak ada dalam daftar wilayah resmi Kementerian Dalam Negeri.`, en: `The code ${q(p.value)} is not in the Ministry of Home Affairs' official list of regions.` }),
    fix: () => ({ id: "Periksa kodenya pada daftar Kemendagri (Permendagri kode dan data wilayah administrasi); provinsi 2 angka, kabupaten/kota 4, kecamatan 6. Titik boleh ditulis (13.73.01).", en: "Check the code in the Ministry's list (the regulation on administrative region codes); a province has 2 digits, a regency/city 4, a district 6. Dots may be written (13.73.01)." }),
    example: "1399,Kota Contoh,kota,13",
  },
  "regions.kind_level": {
    what: (p) => ({ id: `Jenis ${q(p.kind)} tidak cocok dengan kode ${q(p.value)} (${p.digits} angka adalah ${p.level_id}).`, en: `The kind ${q(p.kind)} does not fit the code ${q(p.value)} (${p.digits} digits is ${p.level_en}).` }),
    fix: () => ({ id: "Provinsi berkode 2 angka, kota dan kabupaten 4 angka, kecamatan 6 angka.", en: "A province has a 2-digit code, a city or regency 4 digits, a district (kecamatan) 6 digits." }),
    example: "137301,Lembah Segar,kota,1373",
  },
  // ── Policy documents ─────────────────────────────────────────────────────
  "policy.no_frontmatter": {
    what: () => ({ id: "Dokumen tidak diawali frontmatter (blok --- … ---).", en: "The document does not start with frontmatter (a --- … --- block)." }),
    fix: () => ({ id: "Awali berkas dengan --- lalu judul, ringkasan, wilayah, jenis, status, tanggal, versi, riwayat, indikator, bahasa, dan tutup dengan ---.", en: "Start the file with --- then judul, ringkasan, wilayah, jenis, status, tanggal, versi, riwayat, indikator, bahasa, and close with ---." }),
    example: "# Judul tanpa frontmatter",
  },
  "policy.unknown_region": {
    what: (p) => ({ id: `Kode wilayah ${q(p.value)} tidak ada di data/regions.csv.`, en: `The region code ${q(p.value)} is not in data/regions.csv.` }),
    fix: () => ({ id: "Pakai kode dari data/regions.csv, dalam tanda kutip, mis. \"1373\".", en: "Use a code from data/regions.csv, quoted, e.g. \"1373\"." }),
    example: "wilayah: \"1374\"",
  },
  "policy.unknown_indicator": {
    what: (p) => ({ id: `Indikator ${q(p.value)} tidak ada.${maybe(p.suggestion, "Mungkin maksudnya \"%s\"?", "").id}`, en: `There is no indicator ${q(p.value)}.${maybe(p.suggestion, "", "Did you mean \"%s\"?").en}` }),
    fix: () => ({ id: "Pakai id dari data/indicators/ (nama berkas tanpa .csv).", en: "Use an id from data/indicators/ (the file name without .csv)." }),
    example: "<Indicator id=\"ikm-2024\" />",
  },
  "policy.rec_unknown_indicator": {
    what: (p) => ({ id: `Rekomendasi ${q(p.rec)} merujuk indikator ${q(p.value)} yang tidak ada.${maybe(p.suggestion, " Mungkin maksudnya \"%s\"?", "").id}`, en: `The recommendation ${q(p.rec)} cites the indicator ${q(p.value)}, which does not exist.${maybe(p.suggestion, "", " Did you mean \"%s\"?").en}` }),
    fix: () => ({ id: "Pakai id dari data/indicators/ (nama berkas tanpa .csv).", en: "Use an id from data/indicators/ (the file name without .csv)." }),
    example: "rekomendasi: [{ id: tatap-muka, indikator: [partisipasi] }]",
  },
  "policy.rec_duplicate": {
    what: (p) => ({ id: `Id rekomendasi ${q(p.value)} dipakai dua kali di dokumen ini.`, en: `The recommendation id ${q(p.value)} is used twice in this document.` }),
    fix: () => ({ id: "Beri setiap rekomendasi id yang berbeda, mis. tatap-muka dan jadwal-bersama.", en: "Give each recommendation its own id, e.g. tatap-muka and jadwal-bersama." }),
    example: "rekomendasi: [{ id: jadwal }, { id: jadwal }]",
  },
  "policy.rec_order": {
    what: (p) => ({ id: `Riwayat status rekomendasi ${q(p.rec)} tidak urut: ${p.reason_id}.`, en: `The status history of the recommendation ${q(p.rec)} is out of order: ${p.reason_en}.` }),
    fix: () => ({ id: "Urutkan status dari yang terlama; entri terakhir adalah keadaan sekarang, dan tidak ada langkah sesudah selesai atau dibatalkan.", en: "List the steps oldest first; the last one is where it stands now, and nothing follows selesai or dibatalkan." }),
    example: "status: [{ status: berjalan, tanggal: 2026-05-01 }, { status: belum_dimulai, tanggal: 2026-03-01 }]",
  },
  "policy.rec_missing_en": {
    what: (p) => ({ id: `Rekomendasi ${q(p.rec)} belum punya ${p.field} (teks bahasa Inggris), padahal dokumen ini punya terjemahan bahasa Inggris.`, en: `The recommendation ${q(p.rec)} has no ${p.field} (English text), but this document has an English translation.` }),
    fix: (p) => ({ id: `Tambahkan ${p.field}: "…" dengan teks bahasa Inggrisnya.`, en: `Add ${p.field}: "…" with the English text.` }),
    example: "teks: \"Pelatihan tatap muka\" tanpa teks_en",
  },
  "policy.response_version": {
    what: (p) => ({ id: `Tanggapan ini ditujukan ke versi ${q(p.value)}, yang tidak ada di riwayat dokumen.`, en: `This response is for version ${q(p.value)}, which is not in the document's riwayat.` }),
    fix: (p) => ({ id: `Pakai salah satu versi di riwayat: ${p.known}.`, en: `Use one of the versions in riwayat: ${p.known}.` }),
    example: "tanggapan: [{ versi: \"0.9\" }]",
  },
  "policy.response_missing_en": {
    what: (p) => ({ id: `Tanggapan ke-${p.n} belum punya ${p.field} (teks bahasa Inggris), padahal dokumen ini punya terjemahan bahasa Inggris.`, en: `Response ${p.n} has no ${p.field} (English text), but this document has an English translation.` }),
    fix: (p) => ({ id: `Tambahkan ${p.field}: "…" dengan teks bahasa Inggrisnya.`, en: `Add ${p.field}: "…" with the English text.` }),
    example: "isi: \"…\" tanpa isi_en",
  },
  "policy.unknown_chart": {
    what: (p) => ({ id: `Jenis grafik ${q(p.value)} tidak dikenal.`, en: `Unknown chart kind ${q(p.value)}.` }),
    fix: (p) => ({ id: `Pakai salah satu dari: ${p.known}.`, en: `Use one of: ${p.known}.` }),
    example: "<Chart id=\"ikm\" jenis=\"pie\" />",
  },
  "policy.component_attr": {
    what: (p) => ({ id: `<${p.tag}> tanpa atribut ${p.attr}.`, en: `<${p.tag}> without the ${p.attr} attribute.` }),
    fix: (p) => ({ id: `Tulis mis. <${p.tag} ${p.attr}="…" />.`, en: `Write e.g. <${p.tag} ${p.attr}="…" />.` }),
    example: "<Indicator />",
  },
  "policy.component_literal": {
    what: (p) => ({ id: `<${p.tag}>: atribut ${p.attr} bukan teks biasa, jadi tidak bisa diperiksa dan digambar saat pembangunan.`, en: `<${p.tag}>: the attribute ${p.attr} is not plain text, so the build cannot check or draw it.` }),
    fix: (p) => ({ id: `Tulis nilainya dalam tanda kutip, mis. <${p.tag} id="ikm" />.`, en: `Write its value in quotes, e.g. <${p.tag} id="ikm" />.` }),
    example: "<Chart id={indikator} />",
  },
  "policy.mdx_syntax": {
    what: (p) => ({ id: `Teks dokumen tidak bisa dibaca sebagai MDX: ${p.reason}`, en: `The document's text cannot be read as MDX: ${p.reason}` }),
    fix: () => ({ id: "Perbaiki baris itu. Di MDX, komentar ditulis {/* … */} (bukan <!-- … -->), tag ditutup (<br />), dan { } hanya untuk kode; tulis \\{ untuk kurung kurawal biasa.", en: "Fix that line. In MDX a comment is written {/* … */} (not <!-- … -->), tags are closed (<br />), and { } are for code only; write \\{ for a literal brace." }),
    example: "<!-- catatan -->",
  },
  "policy.code": {
    what: (p) => ({ id: `Dokumen memuat kode (import/export): ${q(p.text)}. Dokumen kebijakan tidak boleh menjalankan kode.`, en: `The document contains code (import/export): ${q(p.text)}. Policy documents may not run code.` }),
    fix: () => ({ id: "Hapus baris itu. <Indicator> dan <Chart> sudah tersedia tanpa import; teks lain ditulis sebagai Markdown biasa.", en: "Delete that line. <Indicator> and <Chart> are available without an import; everything else is plain Markdown." }),
    example: "import fs from \"node:fs\"",
  },
  "policy.expression": {
    what: (p) => ({ id: `Dokumen memuat ekspresi {…}: ${q(p.text)}. Isi kurung kurawal adalah kode, dan dokumen kebijakan tidak boleh menjalankan kode.`, en: `The document contains a {…} expression: ${q(p.text)}. What is inside braces is code, and policy documents may not run code.` }),
    fix: () => ({ id: "Tulis teks atau angkanya langsung; untuk angka terkini pakai <Indicator id=\"…\" />; atribut ditulis dalam tanda kutip (href=\"…\"); kurung kurawal biasa ditulis \\{; komentar {/* … */} boleh.", en: "Write the text or number itself; for a live figure use <Indicator id=\"…\" />; write attributes in quotes (href=\"…\"); write a literal brace as \\{; comments {/* … */} are fine." }),
    example: "{process.env.HOME}",
  },
  "policy.unknown_component": {
    what: (p) => ({ id: `<${p.tag}> bukan komponen yang dikenal situs.`, en: `<${p.tag}> is not a component the site knows.` }),
    fix: (p) => ({ id: `Komponen yang boleh dipakai: ${p.known}. Periksa ejaannya (huruf besar-kecil), atau tulis teks biasa.`, en: `The components documents may use: ${p.known}. Check the spelling (and capitals), or write plain text.` }),
    example: "<Indikator id=\"ikm\" />",
  },
  "policy.html_tag": {
    what: (p) => ({ id: `Tag HTML <${p.tag}> tidak diizinkan di dokumen kebijakan.`, en: `The HTML tag <${p.tag}> is not allowed in a policy document.` }),
    fix: (p) => ({ id: `Pakai Markdown, atau salah satu tag berikut: ${p.allowed}. Skrip, gaya, meta, base, iframe, formulir dan gambar tidak bisa dipakai.`, en: `Use Markdown, or one of these tags: ${p.allowed}. Scripts, styles, meta, base, iframes, forms and images are not available.` }),
    example: "<iframe src=\"https://contoh.id\" />",
  },
  "policy.attribute": {
    what: (p) => ({ id: `Atribut ${q(p.attr)} tidak diizinkan pada <${p.tag}>.`, en: `The attribute ${q(p.attr)} is not allowed on <${p.tag}>.` }),
    fix: (p) => ({ id: `Hapus atribut itu. Atribut yang boleh: ${p.allowed}. Penangan kejadian (on…) dan style tidak pernah boleh.`, en: `Remove the attribute. Allowed: ${p.allowed}. Event handlers (on…) and style are never allowed.` }),
    example: "<span onclick=\"…\">",
  },
  "policy.url": {
    what: (p) => ({ id: `Alamat ${q(p.value)} memakai skema ${p.scheme}:, yang bisa menjalankan kode atau menyisipkan isi.`, en: `The address ${q(p.value)} uses the ${p.scheme}: scheme, which can run code or smuggle in content.` }),
    fix: () => ({ id: "Tautkan ke alamat https://…, mailto:… atau tel:…, atau ke halaman situs ini (../slug/).", en: "Link to an https://…, mailto:… or tel:… address, or to a page of this site (../slug/)." }),
    example: "[klik](javascript:alert(1))",
  },
  "policy.image": {
    what: (p) => ({ id: `Gambar ${q(p.value)}: dokumen kebijakan tidak bisa memuat gambar (situs hanya menampilkan berkasnya sendiri).`, en: `Image ${q(p.value)}: policy documents cannot show images (the site only loads its own files).` }),
    fix: () => ({ id: "Tampilkan data dengan <Chart id=\"…\" />, atau tautkan gambarnya: [keterangan](https://…).", en: "Show data with <Chart id=\"…\" />, or link to the image: [caption](https://…)." }),
    example: "![grafik](https://contoh.id/grafik.png)",
  },
  "policy.not_utf8": {
    what: () => ({ id: "Dokumen berisi byte yang bukan UTF-8 (biasanya huruf beraksen dari pengodean lama).", en: "The document contains bytes that are not UTF-8 (usually accented letters in an old encoding)." }),
    fix: () => ({ id: "Simpan ulang berkasnya sebagai UTF-8 (di VS Code: klik pengodean di bilah bawah › Save with Encoding › UTF-8), lalu periksa huruf di baris ini.", en: "Save the file again as UTF-8 (in VS Code: click the encoding in the status bar › Save with Encoding › UTF-8), then check the letters on this line." }),
    example: "Caf\\xe9",
  },
  "policy.not_mdx": {
    what: (p) => ({ id: `${q(p.name)} tidak akan dibaca: situs hanya menerbitkan berkas .mdx (huruf kecil) langsung di content/policies/.`, en: `${q(p.name)} would never be read: the site only publishes .mdx files (lowercase) directly in content/policies/.` }),
    fix: (p) => ({ id: `Ganti namanya menjadi ${p.suggestion} bila ini dokumen kebijakan, atau pindahkan berkasnya keluar dari content/policies/.`, en: `Rename it ${p.suggestion} if it is a policy document, or move it out of content/policies/.` }),
    example: "evaluasi-2026.md",
  },
  "policy.duplicate_slug": {
    what: (p) => ({ id: `${q(p.name)} dan ${q(p.other)} sama-sama menjadi dokumen ${q(p.slug)}; hanya satu yang bisa diterbitkan.`, en: `${q(p.name)} and ${q(p.other)} would both be the document ${q(p.slug)}; only one can be published.` }),
    fix: () => ({ id: "Gabungkan isinya ke satu berkas .mdx dan hapus yang lain, atau beri salah satunya nama lain.", en: "Merge them into one .mdx file and delete the other, or give one of them another name." }),
    example: "evaluasi.md + evaluasi.mdx",
  },
  "policy.kept_unknown": {
    what: (p) => ({ id: `${q(p.name)} di content/policy-versions/ bukan nama dokumen: salinan versi lama disimpan dalam folder bernama slug dokumennya.`, en: `${q(p.name)} in content/policy-versions/ is not the name of a document: copies of earlier versions are kept in a folder named after the document's slug.` }),
    fix: (p) => ({ id: `Ganti nama foldernya menjadi slug dokumen (nama berkasnya di content/policies/ tanpa .mdx), salah satu dari: ${p.known}; atau hapus folder itu bila dokumennya sudah tidak ada.`, en: `Rename the folder to the document's slug (its file name in content/policies/ without .mdx), one of: ${p.known}; or delete the folder if the document no longer exists.` }),
    example: "content/policy-versions/evaluasi-solok.mdx",
  },
  "policy.kept_version": {
    what: (p) => ({ id: `${q(p.name)} bukan salinan versi lama dokumen ${q(p.slug)}: nama berkas harus versi yang tercantum di riwayat, selain versi saat ini (${p.current}), diikuti .mdx.`, en: `${q(p.name)} is not a copy of an earlier version of the document ${q(p.slug)}: the file name must be a version listed in its riwayat, other than the current one (${p.current}), followed by .mdx.` }),
    fix: (p) => ({ id: `Beri nama berkas sesuai versinya, salah satu dari: ${p.known}. Versi saat ini tidak perlu disalin: teksnya adalah dokumen itu sendiri.`, en: `Name the file after its version, one of: ${p.known}. The current version needs no copy: its text is the document itself.` }),
    example: "content/policy-versions/evaluasi-pembinaan-asn-solok/versi-0.1.mdx",
  },
  "policy.translation": {
    what: (p) => ({ id: `Terjemahan ${q(p.value)}: ${p.reason_id}.`, en: `Translation ${q(p.value)}: ${p.reason_en}.` }),
    fix: () => ({ id: "terjemahan berisi slug dokumen yang sama dalam bahasa lain, dan dokumen itu menunjuk balik.", en: "terjemahan holds the slug of the same document in the other language, which points back." }),
    example: "terjemahan: tidak-ada",
  },
  "policy.history": {
    what: (p) => ({ id: `Riwayat revisi tidak runtut: ${p.reason_id}.`, en: `The revision history is inconsistent: ${p.reason_en}.` }),
    fix: () => ({ id: "Urutkan riwayat dari yang terlama; entri terakhir memuat versi dan tanggal dokumen ini.", en: "Order riwayat oldest first; its last entry has this document's versi and tanggal." }),
    example: "versi: \"1.2\" tetapi riwayat berhenti di 1.1",
  },
  "policy.uncited": {
    what: (p) => ({ id: `Indikator ${q(p.value)} ditampilkan di teks tetapi tidak tercantum di daftar indikator.`, en: `The indicator ${q(p.value)} is shown in the text but not listed in indikator.` }),
    fix: (p) => ({ id: `Tambahkan ${p.value} ke isian indikator.`, en: `Add ${p.value} to the indikator field.` }),
    example: "indikator: [ikm] + <Indicator id=\"jam-pelatihan\" />",
    severity: "warning",
  },
  // ── Warnings ─────────────────────────────────────────────────────────────
  "warn.overdue": {
    what: (p) => ({ id: `Data indikator ini terlambat: data terbaru ${p.latest}, seharusnya sudah ada ${p.expected}.`, en: `This indicator is overdue: the latest data is ${p.latest}, ${p.expected} should be out by now.` }),
    fix: () => ({ id: "Tambahkan data periode terbaru dan perbarui `diperbarui` di YAML.", en: "Add the latest period's data and update `diperbarui` in the YAML." }),
    example: "frekuensi: tahunan, data terakhir 2023",
    severity: "warning",
  },
  "warn.region_name": {
    what: (p) => ({ id: `Nama ${q(p.value)} berbeda dari nama resmi Kemendagri untuk kode ${p.code}: ${q(p.official)}.`, en: `The name ${q(p.value)} differs from the Ministry's official name for code ${p.code}: ${q(p.official)}.` }),
    fix: (p) => ({ id: `Tulis ${q(p.official)}, atau kosongkan nama_wilayah agar nama resmi dipakai.`, en: `Write ${q(p.official)}, or leave nama_wilayah empty to use the official name.` }),
    example: "1373,Sawahlunto,kota,13",
    severity: "warning",
  },
  "warn.untranslated": {
    what: (p) => ({ id: `Isian ${q(p.field)} belum punya terjemahan bahasa Inggris.`, en: `The field ${q(p.field)} has no English translation yet.` }),
    fix: (p) => ({ id: `Tambahkan en: "…" pada ${p.field}.`, en: `Add en: "…" to ${p.field}.` }),
    example: "judul: { id: \"Cakupan mentoring\" }",
    severity: "warning",
  },
  "warn.policy_untranslated": {
    what: (p) => ({ id: `Dokumen ini belum punya terjemahan ${p.other_id}; pembaca ${p.other_id} hanya melihat versi ${p.lang_id}.`, en: `This document has no ${p.other_en} translation yet; ${p.other_en} readers only see the ${p.lang_en} version.` }),
    fix: (p) => ({ id: `Tulis terjemahannya sebagai dokumen baru dengan bahasa: ${p.other}, lalu isi terjemahan: <slug> di kedua dokumen agar saling menunjuk.`, en: `Write the translation as a new document with bahasa: ${p.other}, then set terjemahan: <slug> in both documents so that they point to each other.` }),
    example: "bahasa: id, tanpa terjemahan",
    severity: "warning",
  },
} satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof CATALOGUE;

/** One problem found in the inputs, located as precisely as the input allows. */
export interface Problem {
  readonly code: ErrorCode;
  /** Path relative to the project root, with `/` separators. */
  readonly file: string;
  /** Spreadsheet row (header = 1) for CSV, or line for YAML/MDX. */
  readonly row?: number;
  readonly line?: number;
  /** Column name (CSV) and its spreadsheet letter. */
  readonly column?: string;
  readonly letter?: string;
  /** Field path (YAML). */
  readonly field?: string;
  readonly params: Params;
}

/** At most `max` problems of one file, then one `file.too_many_errors` saying how many more there are. */
export function capProblems(problems: Problem[], file: string, max = 50): Problem[] {
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), { code: "file.too_many_errors", file, params: { count: problems.length - max } }];
}

export const isWarning = (p: Problem): boolean => (CATALOGUE[p.code] as Entry).severity === "warning";

/** Spreadsheet column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const LOC = {
  id: { row: "baris", line: "baris", column: "kolom", field: "isian", fix: "Perbaikan", warning: "peringatan" },
  en: { row: "row", line: "line", column: "column", field: "field", fix: "Fix", warning: "warning" },
} as const;

/** Where the problem is: `data/indicators/ikm.csv, baris 14, kolom nilai (D)`. */
export function locate(p: Problem, lang: Lang): string {
  const l = LOC[lang];
  const parts = [p.file];
  if (p.row !== undefined) parts.push(`${l.row} ${p.row}`);
  if (p.line !== undefined) parts.push(`${l.line} ${p.line}`);
  if (p.column !== undefined) parts.push(`${l.column} ${p.column}${p.letter ? ` (${p.letter})` : ""}`);
  else if (p.letter !== undefined) parts.push(`${l.column} ${p.letter}`);
  if (p.field !== undefined) parts.push(`${l.field} ${p.field}`);
  return parts.join(", ");
}

export function describe(p: Problem, lang: Lang): { where: string; what: string; fix: string } {
  const e = CATALOGUE[p.code] as Entry;
  return { where: locate(p, lang), what: e.what(p.params)[lang], fix: e.fix(p.params)[lang] };
}

/** One line per problem, as printed by `npm run validate` and `npm run build`. */
export function formatProblem(p: Problem, lang: Lang): string {
  const d = describe(p, lang);
  const tag = isWarning(p) ? `[${LOC[lang].warning}] ` : "";
  return `${tag}${d.where}: ${d.what} ${LOC[lang].fix}: ${d.fix}`;
}

/** Nearest of `candidates` to `word` (Levenshtein), if it is close enough to be a likely typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(w.length / 3));
  return best !== undefined && bestD <= limit && bestD > 0 ? best : best !== undefined && bestD === 0 && best !== word ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
