/**
 * The per-indicator downloads on the built sample site: the canonical CSV (UTF-8 without BOM,
 * `,`, `.` decimals, nama_wilayah after kode_wilayah, catatan), the English variant (English
 * headers and region names) linked from English pages, and the XLSX linked from both.
 */
import { describe, it, expect, inject } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { APP, readPage, siteDist } from "../helpers/site.ts";

const dist = siteDist(inject("siteDist"));
const ids: string[] = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8")).indikator.map((i: { id: string }) => i.id);
const regions = Papa.parse<Record<string, string>>(readFileSync(join(APP, "data/regions.csv"), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
const nameOf = new Map(regions.map((r) => [r.kode_wilayah!, r.nama_wilayah!]));

describe("canonical and English CSVs", () => {
  it("every /data/<id>.csv is UTF-8 without BOM, ',' with '.' decimals, names after codes, the source's rows", () => {
    for (const id of ids) {
      const bytes = readFileSync(join(dist, `data/${id}.csv`));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), id).toBe(false);
      const rows = Papa.parse<string[]>(bytes.toString("utf8"), { delimiter: ",", skipEmptyLines: true }).data;
      const [head, ...body] = rows;
      expect(head!.slice(1, 3), id).toEqual(["kode_wilayah", "nama_wilayah"]);
      // `catatan_en` follows only when the source file fills it (capaian-20-jp does).
      const sourceRows = Papa.parse<Record<string, string>>(readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
      const english = sourceRows.some((r) => (r.catatan_en ?? "").trim() !== "");
      expect(head!.slice(english ? -3 : -2), id).toEqual(english ? ["nilai", "catatan", "catatan_en"] : ["nilai", "catatan"]);
      const value = head!.indexOf("nilai");
      for (const r of body) {
        expect(r[2], `${id}: ${r[1]}`).toBe(nameOf.get(r[1]!));
        if (r[value] !== "") expect(r[value], id).toMatch(/^-?\d+(\.\d+)?$/);
      }
      const source = Papa.parse<string[]>(readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      expect(body.length, id).toBe(source.length - 1);
    }
  });

  it("every /data/<id>-en.csv has English headers and English region names, row for row", () => {
    for (const id of ids) {
      const id_ = Papa.parse<string[]>(readFileSync(join(dist, `data/${id}.csv`), "utf8"), { skipEmptyLines: true }).data;
      const en = Papa.parse<string[]>(readFileSync(join(dist, `data/${id}-en.csv`), "utf8"), { skipEmptyLines: true }).data;
      expect(en[0]!.slice(0, 3), id).toEqual([id_[0]![0] === "tahun" ? "year" : "period", "region_code", "region_name"]);
      expect(en[0]!.slice(-2), id).toEqual(["value", "note"]);
      expect(en.length, id).toBe(id_.length);
      for (let i = 1; i < en.length; i++) expect(en[i]![1], id).toBe(id_[i]![1]);
    }
    const all = ids.flatMap((id) => Papa.parse<string[]>(readFileSync(join(dist, `data/${id}-en.csv`), "utf8"), { skipEmptyLines: true }).data.slice(1).map((r) => r[2]));
    expect(all).toContain("Sawahlunto City");
    expect(all).toContain("West Sumatra");
    expect(all).not.toContain("Kota Sawahlunto");
  });

  it("English indicator pages link the English CSV; both languages link the canonical CSV and the XLSX", () => {
    for (const id of ids) {
      const idPage = readPage(dist, `indikator/${id}/`);
      const enPage = readPage(dist, `en/indicators/${id}/`);
      for (const page of [idPage, enPage]) {
        expect(page).toContain(`href="/data/${id}.csv"`);
        expect(page).toContain(`href="/data/${id}.xlsx"`);
      }
      expect(enPage).toContain(`href="/data/${id}-en.csv"`);
      expect(idPage).not.toContain(`href="/data/${id}-en.csv"`);
    }
  });
});
