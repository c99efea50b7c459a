/**
 * The policy pages of the repository's own BUILT site (tests/global-setup.ts), checked against
 * the documents' frontmatter and the indicator CSVs read here, not against the page code:
 * lists and filters as links, status and what it means, version, history, table of contents,
 * footnotes, language switch, live indicator figures, evidence both ways, open consultation and
 * glossary marks.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { APP, TODAY, siteDist } from "../helpers/site.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { formatDate } from "../../src/lib/i18n/format.ts";
import {
  attr,
  citedIds,
  docHref,
  element,
  elements,
  expectedBand,
  expectedTarget,
  fileFor,
  ids,
  indicatorYaml,
  listedIn,
  observedValues,
  projectDocs,
  shownNumber,
  text,
} from "./_helpers.ts";

const dist = siteDist(inject("siteDist"));
const docs = projectDocs(APP);
const LANGS = ["id", "en"] as const;
type Lang = (typeof LANGS)[number];

const page = (path: string): string => {
  const f = fileFor(dist, path);
  if (!f) throw new Error(`not built: ${path}`);
  return readFileSync(f, "utf8");
};
const built = (path: string) => fileFor(dist, path) !== null;
const listHref = (lang: Lang) => (lang === "id" ? "/kebijakan/" : "/en/policies/");
const indicatorHref = (lang: Lang, id: string) => (lang === "id" ? `/indikator/${id}/` : `/en/indicators/${id}/`);
const regionNames = new Map(
  readFileSync(`${APP}/data/regions.csv`, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(",") as [string, string]),
);
const norm = (s: string) => text(s).trim();
/** The HTML-escaped form of a frontmatter text, as Astro writes it. */
const unescaped = (html: string) => text(html).replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe("the built site's policy documents", () => {
  it("has the documents this test reads, in both languages and in every status the content uses", () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(docs.map((d) => d.bahasa))).toEqual(new Set(["id", "en"]));
    expect(docs.some((d) => d.status === "konsultasi")).toBe(true);
    for (const d of docs) expect(built(docHref(d)), docHref(d)).toBe(true);
  });
});

describe.each(LANGS)("policy list /%s", (lang) => {
  const html = page(listHref(lang));
  const listed = listedIn(docs, lang);

  it("shows every document of the language (and untranslated ones of the other) with title, summary, status, kind, region, date and version", () => {
    const cards = elements(html, /<li class="card"[^>]*data-slug="[^"]+"[^>]*>/);
    expect(cards.map((c) => attr(c, "data-slug")).sort()).toEqual(listed.map((d) => d.slug).sort());
    for (const d of listed) {
      const card = cards.find((c) => attr(c, "data-slug") === d.slug)!;
      const words = unescaped(card);
      expect(words, d.slug).toContain(d.judul);
      expect(words, d.slug).toContain(d.ringkasan.slice(0, 40));
      expect(card, d.slug).toContain(`data-status="${d.status}"`);
      expect(words, d.slug).toContain(t(lang, `status.${d.status}` as never));
      expect(words, d.slug).toContain(t(lang, `kind.${d.jenis}` as never));
      expect(words, d.slug).toContain(regionNames.get(d.wilayah)!);
      expect(card, d.slug).toContain(`datetime="${d.tanggal}"`);
      expect(words, d.slug).toContain(formatDate(d.tanggal, lang));
      expect(words, d.slug).toMatch(new RegExp(`\\s${d.versi.replace(".", "\\.")}\\b`));
      expect(attr(element(card, /<a\s[^>]*href=/)!, "href"), d.slug).toBe(docHref(d));
    }
  });

  it("filters by status, region, kind and year with plain links to built pages that list exactly the matching documents", () => {
    const nav = element(html, /<nav class="filters[^"]*"[^>]*>/)!;
    expect(nav).toBeTruthy();
    // No form controls: the filters work with JavaScript off.
    expect(nav).not.toMatch(/<(form|select|input|button)\b/);
    const valueOf = { status: (d: (typeof docs)[number]) => d.status, region: (d: (typeof docs)[number]) => d.wilayah, kind: (d: (typeof docs)[number]) => d.jenis, year: (d: (typeof docs)[number]) => d.tanggal.slice(0, 4) };
    for (const facet of ["status", "region", "kind", "year"] as const) {
      const items = elements(nav, new RegExp(`<li[^>]*data-facet="${facet}"[^>]*>`));
      expect(items.length, facet).toBeGreaterThan(0);
      // Every value any listed document has is offered.
      const values = new Set(listed.map(valueOf[facet]));
      for (const v of values) expect(items.some((i) => attr(i, "data-value") === v), `${facet}=${v}`).toBe(true);
      for (const item of items) {
        const value = attr(item, "data-value")!;
        const expected = listed.filter((d) => valueOf[facet](d) === value).map((d) => d.slug).sort();
        expect(norm(item), `${facet}=${value}`).toMatch(new RegExp(`\\(${expected.length}\\)$`));
        const link = element(item, /<a\s[^>]*>/);
        if (expected.length === 0) {
          expect(link, `${facet}=${value} has no document, so no link`).toBeNull();
          continue;
        }
        const href = attr(link!, "href")!;
        expect(href.startsWith(listHref(lang)), href).toBe(true);
        const filteredPage = page(href);
        const shown = elements(filteredPage, /<li class="card"[^>]*>/).map((c) => attr(c, "data-slug")).sort();
        expect(shown, `${href}`).toEqual(expected);
        // The filter page marks its own link as current.
        const current = element(element(filteredPage, /<nav class="filters[^"]*"[^>]*>/)!, /<a\s[^>]*aria-current="page"[^>]*>/)!;
        expect(attr(current, "href")).toBe(href);
      }
    }
  });
});

describe.each(docs.map((d) => [d.slug, d] as const))("document page %s", (_slug, d) => {
  const lang = d.bahasa;
  const html = page(docHref(d));
  const pageIds = ids(html);
  const prose = element(html, /<div class="prose"[^>]*>/)!;

  it("shows its status with what the status means", () => {
    const meta = element(html, /<dl class="meta doc-meta"[^>]*>/)!;
    expect(meta).toContain(`data-status="${d.status}"`);
    const means = element(meta, /<span class="status-means"[^>]*>/)!;
    // An adopted evaluation is a final report, not a rule that takes effect.
    const key = d.jenis === "evaluasi" && d.status === "ditetapkan" ? "status.ditetapkan.means.evaluasi" : `status.${d.status}.means`;
    expect(norm(means)).toBe(t(lang, key as never));
  });

  it("shows its version and date, and a reading time", () => {
    const version = element(html, /<dd class="doc-version"[^>]*>/)!;
    expect(norm(version)).toContain(d.versi);
    expect(version).toContain(`datetime="${d.tanggal}"`);
    // The words a reader reads: the source text without its MDX tags and markdown marks.
    const words = d.body.replace(/<[^>]+>/g, " ").replace(/[#*_|`>[\]^-]+/g, " ").split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const minutes = shownNumber(norm(element(html, /<dd class="[^"]*doc-reading[^"]*"[^>]*>/)!), lang);
    expect(Number.isInteger(minutes) && minutes >= 1, `reading time ${minutes}`).toBe(true);
    // About 200 words a minute.
    expect(Math.abs(minutes - Math.max(1, words / 200)), `${minutes} min for ${words} words`).toBeLessThanOrEqual(1);
  });

  it("lists its revision history from `riwayat`, newest first, each entry linkable", () => {
    const entries = elements(element(html, /<section class="history"[^>]*>/)!, /<li\s[^>]*data-version=[^>]*>/);
    expect(entries.map((e) => attr(e, "data-version"))).toEqual([...d.riwayat].reverse().map((h) => h.versi));
    for (const [i, h] of [...d.riwayat].reverse().entries()) {
      expect(entries[i]).toContain(`datetime="${h.tanggal}"`);
      expect(unescaped(entries[i]!)).toContain(h.catatan);
      expect(attr(entries[i]!, "id")).toMatch(/^(versi|version)-/);
    }
  });

  it("has a table of contents whose every link resolves to a heading, and every section heading is in it", () => {
    const toc = element(html, /<nav class="toc[^"]*"[^>]*>/)!;
    const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(pageIds.has(id), `#${id}`).toBe(true);
    const headingIds = [...prose.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(headingIds.length).toBeGreaterThan(0);
    expect(links).toEqual(headingIds);
    // Each heading links to itself.
    for (const id of headingIds) expect(prose, id).toContain(`class="heading-anchor" href="#${id}"`);
  });

  it("links footnote references and back-references to targets on the page", () => {
    const refs = [...prose.matchAll(/<a href="#([^"]+)"[^>]*data-footnote-ref/g)].map((m) => m[1]!);
    const backs = [...prose.matchAll(/<a href="#([^"]+)"[^>]*data-footnote-backref/g)].map((m) => m[1]!);
    expect(refs.length, "every sample document cites its sources in footnotes").toBeGreaterThan(0);
    expect(backs.length).toBe(refs.length);
    for (const id of [...refs, ...backs]) expect(pageIds.has(id), `#${id}`).toBe(true);
    expect(norm(element(prose, /<h2[^>]*id="footnote-label"[^>]*>/)!)).toBe(t(lang, "policy.footnotes"));
  });

  it("switches to its translation when there is one, and says so clearly when there is none", () => {
    const other: Lang = lang === "id" ? "en" : "id";
    const translation = d.terjemahan ? docs.find((x) => x.slug === d.terjemahan) : undefined;
    if (translation) {
      const a = element(html, /<a class="translation"[^>]*>/)!;
      expect(attr(a, "href")).toBe(docHref(translation));
      expect(attr(a, "hreflang")).toBe(other);
      expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="https://terang.example.go.id${docHref(translation)}"`);
      // …and the translation points back.
      expect(attr(element(page(docHref(translation)), /<a class="translation"[^>]*>/)!, "href")).toBe(docHref(d));
    } else {
      expect(html).not.toContain('class="translation"');
      expect(norm(element(html, /<span class="no-translation"[^>]*>/)!)).toContain(t(lang, "policy.noTranslation"));
      expect(html).not.toMatch(/<link rel="alternate" hreflang=/);
    }
  });

  it("shows every live indicator with the latest value from the CSV, its band and target status, a sparkline and a link", () => {
    const embeds = [...d.body.matchAll(/<Indicator\b[^>]*\sid="([^"]+)"[^>]*\swilayah="([^"]+)"/g)].map((m) => ({ id: m[1]!, region: m[2]! }));
    const asides = elements(prose, /<aside class="live-indicator"[^>]*>/);
    expect(asides.map((a) => `${attr(a, "data-indicator")}@${attr(a, "data-region")}`)).toEqual(embeds.map((e) => `${e.id}@${e.region}`));
    for (const [i, e] of embeds.entries()) {
      const aside = asides[i]!;
      const meta = indicatorYaml(APP, e.id);
      const series = observedValues(APP, e.id, e.region);
      const last = series.at(-1)!;
      const item = element(aside, /<li data-region="[^"]+"[^>]*>/)!;
      expect(attr(item, "data-region")).toBe(e.region);
      const shown = shownNumber(norm(element(item, /<strong class="li-value"[^>]*>/)!), lang);
      expect(Math.abs(shown - last.value), `${e.id}@${e.region}: page ${shown}, CSV ${last.value} (${last.period})`).toBeLessThanOrEqual(0.005);
      expect(norm(element(item, /<span class="li-region"[^>]*>/)!)).toContain(last.period.slice(0, 4));
      const band = expectedBand(meta, last.value);
      if (band) expect(item).toContain(`data-band="${band}"`);
      else expect(item).not.toContain("data-band=");
      const target = expectedTarget(meta, last.value);
      if (target) expect(item).toMatch(new RegExp(`class="badge ${target}"`));
      expect(item).toMatch(/<svg[^>]*class="chart-svg chart-sparkline"/);
      const link = attr(element(aside, /<a\s[^>]*href=/)!, "href")!;
      expect(link).toBe(indicatorHref(lang, e.id));
      expect(built(link), link).toBe(true);
    }
  });

  it("draws every embedded <Chart> at build time, of the kind the document asks for", () => {
    const embeds = [...d.body.matchAll(/<Chart\b([^>]*)\/>/g)].map((m) => ({ id: /\sid="([^"]+)"/.exec(m[1]!)![1]!, kind: /\sjenis="([^"]+)"/.exec(m[1]!)?.[1] ?? "tren" }));
    const charts = elements(prose, /<div class="doc-chart"[^>]*>/);
    expect(charts.length).toBe(embeds.length);
    for (const [i, e] of embeds.entries()) {
      expect(charts[i], `${e.id} ${e.kind}`).toMatch(new RegExp(`<svg[^>]*class="chart-svg chart-${e.kind}\\b`));
      expect(charts[i]).toContain(`${e.id}`);
    }
  });

  it("lists the indicators it relies on, with the latest figure for its region, each linked", () => {
    const cited = element(html, /<section class="cited"[^>]*>/)!;
    const items = elements(cited, /<li data-indicator="[^"]+"[^>]*>/);
    expect(items.map((i) => attr(i, "data-indicator"))).toEqual(d.indikator);
    for (const item of items) {
      const id = attr(item, "data-indicator")!;
      expect(attr(element(item, /<a\s[^>]*>/)!, "href")).toBe(indicatorHref(lang, id));
      const own = observedValues(APP, id, d.wilayah);
      if (own.length > 0) {
        const figure = element(item, /<span class="cited-figure"[^>]*>/)!;
        expect(norm(figure)).toContain(regionNames.get(d.wilayah)!);
        expect(Math.abs(shownNumber(norm(element(figure, /<strong[^>]*>/)!), lang) - own.at(-1)!.value)).toBeLessThanOrEqual(0.005);
      }
    }
  });

  it("marks each glossary term at most once, with a definition tied to the mark and a link into the glossary page", () => {
    const marks = elements(prose, /<span class="gloss"[^>]*>/);
    const terms = marks.map((m) => attr(element(m, /<a class="gloss-term"[^>]*>/)!, "href")!);
    expect(new Set(terms).size, terms.join(" ")).toBe(terms.length);
    expect(marks.length, "every sample document uses some glossary terms").toBeGreaterThan(0);
    const glossary = page(lang === "id" ? "/glosarium/" : "/en/glossary/");
    const glossaryIds = ids(glossary);
    for (const m of marks) {
      const a = element(m, /<a class="gloss-term"[^>]*>/)!;
      const tip = element(m, /<span class="gloss-tip"[^>]*>/)!;
      expect(attr(a, "aria-describedby")).toBe(attr(tip, "id"));
      expect(a).toMatch(/<dfn>/);
      expect(norm(tip).length).toBeGreaterThan(10);
      const [path, frag] = attr(a, "href")!.split("#");
      expect(path).toBe(lang === "id" ? "/glosarium/" : "/en/glossary/");
      expect(glossaryIds.has(frag!), frag).toBe(true);
    }
  });

  it("prints with its status, version and address and without navigation", () => {
    expect(norm(element(html, /<dd class="print-only doc-url"[^>]*>/)!)).toBe(`https://terang.example.go.id${docHref(d)}`);
    expect(element(html, /<p class="print-only printed-from"[^>]*>/)).toContain(docHref(d));
    for (const cls of ["crumbs", "doc-lang", "toc"]) expect(html).toMatch(new RegExp(`class="${cls} no-print"`));
  });
});

describe("evidence both ways", () => {
  const cites = new Map(docs.map((d) => [d.slug, citedIds(d)]));
  const indicatorIds = [...new Set(docs.flatMap((d) => [...citedIds(d)]))];

  it.each(LANGS)("each indicator page (%s) lists exactly the documents of its list that cite it", (lang) => {
    const listed = listedIn(docs, lang);
    let links = 0;
    for (const id of indicatorIds) {
      const html = page(indicatorHref(lang, id));
      for (const d of listed) {
        const linked = html.includes(`href="${docHref(d)}"`);
        expect(linked, `${indicatorHref(lang, id)} → ${d.slug}`).toBe(cites.get(d.slug)!.has(id));
        if (linked) links++;
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});

describe("public consultation on the build date", () => {
  const consultations = docs.filter((d) => d.status === "konsultasi");

  it("shows the deadline and where to send comments while it is open, and nothing of the kind on other documents", () => {
    let open = 0;
    for (const d of docs) {
      const html = page(docHref(d));
      const section = element(html, /<section class="consultation[^"]*"[^>]*>/);
      if (d.status !== "konsultasi") {
        expect(section, d.slug).toBeNull();
        continue;
      }
      expect(section, d.slug).toBeTruthy();
      const batas = d.konsultasi?.batas;
      const isOpen = !batas || TODAY <= batas;
      expect(attr(section!, "data-consultation")).toBe(isOpen ? "open" : "closed");
      if (!isOpen) continue;
      open++;
      if (batas) expect(section).toContain(`<time datetime="${batas}"`);
      const contact = attr(element(section!, /<a class="consultation-contact"[^>]*>/)!, "href")!;
      const siteContact = /kontak:\s*"([^"]+)"/.exec(readFileSync(`${APP}/data/situs.yml`, "utf8"))![1]!;
      const expected = d.konsultasi?.kontak ?? `mailto:${siteContact}`;
      const address = expected.includes(":") ? expected : `mailto:${expected}`;
      // A mail link carries the document and its version in the subject.
      expect(contact).toBe(address.startsWith("mailto:") ? `${address}?subject=${encodeURIComponent(`${d.judul} (${d.bahasa === "en" ? "version" : "versi"} ${d.versi})`)}` : address);
    }
    expect(consultations.length).toBeGreaterThan(0);
    expect(open, `the sample content has a consultation open on ${TODAY}`).toBeGreaterThan(0);
  });
});
