/**
 * Embed pages of the real built site: one per indicator and language, minimal (no header,
 * navigation or footer), with a section per chart (trend, regions compared) that the URL fragment
 * picks, each with its drawing and title, the source and a link back to the indicator page; kept
 * out of the sitemap and the search index. The indicator page offers the <iframe> code of each
 * chart: the embed page's absolute URL with the chart's fragment.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { APP, siteDist } from "../helpers/site.ts";

const dist = siteDist(inject("siteDist"));
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

const indicators = readdirSync(join(APP, "data/indicators"))
  .filter((f) => f.endsWith(".yml"))
  .map((f) => parse(readFileSync(join(APP, "data/indicators", f), "utf8")) as { id: string; judul: { id: string; en?: string }; sumber: { id: string; en?: string } });

const LANGS = [
  { lang: "id", embed: "sematkan", page: "indikator", kinds: ["tren", "perbandingan"] },
  { lang: "en", embed: "en/embed", page: "en/indicators", kinds: ["trend", "comparison"] },
] as const;

const root = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))![1]!);
const abs = (path: string) => new URL(path, root).href;

describe("embed pages", () => {
  for (const L of LANGS) {
    it(`${L.lang}: every indicator has one minimal page with a section per chart, the drawing, title, source and a link back`, () => {
      for (const ind of indicators) {
        const path = `${L.embed}/${ind.id}`;
        const page = html(path);
        // One page per indicator and language: no page per chart.
        expect(readdirSync(join(dist, path)), path).toEqual(["index.html"]);
        const sections = [...page.matchAll(/<section id="([^"]+)" class="embed-chart"[^>]*>([\s\S]*?)<\/section>/g)];
        expect(sections.map((m) => m[1]), path).toEqual([...L.kinds]);
        for (const [, kind, section] of sections) {
          const h = section!;
          const where = `/${path}/#${kind}`;
          expect(/<html lang="([^"]+)"/.exec(page)?.[1], where).toBe(L.lang);
          // Minimal: none of the site's chrome.
          const markup = page.replace(/<style\b[\s\S]*?<\/style>/g, "");
          for (const tag of [/<header\b/, /<nav\b/, /<footer\b/, /class="[^"]*\b(skip|site-header|site-footer|sample-notice)\b/]) expect(markup, `${where} ${tag}`).not.toMatch(tag);
          // The chart: its drawing (SVG with a title), the figure caption and the table view.
          expect(h).toMatch(/<svg\b[^>]*data-chart-svg/);
          expect(h).toMatch(/<figure class="chart-figure"/);
          expect(h).toMatch(/<p class="chart-title"[^>]*>[^<]+<\/p>/);
          expect(h).toMatch(/<table\b/);
          const title = unescape(/<p class="chart-title"[^>]*>([^<]+)<\/p>/.exec(h)![1]!);
          const judul = L.lang === "en" && ind.judul.en ? ind.judul.en : ind.judul.id;
          expect(title).toContain(judul);
          // No download links inside the frame.
          expect(h).not.toContain('class="chart-downloads');
          // Source line, from the indicator's YAML.
          const sumber = L.lang === "en" && ind.sumber.en ? ind.sumber.en : ind.sumber.id;
          expect(unescape(/<p class="embed-source"[^>]*>([\s\S]*?)<\/p>/.exec(page)![1]!.replace(/<[^>]+>/g, ""))).toContain(sumber);
          // A link back to the full indicator page, absolute (the frame lives on another site).
          const back = /<a href="([^"]+)" target="_blank" data-embed-back/.exec(page)?.[1];
          expect(back, where).toBe(abs(`/${L.page}/${ind.id}/`));
          expect(existsSync(join(dist, L.page, ind.id, "index.html"))).toBe(true);
          // Not for search engines, nor for the site's own search.
          expect(page).toMatch(/<meta name="robots" content="noindex">/);
          expect(page).not.toContain("data-pagefind-body");
        }
      }
    });
  }

  it("are left out of the sitemap (which still lists the indicator pages)", () => {
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    expect(sitemap).not.toMatch(/\/(sematkan|embed)\//);
    expect(sitemap).toContain(`<loc>${abs(`/indikator/${indicators[0]!.id}/`)}</loc>`);
  });
});

describe("embed code on indicator pages", () => {
  for (const L of LANGS) {
    it(`${L.lang}: a read-only, labelled text area holds an <iframe> with the absolute URL of an existing embed page; a copy button comes with the script`, () => {
      for (const ind of indicators) {
        const h = html(`${L.page}/${ind.id}`);
        const areas = [...h.matchAll(/<textarea id="([^"]+)"([^>]*)>([^<]*)<\/textarea>/g)];
        expect(areas.length, ind.id).toBe(L.kinds.length);
        for (const [i, [, id, attrs, body]] of areas.entries()) {
          expect(attrs).toMatch(/\sreadonly/);
          expect(h).toMatch(new RegExp(`<label for="${id}"[^>]*>[^<]+</label>`));
          const code = unescape(body!);
          const src = /^<iframe src="([^"]+)" title="([^"]+)"[^>]*><\/iframe>$/.exec(code);
          expect(src, code).not.toBeNull();
          const expected = abs(`/${L.embed}/${ind.id}/`);
          expect(src![1]).toBe(`${expected}#${L.kinds[i]}`);
          expect(existsSync(join(dist, new URL(expected).pathname.slice(root.pathname.length), "index.html"))).toBe(true);
          // The fragment names a chart section of that page.
          expect(html(`${L.embed}/${ind.id}`)).toContain(`<section id="${L.kinds[i]}" class="embed-chart"`);
          // The frame has a title for screen readers.
          expect(src![2]!.length).toBeGreaterThan(5);
        }
        // The copy button is there, hidden until the script can copy.
        expect(h).toMatch(/<button type="button" data-copy hidden[^>]*>[^<]+<\/button>/);
        expect(h).toMatch(/role="status" data-copy-status/);
      }
    });
  }
});
