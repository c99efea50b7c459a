/**
 * The optional English note column `catatan_en` (issue 14, point 6): accepted with or without it,
 * multiline like `catatan`, refused where it stands without an Indonesian note or would start a
 * spreadsheet formula, and carried into the observations for the English pages and downloads.
 */
import { describe, it, expect } from "vitest";
import { check, expectAccepted, expectError, csv } from "./_helpers.ts";
import { normalCsv } from "../../src/lib/data/propose.ts";

const H = "tahun,kode_wilayah,nilai,catatan,catatan_en";

describe("catatan_en (English note)", () => {
  it("checkIndicatorCsv(without the column) accepts the file and gives no English notes", () => {
    const r = check(csv(["tahun,kode_wilayah,nilai,catatan", "2024,1373,70,Angka sementara"]));
    expectAccepted(r);
    expect(r.observations[0]!.note).toBe("Angka sementara");
    expect(r.observations[0]!.noteEn ?? null).toBeNull();
  });

  it("checkIndicatorCsv(with the column) accepts it and keeps both notes, trimmed", () => {
    const ok = check(csv([H, "2023,1373,69,,", '2024,1373,70,Angka sementara," Provisional figure "']));
    expectAccepted(ok);
    expect(ok.observations.map((o) => [o.note, o.noteEn ?? null])).toEqual([[null, null], ["Angka sementara", "Provisional figure"]]);
  });

  it("checkIndicatorCsv(a line break inside catatan_en) accepts it, as in catatan", () => {
    const r = check(csv([H, '2024,1373,70,"Baris satu\nbaris dua","Line one\nline two"']));
    expectAccepted(r);
    expect(r.observations[0]!.noteEn).toBe("Line one\nline two");
  });

  it("checkIndicatorCsv(an English note without an Indonesian one) is rejected (note.en_without_id) at its cell", () => {
    const r = check(csv([H, "2024,1373,70,,Provisional figure"]));
    expectError(r.problems, { code: "note.en_without_id", row: 2, column: "catatan_en", letter: "E" }, { en: ["catatan_en", "catatan"] });
    expect(r.observations).toEqual([]);
  });

  it("checkIndicatorCsv(catatan_en starting a formula) is rejected (note.formula) at the catatan_en cell", () => {
    const r = check(csv([H, "2024,1373,70,Naik,=HYPERLINK(\"x\")"]));
    expectError(r.problems, { code: "note.formula", row: 2, column: "catatan_en", letter: "E" }, { both: ['"="'] });
  });

  it("checkIndicatorCsv(a semicolon file from Excel with catatan_en) accepts it", () => {
    const r = check(csv(["tahun;kode_wilayah;nilai;catatan;catatan_en", "2024;1373;70,5;Naik; Rose"], "\r\n"));
    expectAccepted(r);
    expect(r.observations[0]).toMatchObject({ value: 70.5, note: "Naik", noteEn: "Rose" });
  });

  it("normalCsv (the checker's proposal) keeps catatan_en only when some row has one", () => {
    const r = check(csv([H, "2023,1373,69,Turun,", '2024,1373,70,Naik,"Rose, again"']));
    expect(normalCsv("tahun", [], r.observations)).toBe('tahun,kode_wilayah,nilai,catatan,catatan_en\n2023,1373,69,Turun,\n2024,1373,70,Naik,"Rose, again"\n');
    const plain = check(csv(["tahun,kode_wilayah,nilai,catatan", "2024,1373,70,Naik"]));
    expect(normalCsv("tahun", [], plain.observations)).toBe("tahun,kode_wilayah,nilai,catatan\n2024,1373,70,Naik\n");
  });
});
