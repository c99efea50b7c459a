/**
 * Schema and checks of `data/regions.csv`: `kode_wilayah,nama_wilayah,jenis,induk` (BPS codes).
 */
import { decodeCsvBytes, readCsv } from "./csv.ts";
import { formulaStart } from "./formula.ts";
import { nearest, capProblems, type Problem, type ErrorCode, type Params } from "./errors.ts";
import type { Region, RegionKind } from "./model.ts";

export const REGION_COLUMNS = [
  { name: "kode_wilayah", id: "Kode BPS: 2 angka untuk provinsi (13), 4 untuk kabupaten/kota (1373).", en: "BPS code: 2 digits for a province (13), 4 for a regency/city (1373)." },
  { name: "nama_wilayah", id: "Nama resmi wilayah.", en: "Official name of the region." },
  { name: "jenis", id: "provinsi, kota atau kabupaten.", en: "provinsi, kota or kabupaten." },
  { name: "induk", id: "Kode provinsi induk; kosong untuk provinsi.", en: "Code of the parent province; empty for a province." },
] as const;

const KINDS: readonly RegionKind[] = ["provinsi", "kota", "kabupaten"];

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
    const code = cells[cCode]!.trim();
    const name = cells[cName]!.trim();
    const kind = cells[cKind]!.trim();
    const parent = cells[cParent]!.trim();
    let ok = true;
    if (!/^\d{2}(\d{2})?$/.test(code)) { add("regions.bad_code", row, cCode, { value: code }); ok = false; }
    if (name === "") { add("cell.required_empty", row, cName, { name: "nama_wilayah" }); ok = false; }
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
        : p === null ? ["kabupaten/kota harus punya induk", "a regency/city needs a parent"]
        : byCode.get(p)?.kind !== "provinsi" ? ["bukan kode provinsi di berkas ini", "not a province code in this file"]
        : !region.code.startsWith(p) ? ["kode wilayah tidak diawali kode induknya", "the code does not start with its parent's"]
        : null;
    if (reason) add("regions.bad_parent", row, cParent, { value: p ?? "", reason_id: reason[0], reason_en: reason[1] });
  }
  return { regions: rows.map((r) => r.region), problems: capProblems(problems, file) };
}
