/**
 * The XLSX download read back with an independent reader (`read-excel-file`, which parses the
 * workbook's XML itself): on the built sample site every indicator's workbook has a data sheet
 * equal to the canonical CSV (numbers as numbers, notes as text) and a metadata sheet; and a note
 * that would start a formula is written as plain text with a leading `'`.
 */
import { describe, it, expect, inject } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { unzipSync, strFromU8 } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { siteDist } from "../helpers/site.ts";
import { toXlsx } from "../../src/lib/data/xlsx.ts";
import type { Indicator, Region } from "../../src/lib/data/model.ts";

const dist = siteDist(inject("siteDist"));
const ids: string[] = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8")).indikator.map((i: { id: string }) => i.id);

describe("/data/<id>.xlsx", () => {
  it("has a data sheet equal to the canonical CSV and a metadata sheet, for every indicator", async () => {
    for (const id of ids) {
      const sheets = await readXlsxFile(readFileSync(join(dist, `data/${id}.xlsx`)));
      expect(sheets.map((s) => s.sheet), id).toEqual(["data", "metadata"]);
      const csv = Papa.parse<string[]>(readFileSync(join(dist, `data/${id}.csv`), "utf8"), { skipEmptyLines: true }).data;
      const data = sheets[0]!.data;
      expect(data[0], id).toEqual(csv[0]);
      expect(data.length, id).toBe(csv.length);
      const value = csv[0]!.indexOf("nilai");
      const code = csv[0]!.indexOf("kode_wilayah");
      for (let r = 1; r < csv.length; r++) {
        const cells = data[r]!;
        const want = csv[r]!;
        expect(cells[value], `${id} row ${r + 1}`).toBe(want[value] === "" ? null : Number(want[value]));
        expect(cells[code], `${id} row ${r + 1}`).toBe(want[code]);
        // Text stays text; a cell the CSV leaves empty is empty.
        want.forEach((w, i) => { if (i !== value && typeof cells[i] === "string") expect(cells[i]).toBe(w); if (w === "") expect(cells[i]).toBeNull(); });
      }
      const meta = Object.fromEntries(sheets[1]!.data.slice(1).map((row) => [String(row[0]), row]));
      for (const k of ["Judul / Title", "Satuan / Unit", "Sumber / Source", "Metode / Method", "Lisensi / Licence", "Data contoh / Sample data"]) expect(meta[k], `${id}: ${k}`).toBeDefined();
      expect(String(meta["Lisensi / Licence"]![1])).toContain("CC BY 4.0");
    }
  });

  it("stores notes as text (shared strings) and neutralises a note that would start a formula", async () => {
    const regions: Region[] = [{ code: "1373", name: "Kota Sawahlunto", kind: "kota", parent: null }];
    const row = (n: number, note: string | null) => ({ period: { code: String(2020 + n) }, region: "1373", dims: {}, value: 10 + n, note, row: n + 2 });
    const ind = {
      meta: { id: "uji", judul: { id: "Uji", en: "Test" }, deskripsi: { id: "d", en: "d" }, satuan: "persen", metode: { id: "m" }, sumber: { id: "s" }, diperbarui: "2026-01-01" },
      periodColumn: "tahun",
      observations: [row(0, "=HYPERLINK(\"http://x\")"), row(1, "@SUM(A1)"), row(2, "biasa")],
      csvFile: "data/indicators/uji.csv",
      csvText: "",
    } as unknown as Indicator;
    const config = { lisensi: { nama: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }, data_contoh: false, penerbit: { id: "P" } };
    const bytes = await toXlsx(ind, regions, config, "https://x/indikator/uji/");
    const [data] = await readXlsxFile(Buffer.from(bytes));
    expect(data!.data[0]).toEqual(["tahun", "kode_wilayah", "nama_wilayah", "nilai", "catatan"]);
    expect(data!.data.slice(1).map((r) => r[4])).toEqual(["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "biasa"]);
    expect(data!.data.slice(1).map((r) => r[3])).toEqual([10, 11, 12]);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheet).not.toContain("<f>");
    // Same data, same bytes: the build output does not change between runs.
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(await toXlsx(ind, regions, config, "https://x/indikator/uji/")))).toBe(0);
    // No sample-data row when the site says the data are real.
    const [, meta] = await readXlsxFile(Buffer.from(bytes));
    expect(meta!.data.map((r) => r[0])).not.toContain("Data contoh / Sample data");
  });
});
