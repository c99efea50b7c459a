/**
 * What a build produced: page count, bytes on disk, gzipped bytes of what browsers download, and
 * the weight of one page with the stylesheets and scripts it pulls in.
 */
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, dirname, relative, sep, extname } from "node:path";
import { gzipSync } from "node:zlib";

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** gzip at zlib's default level (6), what most static hosts use for on-the-fly compression. */
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).length;

export interface OutputStats {
  readonly files: number;
  /** HTML files: every page, both languages, plus 404.html. */
  readonly pages: number;
  /** Files per extension (`html`, `svg`, `csv`, …). */
  readonly byExtension: Record<string, { files: number; bytes: number }>;
  readonly bytes: number;
  /** Sum of each HTML, CSS and JS file gzipped on its own (as they are served). */
  readonly gzipHtmlCssJs: number;
}

export function outputStats(dist: string): OutputStats {
  const byExtension: Record<string, { files: number; bytes: number }> = {};
  let bytes = 0;
  let gz = 0;
  const files = listFiles(dist);
  for (const f of files) {
    const ext = extname(f).slice(1).toLowerCase() || "(none)";
    const abs = join(dist, f);
    const size = statSync(abs).size;
    bytes += size;
    const e = (byExtension[ext] ??= { files: 0, bytes: 0 });
    e.files++;
    e.bytes += size;
    if (ext === "html" || ext === "css" || ext === "js" || ext === "mjs") gz += gzipSize(readFileSync(abs));
  }
  return { files: files.length, pages: byExtension.html?.files ?? 0, byExtension, bytes, gzipHtmlCssJs: gz };
}

export interface PageWeight {
  /** The page, relative to dist. */
  readonly page: string;
  readonly html: { bytes: number; gzip: number };
  readonly css: { files: string[]; bytes: number; gzip: number };
  readonly js: { files: string[]; bytes: number; gzip: number };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * `<link rel=stylesheet>`, `<script src>` and `<link rel=modulepreload>` of a page, and, for
 * scripts, every chunk they import (static `import … from`, bare `import "…"`, dynamic
 * `import("…")`), followed recursively; stylesheets follow `@import`. Each file counts once.
 */
export function pageWeight(dist: string, page: string, base = "/"): PageWeight {
  const htmlBytes = readFileSync(join(dist, page));
  const html = htmlBytes.toString("utf8");
  // A URL in the page → a file in dist (null when it points elsewhere).
  const toFile = (url: string, from: string): string | null => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith("data:")) return null;
    const clean = url.split(/[?#]/)[0]!;
    let rel: string;
    if (clean.startsWith("/")) rel = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
    else rel = relative(dist, join(dist, dirname(from), clean)).split(sep).join("/");
    return existsSync(join(dist, rel)) && statSync(join(dist, rel)).isFile() ? rel : null;
  };
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attr(m[0], "href");
    if (!href) continue;
    const f = toFile(href, page);
    if (!f) continue;
    if (rel.includes("stylesheet")) css.add(f);
    else if (rel.includes("modulepreload")) js.add(f);
  }
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(m[0], "src");
    const f = src ? toFile(src, page) : null;
    if (f) js.add(f);
  }
  const follow = (set: Set<string>, patterns: RegExp[]) => {
    const queue = [...set];
    while (queue.length > 0) {
      const f = queue.shift()!;
      const text = readFileSync(join(dist, f), "utf8");
      for (const re of patterns)
        for (const m of text.matchAll(re)) {
          const dep = toFile(m[1]!, f);
          if (dep && !set.has(dep)) {
            set.add(dep);
            queue.push(dep);
          }
        }
    }
  };
  follow(js, [/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g]);
  follow(css, [/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/g]);
  const weigh = (set: Set<string>) => {
    const files = [...set].sort();
    let bytes = 0;
    let gzip = 0;
    for (const f of files) {
      const b = readFileSync(join(dist, f));
      bytes += b.length;
      gzip += gzipSize(b);
    }
    return { files, bytes, gzip };
  };
  return { page, html: { bytes: htmlBytes.length, gzip: gzipSize(htmlBytes) }, css: weigh(css), js: weigh(js) };
}
