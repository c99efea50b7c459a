/**
 * The Ministry of Home Affairs (Kemendagri) list of regions, as shipped in the `idn-area-data`
 * package (data under the Open Database License; package MIT): provinces, regencies and cities,
 * and districts (kecamatan). Only the lists a project needs are read, each once per process:
 * provinces and regencies (15 KB) always, districts (186 KB) only when regions.csv has a district
 * code; villages and islands (4 MB) never.
 *
 * Codes are kept without dots (`13.73.01` → `137301`), the form regions.csv uses; a staff member
 * may write either (`normaliseRegionCode`).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Papa from "papaparse";

export type OfficialLevel = "provinsi" | "kabupaten/kota" | "kecamatan";
export interface OfficialRegion { readonly code: string; readonly name: string; readonly level: OfficialLevel; readonly parent: string | null }

/** `13.72` → `1372`; `13.73.01` → `137301`; anything else unchanged (trimmed). */
export function normaliseRegionCode(code: string): string {
  const c = code.trim();
  return /^\d{2}(\.\d{2}(\.\d{2})?)?$/.test(c) ? c.replace(/\./g, "") : c;
}

/** Level of a code by its length: 2 province, 4 regency/city, 6 district. */
export function levelOf(code: string): OfficialLevel | null {
  return code.length === 2 ? "provinsi" : code.length === 4 ? "kabupaten/kota" : code.length === 6 ? "kecamatan" : null;
}

let dataDir: string | null = null;
const cache = new Map<string, Map<string, OfficialRegion>>();

function load(file: "provinces" | "regencies" | "districts"): Map<string, OfficialRegion> {
  const hit = cache.get(file);
  if (hit) return hit;
  dataDir ??= join(dirname(createRequire(import.meta.url).resolve("idn-area-data/package.json")), "data");
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, `${file}.csv`), "utf8"), { header: true, skipEmptyLines: true }).data;
  const level: OfficialLevel = file === "provinces" ? "provinsi" : file === "regencies" ? "kabupaten/kota" : "kecamatan";
  const parentKey = file === "regencies" ? "province_code" : file === "districts" ? "regency_code" : null;
  const map = new Map(rows.map((r) => {
    const code = normaliseRegionCode(r.code!);
    return [code, { code, name: r.name!.trim(), level, parent: parentKey ? normaliseRegionCode(r[parentKey]!) : null }] as const;
  }));
  cache.set(file, map);
  return map;
}

/** The official region of a (normalised) code, or null when the list has none. */
export function officialRegion(code: string): OfficialRegion | null {
  const level = levelOf(code);
  if (level === "provinsi") return load("provinces").get(code) ?? null;
  if (level === "kabupaten/kota") return load("regencies").get(code) ?? null;
  if (level === "kecamatan") return load("districts").get(code) ?? null;
  return null;
}

/** The official names of Kemendagri use "Kota X" / "Kabupaten X"; a name compares case- and space-blind. */
export const sameName = (a: string, b: string): boolean => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
