/**
 * Sharing: every page of the real built site carries Open Graph and Twitter card tags with
 * absolute URLs; each indicator page has its own preview image, every other page the site's
 * default in its language; every image exists in the output and is a 1200×630 PNG.
 */
import { describe, expect, inject, it } from "vitest";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { APP, siteDist } from "../helpers/site.ts";
import { pageLang, sitePages } from "../helpers/serve.ts";

const dist = siteDist(inject("siteDist"));
const html = (file: string) => readFileSync(join(dist, file), "utf8");
const head = (h: string) => h.slice(0, h.indexOf("</head>"));
const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** `property`/`name` → content of the page's <meta> tags (the first of each). */
function metas(h: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [tag] of head(h).matchAll(/<meta\b[^>]*>/gi)) {
    const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) out.set(key, [...(out.get(key) ?? []), unescape(content)]);
  }
  return out;
}
const one = (m: Map<string, string[]>, key: string): string | undefined => {
  const v = m.get(key);
  expect(v?.length ?? 0, `${key} once`).toBeLessThanOrEqual(1);
  return v?.[0];
};

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(sig) || bytes.subarray(12, 16).toString("latin1") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const root = (() => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html("index.html"))![1]!;
  return new URL(canonical);
})();
/** The file in dist an absolute URL of the site points at. */
const fileOf = (url: string) => {
  const u = new URL(url);
  expect(u.origin).toBe(root.origin);
  expect(u.pathname.startsWith(root.pathname)).toBe(true);
  return join(dist, decodeURIComponent(u.pathname.slice(root.pathname.length)));
};

const indicatorIds = readdirSync(join(APP, "data/indicators")).filter((f) => f.endsWith(".yml")).map((f) => f.replace(/\.yml$/, ""));
// Pages with an address of their own: not the embeds, the 404 page or the pages that point to a
// new address (all three ask not to be indexed; the embeds' check is tests/site/embed.test.ts).
const noindex = (file: string) => /<meta name="robots" content="noindex"/.test(html(file));
const pages = sitePages(dist).filter((p) => !noindex(p.file));

describe("Open Graph and Twitter card tags", () => {
  it("are checked on every page but the embeds, the 404 page and the old region-list addresses (the pages not indexed)", () => {
    const skipped = sitePages(dist).filter((p) => noindex(p.file)).map((p) => p.path);
    const expected = (path: string) => path === "404.html" || /^(sematkan|en\/embed)\/[^/]+\/$/.test(path) || /^(indikator\/wilayah|en\/indicators\/region)\/[^/]+\/$/.test(path);
    expect(skipped.filter((p) => !expected(p))).toEqual([]);
    expect(skipped).toContain("404.html");
  });

  it("are on every page, with absolute URLs, the page's locale and its alternate", () => {
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const p of pages) {
      const h = html(p.file);
      const m = metas(h);
      const lang = pageLang(p);
      const canonical = unescape(/<link rel="canonical" href="([^"]+)"/.exec(h)![1]!);
      const title = unescape(/<title>([^<]*)<\/title>/.exec(h)![1]!);
      const check = (ok: boolean, what: string) => ok || problems.push(`${p.path}: ${what}`);
      check(one(m, "og:url") === canonical, `og:url ${one(m, "og:url")} is not the canonical ${canonical}`);
      check(!!one(m, "og:title") && title.startsWith(one(m, "og:title")!), `og:title ${one(m, "og:title")} vs <title> ${title}`);
      check(one(m, "og:description") === one(m, "description"), "og:description differs from the description");
      check((one(m, "og:description") ?? "").length > 20, "og:description is empty");
      check(one(m, "og:site_name") !== undefined, "no og:site_name");
      check(["website", "article"].includes(one(m, "og:type") ?? ""), "og:type");
      check(one(m, "og:locale") === (lang === "id" ? "id_ID" : "en_US"), `og:locale ${one(m, "og:locale")}`);
      const hasAlternate = /<link rel="alternate" hreflang=/.test(h);
      check((one(m, "og:locale:alternate") === (lang === "id" ? "en_US" : "id_ID")) === hasAlternate, "og:locale:alternate does not follow the hreflang alternate");
      const image = one(m, "og:image") ?? "";
      check(/^https?:\/\//.test(image), `og:image not absolute: ${image}`);
      check(one(m, "twitter:image") === image, "twitter:image differs from og:image");
      check(one(m, "twitter:card") === "summary_large_image", "twitter:card");
      check(one(m, "twitter:title") === one(m, "og:title"), "twitter:title");
      check(!!one(m, "og:image:alt") && one(m, "twitter:image:alt") === one(m, "og:image:alt"), "image alt text");
      check(one(m, "og:image:width") === "1200" && one(m, "og:image:height") === "630", "og:image size");
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("point at images that exist and are 1200×630 PNG files", () => {
    const images = new Set(pages.map((p) => metas(html(p.file)).get("og:image")![0]!));
    for (const url of images) {
      const file = fileOf(url);
      expect(existsSync(file), url).toBe(true);
      expect(pngSize(readFileSync(file)), url).toEqual({ width: 1200, height: 630 });
    }
  });

  it("give each indicator page its own image in its language, and every other page the site's default in its language", () => {
    const byPage = new Map(pages.map((p) => [p.path, metas(html(p.file)).get("og:image")![0]!]));
    const indicatorImages = new Set<string>();
    for (const id of indicatorIds) {
      const idImg = byPage.get(`indikator/${id}/`)!;
      const enImg = byPage.get(`en/indicators/${id}/`)!;
      expect(idImg).not.toBe(enImg);
      indicatorImages.add(idImg).add(enImg);
    }
    expect(indicatorImages.size).toBe(indicatorIds.length * 2);
    const others = [...byPage].filter(([path]) => !/^(indikator|en\/indicators)\/[^/]+\/$/.test(path));
    const defaults = new Set(others.map(([path, img]) => `${path.startsWith("en/") ? "en" : "id"} ${img}`));
    // One default per language, not shared with any indicator.
    expect(new Set([...defaults].map((d) => d.split(" ")[0])).size).toBe(2);
    expect(defaults.size).toBe(2);
    for (const d of defaults) expect(indicatorImages.has(d.split(" ")[1]!)).toBe(false);
  });

  it("draws different pictures for different indicators and languages (not one image copied)", () => {
    const dir = join(dist, "og");
    const files = readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(files.length).toBe(indicatorIds.length * 2 + 2);
    const hashes = new Set(files.map((f) => createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")));
    expect(hashes.size).toBe(files.length);
    for (const f of files) expect(readFileSync(join(dir, f)).length, f).toBeGreaterThan(15_000);
  });
});
