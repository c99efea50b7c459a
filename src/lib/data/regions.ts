/**
 * Schema and checks of `data/regions.csv`: `kode_wilayah,nama_wilayah,jenis,induk`. Codes are the
 * Ministry of Home Affairs' (Kemendagri) codes, checked against its list (official-regions.ts):
 * provinces (2 digits), regencies and cities (4), districts (kecamatan, 6). A dotted code
 * (`13.72`, `13.73.01`) is accepted and kept without dots. An unknown code is an error; a name
 * other than the official one is a warning naming it; an empty name takes the official one.
 */
import { decodeCsvBytes, readCsv } from "./csv.ts";
import { formulaStart } from "./formula.ts";
import { normaliseRegionCode, officialRegion, sameName } from "./official-regions.ts";
import { nearest, capProblems, type Problem, type ErrorCode, type Params } from "./errors.ts";
import type { Region, RegionKind } from "./model.ts";

export const REGION_COLUMNS = [
  { name: "kode_wilayah", id: "Kode wilayah Kemendagri: 2 angka untuk provinsi (13), 4 untuk kabupaten/kota (1373), 6 untuk kecamatan (137301); boleh bertitik (13.73.01). Harus ada dalam daftar resmi.", en: "Ministry of Home Affairs region code: 2 digits for a province (13), 4 for a regency/city (1373), 6 for a district (137301); dots allowed (13.73.01). Must be in the official list." },
  { name: "nama_wilayah", id: "Nama resmi wilayah; boleh dikosongkan, maka nama resmi Kemendagri yang dipakai.", en: "Official name of the region; may be left empty, and the Ministry's official name is used." },
  { name: "jenis", id: "provinsi, kota, kabupaten atau kecamatan.", en: "provinsi, kota, kabupaten or kecamatan." },
  { name: "induk", id: "Kode induk: provinsi untuk kota/kabupaten, kota/kabupaten untuk kecamatan; kosong untuk provinsi.", en: "Code of the parent: the province of a city/regency, the city/regency of a district; empty for a province." },
] as const;

const KINDS: readonly RegionKind[] = ["provinsi", "kota", "kabupaten", "kecamatan"];
/** Digits of a code for each kind. */
const DIGITS: Record<RegionKind, number> = { provinsi: 2, kota: 4, kabupaten: 4, kecamatan: 6 };
const LEVEL_NAME: Record<number, [string, string]> = { 2: ["provinsi", "a province"], 4: ["kota/kabupaten", "a city/regency"], 6: ["kecamatan", "a district"] };

export function checkRegions(bytes: Uint8Array, file: string): { regions: Region[]; problems: Problem[] } {
  const decoded = decodeCsvBytes(bytes, file);
  if (decoded.text === null) return { regions: [], problems: decoded.problems };
  const names = REGION_COLUMNS.map((c) => c.name as string);
  const read = readCsv(decoded.text, file, { knownColumns: names });
  const problems = [...read.problems];
  const table = read.table;
  if (!table) return { regions: [], problems };
  const lower = table.header.map((h) => h.toLowerCase());
  lower.forEach((h, i) => {
    if (!names.includes(h))
      problems.push({ code: "header.unknown", file, row: table.headerRow, column: table.header[i]!, letter: table.letters[i]!, params: { name: table.header[i], suggestion: nearest(h, names), known: names.join(", ") } });
  });
  for (const n of names) if (!lower.includes(n)) problems.push({ code: "header.missing", file, row: table.headerRow, column: n, params: { name: n } });
  // Rows are read unless the header itself is wrong (a bad row elsewhere must not hide every region).
  if (problems.some((p) => p.code.startsWith("header."))) return { regions: [], problems: capProblems(problems, file) };

  const col = (n: string) => lower.indexOf(n);
  const [cCode, cName, cKind, cParent] = names.map(col) as [number, number, number, number];
  const add = (code: ErrorCode, row: number, c: number, params: Params) =>
    problems.push({ code, file, row, column: table.header[c]!, letter: table.letters[c]!, params });
  const rows: { region: Region; row: number }[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const code = normaliseRegionCode(cells[cCode]!);
    let name = cells[cName]!.trim();
    const kind = cells[cKind]!.trim();
    const parent = normaliseRegionCode(cells[cParent]!);
    let ok = true;
    const official = /^\d{2}(\d{2}(\d{2})?)?$/.test(code) ? officialRegion(code) : null;
    if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code)) { add("regions.bad_code", row, cCode, { value: cells[cCode]!.trim() }); ok = false; }
    else if (!official) { add("regions.not_official", row, cCode, { value: cells[cCode]!.trim() }); ok = false; }
    else if (KINDS.includes(kind as RegionKind) && DIGITS[kind as RegionKind] !== code.length) {
      const [level_id, level_en] = LEVEL_NAME[code.length]!;
      add("regions.kind_level", row, cKind, { kind, value: code, digits: code.length, level_id, level_en });
      ok = false;
    }
    if (name === "" && official) name = official.name;
    else if (name === "") { add("cell.required_empty", row, cName, { name: "nama_wilayah" }); ok = false; }
    else if (official && !sameName(name, official.name)) add("warn.region_name", row, cName, { value: name, code, official: official.name });
    // The name is published in data/regions.csv and in every indicator's download.
    const sign = formulaStart(cells[cName]!);
    if (sign) { add("text.formula", row, cName, { value: cells[cName]!, char: sign }); ok = false; }
    if (!KINDS.includes(kind as RegionKind)) { add("regions.bad_kind", row, cKind, { value: kind }); ok = false; }
    const other = seen.get(code);
    if (other !== undefined) { add("regions.duplicate", row, cCode, { value: code, other }); ok = false; }
    else seen.set(code, row);
    if (ok) rows.push({ row, region: { code, name, kind: kind as RegionKind, parent: parent === "" ? null : parent } });
  }
  const byCode = new Map(rows.map((r) => [r.region.code, r.region]));
  for (const { row, region } of rows) {
    const p = region.parent;
    const reason =
      region.kind === "provinsi"
        ? p !== null ? ["provinsi tidak punya induk", "a province has no parent"] : null
        : p === null ? region.kind === "kecamatan" ? ["kecamatan harus punya induk", "a district needs a parent"] : ["kabupaten/kota harus punya induk", "a regency/city needs a parent"]
        : region.kind === "kecamatan"
          ? !["kota", "kabupaten"].includes(byCode.get(p)?.kind ?? "") ? ["bukan kode kota/kabupaten di berkas ini", "not a city/regency code in this file"] : null
        : byCode.get(p)?.kind !== "provinsi" ? ["bukan kode provinsi di berkas ini", "not a province code in this file"]
        : null;
    const reason2 = reason ?? (p !== null && !region.code.startsWith(p) ? ["kode wilayah tidak diawali kode induknya", "the code does not start with its parent's"] : null);
    if (reason2) add("regions.bad_parent", row, cParent, { value: p ?? "", reason_id: reason2[0], reason_en: reason2[1] });
  }
  return { regions: rows.map((r) => r.region), problems: capProblems(problems, file) };
}
