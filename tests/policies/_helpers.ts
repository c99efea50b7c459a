/**
 * Shared by the policy tests: the fixture site (tests/fixtures/site, see its README), building a
 * copy of it, and small readers of the built HTML.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import Papa from "papaparse";
import { APP, buildSite, copyProject } from "../helpers/site.ts";

export const FIXTURE = resolve(APP, "tests/fixtures/site");

/** Copies the fixture and builds it; returns the project root and its dist. */
export function buildFixture(extra: Record<string, string> = {}): { root: string; dist: string } {
  const root = copyProject(FIXTURE);
  const r = buildSite(root, [], extra);
  if (r.status !== 0) throw new Error(`The fixture site does not build:\n${r.stdout}\n${r.stderr}`);
  return { root, dist: join(root, "dist") };
}

/** Every built HTML page, as a path relative to dist. */
export function htmlPages(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return htmlPages(p, `${prefix}${n}/`);
    return n.endsWith(".html") ? [`${prefix}${n}`] : [];
  });
}

/** The built file for a site path (`/kebijakan/` → kebijakan/index.html), or null. */
export function fileFor(dist: string, path: string): string | null {
  const clean = decodeURI(path.split("#")[0]!.split("?")[0]!).replace(/^\//, "");
  for (const f of [clean.endsWith("/") || clean === "" ? `${clean}index.html` : clean]) {
    try {
      if (statSync(join(dist, f)).isFile()) return join(dist, f);
    } catch {
      // not built
    }
  }
  return null;
}

/** Text of some HTML, tags as spaces, entities for quotes and ampersands decoded. */
export const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, " ");

/** The outer HTML of the first element matching an opening-tag pattern, balanced on its tag name. */
export function element(html: string, open: RegExp): string | null {
  const m = open.exec(html);
  if (!m) return null;
  const tag = /^<([a-z0-9]+)/i.exec(m[0])![1]!;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  re.lastIndex = m.index;
  let depth = 0;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  return null;
}

/** Every element matching an opening-tag pattern (global), outer HTML. */
export function elements(html: string, open: RegExp): string[] {
  const out: string[] = [];
  const g = new RegExp(open.source, open.flags.includes("g") ? open.flags : `${open.flags}g`);
  for (const m of html.matchAll(g)) {
    const el = element(html.slice(m.index), new RegExp(open.source, open.flags.replace("g", "")));
    if (el) out.push(el);
  }
  return out;
}

export const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every `id` in a page. */
export const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

export interface FixtureDoc {
  slug: string;
  judul: string;
  ringkasan: string;
  bahasa: "id" | "en";
  status: string;
  wilayah: string;
  jenis: string;
  tanggal: string;
  versi: string;
  terjemahan?: string;
  riwayat: { versi: string; tanggal: string; catatan: string }[];
}

/** The fixture's documents, read from their frontmatter (so the tests follow the fixture). */
export function fixtureDocs(): FixtureDoc[] {
  return projectDocs(FIXTURE);
}

/** The documents of a project (`content/policies/*.mdx`), from their frontmatter, with their body. */
export function projectDocs(root: string): (FixtureDoc & { body: string; indikator: string[]; konsultasi?: { batas?: string; kontak?: string } })[] {
  const dir = join(root, "content/policies");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const src = readFileSync(join(dir, f), "utf8");
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(src)!;
      const fm = parseYaml(m[1]!, { schema: "core" }) as Record<string, unknown>;
      const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      const k = fm.konsultasi as { batas?: unknown; kontak?: string } | undefined;
      return {
        ...(fm as unknown as FixtureDoc),
        body: src.slice(m[0].length),
        indikator: (fm.indikator as string[] | undefined) ?? [],
        ...(k ? { konsultasi: { ...k, batas: k.batas === undefined ? undefined : date(k.batas) } } : {}),
        slug: f.replace(/\.mdx$/, ""),
        tanggal: date(fm.tanggal),
        riwayat: (fm.riwayat as FixtureDoc["riwayat"]).map((h) => ({ ...h, tanggal: date(h.tanggal) })),
      };
    });
}

/** What the list of a language shows: its own documents plus untranslated ones of the other. */
export const listedIn = <D extends FixtureDoc>(docs: D[], lang: "id" | "en"): D[] => docs.filter((d) => d.bahasa === lang || !d.terjemahan);

export const docHref = (d: FixtureDoc) => (d.bahasa === "id" ? `/kebijakan/${d.slug}/` : `/en/policies/${d.slug}/`);

// ── Reading the data as staff wrote it, to compare with the pages ──────────────

export interface IndicatorYaml {
  id: string;
  judul: { id: string; en?: string };
  satuan: string;
  arah: "naik" | "turun";
  target?: { nilai: number; tahun: number };
  kategori?: { dari: number; sampai: number; kode: string }[];
  dimensi?: { kolom: string }[];
}

export const indicatorYaml = (root: string, id: string): IndicatorYaml =>
  parseYaml(readFileSync(join(root, "data/indicators", `${id}.yml`), "utf8")) as IndicatorYaml;

/**
 * The total rows (every dimension cell empty) of one region of an indicator's CSV that have a
 * value, oldest first: `{ period: "2026-S1", value: 88.94 }`. Reads the file the way DATA.md
 * describes (BOM, `,` or `;` from the header line, decimal comma in a `;` file).
 */
export function observedValues(root: string, id: string, region: string): { period: string; value: number }[] {
  const raw = readFileSync(join(root, "data/indicators", `${id}.csv`), "utf8").replace(/^\uFEFF/, "");
  const header = raw.split(/\r?\n/, 1)[0]!;
  const delimiter = header.includes(";") ? ";" : ",";
  const rows = Papa.parse<Record<string, string>>(raw, { header: true, delimiter, skipEmptyLines: "greedy" }).data;
  const dims = (indicatorYaml(root, id).dimensi ?? []).map((d) => d.kolom);
  return rows
    .filter((r) => r.kode_wilayah === region && dims.every((d) => !r[d]) && (r.nilai ?? "").trim() !== "")
    .map((r) => ({ period: (r.tahun ?? r.periode)!, value: Number(delimiter === ";" ? r.nilai!.replace(",", ".") : r.nilai) }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** A number as a page shows it (`88,94`, `52,7 %`, `1.234,5`, `−2`), in the page's language. */
export function shownNumber(s: string, lang: "id" | "en"): number {
  const m = /[−-]?[\d.,]+/.exec(s.replace(/\u2212/g, "-"));
  if (!m) return NaN;
  const n = lang === "id" ? m[0].replace(/\./g, "").replace(",", ".") : m[0].replace(/,/g, "");
  return Number(n);
}

/** The band (kategori) a value falls in: rounded to the precision of the band limits, lower limits inclusive. */
export function expectedBand(meta: IndicatorYaml, value: number): string | null {
  if (!meta.kategori) return null;
  const decimals = Math.max(...meta.kategori.flatMap((k) => [k.dari, k.sampai]).map((x) => (String(x).split(".")[1] ?? "").length));
  const f = 10 ** decimals;
  const r = Math.round(value * f + 1e-9) / f;
  return meta.kategori.find((k) => r >= k.dari && r <= k.sampai)?.kode ?? null;
}

/**
 * The class pattern of a value's target badge, or null without a target. Pages show progress to
 * the target year (src/lib/data/progress.ts): a value that meets the target is "achieved"
 * (`progress-tercapai`); one that does not has any other progress status.
 */
export function expectedTarget(meta: IndicatorYaml, value: number): string | null {
  if (!meta.target) return null;
  const met = meta.arah === "naik" ? value >= meta.target.nilai : value <= meta.target.nilai;
  return met ? "progress progress-tercapai" : "progress progress-(?!tercapai)[a-z_]+";
}

/** Indicator ids a document cites: its `indikator` list and every `<Indicator id>`/`<Chart id>` in its body. */
export function citedIds(doc: { indikator: string[]; body: string }): Set<string> {
  const embedded = [...doc.body.matchAll(/<(?:Indicator|Chart)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
  return new Set([...doc.indikator, ...embedded]);
}
