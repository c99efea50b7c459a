/**
 * Honest sample content (issue 15, points 5 and 6): documents marked `ilustratif: true` say so at
 * the top while the sample flag (`data_contoh`) is on, in both languages; every sample document
 * has its translation; the phrases the issue names as wrong are gone from the content and the UI;
 * an evaluation is not described as "in force"; a withdrawn document was never a mere draft.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { APP, readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities } from "../helpers/html.ts";
import { element, text } from "./_helpers.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { policyPageView } from "../../src/lib/views/policy.ts";
import { dictionaries } from "../../src/lib/i18n/ui.ts";

const dist = siteDist(inject("siteDist"));
const DIR = join(APP, "content/policies");
const docs = readdirSync(DIR).filter((f) => f.endsWith(".mdx")).map((f) => {
  const src = readFileSync(join(DIR, f), "utf8");
  return { slug: f.replace(/\.mdx$/, ""), src, fm: parseYaml(src.split("---")[1]!) as Record<string, unknown>, body: src.split("---").slice(2).join("---") };
});
const pageOf = (d: (typeof docs)[number]) => (d.fm.bahasa === "en" ? `/en/policies/${d.slug}/` : `/kebijakan/${d.slug}/`);
const plain = (html: string) => decodeEntities(text(html)).replace(/\s+/g, " ").trim();

describe("illustrative documents", () => {
  it("every sample document is marked ilustratif and has a translation that points back", () => {
    expect(docs.length).toBeGreaterThanOrEqual(10);
    const bySlug = new Map(docs.map((d) => [d.slug, d]));
    for (const d of docs) {
      expect(d.fm.ilustratif, d.slug).toBe(true);
      const other = bySlug.get(String(d.fm.terjemahan));
      expect(other, `${d.slug} → ${String(d.fm.terjemahan)}`).toBeDefined();
      expect(other!.fm.terjemahan).toBe(d.slug);
      expect(other!.fm.bahasa).not.toBe(d.fm.bahasa);
    }
  });

  it.each(docs.map((d) => [d.slug, d] as const))("%s says at the top, in its language, that it is illustrative", (_slug, d) => {
    const html = readPage(dist, pageOf(d));
    const notice = element(html, /<p class="notice illustrative"[^>]*>/);
    expect(notice).not.toBeNull();
    const lang = d.fm.bahasa as "id" | "en";
    expect(plain(notice!)).toContain(dictionaries[lang]["policy.illustrative.title"]);
    // Before the body: the notice comes before the first section heading of the document.
    expect(html.indexOf('class="notice illustrative"')).toBeLessThan(html.indexOf("<h2"));
  });

  it("the notice goes when the sample flag is off", () => {
    const v = validateProject(APP, { today: new Date("2026-11-23T00:00:00Z") });
    const site = v.site!;
    const doc = site.policies.find((p) => p.slug === "evaluasi-pengembangan-asn-sawahlunto")!;
    expect(policyPageView(site, doc).illustrative).toBe(true);
    const off = { ...site, config: { ...site.config, data_contoh: false } };
    expect(policyPageView(off, doc).illustrative).toBe(false);
  });
});

describe("wording the issue names", () => {
  const ui = JSON.stringify(dictionaries);
  const content = docs.map((d) => d.src).join("\n");
  it.each([
    "angka langsung", "grafik langsung", "Kebijakan ini karena itu", "memenuhi hak", "kursus berhenti di tengah jalan",
    "ditaruh", "gambaran yang jujur", "dua kali setahun di setiap kecamatan", "Dalam wawancara",
  ])("“%s” is gone from the documents and the UI strings", (phrase) => {
    expect(content.toLowerCase()).not.toContain(phrase.toLowerCase());
    expect(ui.toLowerCase()).not.toContain(phrase.toLowerCase());
  });
  it("the reading time reads “Waktu baca: N menit”, not “N menit membaca”", () => {
    expect(dictionaries.id["policy.readingTime"]).not.toMatch(/membaca/);
    const html = readPage(dist, "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/");
    expect(plain(html)).toMatch(/Waktu baca \d+ menit/);
    expect(plain(html)).not.toMatch(/menit membaca/);
  });
  it("recommendations are not bare commands: no numbered recommendation starts with an imperative verb", () => {
    const imperative = /^\d+\.\s+(\*\*)?(Kembalikan|Susun|Kaitkan|Beri|Terbitkan|Tetapkan|Selenggarakan|Selesaikan|Jadikan|Umumkan|Perluas|Jamin|Lengkapi|Seragamkan)\b/m;
    for (const d of docs.filter((x) => x.fm.bahasa === "id")) expect(d.body, d.slug).not.toMatch(imperative);
  });
});

describe("lifecycle", () => {
  it("an adopted evaluation is explained as a final report, not as in force", () => {
    const html = readPage(dist, "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/");
    const meta = element(html, /<dl class="meta doc-meta"[^>]*>/)!;
    expect(plain(meta)).toContain(dictionaries.id["status.ditetapkan.means.evaluasi"]);
    expect(plain(meta)).not.toContain(dictionaries.id["status.ditetapkan.means"]);
    const en = element(readPage(dist, "/en/policies/evaluation-asn-development-sawahlunto/"), /<dl class="meta doc-meta"[^>]*>/)!;
    expect(plain(en)).not.toMatch(/in force/);
  });
  it("a withdrawn document is not called a draft (rancangan) that was adopted and then withdrawn", () => {
    for (const d of docs.filter((x) => x.fm.status === "dicabut")) {
      expect(String(d.fm.judul)).not.toMatch(/^Rancangan|Draft/i);
      expect(d.body).not.toMatch(/rancangan ini dicabut/i);
    }
  });
});
