/**
 * The search index and the search pages of the real built site: a Pagefind index per language
 * holding exactly the indicator pages, the policy documents, one record per glossary term and one
 * per region page; page chrome (navigation, footer), chart drawings, chart summaries and embed code
 * kept out of it; the search
 * pages with a real form, a live region, a no-JavaScript fallback, and the CSP they need.
 */
import { describe, expect, inject, it } from "vitest";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "yaml";
import { APP, TODAY, siteDist } from "../helpers/site.ts";
import { pageLang, sitePages } from "../helpers/serve.ts";
import { dictionaries } from "../../src/lib/i18n/ui.ts";
import { createHash } from "node:crypto";
import { globSync } from "node:fs";
import * as pagefind from "pagefind";
import { SEARCH_EXCLUDE, SEARCH_GLOB, dropElements, forIndex, mergeIndexFiles, sortedEntry, spacedForIndex, writeSearchIndex, PER_LANGUAGE_FROM } from "../../scripts/search-index.ts";
import { validateProject } from "../../src/lib/data/project.ts";

const dist = siteDist(inject("siteDist"));
const html = (file: string) => readFileSync(join(dist, file), "utf8");
const tags = (h: string, name: string) => [...h.matchAll(new RegExp(`<${name}\\b[^>]*>`, "gi"))].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>/])`, "i").exec(tag);

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
/** Every record in the published index: Pagefind fragments are gzip with a `pagefind_dcd` signature. */
function fragments(): Fragment[] {
  const dir = join(dist, "pagefind", "fragment");
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f)));
    expect(raw.subarray(0, 12).toString()).toBe("pagefind_dcd");
    return JSON.parse(raw.subarray(12).toString("utf8")) as Fragment;
  });
}

const indicatorIds = readdirSync(join(APP, "data/indicators")).filter((f) => f.endsWith(".yml")).map((f) => f.replace(/\.yml$/, ""));
const glossary = parse(readFileSync(join(APP, "data/glosarium.yml"), "utf8")) as { istilah: string }[];

describe("search index (Pagefind, built after the site)", () => {
  const pages = sitePages(dist);
  const indexed = pages.filter((p) => /<main\b[^>]*\sdata-pagefind-body/.test(html(p.file)));
  /** The built region pages (one per region and language) and the name each one's heading gives. */
  const regionPages = pages
    .filter((p) => /^(wilayah|en\/regions)\/[^/]+\/$/.test(p.path))
    .map((p) => ({ ...p, name: /<h1\b[^>]*>([^<]+)<\/h1>/.exec(html(p.file))![1]! }));

  it("is published with its script, one index per language and nothing of Pagefind's own UI", () => {
    expect(existsSync(join(dist, "pagefind/pagefind.js"))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number; wasm: string }> };
    // In code order, not Pagefind's hash-map order (scripts/search-index.ts): the same site, the same bytes.
    expect(Object.keys(entry.languages)).toEqual(["en", "id"]);
    for (const lang of ["id", "en"] as const) {
      // Pages of that language that opted in, plus one record per glossary term and per region page.
      const expected = indexed.filter((p) => pageLang(p) === lang).length + glossary.length + regionPages.filter((p) => pageLang(p) === lang).length;
      expect(entry.languages[lang]!.page_count, lang).toBe(expected);
      expect(existsSync(join(dist, `pagefind/wasm.${entry.languages[lang]!.wasm}.pagefind`))).toBe(true);
    }
    const files = readdirSync(join(dist, "pagefind"));
    expect(files.filter((f) => /ui\.(js|css)$|highlight/.test(f))).toEqual([]);
  });

  it("indexes every indicator page and policy document in both languages, and no other page", () => {
    const paths = indexed.map((p) => p.path).sort();
    for (const id of indicatorIds) {
      expect(paths).toContain(`indikator/${id}/`);
      expect(paths).toContain(`en/indicators/${id}/`);
    }
    const docs = pages.filter((p) => /^(en\/policies|kebijakan)\/[^/]+\/$/.test(p.path) && /<article class="policy"/.test(html(p.file)));
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(paths).toContain(d.path);
    const others = paths.filter((p) => !/^(indikator|en\/indicators|kebijakan|en\/policies)\/[^/]+\/$/.test(p));
    expect(others).toEqual([]);
  });

  it("holds one record per page and per glossary term, at the term's anchor on the glossary page", () => {
    const urls = fragments().map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const p of indexed) expect(urls).toContain(`/${p.path}`);
    for (const g of glossary) {
      const anchor = g.istilah.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
      expect(urls).toContain(`/glosarium/#${anchor}`);
      expect(urls).toContain(`/en/glossary/#${anchor}`);
      // The anchor exists on the page it points to.
      expect(html("glosarium/index.html")).toContain(`id="${anchor}"`);
    }
  });

  it("holds one record per region page, titled with the region's name, so a search for a region leads to its page", () => {
    expect(regionPages.length).toBeGreaterThan(2);
    const all = fragments();
    for (const p of regionPages) {
      const found = all.filter((f) => f.url === `/${p.path}`);
      expect(found, p.path).toHaveLength(1);
      const lang = pageLang(p);
      expect(found[0]!.meta.title).toBe(p.name);
      expect(found[0]!.meta.kind).toBe(dictionaries[lang]["search.kind.region"]);
      expect(found[0]!.content).toContain(p.name);
    }
  });

  it("keeps navigation, footer, chart drawings and controls, data tables, the tables of every region, downloads and embed code out of the records", () => {
    const ind = fragments().find((f) => f.url === "/indikator/ikm/")!;
    expect(ind.meta.title).toMatch(/Indeks Kepuasan Masyarakat/);
    expect(ind.meta.kind).toBe(dictionaries.id["search.kind.indicator"]);
    expect(ind.content).toContain("Indeks Kepuasan Masyarakat");
    const out = ["site.skip", "site.menu", "nav.home", "site.footer.source", "indicator.data", "indicator.latest", "progress.title", "chart.keys", "indicator.download.csvExcel", "embed.title", "embed.copy"] as const;
    for (const key of out) expect(ind.content, key).not.toContain(dictionaries.id[key]);
    expect(ind.content).not.toContain("iframe");
    // The page's prose is there (its definition), its charts' summaries are not: they name every
    // region with its figures, on every indicator page alike.
    const page = html("indikator/ikm/index.html");
    const definition = /<dt\b[^>]*>Definisi<\/dt>\s*<dd\b[^>]*>([^<]+)<\/dd>/.exec(page)![1]!;
    expect(ind.content).toContain(definition.slice(0, 40));
    const summary = /<p class="chart-summary"[^>]*>([^<]+)<\/p>/.exec(page)![1]!;
    expect(summary.length).toBeGreaterThan(40);
    expect(ind.content).not.toContain(summary.slice(0, 40));
  });

  it("is the same whether Pagefind gets the whole pages or the pages without the parts it excludes", async () => {
    const files = globSync(SEARCH_GLOB, { cwd: dist }).sort();
    const index = async (prep: (h: string) => string) => {
      const { index } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE });
      for (const f of files) await index!.addHTMLFile({ url: `/${f.replace(/index\.html$/, "")}`, content: prep(html(f)) });
      const got = await index!.getFiles();
      // Pagefind lists the languages of its entry file in hash-map order: compared as the build writes it, sorted.
      return new Map(got.files.map((f) => [f.path, createHash("sha256").update(f.path === "pagefind-entry.json" ? sortedEntry(f.content) : f.content).digest("hex")]));
    };
    try {
      const whole = await index(spacedForIndex);
      const trimmed = await index(forIndex);
      expect(whole.size).toBeGreaterThan(files.length);
      const sorted = (m: Map<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
      expect(sorted(trimmed)).toEqual(sorted(whole));
      // And the trimmed pages are much smaller: the drawings and data tables are gone.
      const page = html("indikator/ikm/index.html");
      expect(forIndex(page).length).toBeLessThan(page.length * 0.7);
      expect(forIndex(page)).not.toMatch(/<svg|chart-table|full-data-section|latest-section|progress-section|<head|<meta/);
    } finally {
      await pagefind.close();
    }
  });

  it("is the same, byte for byte, with one Pagefind process per language (what a large site gets) as with one", async () => {
    const files = globSync(SEARCH_GLOB, { cwd: dist }).sort();
    // The sample site is small: the build indexed it with one process.
    expect(files.length).toBeLessThan(PER_LANGUAGE_FROM);
    const copy = mkdtempSync(join(tmpdir(), "terang-search-"));
    try {
      for (const f of files) {
        mkdirSync(dirname(join(copy, f)), { recursive: true });
        copyFileSync(join(dist, f), join(copy, f));
      }
      const site = validateProject(APP, { today: new Date(`${TODAY}T00:00:00Z`) }).site!;
      await writeSearchIndex(copy, site, undefined, { perLanguage: true });
      const list = (root: string) => globSync("**/*", { cwd: join(root, "pagefind"), withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(join(root, "pagefind"), join(e.parentPath, e.name))).sort();
      const published = list(dist);
      expect(list(copy)).toEqual(published);
      for (const f of published) expect(Buffer.compare(readFileSync(join(copy, "pagefind", f)), readFileSync(join(dist, "pagefind", f))), f).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("merges the backends' files: shared files once, every language in the entry, and a clash fails", () => {
    const file = (path: string, text: string) => ({ path, content: Buffer.from(text) });
    const id = [file("pagefind.js", "js"), file("index/id_1.pf_index", "a"), file("pagefind-entry.json", '{"version":"1","languages":{"id":{"page_count":2}}}')];
    const en = [file("pagefind.js", "js"), file("index/en_1.pf_index", "b"), file("pagefind-entry.json", '{"version":"1","languages":{"en":{"page_count":3}}}')];
    const merged = mergeIndexFiles([id, en]);
    expect(merged.map((f) => f.path).sort()).toEqual(["index/en_1.pf_index", "index/id_1.pf_index", "pagefind-entry.json", "pagefind.js"]);
    const entry = JSON.parse(Buffer.from(merged.find((f) => f.path === "pagefind-entry.json")!.content).toString()) as { version: string; languages: Record<string, unknown> };
    expect(entry).toEqual({ version: "1", languages: { id: { page_count: 2 }, en: { page_count: 3 } } });
    expect(() => mergeIndexFiles([id, [file("pagefind.js", "other js")]])).toThrow(/different files at pagefind\.js/);
  });

  it("drops an element up to its own end tag, nested ones of the same name counted", () => {
    const drop = (html: string, tag: string, start?: RegExp) => dropElements(Buffer.from(html), tag, start).toString("utf8");
    const x = /^<div\b[^>]*\bclass="x"/;
    expect(drop('<p>a</p><div class="x"><div><div/>b</div>c</div><div>d</div>', "div", x)).toBe("<p>a</p><div>d</div>");
    expect(drop('<div class="x">one</div>-<div class="x">two</div>!', "div", x)).toBe("-!");
    // A start without its end is left as it was.
    expect(drop('<div class="x"><div>open', "div", x)).toBe('<div class="x"><div>open');
    expect(drop('<svg viewBox="0 0 1 1"><use href="#a"/></svg><b>x</b>', "svg")).toBe("<b>x</b>");
    // A longer tag name is another element; text in other scripts passes through as it was.
    expect(drop('<svgx>keep</svgx><svg><g/></svg>Ünïcødé · 字', "svg")).toBe("<svgx>keep</svgx>Ünïcødé · 字");
    expect(drop('<section class="full-data-section"><div class="x">t</div></section><p>é</p>', "div", x)).toBe('<section class="full-data-section"></section><p>é</p>');
  });

  it("hands Pagefind a page without every dropped part, in one pass: nested, unended and look-alike elements", () => {
    const page = [
      "<!doctype html><html lang=id><head><title>T</title></head><body>",
      '<header class="site-header"><nav><a href="/">Beranda</a></nav></header>',
      "<main data-pagefind-body><h1>Judul</h1>",
      // A dropped element inside another: both go, once.
      '<section class="latest-section"><svg><g><svg><path d="M0"/></svg></g></svg><p class="chart-downloads">x</p></section>',
      // A kept section, a kept paragraph, a longer name that only starts like a dropped one.
      '<section class="about"><p class="lead">Definisi</p><svgx>tetap</svgx><headline>ya</headline></section>',
      '<div class="chart-table"><div><table><tr><td>1</td></tr></table></div></div><div class="note">Catatan</div>',
      '<ul class="downloads"><li>csv</li></ul><ul class="links"><li>tautan</li></ul>',
      "</main>",
      '<footer class="site-footer">kaki</footer><script type="module" src="/a.js"></script>',
      // A start without its end: kept as it is, and that tag is not looked for again.
      '<svg class="open"><div class="after">sesudah</div><svg></svg></body></html>',
    ].join("");
    const got = forIndex(page);
    expect(got).toBe(
      spacedForIndex(
        [
          "<!doctype html><html lang=id><body>",
          "<main data-pagefind-body><h1>Judul</h1>",
          '<section class="about"><p class="lead">Definisi</p><svgx>tetap</svgx><headline>ya</headline></section>',
          '<div class="note">Catatan</div>',
          '<ul class="links"><li>tautan</li></ul>',
          "</main>",
          '<svg class="open"><div class="after">sesudah</div><svg></svg></body></html>',
        ].join(""),
      ),
    );
  });
});

describe("search pages /cari/ and /en/search/", () => {
  const both = [
    { lang: "id", file: "cari/index.html", list: "/indikator/" },
    { lang: "en", file: "en/search/index.html", list: "/en/indicators/" },
  ] as const;

  for (const s of both) {
    it(`${s.lang}: a labelled search form (GET ?q=), a live region for the count, and a fallback linking the indicators`, () => {
      const h = html(s.file);
      expect(attr(tags(h, "html")[0]!, "lang")![1]).toBe(s.lang);
      const form = tags(h, "form").find((f) => /role="search"/.test(f))!;
      expect(form).toBeDefined();
      expect(attr(form, "method")![1]).toBe("get");
      // Hidden until the script runs (it would do nothing without it).
      expect(attr(form, "hidden")).not.toBeNull();
      const input = tags(h, "input").find((i) => /type="search"/.test(i))!;
      expect(attr(input, "name")![1]).toBe("q");
      const id = attr(input, "id")![1];
      expect(h).toMatch(new RegExp(`<label for="${id}">[^<]+</label>`));
      const live = tags(h, "p").find((p) => /data-search-status/.test(p))!;
      expect(attr(live, "aria-live")![1]).toBe("polite");
      expect(attr(live, "role")![1]).toBe("status");
      const fallback = /<div class="search-fallback"[^>]*>([\s\S]*?)<\/div>/.exec(h)![1]!;
      expect(fallback).toMatch(/JavaScript/);
      expect(fallback).toContain(`href="${s.list}"`);
      // The search page itself is not in the index.
      expect(h).not.toContain("data-pagefind-body");
    });
  }

  it("allows WebAssembly on the search pages only (Pagefind's fallback when its worker cannot start)", () => {
    const csp = (file: string) => attr(tags(html(file), "meta").find((m) => /http-equiv="content-security-policy"/i.test(m))!, "content")![1]!;
    for (const s of both) expect(csp(s.file)).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const others = sitePages(dist).filter((p) => p.file !== "404.html" && !both.some((s) => s.file === p.file));
    expect(others.length).toBeGreaterThan(20);
    for (const p of others) expect(csp(p.file), p.path).not.toContain("wasm-unsafe-eval");
  });

  it("indexes only the pages the search glob reads, and the glob reads every page marked for search", () => {
    // `{a,b}/*/index.html` as a regular expression.
    const glob = new RegExp(`^${SEARCH_GLOB.replace(/[.]/g, "\\.").replace(/\{([^}]+)\}/, (_, alts: string) => `(?:${alts.split(",").join("|")})`).replace(/\*/g, "[^/]+")}$`);
    const marked = sitePages(dist).filter((p) => html(p.file).includes("data-pagefind-body"));
    expect(marked.length).toBeGreaterThan(10);
    for (const p of marked) expect(p.file, `${p.path} is marked for search but Pagefind would not read it`).toMatch(glob);
    // And the glob does not sweep in embed pages or lists.
    for (const p of sitePages(dist).filter((x) => glob.test(x.file))) expect(html(p.file), p.path).toContain("data-pagefind-body");
  });

  it("is linked from the header of every page, in the page's language", () => {
    for (const p of sitePages(dist).filter((x) => x.file !== "404.html" && !/^(sematkan|en\/embed)\//.test(x.path))) {
      const header = /<header class="site-header"[\s\S]*?<\/header>/.exec(html(p.file))?.[0] ?? "";
      expect(header, p.path).toContain(`href="${pageLang(p) === "en" ? "/en/search/" : "/cari/"}"`);
    }
  });
});
