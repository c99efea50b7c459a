/**
 * Reading the repository's own data the way DATA.md describes it, independently of src/: regions,
 * themes, indicator YAML and CSV totals. The citizens' site tests compare the built pages with it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import Papa from "papaparse";
import { APP } from "../helpers/site.ts";
import { indicatorYaml, observedValues, type IndicatorYaml } from "../policies/_helpers.ts";

export { observedValues, indicatorYaml };
export type Lang = "id" | "en";
export const LANGS: Lang[] = ["id", "en"];

export interface RegionRow { code: string; name: string; kind: string; parent: string }
export const regions: RegionRow[] = Papa.parse<Record<string, string>>(readFileSync(join(APP, "data/regions.csv"), "utf8").replace(/^\uFEFF/, ""), {
  header: true,
  skipEmptyLines: "greedy",
}).data.map((r) => ({ code: r.kode_wilayah!, name: r.nama_wilayah!, kind: r.jenis!, parent: r.induk ?? "" }));

export interface ThemeYaml { id: string; judul: { id: string; en?: string }; indikator: string[] }
export const themes = parseYaml(readFileSync(join(APP, "data/tema.yml"), "utf8")) as ThemeYaml[];
export const situs = parseYaml(readFileSync(join(APP, "data/situs.yml"), "utf8")) as {
  nama: { id: string; en?: string };
  penerbit: { id: string; en?: string };
  kontak: string;
  lisensi: { nama: string; url: string };
  utama: string[];
};

export type Meta = IndicatorYaml & {
  deskripsi: { id: string; en?: string };
  metode: { id: string; en?: string };
  sumber: { id: string; en?: string };
  frekuensi: string;
};
export const indicatorIds: string[] = readdirSync(join(APP, "data/indicators"))
  .filter((f) => f.endsWith(".yml"))
  .map((f) => f.slice(0, -4))
  .sort();
export const meta = (id: string): Meta => indicatorYaml(APP, id) as Meta;
export const local = (x: { id: string; en?: string }, lang: Lang) => (lang === "en" && x.en ? x.en : x.id);

/** Total rows with a value of one region, oldest first. */
const totalsCache = new Map<string, { period: string; value: number }[]>();
export function totalsOf(id: string, region: string) {
  const key = `${id}\u0000${region}`;
  if (!totalsCache.has(key)) totalsCache.set(key, observedValues(APP, id, region));
  return totalsCache.get(key)!;
}

/** Whether any row of an indicator's CSV has a value for a region (totals or breakdowns). */
const reportsCache = new Map<string, boolean>();
export function reportsOn(id: string, region: string): boolean {
  const key = `${id}\u0000${region}`;
  if (!reportsCache.has(key)) reportsCache.set(key, readReportsOn(id, region));
  return reportsCache.get(key)!;
}
function readReportsOn(id: string, region: string): boolean {
  const raw = readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8").replace(/^\uFEFF/, "");
  const delimiter = raw.split(/\r?\n/, 1)[0]!.includes(";") ? ";" : ",";
  return Papa.parse<Record<string, string>>(raw, { header: true, delimiter, skipEmptyLines: "greedy" }).data.some(
    (r) => r.kode_wilayah === region && (r.nilai ?? "").trim() !== "",
  );
}

/** The province of a region: up the `induk` chain. */
export function provinceOf(code: string): RegionRow | null {
  let r = regions.find((x) => x.code === code);
  if (!r || r.kind === "provinsi") return null;
  while (r && r.kind !== "provinsi") r = regions.find((x) => x.code === r!.parent);
  return r ?? null;
}

/** Difference as written (no floating-point noise). */
export const diff = (a: number, b: number) => Math.round((a - b) * 1e6) / 1e6;

/** Whether a change of `delta` is an improvement given `arah`; null for no change. */
export const improves = (m: Meta, delta: number): boolean | null => (delta === 0 ? null : m.arah === "naik" ? delta > 0 : delta < 0);

/** Paths of a section in each language. */
export const P = {
  home: { id: "/", en: "/en/" },
  indicators: { id: "/indikator/", en: "/en/indicators/" },
  themes: { id: "/tema/", en: "/en/themes/" },
  regions: { id: "/wilayah/", en: "/en/regions/" },
  compare: { id: "/bandingkan/", en: "/en/compare/" },
  about: { id: "/tentang/", en: "/en/about/" },
  method: { id: "/metodologi/", en: "/en/methodology/" },
} as const;
