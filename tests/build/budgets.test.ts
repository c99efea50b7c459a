/**
 * Performance budgets of the BUILT site (real data), as a reader on a slow phone pays them,
 * gzipped at level 9 (node:zlib), each file on its own as a server would send it:
 * - JavaScript per page: the page's own `<script src>` modules, every chunk they import statically
 *   (followed through the built `_astro` files) and any inline script: ≤ 10 KB on an indicator
 *   page, ≤ 5 KB on a policy document;
 * - CSS per page: linked stylesheets (and their @imports) plus `<style>` blocks: ≤ 15 KB on every page;
 * - the HTML of an indicator page: ≤ 60 KB.
 * A failure names the page, the figure and the files it is made of. The pages come from walking
 * dist: a new indicator or document is held to the budget without a change here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { siteDist } from "../helpers/site.ts";
import { sitePages, pageKind, pageLang, type SitePage } from "../helpers/serve.ts";
import { inlineContents, startTags } from "../helpers/html.ts";

import { BUDGET } from "../helpers/budget.ts";

const KB = 1024;

const dist = siteDist(inject("siteDist"));
const pages = sitePages(dist);

/** Root URL of the site on the local side (base path from the home page's canonical link). */
const base = (() => {
  const home = readFileSync(join(dist, "index.html"), "utf8");
  const canonical = startTags(home).find((t) => t.name === "link" && t.attrs.rel === "canonical")?.attrs.href;
  return new URL(canonical ? new URL(canonical).pathname : "/", "http://terang.test");
})();

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** The dist file a same-site URL names, or null for another host / not under the base. */
function fileOf(url: string, from: URL): string | null {
  const u = new URL(url, from);
  if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return null;
  return decodeURIComponent(u.pathname.slice(base.pathname.length));
}
const urlOf = (file: string) => new URL(file, base);

/** Relative module specifiers a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of js.matchAll(re)) out.push(m[1]!);
  return out;
}

interface Weight {
  bytes: number;
  parts: string[];
}

/** A page's JavaScript: its module scripts, their static imports (each file once), inline scripts. */
function jsOf(p: SitePage, html: string): Weight {
  const seen = new Set<string>();
  const parts: string[] = [];
  let bytes = 0;
  const from = new URL(p.path, base);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const abs = join(dist, file);
    if (!existsSync(abs)) throw new Error(`/${p.path} loads ${file}, which was not built`);
    const js = readFileSync(abs, "utf8");
    const size = gz(js);
    bytes += size;
    parts.push(`${file} ${kb(size)}`);
    for (const spec of staticImports(js)) {
      if (!/^(\.{0,2}\/)/.test(spec)) continue; // bare specifiers cannot load in a browser without an import map
      const next = fileOf(spec, urlOf(file));
      if (next) visit(next);
    }
  };
  for (const t of startTags(html)) if (t.name === "script" && t.attrs.src) {
    const f = fileOf(t.attrs.src, from);
    if (f) visit(f);
  }
  for (const s of inlineContents(html, "script")) {
    const type = (s.attrs.type ?? "").toLowerCase();
    if (type && type !== "module" && !type.includes("javascript")) continue; // JSON data blocks are not code
    const size = gz(s.text);
    bytes += size;
    parts.push(`inline <script> ${kb(size)}`);
  }
  return { bytes, parts };
}

/** A page's CSS: linked stylesheets (following @import) and `<style>` blocks. */
function cssOf(p: SitePage, html: string): Weight {
  const seen = new Set<string>();
  const parts: string[] = [];
  let bytes = 0;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const abs = join(dist, file);
    if (!existsSync(abs)) throw new Error(`/${p.path} links ${file}, which was not built`);
    const css = readFileSync(abs, "utf8");
    const size = gz(css);
    bytes += size;
    parts.push(`${file} ${kb(size)}`);
    for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const next = fileOf(m[1]!, urlOf(file));
      if (next) visit(next);
    }
  };
  for (const t of startTags(html)) if (t.name === "link" && /\bstylesheet\b/i.test(t.attrs.rel ?? "") && t.attrs.href) {
    const f = fileOf(t.attrs.href, new URL(p.path, base));
    if (f) visit(f);
  }
  for (const s of inlineContents(html, "style")) {
    const size = gz(s.text);
    bytes += size;
    parts.push(`<style> ${kb(size)}`);
  }
  return { bytes, parts };
}

const kindOf = pageKind;

const measured = pages.map((p) => {
  const html = readFileSync(join(dist, p.file), "utf8");
  return { page: p, kind: kindOf(p), html: gz(html), js: jsOf(p, html), css: cssOf(p, html) };
});

describe("budgets (gzip -9)", () => {
  it("finds indicator pages and policy documents in both languages to hold to them", () => {
    for (const kind of ["indicator", "document"] as const) {
      for (const lang of ["id", "en"] as const) {
        expect(measured.filter((m) => m.kind === kind && pageLang(m.page) === lang).length, `${kind} pages in ${lang}`).toBeGreaterThan(0);
      }
    }
    // Indicator pages load the chart script: the JS budget is measured on something real.
    expect(measured.filter((m) => m.kind === "indicator").every((m) => m.js.bytes > 0)).toBe(true);
  });

  for (const m of measured) {
    const where = `/${m.page.path}`;
    if (m.kind !== "other") {
      const limit = m.kind === "indicator" ? BUDGET.jsIndicator : BUDGET.jsDocument;
      it(`${where} (${m.kind}): JavaScript ${kb(m.js.bytes)} ≤ ${kb(limit)}`, () => {
        expect(m.js.bytes, `${where}: ${kb(m.js.bytes)} of JavaScript gzipped, budget ${kb(limit)} (${m.js.parts.join(", ") || "none"})`).toBeLessThanOrEqual(limit);
      });
    }
    it(`${where}: CSS ${kb(m.css.bytes)} ≤ ${kb(BUDGET.css)}`, () => {
      expect(m.css.bytes, `${where}: ${kb(m.css.bytes)} of CSS gzipped, budget ${kb(BUDGET.css)} (${m.css.parts.join(", ")})`).toBeLessThanOrEqual(BUDGET.css);
    });
    if (m.kind === "indicator") {
      it(`${where}: HTML ${kb(m.html)} ≤ ${kb(BUDGET.htmlIndicator)}`, () => {
        expect(m.html, `${where}: HTML is ${kb(m.html)} gzipped, budget ${kb(BUDGET.htmlIndicator)}`).toBeLessThanOrEqual(BUDGET.htmlIndicator);
      });
    }
  }
});

describe("the import walker", () => {
  it("follows the static imports of built chunks, not dynamic ones", () => {
    const js = `import{a as e}from"./chunk.B1.js";import"./side.js";export{x}from"./re.js";const y=import("./lazy.js");`;
    expect(staticImports(js)).toEqual(["./chunk.B1.js", "./side.js", "./re.js"]);
  });
});
