/**
 * Themes and the indicator index on the built site, both languages: filters by theme and unit are
 * plain links to pre-built pages that exist, each listing exactly the indicators that match
 * (computed here from data/tema.yml, the CSVs and the YAML), the active filter marked
 * aria-current="page"; a region's filter leads to the region's own page, which lists exactly the
 * indicators with data for it, and the region's old filter address points there; theme pages list
 * their theme's indicators.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readPage, siteDist } from "../helpers/site.ts";
import { startTags } from "../helpers/html.ts";
import { element } from "../policies/_helpers.ts";
import { LANGS, P, indicatorIds, local, meta, regions, reportsOn, themes, type Lang } from "./_data.ts";

const dist = siteDist(inject("siteDist"));
const exists = (path: string) => existsSync(join(dist, path.replace(/^\//, ""), "index.html"));
/** Indicator ids of the cards of a page, without repeats, in page order. */
const cardIds = (html: string) => [...new Set([...html.matchAll(/<li class="card indicator-card" data-indicator="([^"]+)"/g)].map((m) => m[1]!))];

const UNIT_EN: Record<string, string> = { persen: "percent", skor: "score", jam: "hours", orang: "people", rasio: "ratio" };
const SEG = { theme: { id: "tema", en: "theme" }, region: { id: "wilayah", en: "region" }, unit: { id: "satuan", en: "unit" } } as const;

interface Filter { facet: keyof typeof SEG; value: string; slug: Record<Lang, string>; expected: string[] }
const filters: Filter[] = [
  ...themes.map((th) => ({ facet: "theme" as const, value: th.id, slug: { id: th.id, en: th.id }, expected: indicatorIds.filter((i) => th.indikator.includes(i)) })),
  ...regions.map((r) => ({ facet: "region" as const, value: r.code, slug: { id: r.code, en: r.code }, expected: indicatorIds.filter((i) => reportsOn(i, r.code)) })),
  ...[...new Set(indicatorIds.map((i) => meta(i).satuan))].map((u) => ({ facet: "unit" as const, value: u, slug: { id: u, en: UNIT_EN[u]! }, expected: indicatorIds.filter((i) => meta(i).satuan === u) })),
];
/** The filter page's address (for a region: the old one, which now points to the region's page). */
const pathOf = (f: Filter, lang: Lang) => `${P.indicators[lang]}${SEG[f.facet][lang]}/${f.slug[lang]}/`;
/** Where a filter's link leads. */
const linkOf = (f: Filter, lang: Lang) => (f.facet === "region" ? `${P.regions[lang]}${f.value}/` : pathOf(f, lang));
/** Indicator ids of a region page's cards, in page order. */
const regionCardIds = (html: string) => [...html.matchAll(/<li class="card region-card" data-indicator="([^"]+)"/g)].map((m) => m[1]!);

describe.each(LANGS)("indicator index (%s)", (lang) => {
  it("the unfiltered index lists every indicator and marks 'all' as current", () => {
    const html = readPage(dist, P.indicators[lang]);
    expect(cardIds(html).sort()).toEqual([...indicatorIds].sort());
    const nav = element(html, /<nav class="filters[^"]*"[^>]*>/)!;
    const current = startTags(nav).filter((t) => t.attrs["aria-current"] === "page");
    expect(current.map((t) => t.attrs.href)).toEqual([P.indicators[lang]]);
  });

  it("offers every filter value as a link to a page that exists", () => {
    const nav = element(readPage(dist, P.indicators[lang]), /<nav class="filters[^"]*"[^>]*>/)!;
    const links = startTags(nav).filter((t) => t.name === "a").map((t) => t.attrs.href!);
    for (const f of filters) {
      if (f.expected.length === 0) {
        expect(links).not.toContain(linkOf(f, lang));
        continue;
      }
      expect(links, `${f.facet}=${f.value}`).toContain(linkOf(f, lang));
      expect(exists(linkOf(f, lang)), linkOf(f, lang)).toBe(true);
      // No link to the region's filtered index any more: its list is the region's page.
      if (f.facet === "region") expect(links).not.toContain(pathOf(f, lang));
    }
    // And nothing but the filters of the data: no form, no script needed.
    expect(nav).not.toMatch(/<(form|select|input|button)[\s>]/);
  });

  for (const f of filters.filter((x) => x.expected.length > 0 && x.facet === "region")) {
    it(`region=${f.value}: its page lists exactly its indicators; the old filter address points to it`, () => {
      expect(regionCardIds(readPage(dist, linkOf(f, lang))).sort()).toEqual([...f.expected].sort());
      const moved = readPage(dist, pathOf(f, lang));
      const refresh = startTags(moved).find((t) => t.name === "meta" && t.attrs["http-equiv"] === "refresh");
      expect(refresh?.attrs.content).toBe(`0; url=${linkOf(f, lang)}`);
      expect(moved).toContain(`<meta name="robots" content="noindex"`);
      const main = element(moved, /<main\b[^>]*>/)!;
      expect(startTags(main).filter((t) => t.name === "a").map((t) => t.attrs.href)).toEqual([linkOf(f, lang)]);
      expect(moved).not.toContain('class="card');
    });
  }

  for (const f of filters.filter((x) => x.expected.length > 0 && x.facet !== "region")) {
    it(`${f.facet}=${f.value} lists exactly the matching indicators, filter marked current`, () => {
      const html = readPage(dist, pathOf(f, lang));
      expect(cardIds(html).sort()).toEqual([...f.expected].sort());
      const nav = element(html, /<nav class="filters[^"]*"[^>]*>/)!;
      const current = startTags(nav).filter((t) => t.attrs["aria-current"] === "page");
      expect(current.map((t) => t.attrs.href)).toEqual([pathOf(f, lang)]);
      // The language switch leads to the same filter in the other language.
      const other: Lang = lang === "id" ? "en" : "id";
      expect(html).toContain(`hreflang="${other}" href="https://`);
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${pathOf(f, other).replace(/\//g, "\\/")}"`));
    });
  }
});

describe.each(LANGS)("themes (%s)", (lang) => {
  it("the themes index links every theme page, each with its indicators", () => {
    const html = readPage(dist, P.themes[lang]);
    for (const th of themes) {
      expect(html).toContain(`href="${P.themes[lang]}${th.id}/"`);
      const section = element(html, new RegExp(`<section[^>]*data-theme="${th.id}"[^>]*>`))!;
      const linked = [...section.matchAll(/href="[^"]*\/(?:indikator|indicators)\/([^/"]+)\/"/g)].map((m) => m[1]);
      expect(linked).toEqual(th.indikator);
    }
  });

  for (const th of themes) {
    it(`/${th.id}/ shows the theme's title and exactly its indicators, in its order`, () => {
      const html = readPage(dist, `${P.themes[lang]}${th.id}/`);
      expect(html).toContain(local(th.judul, lang));
      expect(cardIds(html)).toEqual(th.indikator);
      expect(html).toContain(`href="${P.indicators[lang]}tema/${th.id}/"`.replace("tema/", `${SEG.theme[lang]}/`));
    });
  }
});
