/**
 * A tiny static file server for a built site, on 127.0.0.1 with an ephemeral port, behaving like
 * an ordinary static host: correct content types, `dir/` → `dir/index.html`, `dir` → redirect to
 * `dir/`, anything missing → the site's own `404.html` with status 404. `base` serves the site under
 * a sub-path (`/transparansi/`), as a build with TERANG_BASE expects.
 *
 * Also here: `sitePages(dist)`, every built HTML page as the URL path it is served at, which the
 * output, budget and browser tests all walk.
 */
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { extname, join, normalize, relative, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { SEGMENTS } from "../../src/lib/i18n/routes.ts";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".rss": "application/rss+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** origin + base, always ending in `/`: the site's home page. */
  url: string;
  /** Absolute URL of a site path given without the base (`indikator/ikm/`). */
  at(path: string): string;
  close(): Promise<void>;
}

/** Serves `dist` on loopback; resolves once it listens. */
export async function serve(dist: string, base = "/"): Promise<StaticServer> {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const notFound = join(dist, "404.html");
  const send404 = (res: import("node:http").ServerResponse, head: boolean) => {
    const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from("Not found");
    res.writeHead(404, { "content-type": existsSync(notFound) ? CONTENT_TYPES[".html"]! : "text/plain", "content-length": body.length });
    res.end(head ? undefined : body);
  };
  const server: Server = createServer((req, res) => {
    const head = req.method === "HEAD";
    if (req.method !== "GET" && !head) {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return send404(res, head);
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    const rel = pathname.slice(prefix.length);
    let file = normalize(join(dist, rel));
    // No escaping the folder with `..`.
    if (relative(dist, file).startsWith("..") || relative(dist, file).split(sep).includes("..")) return send404(res, head);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404(res, head);
    const body = readFileSync(file);
    res.writeHead(200, { "content-type": contentType(file), "content-length": body.length, "cache-control": "no-store" });
    res.end(head ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + prefix,
    at: (path: string) => origin + prefix + path.replace(/^\//, ""),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SitePage {
  /** File relative to dist: `en/indicators/ikm/index.html`, `404.html`. */
  file: string;
  /** Path it is served at, without the base: `en/indicators/ikm/`, `` for home, `404.html`. */
  path: string;
}

/** Every built HTML page, sorted, as its file and its served path. */
export function sitePages(dist: string): SitePage[] {
  const out: SitePage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".html")) {
        const file = relative(dist, p).split(sep).join("/");
        out.push({ file, path: file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file });
      }
    }
  };
  walk(dist);
  return out;
}

/** The page's language from the URL: `en/…` is English, everything else Indonesian. */
export const pageLang = (p: SitePage): "id" | "en" => (p.path === "en/" || p.path.startsWith("en/") ? "en" : "id");

/**
 * A page's TYPE, from the shape of its URL: `home`, `404`, `indikator` (a section's list),
 * `indikator/*` (one item of it); the language is part of the type (`en:indicators/*`).
 */
export function pageType(p: SitePage): string {
  const lang = pageLang(p);
  if (p.file === "404.html") return "404";
  const segs = (lang === "en" ? p.path.slice(3) : p.path).split("/").filter(Boolean);
  if (segs.length === 0) return `${lang}:home`;
  const [section, ...rest] = segs;
  return `${lang}:${section}${rest.length ? "/*".repeat(rest.length) : ""}`;
}

/**
 * One page of each TYPE (see `pageType`), the largest of its kind so that the checks meet the most
 * content (the indicator with the most data, the longest policy document).
 */
export function pageTypes(dist: string): Map<string, SitePage> {
  const byType = new Map<string, { page: SitePage; size: number }>();
  for (const p of sitePages(dist)) {
    const size = statSync(join(dist, p.file)).size;
    const type = pageType(p);
    const seen = byType.get(type);
    if (!seen || size > seen.size) byType.set(type, { page: p, size });
  }
  return new Map([...byType].sort(([a], [b]) => a.localeCompare(b)).map(([t, { page }]) => [t, page]));
}


/**
 * What a page is, from its URL: `indicator` (`indikator/<id>/`, `en/indicators/<id>/`), `document`
 * (`kebijakan/<slug>/`, `en/policies/<slug>/`), else `other` (lists, facets, home, 404…).
 */
export function pageKind(p: SitePage): "indicator" | "document" | "other" {
  const lang = pageLang(p);
  const segs = (lang === "en" ? p.path.slice(3) : p.path).split("/").filter(Boolean);
  if (segs.length !== 2 || !p.path.endsWith("/")) return "other";
  if (segs[0] === SEGMENTS.indicators[lang]) return "indicator";
  if (segs[0] === SEGMENTS.policies[lang]) return "document";
  return "other";
}
