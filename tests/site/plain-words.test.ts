/**
 * Plain words (issue 14, point 5) on the real built site: counts of one are singular, the search
 * index keeps neighbouring figures and words apart and leaves out the headings' "link to this
 * section" text, the footer keeps its spaces, and the about page says "sample data" once.
 */
import { describe, expect, inject, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { siteDist } from "../helpers/site.ts";
import { sitePages } from "../helpers/serve.ts";
import { spacedForIndex } from "../../scripts/search-index.ts";
import { t } from "../../src/lib/i18n/ui.ts";

const dist = siteDist(inject("siteDist"));
const read = (file: string) => readFileSync(join(dist, file), "utf8");
/** A page's text as a reader sees it: tags gone, each tag a word boundary. */
const text = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ").replace(/<[^>]+>/g, " ").replace(/&#39;/g, "'").replace(/\s+/g, " ");

describe("counts", () => {
  it("takes the singular for a count of one, in English", () => {
    expect(t("en", "themes.count", { n: 1 })).toBe("1 indicator");
    expect(t("en", "themes.count", { n: 2 })).toBe("2 indicators");
    expect(t("en", "catalogue.count", { n: 1 })).toBe("1 indicator");
    expect(t("en", "method.lag", { freq: "monthly", n: 1 })).toBe("monthly data, 1 month");
    expect(t("en", "search.count", { count: 1, query: "ikm" })).toBe("1 result for “ikm”");
  });

  it("prints no '1 <plural>' on any English page", () => {
    const bad: string[] = [];
    for (const p of sitePages(dist).filter((p) => p.path.startsWith("en/"))) {
      for (const m of text(read(p.file)).matchAll(/(?<![\d.,])1 (indicators|documents|months|values|results|errors|observations|regions|changes)\b/g)) bad.push(`${p.path}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("search snippets", () => {
  const fragments = () =>
    readdirSync(join(dist, "pagefind", "fragment")).map((f) => JSON.parse(gunzipSync(readFileSync(join(dist, "pagefind", "fragment", f))).subarray(12).toString("utf8")) as { url: string; content: string });

  it("keeps the text of neighbouring elements apart", () => {
    expect(spacedForIndex("<dt>Unit</dt><dd>percent</dd>")).toBe("<dt>Unit</dt> <dd>percent</dd>");
    expect(spacedForIndex("<strong>88,94</strong><span>A</span>")).toBe("<strong>88,94</strong> <span>A</span>");
    expect(spacedForIndex("<p>a<em>b</em>c</p>")).toBe("<p>a<em>b</em>c</p>");
  });

  it("has no number run into a band letter or word, and no heading-anchor text, in any record", () => {
    const all = fragments();
    expect(all.length).toBeGreaterThan(10);
    const bad: string[] = [];
    for (const f of all) {
      for (const m of f.content.matchAll(/.{0,20}(?:\d(?:A|B|C|D|SR|R|S|T|ST) · |#(?:Tautan ke bagian|Link to the section)|\d{4}\d+[,.]\d|(?:Definisi|Definition)[A-Z]).{0,20}/g)) bad.push(`${f.url}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("page frame", () => {
  it("keeps the spaces around the footer's separators", () => {
    for (const file of ["index.html", "en/index.html"]) {
      // Inline tags removed without a space (paragraphs end with one): what a copy of the text gets.
      const footer = /<footer[\s\S]*<\/footer>/.exec(read(file))![0].replace(/<\/p>/g, " ").replace(/<[^>]+>/g, "");
      expect(footer).toMatch(/ · /);
      expect(footer).not.toMatch(/·\S|\S·|\.[A-Z]/);
    }
  });

  it("says 'sample data' once on the about page", () => {
    for (const file of ["en/about/index.html", "tentang/index.html"]) {
      expect(read(file).match(/class="notice[^"]*"/g)?.length ?? 0, file).toBe(1);
    }
  });
});

describe("notes from the data on English pages", () => {
  it("are marked lang=\"id\" in tables and note lists, and only on English pages", () => {
    const en = read("en/indicators/ikm/index.html");
    const notes = [...en.matchAll(/<span class="cell-note"([^>]*)>/g)].map((m) => m[1]);
    expect(notes.length).toBeGreaterThan(3);
    expect(notes.every((a) => a === ' lang="id"')).toBe(true);
    const list = /<div class="chart-notes"[\s\S]*?<\/ol>/.exec(en)![0];
    expect([...list.matchAll(/<li[^>]*>[\s\S]*?<\/li>/g)].every((li) => /<span lang="id"[^>]*>/.test(li[0]))).toBe(true);
    expect(read("indikator/ikm/index.html")).not.toMatch(/class="cell-note" lang=/);
  });

  // data/indicators/capaian-20-jp.csv: Sawahlunto 2024 has catatan_en; the province's 2019/2020 notes have not.
  const EN_NOTE = "From 2024, e-learning certificates from the national learning platform are counted too";
  const ID_NOTE = "Sejak 2024, sertifikat e-learning dari LMS nasional ikut dihitung";
  const ID_ONLY = "Rekap JP per pegawai belum tersedia di tingkat provinsi";

  it("print the English note (catatan_en) unmarked on English pages, in tables and note lists", () => {
    const en = read("en/indicators/capaian-20-jp/index.html");
    expect(en).toContain(`<span class="cell-note">${EN_NOTE}</span>`);
    expect(en).not.toContain(ID_NOTE);
    const list = /<div class="chart-notes"[\s\S]*?<\/ol>/.exec(en)![0];
    expect(list).toContain(`<span>${EN_NOTE}</span>`);
    // A note with no English version stays Indonesian and marked, next to the translated one.
    expect(en).toContain(`<span class="cell-note" lang="id">${ID_ONLY}</span>`);
    expect(list).toMatch(new RegExp(`<span lang="id"[^>]*>${ID_ONLY}</span>`));
  });

  it("print the Indonesian note on Indonesian pages, never the English one", () => {
    const id = read("indikator/capaian-20-jp/index.html");
    expect(id).toContain(`<span class="cell-note">${ID_NOTE}</span>`);
    expect(id).not.toContain(EN_NOTE);
  });

  it("go into the downloads: the English CSV has the English note, the canonical CSV both columns", () => {
    const en = read("data/capaian-20-jp-en.csv");
    expect(en.split("\n")[0]).toBe("year,region_code,region_name,value,note");
    expect(en).toContain(`2024,1373,Sawahlunto City,46.3,"${EN_NOTE}"`);
    expect(en).toContain(`2019,13,West Sumatra,,${ID_ONLY}`);
    const canonical = read("data/capaian-20-jp.csv");
    expect(canonical.split("\n")[0]).toBe("tahun,kode_wilayah,nama_wilayah,nilai,catatan,catatan_en");
    expect(canonical).toContain(`2024,1373,Kota Sawahlunto,46.3,"${ID_NOTE}","${EN_NOTE}"`);
    expect(read("data/ikm.csv").split("\n")[0]).toBe("periode,kode_wilayah,nama_wilayah,nilai,catatan");
  });
});
