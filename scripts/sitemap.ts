/**
 * sitemap.xml and robots.txt from the BUILT site: every HTML page in the output folder (so the
 * sitemap lists exactly what was published), with its language alternates as the page declares
 * them. Pages that ask not to be indexed (`<meta name="robots" content="noindex">`) and 404.html
 * are left out. Run by post-build.ts before the folder is swapped in.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Every `.html` file under `dir`, as paths relative to it with `/` separators, sorted. */
export function htmlFiles(dir: string, prefix = ""): string[] {
  // The entries' types come with the listing: no stat per file (the output has 15,000 at 1,000 indicators).
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      if (d.isDirectory()) return htmlFiles(join(dir, d.name), `${prefix}${d.name}/`);
      return d.name.endsWith(".html") ? [`${prefix}${d.name}`] : [];
    });
}

/** `kebijakan/index.html` → `kebijakan/`, `index.html` → ``, `x.html` → `x.html`. */
export const pagePath = (file: string): string => file.replace(/(^|\/)index\.html$/, "$1");

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The start of an HTML file up to its `</head>`, read in blocks: the sitemap needs only the head,
 * and a thousand indicator pages of a few hundred kilobytes each are mostly body. Only the head is
 * decoded, and the blocks are read into one buffer, kept from file to file.
 */
export function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    let length = 0;
    for (;;) {
      if (length === headBuffer.length) {
        const grown = Buffer.allocUnsafe(headBuffer.length * 2);
        headBuffer.copy(grown, 0, 0, length);
        headBuffer = grown;
      }
      const n = readSync(fd, headBuffer, length, headBuffer.length - length, null);
      // The end tag may straddle two blocks: look from a little before the new bytes.
      const end = headBuffer.subarray(0, length + n).indexOf(HEAD_END, Math.max(0, length - HEAD_END.length));
      length += n;
      if (end !== -1) return headBuffer.toString("utf8", 0, end + HEAD_END.length);
      if (n === 0) return headBuffer.toString("utf8", 0, length);
    }
  } finally {
    closeSync(fd);
  }
}
const HEAD_END = Buffer.from("</head>", "latin1");
let headBuffer = Buffer.allocUnsafe(16 * 1024);

function headTags(html: string, tag: string): string[] {
  const head = html.slice(0, Math.max(0, html.indexOf("</head>")) || html.length);
  return [...head.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "gi"))].map((m) => m[0]);
}

export interface SitemapEntry {
  readonly loc: string;
  readonly alternates: readonly { hreflang: string; href: string }[];
}

/**
 * The site's root URL (`https://host/base/`): the canonical link of the built home page, which
 * Astro derives from `site` and `base`; else from TERANG_SITE and TERANG_BASE as the config does.
 */
export function siteRoot(out: string, env = process.env): string {
  const home = join(out, "index.html");
  if (existsSync(home)) {
    const canonical = headTags(readFileSync(home, "utf8"), "link").find((l) => /rel="canonical"/i.test(l));
    const h = canonical && attr(canonical, "href");
    if (h) return unescape(h);
  }
  const base = (env.TERANG_BASE || "/").replace(/^\/?/, "/").replace(/\/?$/, "/");
  return new URL(base, env.TERANG_SITE || "https://terang.example.go.id").href;
}

export function sitemapEntries(out: string, root = siteRoot(out)): SitemapEntry[] {
  return htmlFiles(out)
    .filter((f) => f !== "404.html")
    .flatMap((f) => {
      const html = readHead(join(out, f));
      const noindex = headTags(html, "meta").some((m) => /name="robots"/i.test(m) && /noindex/i.test(attr(m, "content") ?? ""));
      if (noindex) return [];
      const alternates = headTags(html, "link")
        .filter((l) => /rel="alternate"/i.test(l) && attr(l, "hreflang"))
        .map((l) => ({ hreflang: attr(l, "hreflang")!, href: unescape(attr(l, "href") ?? "") }))
        .filter((a) => a.href);
      return [{ loc: new URL(pagePath(f), root).href, alternates }];
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const alt = e.alternates.map((a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join("");
    return `  <url>\n    <loc>${escapeXml(e.loc)}</loc>${alt}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/**
 * Writes `sitemap.xml` and a `Sitemap:` line in `robots.txt` (kept if public/ already has one).
 * robots.txt only counts at a host's root: under TERANG_BASE, copy its line to the host's own.
 */
export function writeSitemap(out: string): void {
  const root = siteRoot(out);
  writeFileSync(join(out, "sitemap.xml"), sitemapXml(sitemapEntries(out, root)));
  const line = `Sitemap: ${new URL("sitemap.xml", root).href}`;
  const robots = join(out, "robots.txt");
  const current = existsSync(robots) ? readFileSync(robots, "utf8") : "User-agent: *\nAllow: /\n";
  const kept = current.split(/\r?\n/).filter((l) => !/^sitemap:/i.test(l.trim())).join("\n").replace(/\n*$/, "\n");
  writeFileSync(robots, `${kept}\n${line}\n`);
}
