/**
 * The fixture site (tests/fixtures/site) built once, on a date AFTER its consultation deadline
 * (TERANG_TODAY=2027-01-05; the real site, built on 2026-11-23, is where pages.test.ts sees it
 * open): the consultation says it is closed and stops inviting comments. The same build checks
 * the glossary marks against the fixture's hand-written cases (first use only, never in a
 * heading, link or code, whole words only), the glossary page, and a withdrawn document.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { t } from "../../src/lib/i18n/ui.ts";
import { formatDate } from "../../src/lib/i18n/format.ts";
import { FIXTURE, attr, buildFixture, docHref, element, elements, fileFor, fixtureDocs, ids, text } from "./_helpers.ts";

const CLOSED_ON = "2027-01-05";
const docs = fixtureDocs();
const glossary = parseYaml(readFileSync(`${FIXTURE}/data/glosarium.yml`, "utf8")) as {
  istilah: string;
  definisi: { id: string; en?: string };
}[];

let dist: string;
const page = (path: string) => readFileSync(fileFor(dist, path)!, "utf8");
const norm = (s: string) => text(s).trim();
const prose = (html: string) => element(html, /<div class="prose"[^>]*>/)!;
/** The marks of a page: the term as written and its tooltip, in document order. */
const marks = (html: string) =>
  elements(prose(html), /<span class="gloss"[^>]*>/).map((m) => ({
    written: norm(element(m, /<a class="gloss-term"[^>]*>/)!),
    tip: element(m, /<span class="gloss-tip"[^>]*>/)!,
    html: m,
  }));
const termOf = (tip: string) => norm(element(tip, /<strong>/)!);

beforeAll(() => {
  ({ dist } = buildFixture({ TERANG_TODAY: CLOSED_ON }));
});

describe(`consultation after its deadline (built on ${CLOSED_ON})`, () => {
  const consultations = docs.filter((d) => d.status === "konsultasi");

  it("the fixture has consultations in both languages whose deadline has passed", () => {
    expect(new Set(consultations.map((d) => d.bahasa))).toEqual(new Set(["id", "en"]));
  });

  it.each(consultations.map((d) => [d.slug, d] as const))("%s says the consultation is closed and no longer asks for comments", (_slug, d) => {
    const html = page(docHref(d));
    const fm = readFileSync(`${FIXTURE}/content/policies/${d.slug}.mdx`, "utf8");
    const deadline = /batas:\s*(\d{4}-\d{2}-\d{2})/.exec(fm)![1]!;
    expect(deadline < CLOSED_ON).toBe(true);
    const section = element(html, /<section class="consultation[^"]*"[^>]*>/)!;
    expect(attr(section, "data-consultation")).toBe("closed");
    expect(norm(section)).toContain(t(d.bahasa, "policy.consultation.closed", { date: formatDate(deadline, d.bahasa) }));
    expect(section).not.toContain("consultation-contact");
    expect(section).not.toContain("mailto:");
    // The status stays what the document says; only the invitation closes.
    expect(element(html, /<dl class="meta doc-meta"[^>]*>/)).toContain('data-status="konsultasi"');
  });
});

describe("glossary marks in the fixture documents", () => {
  it("marks every glossary term used in konsultasi-uji exactly once, at its first use in running text", () => {
    const html = page("/kebijakan/konsultasi-uji/");
    const found = marks(html);
    expect(found.map((m) => termOf(m.tip)).sort()).toEqual(glossary.map((g) => g.istilah).sort());
    // As written in the text, case kept: `Diklat` opens a sentence, `Pelatihan daring` too.
    const written = new Map(found.map((m) => [termOf(m.tip), m.written]));
    expect(written.get("diklat")).toBe("Diklat");
    expect(written.get("pelatihan daring")).toBe("Pelatihan daring");
    // Each definition is the Indonesian one, tied to its mark for screen readers.
    for (const m of found) {
      const entry = glossary.find((g) => g.istilah === termOf(m.tip))!;
      expect(norm(m.tip)).toContain(entry.definisi.id);
      expect(attr(element(m.html, /<a class="gloss-term"[^>]*>/)!, "aria-describedby")).toBe(attr(m.tip, "id"));
      expect(attr(m.tip, "role")).toBe("tooltip");
    }
  });

  it("leaves headings, links, code, second uses and parts of words unmarked", () => {
    const body = prose(page("/kebijakan/konsultasi-uji/"));
    for (const h of elements(body, /<h[23]\b[^>]*>/)) expect(h, h).not.toContain("gloss");
    expect(body).toContain("<code>ASN</code>");
    expect(element(body, /<a href="https:\/\/example\.org\/ikm"[^>]*>/)).toBe('<a href="https://example.org/ikm">IKM</a>');
    const plain = norm(body.replace(/<span class="gloss">[\s\S]*?<\/span><\/span>/g, " "));
    expect(plain).toContain("non-ASN");
    expect(plain).toContain("IKMnya");
    // The first ASN is the marked one: it comes before the code sample of the same word.
    expect(body.indexOf('class="gloss"')).toBeLessThan(body.indexOf("<code>ASN</code>"));
  });

  it("uses English definitions in an English document, and marks an untranslated one as Indonesian", () => {
    const found = marks(page("/en/policies/consultation-test/"));
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      const entry = glossary.find((g) => g.istilah === termOf(m.tip))!;
      if (entry.definisi.en) {
        expect(norm(m.tip)).toContain(entry.definisi.en);
        expect(attr(m.tip, "lang")).toBeUndefined();
      } else {
        expect(norm(m.tip)).toContain(entry.definisi.id);
        expect(attr(m.tip, "lang")).toBe("id");
      }
    }
    expect(found.some((m) => attr(m.tip, "lang") === "id"), "IP ASN has no English definition in the fixture").toBe(true);
  });

  it.each([
    ["id", "/glosarium/"],
    ["en", "/en/glossary/"],
  ] as const)("the %s glossary page lists every term with its definition, at the anchor the marks link to", (lang, path) => {
    const html = page(path);
    const pageIds = ids(html);
    for (const g of glossary) expect(norm(html)).toContain(lang === "en" && g.definisi.en ? g.definisi.en : g.definisi.id);
    const doc = page(lang === "id" ? "/kebijakan/konsultasi-uji/" : "/en/policies/consultation-test/");
    for (const m of marks(doc)) {
      const href = attr(element(m.html, /<a class="gloss-term"[^>]*>/)!, "href")!;
      expect(href.startsWith(`${path}#`), href).toBe(true);
      expect(pageIds.has(href.split("#")[1]!), href).toBe(true);
    }
  });
});

describe("a withdrawn document", () => {
  it("says it is no longer in force, above its content", () => {
    const d = docs.find((x) => x.status === "dicabut")!;
    const html = page(docHref(d));
    const notice = element(html, /<div class="notice revoked"[^>]*>/)!;
    expect(norm(notice)).toContain(t("id", "policy.revoked.title"));
    expect(html.indexOf('class="notice revoked"')).toBeLessThan(html.indexOf('class="prose"'));
    expect(element(html, /<dl class="meta doc-meta"[^>]*>/)).toContain('data-status="dicabut"');
  });
});
