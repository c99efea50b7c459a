/**
 * Schemas of the smaller inputs in `data/`: site configuration, glossary and themes.
 */
import { z } from "zod";
import { localText, ID_PATTERN } from "./indicator-meta.ts";

/** The data licence when `data/situs.yml` names none. */
export const DEFAULT_LICENCE = { nama: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

export const siteConfig = z
  .object({
    nama: localText,
    tagline: localText,
    /** Who publishes the data. */
    penerbit: localText,
    /** Contact address for the public (e-mail). */
    kontak: z.string().trim().min(3),
    /** Licence of the data; CC BY 4.0 when the field is left out. */
    lisensi: z.object({ nama: z.string().trim().min(1), url: z.url() }).strict().default(DEFAULT_LICENCE),
    /** Sample data: every page shows an "illustrative figures" notice. Set to false for real data. */
    data_contoh: z.boolean(),
    /** Headline indicators on the home page. */
    utama: z.array(z.string().regex(ID_PATTERN)).min(1),
    /**
     * Where the data are kept, for the checker's "propose this change" button (GitHub, GitLab or
     * Gitea web upload); no button when left out.
     */
    repositori: z
      .object({ host: z.enum(["github", "gitlab", "gitea"]), url: z.url().refine((u) => /^https?:\/\//.test(u)), cabang: z.string().trim().min(1).default("main") })
      .strict()
      .optional(),
  })
  .strict();
export type SiteConfig = z.output<typeof siteConfig>;

export const SITE_FIELD_FORMS = {
  nama: { id: "teks dua bahasa", en: "a bilingual text" },
  tagline: { id: "teks dua bahasa", en: "a bilingual text" },
  penerbit: { id: "teks dua bahasa", en: "a bilingual text" },
  kontak: { id: "alamat surel", en: "an e-mail address" },
  lisensi: { id: "`{ nama: \"CC BY 4.0\", url: \"https://…\" }`; bila tidak diisi: CC BY 4.0", en: "`{ nama: \"CC BY 4.0\", url: \"https://…\" }`; CC BY 4.0 when left out" },
  data_contoh: { id: "`true` (data contoh) atau `false` (data resmi)", en: "`true` (sample data) or `false` (real data)" },
  utama: { id: "daftar id indikator", en: "a list of indicator ids" },
  repositori: { id: "`{ host: github | gitlab | gitea, url: \"https://github.com/pemda/data\", cabang: main }` (opsional; tanpa ini tombol \"Usulkan perubahan\" di pemeriksa data tidak muncul)", en: "`{ host: github | gitlab | gitea, url: \"https://github.com/pemda/data\", cabang: main }` (optional; without it the data checker shows no \"Propose this change\" button)" },
};

export const glossaryEntry = z
  .object({
    istilah: z.string().trim().min(1),
    nama_lengkap: localText.optional(),
    definisi: localText,
  })
  .strict();
export const glossary = z.array(glossaryEntry);
export type GlossaryEntry = z.output<typeof glossaryEntry>;

export const GLOSSARY_FIELD_FORMS = {
  istilah: { id: "istilah, mis. `ASN`", en: "the term, e.g. `ASN`" },
  nama_lengkap: { id: "teks dua bahasa (opsional)", en: "a bilingual text (optional)" },
  definisi: { id: "teks dua bahasa", en: "a bilingual text" },
};

export const theme = z
  .object({
    id: z.string().regex(ID_PATTERN),
    judul: localText,
    deskripsi: localText,
    indikator: z.array(z.string().regex(ID_PATTERN)).min(1),
  })
  .strict();
export const themes = z.array(theme);
export type Theme = z.output<typeof theme>;

export const THEME_FIELD_FORMS = {
  id: { id: "id tema, mis. `kualitas-layanan`", en: "the theme id, e.g. `kualitas-layanan`" },
  judul: { id: "teks dua bahasa", en: "a bilingual text" },
  deskripsi: { id: "teks dua bahasa", en: "a bilingual text" },
  indikator: { id: "daftar id indikator", en: "a list of indicator ids" },
};
