/**
 * Charts in the BUILT site (tests/global-setup.ts builds the repository's own data once): every
 * indicator page in both languages carries complete inline SVG charts with a title, a summary and
 * a data table whose numbers are the CSV's, in the page's locale; downloads exist and are what
 * they say; the client script stays within 10 KB gzipped; notes sit on their data points.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import { describe, expect, inject, it } from "vitest";
import { APP, readPage, siteDist } from "../helpers/site.ts";
import { tablePoints } from "./_helpers.ts";

const dist = siteDist(inject("siteDist"));
const ids = readdirSync(join(APP, "data/indicators")).filter((f) => f.endsWith(".yml")).map((f) => f.replace(/\.yml$/, ""));
const pages = ids.flatMap((id) => [
  { id, lang: "id" as const, path: `indikator/${id}/` },
  { id, lang: "en" as const, path: `en/indicators/${id}/` },
]);

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" } as Record<string, string>)[e.toLowerCase()]!,
  );
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, "")).trim();
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : null;
};
/** Every `<terang-chart>` block of a page. */
const figures = (html: string) => [...html.matchAll(/<terang-chart\b[^>]*>[\s\S]*?<\/terang-chart>/g)].map((m) => m[0]);
const byId = (html: string, id: string) => {
  const m = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? textOf(m[2]!) : null;
};

interface Row { period: string; region: string; value: number | null; note: string; noteEn: string; dims: Record<string, string> }
function csvRows(id: string): Row[] {
  let text = readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8").replace(/^\ufeff/, "");
  const delimiter = text.split(/\r?\n/)[0]!.includes(";") ? ";" : ",";
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter });
  return parsed.data.map((r) => {
    const raw = (r.nilai ?? "").trim();
    const dims = Object.fromEntries(Object.entries(r).filter(([k]) => !["tahun", "periode", "kode_wilayah", "nilai", "catatan", "catatan_en"].includes(k)));
    return { period: r.periode ?? r.tahun!, region: r.kode_wilayah!, value: raw === "" ? null : Number(raw.replace(",", ".")), note: (r.catatan ?? "").trim(), noteEn: (r.catatan_en ?? "").trim(), dims };
  });
}
const isTotal = (r: Row) => Object.values(r.dims).every((v) => !v || v.trim() === "");
/**
 * Independent of the site's formatter: Indonesian uses a decimal comma, English a point, and every
 * value of an indicator has the same decimals (its precision: `desimal` in its YAML, else the most
 * decimals among its CSV values).
 */
const localNumber = (v: number, lang: "id" | "en", decimals: number) => (lang === "id" ? v.toFixed(decimals).replace(".", ",") : v.toFixed(decimals));
function precisionOf(id: string): number {
  const declared = /^desimal:\s*(\d+)/m.exec(readFileSync(join(APP, "data/indicators", `${id}.yml`), "utf8"));
  if (declared) return Number(declared[1]);
  return Math.max(0, ...csvRows(id).flatMap((r) => (r.value === null ? [] : [(String(r.value).split(".")[1] ?? "").length])));
}

describe.each(pages)("$path", ({ id, lang, path }) => {
  const html = readPage(dist, path);
  const figs = figures(html);
  const rows = csvRows(id);

  it("has a time series, a comparison and one breakdown per region reporting each dimension", () => {
    const kinds = figs.map((f) => attr(f.slice(0, f.indexOf(">") + 1), "data-kind"));
    expect(kinds.filter((k) => k === "tren")).toHaveLength(1);
    expect(kinds.filter((k) => k === "perbandingan")).toHaveLength(1);
    const broken = new Set(rows.filter((r) => !isTotal(r) && r.value !== null).map((r) => `${Object.entries(r.dims).find(([, v]) => v)![0]}|${r.region}`));
    expect(kinds.filter((k) => k === "rincian")).toHaveLength(broken.size);
  });

  it("every chart is complete inline SVG with role=img, a title, a viewBox and a summary it points to", () => {
    for (const f of figs) {
      const svgs = [...f.matchAll(/<svg\b[^>]*data-chart-svg[^>]*>/g)].map((m) => m[0]);
      expect(svgs.length).toBeGreaterThanOrEqual(1);
      for (const svg of svgs) {
        expect(attr(svg, "role")).toBe("img");
        expect(attr(svg, "viewBox")).toMatch(/^0 0 [\d.]+ [\d.]+$/);
        expect(attr(svg, "width")).toBeNull();
        const title = byId(f, attr(svg, "aria-labelledby")!);
        expect(title && title.length).toBeGreaterThan(5);
        const summary = byId(html, attr(svg, "aria-describedby")!);
        expect(summary!.length).toBeGreaterThan(20);
      }
      expect(f).toMatch(/<\/svg>/);
    }
  });

  it("shows chart and table both without JavaScript: no panel is hidden in the HTML, the JS-only controls are", () => {
    for (const f of figs) {
      for (const m of f.matchAll(/<[^>]*data-chart-panel="[^"]*"[^>]*>/g)) expect(m[0]).not.toMatch(/\shidden\b/);
      expect(f).toMatch(/<table class="chart-data"/);
      expect(f).toMatch(/<div[^>]*data-chart-controls[^>]*\shidden/);
    }
  });

  it("the time series table holds every total value of the CSV, in the page's locale, with its note", () => {
    const trend = figs.find((f) => f.includes('data-kind="tren"'))!;
    const table = trend.slice(trend.indexOf("<table"), trend.indexOf("</table>"));
    const header = [...table.slice(0, table.indexOf("</thead>")).matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!)).slice(1);
    const body = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!));
    const totals = rows.filter(isTotal);
    const regions = [...new Set(totals.map((r) => r.region))];
    expect(header).toHaveLength(regions.length);
    expect(body).toHaveLength(new Set(totals.map((r) => r.period)).size);
    const names = new Map(Papa.parse<Record<string, string>>(readFileSync(join(APP, "data/regions.csv"), "utf8"), { header: true, skipEmptyLines: true }).data.map((r) => [r.kode_wilayah!, r.nama_wilayah!]));
    let checked = 0;
    for (const r of totals) {
      const col = header.indexOf(names.get(r.region)!);
      expect(col, r.region).toBeGreaterThanOrEqual(0);
      const column = body.map((row) => textOf(row[col + 1]!.replace(/<span class="cell-note"[\s\S]*?<\/span>/, "")));
      if (r.value !== null) {
        const n = localNumber(r.value, lang, precisionOf(id));
        expect(column.some((c) => c === n || c.startsWith(`${n}\u00a0`) || c === `${n}%`), `${r.period} ${r.region} ${n}`).toBe(true);
      }
      // English pages print the English note where the row has one.
      const note = lang === "en" && r.noteEn ? r.noteEn : r.note;
      if (note) expect(body.some((row) => textOf(row[col + 1]!).includes(note)), note).toBe(true);
      checked++;
    }
    expect(checked).toBe(totals.length);
  });

  it("notes sit on their data points (the point's table cell, found as the page script finds it, has the note)", () => {
    if (lang !== "id") return;
    const trend = figs.find((f) => f.includes('data-kind="tren"'))!;
    const start = trend.search(/<svg\b[^>]*data-chart-svg/);
    const wide = trend.slice(start, trend.indexOf("</svg>", start));
    const noted = rows.filter((r) => isTotal(r) && r.note);
    // A point's series is its group's (`data-series-group`, which also carries the label once).
    const points = tablePoints(trend, wide);
    // Points carry no texts of their own (the script reads them from the table).
    for (const p of points) expect(p.tag).not.toMatch(/data-(period|value|note|label)=/);
    for (const r of noted) {
      const hit = points.find((p) => p.note === r.note && p.series === r.region);
      expect(hit, `${r.period} ${r.region}: ${r.note}`).toBeDefined();
    }
    // Each note is numbered on the drawing and listed under it, left to right.
    const numbers = [...wide.matchAll(/<text class="note-number[^"]*"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(numbers.sort((a, b) => a - b)).toEqual(noted.map((_, i) => i + 1));
    const list = /<div class="chart-notes"[\s\S]*?<\/ol>/.exec(trend);
    if (noted.length === 0) expect(list).toBeNull();
    else {
      const items = [...list![0].matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
      expect(items).toHaveLength(noted.length);
      for (const r of noted) expect(items.some((i) => i.endsWith(r.note)), r.note).toBe(true);
      // Left to right: by period, then in the series' (the table's column) order.
      const names = new Map(Papa.parse<Record<string, string>>(readFileSync(join(APP, "data/regions.csv"), "utf8"), { header: true, skipEmptyLines: true }).data.map((r) => [r.kode_wilayah!, r.nama_wilayah!]));
      const table = trend.slice(trend.indexOf("<thead"), trend.indexOf("</thead>"));
      const columns = [...table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
      const expected = [...noted].sort((a, b) => a.period.localeCompare(b.period) || columns.indexOf(names.get(a.region)!) - columns.indexOf(names.get(b.region)!));
      expect(items).toEqual(expected.map((r) => expect.stringMatching(new RegExp(`^${names.get(r.region)}, .*: ${r.note.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`))));
    }
    // (The exported image writes the numbered notes out below the drawing: tests/browser/charts.test.ts.)
    // One focusable point (or gap marker) per value or note of each region.
    expect(points).toHaveLength(rows.filter((r) => isTotal(r) && (r.value !== null || r.note)).length);
  });

  it("links downloads that exist (CSV as published, Excel CSV, JSON); chart images are made in the browser, no image file is built", () => {
    const links = [...html.matchAll(/<a\b[^>]*\shref="(\/data\/[^"]+)"[^>]*\sdownload/g)].map((m) => m[1]!);
    for (const want of [`/data/${id}.csv`, `/data/${id}-excel.csv`, `/data/${id}.json`]) expect(links).toContain(want);
    for (const l of new Set(links)) expect(existsSync(join(dist, l)), l).toBe(true);
    expect(html).not.toContain("data/grafik/");
    expect(existsSync(join(dist, "data/grafik"))).toBe(false);
    for (const f of figs) {
      const name = attr(f.slice(0, f.indexOf(">") + 1), "data-export-name")!;
      expect(name).toMatch(new RegExp(`^${id}-(tren|perbandingan|rincian-.+)-${lang}$`));
      // SVG and PNG buttons, hidden until the script runs; until then the row says why and offers the data.
      expect(f).toMatch(/<span class="chart-images" data-chart-images hidden>[\s\S]*?data-chart-export="svg"[\s\S]*?data-chart-export="png"/);
      expect(f).toMatch(/<p class="chart-images-nojs[^"]*" data-chart-nojs>[^<]*JavaScript[^<]*CSV[^<]*JSON/);
    }
  });

  it("loads at most 10 KB of gzipped JavaScript, following imports", () => {
    const seen = new Set<string>();
    const queue = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    let total = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[0])).reduce((n, m) => n + gzipSync(m[1]!).length, 0);
    while (queue.length) {
      const src = queue.shift()!;
      if (seen.has(src)) continue;
      seen.add(src);
      const code = readFileSync(join(dist, src), "utf8");
      total += gzipSync(code).length;
      for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) queue.push(new URL(m[1] ?? m[2]!, `http://x${src}`).pathname);
    }
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(10 * 1024);
  });
});

describe("indicator page specifics", () => {
  it("warns that layanan-digital is overdue, and only there", () => {
    expect(readPage(dist, "indikator/layanan-digital/")).toMatch(/class="notice overdue"/);
    expect(readPage(dist, "en/indicators/layanan-digital/")).toMatch(/class="notice overdue"/);
    expect(readPage(dist, "indikator/ikm/")).not.toMatch(/class="notice overdue"/);
  });
  it("shows the headline value in each locale with its change", () => {
    // The headline speaks for a city (Kota Sawahlunto, the first city in the site's region order), not the province.
    const latest = csvRows("ikm").filter((r) => isTotal(r) && r.region === "1373" && r.value !== null).at(-1)!;
    for (const [lang, path] of [["id", "indikator/ikm/"], ["en", "en/indicators/ikm/"]] as const) {
      const html = readPage(dist, path);
      const head = /<p class="headline-value"[^>]*>([^<]+)<\/p>/.exec(html)![1];
      expect(decode(head!)).toBe(localNumber(latest.value!, lang, precisionOf("ikm")));
      expect(html).toMatch(/class="change[^"]*"/);
    }
  });
  it("the Excel CSV has a BOM, semicolons and decimal commas", () => {
    const b = readFileSync(join(dist, "data/ikm-excel.csv"));
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = b.toString("utf8").slice(1).split(/\r?\n/);
    expect(lines[0]).toContain(";");
    expect(lines.slice(1).some((l) => /;\d+,\d+;/.test(l))).toBe(true);
    expect(lines.slice(1).some((l) => /;\d+\.\d+;/.test(l))).toBe(false);
  });
});
