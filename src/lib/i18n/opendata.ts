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
  "propose.guide": "Langkah demi langkah: mengusulkan perubahan tanpa memasang apa pun",
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
  "propose.guide": "Step by step: proposing a change with nothing installed",
};

/** The guide's step-by-step for a staff member with nothing installed (docs/DATA.md and the site's guide). */
export const PROPOSE_GUIDE: Record<Lang, { readonly title: string; readonly intro: string; readonly steps: readonly string[]; readonly pictures: string }> = {
  id: {
    title: "Tanpa memasang apa pun: periksa di peramban, usulkan lewat situs repositori",
    intro: "Cara ini hanya perlu peramban dan akun di situs repositori (GitHub, GitLab atau Gitea) yang diberikan pengelola. Tombolnya muncul bila `repositori` diisi di `data/situs.yml`.",
    steps: [
      "Simpan berkas dari Excel sebagai CSV UTF-8 dengan nama `<id>.csv`, mis. `ikm.csv`.",
      "Buka halaman Pemeriksa data (`/pemeriksa-data/`), pilih indikatornya, lalu pilih atau seret berkas itu.",
      "Perbaiki setiap kesalahan yang disebut (baris dan kolomnya ditandai) dan periksa lagi sampai tertulis tidak ada kesalahan; grafik yang akan terbit langsung tampil.",
      "Tekan Usulkan perubahan. Berkas dalam bentuk baku (UTF-8, pemisah koma, desimal titik) terunduh, dan halaman unggah situs repositori untuk folder `data/indicators/` terbuka di tab baru. Masuk dengan akun Anda bila diminta.",
      "Di halaman itu, seret berkas yang baru diunduh (nama yang sama menggantikan berkas lama). Di GitLab, tekan Replace pada halaman berkasnya. Tulis singkat apa yang berubah, pilih membuat cabang baru dan pull request (GitLab: merge request), lalu tekan Propose changes / Commit changes.",
      "Di pull request, pemeriksaan \"Validate data\" berjalan sendiri. Bila ada kesalahan, ia tampil sebagai catatan di baris CSV pada tab Files changed; perbaiki berkasnya, periksa lagi di pemeriksa data, dan unggah ulang ke cabang yang sama.",
      "Bila pemeriksaan hijau, pengelola meninjau dan menekan Merge. Alur kerja \"Deploy\" membangun dan menerbitkan ulang situs dalam beberapa menit (tab Actions); bila pembangunan gagal, situs yang terbit tidak berubah.",
    ],
    pictures: "Gambar langkah 4 dan sesudahnya ada di `docs/screenshots/usulkan-perubahan-1-tombol.png` dan `usulkan-perubahan-2-diunduh.png` (dibuat ulang oleh uji peramban). Halaman situs repositori tidak dipotret: tampilannya milik GitHub, GitLab atau Gitea dan berubah sewaktu-waktu.",
  },
  en: {
    title: "With nothing installed: check in the browser, propose on the repository's site",
    intro: "This needs only a browser and an account on the repository's site (GitHub, GitLab or Gitea) from the maintainer. The button appears when `repositori` is set in `data/situs.yml`.",
    steps: [
      "Save the file from Excel as CSV UTF-8 named `<id>.csv`, e.g. `ikm.csv`.",
      "Open the Data checker (`/en/data-checker/`), choose the indicator, then choose or drop the file.",
      "Fix every error it names (their rows and columns are marked) and check again until it says there are no errors; the charts that would be published appear at once.",
      "Press Propose this change. The file in its normal form (UTF-8, comma-separated, decimal point) is downloaded, and the repository's upload page for the folder `data/indicators/` opens in a new tab. Sign in with your account if asked.",
      "On that page, drop the file you just downloaded (the same name replaces the old file). On GitLab, press Replace on the file's page. Say briefly what changed, choose to create a new branch and a pull request (GitLab: merge request), then press Propose changes / Commit changes.",
      "In the pull request the \"Validate data\" check runs by itself. Any error shows as an annotation on the CSV line in the Files changed tab; fix the file, check it again in the data checker, and upload it again to the same branch.",
      "When the check is green, a maintainer reviews it and presses Merge. The \"Deploy\" workflow rebuilds and republishes the site within minutes (the Actions tab); if the build fails, the published site stays as it was.",
    ],
    pictures: "Pictures of step 4 and after are in `docs/screenshots/usulkan-perubahan-1-tombol.png` and `usulkan-perubahan-2-diunduh.png` (refreshed by the browser test). The repository sites are not pictured: their pages belong to GitHub, GitLab or Gitea and change at any time.",
  },
};

export const openDataDictionaries: Record<Lang, Record<OpenDataKey, string>> = { id, en };

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function ot(lang: Lang, key: OpenDataKey, vars: Record<string, string | number> = {}): string {
  return openDataDictionaries[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
