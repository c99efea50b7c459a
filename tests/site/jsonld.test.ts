/**
 * schema.org Dataset JSON-LD on the indicator pages of the real built site: it parses, carries
 * the fields a dataset catalogue needs, and its download URLs point at files that exist; the
 * serialisation cannot be broken out of by text in the data.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import Papa from "papaparse";
import { APP, siteDist } from "../helpers/site.ts";
import { scriptJson } from "../../src/lib/jsonld.ts";

const dist = siteDist(inject("siteDist"));
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

interface Meta { id: string; judul: { id: string; en?: string }; deskripsi: { id: string; en?: string }; diperbarui: string | Date }
const indicators = readdirSync(join(APP, "data/indicators"))
  .filter((f) => f.endsWith(".yml"))
  .map((f) => parse(readFileSync(join(APP, "data/indicators", f), "utf8")) as Meta);
const situs = parse(readFileSync(join(APP, "data/situs.yml"), "utf8")) as { lisensi: { url: string }; penerbit: { id: string; en: string } };
const regionNames = new Set(readFileSync(join(APP, "data/regions.csv"), "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(",")[1]));
const root = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))![1]!);

/** Years of the first and last periods with a value in the indicator's CSV (first column, `2019` or `2019-S1`). */
function yearSpan(id: string): [number, number] {
  const text = readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const years = rows.filter((r) => (r.nilai ?? "").trim() !== "").map((r) => Number((r.tahun ?? r.periode)!.slice(0, 4)));
  expect(years.length).toBeGreaterThan(0);
  return [Math.min(...years), Math.max(...years)];
}

function dataset(path: string): Record<string, any> {
  const h = html(path);
  const blocks = [...h.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks.length, path).toBe(1);
  const raw = blocks[0]![1]!;
  // Nothing in it can end the element or start markup.
  expect(raw).not.toContain("<");
  // In <head>, before the body.
  expect(h.indexOf(blocks[0]![0])).toBeLessThan(h.indexOf("</head>"));
  return JSON.parse(raw);
}

describe("Dataset JSON-LD on indicator pages", () => {
  for (const lang of ["id", "en"] as const) {
    it(`${lang}: parses, and describes the indicator with its downloads, coverage, licence and dates`, () => {
      for (const m of indicators) {
        const path = lang === "id" ? `indikator/${m.id}` : `en/indicators/${m.id}`;
        const d = dataset(path);
        const canonical = unescape(/<link rel="canonical" href="([^"]+)"/.exec(html(path))![1]!);
        expect(d["@context"]).toBe("https://schema.org");
        expect(d["@type"]).toBe("Dataset");
        expect(d.name).toBe(lang === "en" && m.judul.en ? m.judul.en : m.judul.id);
        expect(d.description).toBe(lang === "en" && m.deskripsi.en ? m.deskripsi.en : m.deskripsi.id);
        expect(d.url).toBe(canonical);
        expect(d.inLanguage).toBe(lang);
        expect(d.license).toBe(situs.lisensi.url);
        expect(d.creator.name).toBe(situs.penerbit[lang]);
        expect(d.publisher["@type"]).toBe("Organization");
        const modified = m.diperbarui instanceof Date ? m.diperbarui.toISOString().slice(0, 10) : m.diperbarui;
        expect(d.dateModified).toBe(modified);
        // ISO 8601 interval from the first to the last period with data.
        const [from, to] = yearSpan(m.id);
        expect(d.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
        const [start, end] = (d.temporalCoverage as string).split("/");
        expect(Number(start!.slice(0, 4))).toBe(from);
        expect(Number(end!.slice(0, 4))).toBe(to);
        expect(start! < end!).toBe(true);
        // Places are the regions of the data.
        expect(d.spatialCoverage.length).toBeGreaterThan(0);
        for (const p of d.spatialCoverage) expect(regionNames.has(p.name), p.name).toBe(true);
        expect(d.variableMeasured["@type"]).toBe("PropertyValue");
        expect(d.variableMeasured.name).toBe(d.name);
        // Downloads: CSV and JSON, absolute URLs of files that exist and are what they say.
        const byFormat = new Map((d.distribution as any[]).map((x) => [x.encodingFormat, x]));
        expect([...byFormat.keys()].sort()).toEqual(["application/json", "text/csv"]);
        for (const [format, x] of byFormat) {
          expect(x["@type"]).toBe("DataDownload");
          const u = new URL(x.contentUrl);
          expect(u.origin).toBe(root.origin);
          const file = join(dist, u.pathname.slice(root.pathname.length));
          expect(existsSync(file), x.contentUrl).toBe(true);
          const body = readFileSync(file, "utf8");
          if (format === "application/json") expect(() => JSON.parse(body)).not.toThrow();
          else {
            // The canonical CSV: the source's rows, with `,`, `.` and the region names.
            const source = Papa.parse<string[]>(readFileSync(join(APP, "data/indicators", `${m.id}.csv`), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
            const published = Papa.parse<string[]>(body, { skipEmptyLines: true, delimiter: "," }).data;
            expect(published[0]!.slice(0, 3)).toEqual([source[0]![0], "kode_wilayah", "nama_wilayah"]);
            expect(published.length).toBe(source.length);
          }
        }
      }
    });
  }

  it("is only on indicator pages (other pages link the site's DCAT catalogue, no inline JSON-LD)", () => {
    expect(readFileSync(join(dist, "index.html"), "utf8")).not.toContain('<script type="application/ld+json"');
    expect(html("cari")).not.toContain('<script type="application/ld+json"');
  });
});

describe("scriptJson (the JSON inlined in a <script> element)", () => {
  it("escapes <, >, & and line separators, and still parses to the same value", () => {
    const hostile = { a: "</script><script>alert(1)</script>", b: "<!-- x -->", c: "R&D > 5", d: "line\u2028sep\u2029x" };
    const s = scriptJson(hostile);
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(s)).toEqual(hostile);
  });
});
