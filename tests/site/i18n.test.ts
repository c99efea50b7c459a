/**
 * Both languages throughout. The dictionary (src/lib/i18n/ui.ts): the same keys in Indonesian and
 * English, no empty string, the same {placeholders}. The built site: every page's <html lang>
 * matches its URL; every hreflang pair points at a page that exists and points back; the visible
 * language switch goes to that same page.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { siteDist } from "../helpers/site.ts";
import { startTags } from "../helpers/html.ts";
import { pageLang, sitePages, type SitePage } from "../helpers/serve.ts";
import { dictionaries } from "../../src/lib/i18n/ui.ts";

describe("dictionary", () => {
  const id = dictionaries.id as Record<string, string>;
  const en = dictionaries.en as Record<string, string>;

  it("has the same keys in Indonesian and English", () => {
    const missingInEn = Object.keys(id).filter((k) => !(k in en));
    const missingInId = Object.keys(en).filter((k) => !(k in id));
    expect({ missingInEn, missingInId }).toEqual({ missingInEn: [], missingInId: [] });
  });

  it("has no empty string in either language", () => {
    for (const [lang, dict] of Object.entries({ id, en })) {
      const empty = Object.entries(dict).filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
      expect(empty, `empty in ${lang}`).toEqual([]);
    }
  });

  it("uses the same {placeholders} in both languages", () => {
    const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    const differ = Object.keys(id).filter((k) => k in en && holes(id[k]!).join() !== holes(en[k]!).join());
    expect(differ).toEqual([]);
  });
});

describe("languages of the built site", () => {
  const dist = siteDist(inject("siteDist"));
  const pages = sitePages(dist).filter((p) => p.file !== "404.html");
  const html = new Map(pages.map((p) => [p.path, readFileSync(join(dist, p.file), "utf8")]));
  const tagCache = new Map<string, ReturnType<typeof startTags>>();
  const tags = (path: string) => tagCache.get(path) ?? tagCache.set(path, startTags(html.get(path)!)).get(path)!;
  /** The page's alternates: hreflang → site path (`en/about/`). */
  const alternates = (p: SitePage): Map<string, string> => {
    const out = new Map<string, string>();
    for (const t of tags(p.path)) {
      if (t.name === "link" && t.attrs.rel === "alternate" && t.attrs.hreflang) out.set(t.attrs.hreflang, new URL(t.attrs.href!).pathname.replace(/^\//, ""));
    }
    return out;
  };
  const built = (path: string) => existsSync(join(dist, path, path === "" || path.endsWith("/") ? "index.html" : ""));

  it("finds pages of both languages, including the citizens' sections", () => {
    const paths = pages.map((p) => p.path);
    for (const p of ["tema/", "en/themes/", "wilayah/", "en/regions/", "bandingkan/", "en/compare/", "tentang/", "en/about/", "metodologi/", "en/methodology/"]) expect(paths).toContain(p);
  });

  it("gives every page the <html lang> of its URL", () => {
    const wrong = pages.filter((p) => tags(p.path).find((t) => t.name === "html")?.attrs.lang !== pageLang(p)).map((p) => p.path);
    expect(wrong).toEqual([]);
  });

  it("pairs pages with hreflang alternates that exist and point back", () => {
    const problems: string[] = [];
    let paired = 0;
    for (const p of pages) {
      const alt = alternates(p);
      if (alt.size === 0) continue;
      const lang = pageLang(p);
      const other = lang === "id" ? "en" : "id";
      if (alt.get(lang) !== p.path) problems.push(`${p.path}: hreflang=${lang} is ${alt.get(lang)}, not the page itself`);
      const there = alt.get(other);
      if (there === undefined) {
        problems.push(`${p.path}: no hreflang=${other}`);
        continue;
      }
      if (!built(there) || !html.has(there)) {
        problems.push(`${p.path}: hreflang=${other} → /${there} does not exist`);
        continue;
      }
      const back = alternates(pages.find((x) => x.path === there)!).get(lang);
      if (back !== p.path) problems.push(`${p.path} → /${there}, which points back to ${back === undefined ? "nothing" : `/${back}`}`);
      if (alt.get("x-default") !== (lang === "id" ? p.path : there)) problems.push(`${p.path}: x-default is ${alt.get("x-default")}`);
      // The visible switch goes to the same page.
      const sw = tags(p.path).find((t) => t.name === "a" && (t.attrs.class ?? "").split(/\s+/).includes("lang-switch"));
      if (sw?.attrs.href !== `/${there}`) problems.push(`${p.path}: language switch goes to ${sw?.attrs.href}, not /${there}`);
      paired++;
    }
    expect(problems).toEqual([]);
    expect(paired).toBeGreaterThan(pages.length / 2);
  });

  it("pairs every page of the citizens' sections", () => {
    const own = /^(en\/)?(tema|themes|wilayah|regions|bandingkan|compare|tentang|about|metodologi|methodology|indikator|indicators)\/|^(en\/)?$/;
    const unpaired = pages.filter((p) => own.test(p.path) && alternates(p).size === 0).map((p) => p.path);
    expect(unpaired).toEqual([]);
  });
});
