/**
 * The BUILT site (the real data, built once per run by tests/global-setup.ts) as a publisher must
 * ship it:
 * - every HTML page passes html-validate with the recommended rules (exceptions, each with its
 *   reason, in .htmlvalidate.mjs);
 * - every internal link, script, stylesheet, image and form target resolves to a built file, and
 *   every fragment (`#x`, `/path/#x`) to an element id of the page it points at; the same for the
 *   site's absolute URLs (canonical, language alternates, share images, feeds);
 * - every `url(…)` in the built stylesheets resolves;
 * - sitemap.xml lists exactly the indexable pages: every HTML page except 404.html and pages that
 *   say `<meta name="robots" content="noindex">`.
 * The page list always comes from walking dist, so pages added later are checked without a change here.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { HtmlValidate } from "html-validate";
import htmlValidateConfig from "../../.htmlvalidate.mjs";
import { siteDist } from "../helpers/site.ts";
import { sitePages, type SitePage } from "../helpers/serve.ts";
import { anchorIds, decodeEntities, inlineContents, lineAt, startTags, type Tag } from "../helpers/html.ts";

const dist = siteDist(inject("siteDist"));
const pages = sitePages(dist);
const html = new Map(pages.map((p) => [p.file, readFileSync(join(dist, p.file), "utf8")]));
const tagsOf = new Map(pages.map((p) => [p.file, startTags(html.get(p.file)!)]));

/** The public root URL of the site (`https://host/base/`), from the home page's canonical link. */
const root = (() => {
  const canonical = tagsOf.get("index.html")?.find((t) => t.name === "link" && t.attrs.rel === "canonical")?.attrs.href;
  if (!canonical) throw new Error("The built home page has no canonical link; the site root cannot be known.");
  return new URL(canonical);
})();
/** The local origin pages are addressed from; the public root maps onto it (same base path). */
const LOCAL = new URL(`http://terang.test${root.pathname}`);

/** Every file under dist, relative, with `/` separators. */
function allFiles(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [relative(dist, p).split(sep).join("/")];
  });
}

const idsCache = new Map<string, Set<string>>();
function idsOfFile(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) idsCache.set(file, (ids = anchorIds(tagsOf.get(file) ?? startTags(readFileSync(join(dist, file), "utf8")))));
  return ids;
}

/**
 * What is wrong with a URL used by a page, or null when it resolves: a site URL must name a built
 * file (a folder only with its final `/`), and its fragment an id of that file. URLs of other
 * hosts and schemes (mailto:, the licence) are not this test's business; the browser test makes
 * sure no page LOADS anything from another host.
 */
function problem(url: string, from: URL): string | null {
  let u: URL;
  try {
    u = new URL(url, from);
  } catch {
    return "is not a URL";
  }
  if (u.protocol === root.protocol && u.host === root.host) u = new URL(u.pathname + u.search + u.hash, LOCAL);
  if (u.origin !== LOCAL.origin) return null;
  if (!u.pathname.startsWith(LOCAL.pathname)) return `is outside the site's base path ${LOCAL.pathname}`;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname.slice(LOCAL.pathname.length));
  } catch {
    return "has a malformed %-escape";
  }
  let file = rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
  const abs = join(dist, file);
  if (!existsSync(abs)) return `points at ${u.pathname}, which was not built`;
  if (statSync(abs).isDirectory()) {
    if (!existsSync(join(abs, "index.html"))) return `points at the folder ${u.pathname}, which has no index.html`;
    return `points at ${u.pathname} without its final "/" (a redirect on most hosts; write ${u.pathname}/)`;
  }
  const frag = u.hash.slice(1);
  if (u.hash === "#") return `has an empty fragment ("#"), which goes nowhere`;
  if (frag && /\.(html|svg)$/.test(file)) {
    const id = decodeURIComponent(frag);
    // `#top` scrolls to the top of a page even without such an element (HTML § scroll-to-fragment).
    if (!idsOfFile(file).has(id) && id.toLowerCase() !== "top") return `has the fragment #${id}, but ${file} has no element with that id`;
  }
  return null;
}

/** The URLs a tag makes the browser or the reader go to. */
function urlsOf(t: Tag): string[] {
  const a = t.attrs;
  const out: string[] = [];
  if (a.href !== undefined && t.name !== "base") out.push(a.href);
  if (a["xlink:href"] !== undefined) out.push(a["xlink:href"]);
  if (a.src !== undefined) out.push(a.src);
  if (a.poster !== undefined) out.push(a.poster);
  if (t.name === "form" && a.action !== undefined) out.push(a.action);
  if (a.srcset !== undefined) out.push(...a.srcset.split(",").map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
  // Share previews and the page's own URL in its metadata.
  if (t.name === "meta" && /^(og:(image|url)|twitter:image)$/.test(a.property ?? a.name ?? "") && a.content) out.push(a.content);
  return out;
}

const pageUrl = (p: SitePage) => new URL(p.path, LOCAL);
const isNoindex = (tags: readonly Tag[]) => tags.some((t) => t.name === "meta" && t.attrs.name?.toLowerCase() === "robots" && /noindex/i.test(t.attrs.content ?? ""));

describe("the built site (real data)", () => {
  it("has pages in both languages, a 404 page and a sitemap", () => {
    expect(pages.length).toBeGreaterThan(10);
    const files = pages.map((p) => p.file);
    for (const f of ["index.html", "en/index.html", "404.html"]) expect(files).toContain(f);
    expect(existsSync(join(dist, "sitemap.xml"))).toBe(true);
  });
});

describe("html-validate (recommended rules, .htmlvalidate.mjs)", () => {
  const validator = new HtmlValidate(htmlValidateConfig);
  for (const p of pages) {
    it(`/${p.path} is valid HTML`, async () => {
      const report = await validator.validateString(html.get(p.file)!, p.file);
      const lines = report.results.flatMap((r) => r.messages.map((m) => `${p.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ""}`));
      expect(lines, lines.join("\n")).toEqual([]);
    });
  }

  it("the validator is really on: it reports a broken page", async () => {
    // Guards against a config that silently turns every rule off.
    const report = await validator.validateString(`<!doctype html><html lang="id"><head><title>x</title></head><body><main><img src="a.png"><p><div></div></p><a href="#x" id="a"></a><i id="a"></i></main></body></html>`, "broken.html");
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    for (const r of ["wcag/h37", "no-dup-id"]) expect(rules).toContain(r);
  });
});

describe("links and anchors", () => {
  it("every internal URL of every page resolves to a built file, and every fragment to an id on it", () => {
    const bad: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const from = pageUrl(p);
      for (const t of tagsOf.get(p.file)!) {
        for (const url of urlsOf(t)) {
          checked++;
          const why = problem(url, from);
          if (why) bad.push(`${p.file}:${lineAt(html.get(p.file)!, t.at)} <${t.name}> ${JSON.stringify(url)} ${why}`);
        }
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it("every in-page link (#id) of every page has its target (tables of contents, footnotes, skip link)", () => {
    // Covered by the test above too; kept separate so a broken anchor names itself in the summary.
    const bad: string[] = [];
    let anchors = 0;
    for (const p of pages) {
      const ids = idsOfFile(p.file);
      for (const t of tagsOf.get(p.file)!) {
        const h = t.attrs.href;
        if (h === undefined || !h.startsWith("#") || h === "#") continue;
        anchors++;
        const id = decodeURIComponent(h.slice(1));
        if (!ids.has(id)) bad.push(`${p.file}:${lineAt(html.get(p.file)!, t.at)} <${t.name} href="${h}"> has no target`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
    // Every page has at least the skip link.
    expect(anchors).toBeGreaterThanOrEqual(pages.length);
  });

  it("the checker itself catches a missing page, a missing id and a folder link without its slash", () => {
    const home = new URL("", LOCAL);
    expect(problem("/tidak-ada/", home)).toMatch(/not built/);
    expect(problem("#tidak-ada-id-ini", home)).toMatch(/no element with that id/);
    expect(problem("/en", home)).toMatch(/final "\/"/);
    expect(problem(new URL("en/#isi", root).href, home)).toBeNull();
    expect(problem("https://example.org/x", home)).toBeNull();
  });

  it("every url(…) in the built stylesheets and style blocks resolves", () => {
    const bad: string[] = [];
    const sheets: { name: string; css: string; from: URL }[] = allFiles()
      .filter((f) => f.endsWith(".css"))
      .map((f) => ({ name: f, css: readFileSync(join(dist, f), "utf8"), from: new URL(f, LOCAL) }));
    for (const p of pages) for (const s of inlineContents(html.get(p.file)!, "style")) sheets.push({ name: `${p.file} <style>`, css: s.text, from: pageUrl(p) });
    for (const s of sheets) {
      for (const m of s.css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        const url = decodeEntities(m[1] ?? m[2] ?? m[3] ?? "");
        if (!url || url.startsWith("data:") || url.startsWith("#")) continue;
        const why = problem(url, s.from);
        if (why) bad.push(`${s.name}: url(${url}) ${why}`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("every item link of the RSS feeds resolves", () => {
    const feeds = allFiles().filter((f) => /(^|\/)rss\.xml$/.test(f));
    const bad: string[] = [];
    for (const f of feeds) {
      const xml = readFileSync(join(dist, f), "utf8");
      for (const m of xml.matchAll(/<(link|guid)(\s[^>]*)?>([^<]+)<\/\1>/g)) {
        // A guid with isPermaLink="false" is an identifier, not an address.
        if (m[1] === "guid" && /isPermaLink="false"/.test(m[2] ?? "")) continue;
        const why = problem(decodeEntities(m[3]!.trim()), new URL(f, LOCAL));
        if (why) bad.push(`${f}: <${m[1]}>${m[3]}</${m[1]}> ${why}`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });
});

describe("language versions", () => {
  const langOf = (file: string) => tagsOf.get(file)?.find((t) => t.name === "html")?.attrs.lang;
  const switchOf = (file: string) => tagsOf.get(file)?.find((t) => t.name === "a" && /\blang-switch\b/.test(t.attrs.class ?? ""));
  const fileOfPath = (path: string) => (path === "" || path.endsWith("/") ? `${path}index.html` : path);

  it("every language switch leads to a built page in the other language whose own switch leads back", () => {
    const bad: string[] = [];
    let switches = 0;
    for (const p of pages) {
      const a = switchOf(p.file);
      if (!a) continue;
      switches++;
      const target = new URL(a.attrs.href!, pageUrl(p));
      const path = decodeURIComponent(target.pathname.slice(LOCAL.pathname.length));
      const file = fileOfPath(path);
      if (!html.has(file)) {
        bad.push(`/${p.path}: the switch leads to /${path}, which is not a built page`);
        continue;
      }
      if (langOf(file) === langOf(p.file)) bad.push(`/${p.path} (${langOf(p.file)}): the switch leads to /${path}, in the same language`);
      if (a.attrs.hreflang !== langOf(file)) bad.push(`/${p.path}: the switch says hreflang="${a.attrs.hreflang}", /${path} is lang="${langOf(file)}"`);
      const back = switchOf(file);
      const backPath = back ? decodeURIComponent(new URL(back.attrs.href!, pageUrl({ file, path })).pathname.slice(LOCAL.pathname.length)) : null;
      if (backPath !== p.path) bad.push(`/${p.path} → /${path}, whose switch leads ${backPath === null ? "nowhere" : `to /${backPath}`}, not back`);
    }
    expect(bad, bad.join("\n")).toEqual([]);
    // Home, lists, indicators and translated documents have one.
    expect(switches).toBeGreaterThan(pages.length / 2);
  });
});

describe("sitemap.xml", () => {
  const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeEntities(m[1]!.trim()));
  /** A sitemap URL as the path it is served at, relative to the site root (or the URL itself when foreign). */
  const toPath = (url: string) => (url.startsWith(root.href) ? decodeURIComponent(url.slice(root.href.length)) : `FOREIGN ${url}`);

  it("lists exactly the built indexable pages: all HTML pages except 404.html and noindex pages", () => {
    const indexable = pages.filter((p) => p.file !== "404.html" && !isNoindex(tagsOf.get(p.file)!)).map((p) => p.path);
    const listed = locs.map(toPath);
    const missing = indexable.filter((p) => !listed.includes(p)).map((p) => `missing from the sitemap: /${p}`);
    const extra = listed.filter((p) => !indexable.includes(p)).map((p) => `listed but not an indexable built page: /${p}`);
    const dupes = listed.filter((p, i) => listed.indexOf(p) !== i).map((p) => `listed twice: /${p}`);
    const all = [...missing, ...extra, ...dupes];
    expect(all, all.join("\n")).toEqual([]);
    expect(listed.length).toBe(indexable.length);
  });

  it("names, for every page, language alternates that are built pages", () => {
    const bad: string[] = [];
    for (const m of xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]*)"/g)) {
      const why = problem(decodeEntities(m[1]!), root);
      if (why) bad.push(`${m[1]} ${why}`);
    }
    expect(bad, bad.join("\n")).toEqual([]);
    expect([...xml.matchAll(/<xhtml:link\b/g)].length).toBeGreaterThan(0);
  });

  it("is announced in robots.txt", () => {
    const robots = readFileSync(join(dist, "robots.txt"), "utf8");
    expect(robots).toMatch(new RegExp(`^Sitemap: ${new URL("sitemap.xml", root).href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  });
});
