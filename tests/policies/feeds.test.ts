/**
 * The RSS feeds of policy documents on the BUILT site, one per language: announced on the list
 * page, one item per version in `riwayat` of each listed document (new documents and revisions),
 * newest first, each linking to that version's entry in the document's history.
 * (tests/browser/policies.test.ts parses the same feeds with Chromium's XML parser;
 * tests/build/output.test.ts owns the sitemap.)
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { APP, siteDist } from "../helpers/site.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { attr, docHref, element, fileFor, ids, listedIn, projectDocs } from "./_helpers.ts";

const dist = siteDist(inject("siteDist"));
const docs = projectDocs(APP);
const ORIGIN = "https://terang.example.go.id";

const FEEDS = [
  { lang: "id", list: "/kebijakan/", feed: "/kebijakan/rss.xml" },
  { lang: "en", list: "/en/policies/", feed: "/en/policies/rss.xml" },
] as const;

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decode(m[1]!.replace(/^<!\[CDATA\[|\]\]>$/g, "")) : undefined;
};

describe.each(FEEDS)("RSS feed $feed", ({ lang, list, feed }) => {
  const xml = readFileSync(fileFor(dist, feed)!, "utf8");
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  const listed = listedIn(docs, lang);

  it("is an RSS 2.0 channel in the language, linking to itself and to the list", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(/<rss version="2\.0"/);
    const channel = xml.slice(0, xml.indexOf("<item>"));
    expect(tag(channel, "language")).toBe(lang);
    expect(tag(channel, "link")).toBe(`${ORIGIN}${list}`);
    expect(channel).toContain(`<atom:link href="${ORIGIN}${feed}" rel="self" type="application/rss+xml"/>`);
  });

  it("is announced on the list page", () => {
    const html = readFileSync(fileFor(dist, list)!, "utf8");
    const link = /<link rel="alternate" type="application\/rss\+xml"[^>]*>/.exec(html)![0];
    expect(attr(link, "href")).toBe(feed);
    expect(html).toContain(`href="${feed}"`);
  });

  it("has one item per version of every listed document, newest first, each linking to that version's history entry", () => {
    const expected = listed.flatMap((d) => d.riwayat.map((h, i) => ({ d, h, first: i === 0 })));
    expect(items.length).toBe(expected.length);
    expect(items.length).toBeGreaterThan(listed.length);
    const dates = items.map((i) => new Date(tag(i, "pubDate")!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const { d, h, first } of expected) {
      const item = items.find((i) => tag(i, "link")!.startsWith(`${ORIGIN}${docHref(d)}#`) && tag(i, "title")!.includes(t(lang, "policies.feed.version", { v: h.versi })));
      expect(item, `${d.slug} ${h.versi}`).toBeTruthy();
      expect(tag(item!, "title")).toContain(d.judul);
      // A new document (its first version in `riwayat`, oldest first) or a revision, said up front.
      expect(tag(item!, "title")!.startsWith(`${t(lang, first ? "policies.feed.new" : "policies.feed.revised")}: `), tag(item!, "title")).toBe(true);
      // The description is the note as text, escaped as HTML (feed readers render it as HTML).
      expect(decode(tag(item!, "description")!)).toBe(h.catatan);
      expect(new Date(tag(item!, "pubDate")!).toISOString().slice(0, 10)).toBe(h.tanggal);
      expect(tag(item!, "guid")).toBe(tag(item!, "link"));
      const [, fragment] = tag(item!, "link")!.split("#");
      const page = readFileSync(fileFor(dist, docHref(d))!, "utf8");
      expect(ids(page).has(fragment!), `${docHref(d)}#${fragment}`).toBe(true);
      expect(element(page, new RegExp(`<li id="${fragment}"[^>]*>`))).toContain(`data-version="${h.versi}"`);
    }
  });
});
