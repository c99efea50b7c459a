/**
 * The version comparison pages of the repository's own BUILT site (tests/global-setup.ts): one per
 * pair of consecutive versions in every document's `riwayat`, in the document's language, linked
 * from its history list; on the sample document whose earlier version is kept
 * (content/policy-versions/), the words known to have changed are marked <ins>/<del>, each with a
 * label for screen readers, in both languages. Expectations come from the documents' frontmatter
 * and the kept copies' text written by hand, not from the page code.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { siteDist, APP } from "../helpers/site.ts";
import { attr, docHref, element, elements, fileFor, projectDocs, text } from "./_helpers.ts";

const dist = siteDist(inject("siteDist"));
const docs = projectDocs(APP);

const page = (path: string): string => {
  const f = fileFor(dist, path);
  if (!f) throw new Error(`not built: ${path}`);
  return readFileSync(f, "utf8");
};
const changesHref = (d: (typeof docs)[number], from: string, to: string) => `${docHref(d)}${d.bahasa === "id" ? "perubahan" : "changes"}/${from}-${to}/`;
const words = (html: string) => text(html).replace(/&#x27;|&#39;/g, "'").trim();

describe("version comparison pages", () => {
  const multi = docs.filter((d) => d.riwayat.length > 1);

  it("the sample has documents with more than one version, in both languages", () => {
    expect(multi.filter((d) => d.bahasa === "id").length).toBeGreaterThan(0);
    expect(multi.filter((d) => d.bahasa === "en").length).toBeGreaterThan(0);
  });

  for (const d of multi) {
    it(`${d.slug}: each version after the first has a comparison page with the one before, linked from the history list`, () => {
      const history = element(page(docHref(d)), /<section class="history"[^>]*>/)!;
      const entries = elements(history, /<li\s[^>]*data-version=[^>]*>/);
      for (const [i, h] of d.riwayat.entries()) {
        const entry = entries.find((e) => attr(e, "data-version") === h.versi)!;
        const links = [...entry.matchAll(/<a class="history-changes" href="([^"]+)"/g)].map((m) => m[1]);
        if (i === 0) {
          expect(links, `${h.versi} is the first version`).toEqual([]);
          continue;
        }
        const prev = d.riwayat[i - 1]!.versi;
        expect(links).toEqual([changesHref(d, prev, h.versi)]);
        const html = page(changesHref(d, prev, h.versi));
        expect(html).toContain(`<html lang="${d.bahasa}"`);
        const main = element(html, /<article class="policy-diff"[^>]*>/)!;
        expect(attr(main, "data-diff-from")).toBe(prev);
        expect(attr(main, "data-diff-to")).toBe(h.versi);
        // Either the two texts compared, or a notice naming the version whose text is missing.
        const compared = main.includes('class="diff-text"');
        const missing = [...main.matchAll(/data-missing="([^"]+)"/g)].map((m) => m[1]);
        expect(compared !== missing.length > 0, `${d.slug} ${prev}-${h.versi}: diff or notice`).toBe(true);
        for (const v of missing) expect([prev, h.versi]).toContain(v);
        // Both versions' dates and notes, linking back to their entries in the history list.
        for (const v of [d.riwayat[i - 1]!, h]) {
          expect(main).toContain(`datetime="${v.tanggal}"`);
          expect(main).toContain(`${docHref(d)}#${d.bahasa === "id" ? "versi" : "version"}-${v.versi.replace(/[^A-Za-z0-9_-]+/g, "-")}`);
        }
      }
    });
  }

  // The kept copies of version 0.1 of the Solok evaluation (written by hand from 0.2) lack the
  // IKM comparison and the section on ASN who do not take part, measure "every year" with three
  // measures, and have three recommendations instead of four.
  const cases = {
    id: { slug: "evaluasi-pembinaan-asn-solok", ins: "Tantangan", del: ["tiga", "tahun", "melayani"], insToo: ["empat", "semester", "berhadapan langsung dengan"], label: { ins: "ditambahkan:", del: "dihapus:" } },
    en: { slug: "evaluation-asn-coaching-solok", ins: "Challenges", del: ["three", "year.", "serve residents."], insToo: ["four", "half-year", "deal with residents face to face."], label: { ins: "inserted:", del: "deleted:" } },
  } as const;
  for (const [lang, c] of Object.entries(cases)) {
    it(`${lang}: the sample comparison marks the known insertions and deletions with <ins>/<del>, each labelled for screen readers`, () => {
      const d = docs.find((x) => x.slug === c.slug)!;
      expect(d.riwayat.map((h) => h.versi).slice(0, 2)).toEqual(["0.1", "0.2"]);
      const html = page(changesHref(d, "0.1", "0.2"));
      const body = element(html, /<div class="diff-text"[^>]*>/)!;
      const ins = elements(body, /<ins\b[^>]*>/);
      const del = elements(body, /<del\b[^>]*>/);
      expect(ins.length).toBeGreaterThan(0);
      expect(del.length).toBeGreaterThan(0);
      // Every mark starts with its visually hidden label.
      for (const e of ins) expect(e).toMatch(new RegExp(`^<ins\\b[^>]*><span class="visually-hidden"[^>]*>${c.label.ins} </span>`));
      for (const e of del) expect(e).toMatch(new RegExp(`^<del\\b[^>]*><span class="visually-hidden"[^>]*>${c.label.del} </span>`));
      const insText = ins.map((e) => words(e).replace(c.label.ins, "").trim());
      const delText = del.map((e) => words(e).replace(c.label.del, "").trim());
      // A whole new section heading, inserted whole.
      const heading = elements(body, /<p class="diff-block diff-heading[^"]*"[^>]*>/).find((p) => words(p).includes(c.ins))!;
      expect(attr(heading, "data-op")).toBe("ins");
      for (const w of c.del) expect(delText.some((x) => x.includes(w)), `deleted: ${w}`).toBe(true);
      for (const w of c.insToo) expect(insText.some((x) => x.includes(w)), `inserted: ${w}`).toBe(true);
      // Unchanged text is printed plain: the objectives' first item is the same in both versions.
      const same = elements(body, /<p class="diff-block diff-item[^"]*"[^>]*>/).filter((p) => attr(p, "data-op") === "same");
      expect(same.length).toBeGreaterThan(0);
      for (const p of same) expect(p).not.toMatch(/<(ins|del)\b/);
    });
  }
});
