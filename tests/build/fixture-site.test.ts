/**
 * Builds the fixture site (tests/fixtures/site, see its README) with the real build script and
 * checks the published HTML and data files: pages in both languages, the figures, the sample-data
 * notice and its flag, hostile notes shown as text, downloads, and a base path.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { APP, copyProject, buildSite, readPage } from "../helpers/site.ts";

const FIXTURE = resolve(APP, "tests/fixtures/site");
let dist: string;

/** Every built HTML page, as a path relative to dist. */
function htmlPages(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return htmlPages(p, `${prefix}${n}/`);
    return n.endsWith(".html") ? [`${prefix}${n}`] : [];
  });
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

let requests: string;

beforeAll(() => {
  const root = copyProject(FIXTURE);
  // Every request the build makes by fetch() or node:http(s) is written down (tests/helpers/record-requests.mjs).
  requests = join(root, "requests.txt");
  writeFileSync(requests, "");
  const r = buildSite(root, [], { TERANG_TEST_REQUESTS: requests, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(join(APP, "tests/helpers/record-requests.mjs")).href}`.trim() });
  expect(r.status, r.stderr).toBe(0);
  dist = join(root, "dist");
});

describe("build(fixture site)", () => {
  it("asks no other host while it builds (Astro's usage telemetry is off)", () => {
    const asked = readFileSync(requests, "utf8").split("\n").filter(Boolean);
    expect(asked.filter((u) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(u))).toEqual([]);
  });

  it("publishes every page type in Indonesian at / and in English at /en/", () => {
    for (const p of [
      "index.html", "indikator/index.html", "indikator/ikm/index.html", "indikator/partisipasi/index.html",
      "kebijakan/index.html", "kebijakan/evaluasi-uji/index.html", "404.html",
      "en/index.html", "en/indicators/index.html", "en/indicators/ikm/index.html", "en/policies/index.html",
    ]) expect(existsSync(join(dist, p)), p).toBe(true);
    expect(readPage(dist, "/")).toMatch(/<html lang="id"/);
    expect(readPage(dist, "/en/")).toMatch(/<html lang="en"/);
  });

  it("shows the sample-data notice on every page while data_contoh is true", () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(8);
    // Full pages carry the notice under the header; an embedded chart carries it in its source line.
    for (const p of pages) {
      const html = readFileSync(join(dist, p), "utf8");
      expect(html, p).toMatch(/^(?:sematkan|en\/embed)\//.test(p) ? /<strong class="embed-sample"[^>]*>[^<]+</ : /class="notice sample-notice"/);
    }
  });

  it("formats the latest value per locale with its band: 80,5 (B) in Indonesian, 80.5 in English", () => {
    const id = text(readPage(dist, "/indikator/ikm/"));
    const en = text(readPage(dist, "/en/indicators/ikm/"));
    expect(id).toContain("80,5");
    expect(id).toMatch(/B · Baik/);
    expect(en).toContain("80.5");
    expect(en).toMatch(/B · Good/);
    // Solok's 90 is band A.
    expect(id).toMatch(/A · Sangat baik/);
  });

  it("lists a missing observation as 'tidak tersedia' with its note", () => {
    const id = text(readPage(dist, "/indikator/ikm/"));
    expect(id).toContain("tidak tersedia");
    expect(id).toContain("Survei ditunda");
    expect(text(readPage(dist, "/en/indicators/ikm/"))).toContain("not available");
  });

  it("shows a hostile note as literal characters on every page, never as markup", () => {
    const pages = htmlPages(dist);
    let shown = 0;
    for (const p of pages) {
      const html = readFileSync(join(dist, p), "utf8");
      // Inside a quoted attribute value (a chart point's data-note) the note, once the parser has
      // decoded its character references, must fill the attribute whole, its quote never broken out of.
      const decode = (v: string) => v.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
      for (const m of html.matchAll(/data-note="([^"]*)"/g)) if (m[1]!.includes("alert(1)")) expect(decode(m[1]!), p).toBe("<script>alert(1)</script> <img src=x onerror=alert(2)>");
      const markup = html.replace(/="[^"]*"/g, '=""');
      expect(markup, p).not.toContain("<script>alert(1)</script>");
      expect(markup, p).not.toMatch(/<img[^>]*onerror/);
      if (html.includes("&lt;script&gt;alert(1)&lt;/script&gt;")) shown++;
    }
    expect(shown).toBeGreaterThanOrEqual(2);
    // JSON keeps it as data, with `<` escaped wherever JSON is inlined in HTML.
    const part = JSON.parse(readFileSync(join(dist, "data/partisipasi.json"), "utf8"));
    const note = part.kolom.indexOf("catatan");
    expect(part.data.some((r: (string | number | null)[]) => String(r[note] ?? "").includes("<script>"))).toBe(true);
  });

  it("publishes a canonical CSV (`,`, `.`, region names), an Excel CSV (;, decimal comma, BOM) and JSON for each indicator", () => {
    const csv = readFileSync(join(dist, "data/ikm.csv"), "utf8");
    expect(csv.startsWith("periode,kode_wilayah,nama_wilayah,nilai,catatan\n")).toBe(true);
    expect(csv).toContain("\n2025-S1,1373,Kota Sawahlunto,78.25,\n");
    expect(csv.split("\n").filter(Boolean)).toHaveLength(readFileSync(join(FIXTURE, "data/indicators/ikm.csv"), "utf8").split("\n").filter(Boolean).length);
    const excel = readFileSync(join(dist, "data/ikm-excel.csv"), "utf8");
    expect(excel.startsWith("\uFEFFperiode;kode_wilayah;nilai;catatan\r\n")).toBe(true);
    expect(excel).toContain("2025-S1;1373;78,25;");
    const json = JSON.parse(readFileSync(join(dist, "data/ikm.json"), "utf8"));
    expect(json.id).toBe("ikm");
    expect(json.kolom).toEqual(["periode", "kode_wilayah", "nilai", "catatan"]);
    expect(json.data).toContainEqual(["2025-S2", "1373", 80.5, null]);
    const index = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8"));
    expect(index.indikator.map((i: { id: string }) => i.id).sort()).toEqual(["ikm", "partisipasi"]);
    for (const l of ["id", "en"]) {
      const page = readPage(dist, l === "id" ? "/indikator/ikm/" : "/en/indicators/ikm/");
      for (const f of ["ikm.csv", "ikm-excel.csv", "ikm.json"]) expect(page).toContain(`href="/data/${f}"`);
    }
  });

  it("renders a policy document with its live indicator figure, status and history", () => {
    const html = readPage(dist, "/kebijakan/evaluasi-uji/");
    const t = text(html);
    expect(t).toContain("Evaluasi uji");
    expect(t).toContain("80,5");
    expect(t).toContain("Ditetapkan");
    expect(t).toMatch(/Versi 1\.1/);
    expect(t).toContain("Versi pertama");
    expect(html).toMatch(/<h2 id="latar-belakang"/);
  });

  it("sends a strict Content Security Policy with every page", () => {
    for (const p of ["index.html", "indikator/ikm/index.html", "kebijakan/evaluasi-uji/index.html"]) {
      const html = readFileSync(join(dist, p), "utf8");
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? "";
      expect(csp, p).toMatch(/script-src 'self'/);
      expect(csp, p).not.toContain("unsafe-inline");
      expect(html, p).not.toMatch(/\sstyle="/);
    }
  });
});

describe("build(fixture site) with configuration", () => {
  it("drops the sample notice when data_contoh is false, and serves every link under TERANG_BASE", () => {
    const root = copyProject(FIXTURE);
    const conf = join(root, "data/situs.yml");
    writeFileSync(conf, readFileSync(conf, "utf8").replace("data_contoh: true", "data_contoh: false"));
    const r = buildSite(root, [], { TERANG_BASE: "/transparansi/", TERANG_SITE: "https://data.example.go.id" });
    expect(r.status, r.stderr).toBe(0);
    const out = join(root, "dist");
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).not.toContain("sample-notice");
    expect(home).toContain('href="https://data.example.go.id/transparansi/"');
    const hrefs = [...home.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const h of hrefs) expect(h.startsWith("/transparansi/"), h).toBe(true);
  });
});
