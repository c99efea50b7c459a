/**
 * DATA.md, indicators/<id>.csv, shape: delimiters, quoting, empty rows and columns, the header,
 * cell counts, line breaks, unclosed quotes, and spreadsheet row numbers.
 */
import { describe, it, expect } from "vitest";
import { check, csv, expectAccepted, expectError, codes, META_DIM } from "./_helpers.ts";
import { detectDelimiter } from "../../src/lib/data/csv.ts";

describe("checkIndicatorCsv: delimiter detected from the header line", () => {
  it("checkIndicatorCsv(',' file) reads every row", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2023,1373,70,", "2024,1372,71.5,naik"]);
    expectAccepted(r);
    expect(r.observations.map((o) => [o.period.code, o.region, o.value, o.note])).toEqual([
      ["2023", "1373", 70, null],
      ["2024", "1372", 71.5, "naik"],
    ]);
  });

  it("checkIndicatorCsv(';' file whose notes are full of commas) still splits on ';'", () => {
    const r = check([
      "tahun;kode_wilayah;nilai;catatan",
      "2022;1373;70,5;naik, turun, lalu naik, lagi, dan lagi, dan lagi",
      "2023;1373;71;a, b, c, d, e, f, g, h",
      "2024;1373;72;,,,,,,,,,,",
    ]);
    expectAccepted(r);
    expect(r.observations.map((o) => o.value)).toEqual([70.5, 71, 72]);
    expect(r.observations[0]!.note).toBe("naik, turun, lalu naik, lagi, dan lagi, dan lagi");
    expect(r.observations[2]!.note).toBe(",,,,,,,,,,");
  });

  it("checkIndicatorCsv(',' file whose quoted notes are full of ';') still splits on ','", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", '2024,1373,71.5,"a; b; c; d; e; f; g"']);
    expectAccepted(r);
    expect(r.observations[0]!.note).toBe("a; b; c; d; e; f; g");
  });

  it("detectDelimiter(header line) counts only delimiters outside quotes", () => {
    expect(detectDelimiter("tahun;kode_wilayah;nilai;catatan")).toBe(";");
    expect(detectDelimiter("tahun,kode_wilayah,nilai,catatan")).toBe(",");
    expect(detectDelimiter('"a,b,c,d";kode_wilayah;nilai')).toBe(";");
  });
});

describe("checkIndicatorCsv: quoted cells", () => {
  it("checkIndicatorCsv(quoted delimiter, doubled quotes) reads the note as written", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", '2024,1373,71.5,"Kata ""baik"", lalu koma"']);
    expectAccepted(r);
    expect(r.observations[0]!.note).toBe('Kata "baik", lalu koma');
  });

  it("checkIndicatorCsv(quoted values in every column) reads them like unquoted ones", () => {
    const r = check(['"tahun","kode_wilayah","nilai","catatan"', '"2024","1373","71.5","ok"']);
    expectAccepted(r);
    expect(r.observations[0]).toMatchObject({ region: "1373", value: 71.5, note: "ok" });
  });

  it("checkIndicatorCsv(line breaks in a quoted catatan) keeps them and counts the cell as one row", () => {
    const r = check([
      "tahun,kode_wilayah,nilai,catatan",
      '2022,1373,70,"baris satu',
      "baris dua",
      'baris tiga"',
      "2023,1373,71,",
      "2024,1373,NA,",
    ]);
    expect(r.observations.find((o) => o.period.code === "2022")!.note).toBe("baris satu\nbaris dua\nbaris tiga");
    expect(r.observations.find((o) => o.period.code === "2023")!.row).toBe(3);
    // The NA is on physical line 6 but spreadsheet row 4.
    expectError(r.problems, { code: "value.placeholder", row: 4, column: "nilai", letter: "C" });
  });

  it("checkIndicatorCsv(CRLF file with a multi-line catatan) counts the cell as one row", () => {
    const r = check(csv(["tahun,kode_wilayah,nilai,catatan", '2023,1373,70,"a', 'b"', "2024,1373,abc,"], "\r\n"));
    expectError(r.problems, { code: "value.not_number", row: 3, column: "nilai", letter: "C" });
  });
});

describe("checkIndicatorCsv: empty rows and columns", () => {
  it("checkIndicatorCsv(empty rows anywhere) ignores them but counts them in row numbers", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "", "2022,1373,70,", "", "", "2023,1373,71,", "2024,1373,#DIV/0!,", "", ""]);
    expect(r.observations.map((o) => o.row)).toEqual([3, 6]);
    expectError(r.problems, { code: "value.excel_error", row: 7, column: "nilai", letter: "C" });
    expect(r.problems).toHaveLength(1);
  });

  it("checkIndicatorCsv(an empty row above the header) ignores it and counts it", () => {
    const r = check(["", "tahun,kode_wilayah,nilai", "2023,1373,70", "2024,1373,abc"]);
    expect(r.observations.map((o) => o.row)).toEqual([3]);
    expectError(r.problems, { code: "value.not_number", row: 4, column: "nilai", letter: "C" });
  });

  it("checkIndicatorCsv(rows made only of ';' as Excel writes them) ignores them but counts them", () => {
    const r = check(["tahun;kode_wilayah;nilai;catatan", ";;;", "2023;1373;70;", ";;;", "  ; ; ;", "2024;1373;-;"]);
    expect(r.observations.map((o) => o.row)).toEqual([3]);
    expectError(r.problems, { code: "value.placeholder", row: 6, column: "nilai", letter: "C" }, { both: ['"-"'] });
  });

  it("checkIndicatorCsv(trailing unnamed columns empty in every row) ignores them", () => {
    const r = check(["tahun;kode_wilayah;nilai;catatan;;", "2023;1373;70;;;", "2024;1373;71,5;ok;;"]);
    expectAccepted(r);
    expect(r.observations.map((o) => [o.value, o.note])).toEqual([[70, null], [71.5, "ok"]]);
  });

  it("checkIndicatorCsv(an unnamed empty column in the middle) ignores it and keeps the letters of the others", () => {
    const r = check(["tahun,,kode_wilayah,nilai", "2023,,1373,70", "2024,,1373,abc"]);
    expect(r.observations).toHaveLength(1);
    expectError(r.problems, { code: "value.not_number", row: 3, column: "nilai", letter: "D" });
    expect(r.problems).toHaveLength(1);
  });

  it("checkIndicatorCsv(an unnamed column with a value on row 3) is rejected naming column E and row 3", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan,", "2023,1373,70,,", "2024,1373,71,,lupa"]);
    expectError(r.problems, { code: "header.unnamed_with_values", row: 3, letter: "E" }, { id: ["Kolom E", "baris 3", "Beri nama"], en: ["Column E", "row 3", "Name the column"] });
  });
});

describe("checkIndicatorCsv: header", () => {
  it("checkIndicatorCsv(a typo `catatn`) names the column, its letter, and suggests `catatan`", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatn", "2024,1373,71,"]);
    expectError(r.problems, { code: "header.unknown", row: 1, column: "catatn", letter: "D" }, {
      id: ['"catatn"', 'Mungkin maksudnya "catatan"?', "tahun, periode, kode_wilayah, nilai, catatan"],
      en: ['"catatn"', 'Did you mean "catatan"?', "tahun, periode, kode_wilayah, nilai, catatan"],
    });
  });

  it("checkIndicatorCsv(a typo `nilia`) suggests `nilai` and reports `nilai` missing", () => {
    const r = check(["tahun,kode_wilayah,nilia", "2024,1373,71"]);
    expectError(r.problems, { code: "header.unknown", row: 1, column: "nilia", letter: "C" }, { en: ['Did you mean "nilai"?'], id: ['Mungkin maksudnya "nilai"?'] });
    expectError(r.problems, { code: "header.missing", row: 1, column: "nilai" }, { both: ['"nilai"'] });
  });

  it("checkIndicatorCsv(a typo `modalitass` of a declared dimension) suggests `modalitas`", () => {
    const r = check(["tahun,kode_wilayah,modalitass,nilai", "2024,1373,daring,71"], META_DIM);
    expectError(r.problems, { code: "header.unknown", row: 1, column: "modalitass", letter: "C" }, { en: ['Did you mean "modalitas"?'] });
    expectError(r.problems, { code: "header.missing", row: 1, column: "modalitas" });
  });

  it("checkIndicatorCsv(a column that is not even close to a known one) lists the known columns", () => {
    const r = check(["tahun,kode_wilayah,nilai,sumber_data", "2024,1373,71,BPS"]);
    const p = expectError(r.problems, { code: "header.unknown", row: 1, column: "sumber_data", letter: "D" }, { en: ["Known columns: tahun, periode, kode_wilayah, nilai, catatan"] });
    expect(p.params.suggestion).toBeUndefined();
  });

  it("checkIndicatorCsv(an unknown column) still checks the rows in the same run", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatn", "2024,1373,NA,"]);
    expect(codes(r.problems).sort()).toEqual(["header.unknown", "value.placeholder"]);
  });

  it("checkIndicatorCsv(no kode_wilayah) is rejected as a missing required column", () => {
    const r = check(["tahun,nilai", "2024,71"]);
    expectError(r.problems, { code: "header.missing", row: 1, column: "kode_wilayah" }, { id: ['Kolom wajib "kode_wilayah"', "baris 1"], en: ['required column "kode_wilayah"', "row 1"] });
  });

  it("checkIndicatorCsv(no tahun and no periode) asks for one of them", () => {
    const r = check(["kode_wilayah,nilai", "1373,71"]);
    expectError(r.problems, { code: "header.missing", row: 1, column: "tahun" }, { both: ["tahun / periode"] });
  });

  it("checkIndicatorCsv(a declared dimension column absent) is rejected as missing", () => {
    const r = check(["tahun,kode_wilayah,nilai", "2024,1373,71"], META_DIM);
    expectError(r.problems, { code: "header.missing", row: 1, column: "modalitas" }, { both: ['"modalitas"'] });
  });

  it("checkIndicatorCsv(`nilai` twice) names both letters", () => {
    const r = check(["tahun,kode_wilayah,nilai,nilai", "2024,1373,71,72"]);
    expectError(r.problems, { code: "header.duplicate", row: 1, column: "nilai", letter: "D" }, { id: ["kolom C dan D"], en: ["columns C and D"] });
  });

  it("checkIndicatorCsv(`Nilai` and `nilai`) is a duplicated header too", () => {
    const r = check(["tahun,kode_wilayah,Nilai,nilai", "2024,1373,71,72"]);
    expectError(r.problems, { code: "header.duplicate", row: 1, column: "nilai", letter: "D" });
  });

  it("checkIndicatorCsv(both tahun and periode) is rejected naming the second of them", () => {
    const r = check(["tahun,periode,kode_wilayah,nilai", "2024,2024-S1,1373,71"]);
    expectError(r.problems, { code: "header.both_periods", row: 1, column: "periode", letter: "B" }, { both: ['"tahun"', '"periode"'] });
  });

  it("checkIndicatorCsv(a title row above the header) is rejected naming row 1 and the header's row", () => {
    const r = check(["Data Partisipasi Pelatihan 2024;;;", "tahun;kode_wilayah;nilai;catatan", "2024;1373;71;"]);
    expect(codes(r.problems)).toEqual(["file.title_row"]);
    expectError(r.problems, { code: "file.title_row", row: 1 }, { id: ["baris 2", "Hapus baris judul"], en: ["row 2", "Delete the title row"] });
  });

  it("checkIndicatorCsv(a title row, an empty row, then the header) names the header's row 3", () => {
    const r = check(["Rekap IKM", "", "periode,kode_wilayah,nilai", "2024-S1,1373,71"]);
    expectError(r.problems, { code: "file.title_row", row: 1 }, { en: ["row 3"] });
  });

  it("checkIndicatorCsv(header names in any case and with spaces) accepts them", () => {
    const r = check([" Tahun , KODE_WILAYAH ,Nilai", "2024,1373,71"]);
    expectAccepted(r);
  });

  it("checkIndicatorCsv(no catatan column) accepts the file with no notes", () => {
    const r = check(["periode,kode_wilayah,nilai", "2024,1373,71"]);
    expectAccepted(r);
    expect(r.observations[0]!.note).toBeNull();
  });
});

describe("checkIndicatorCsv: cells per row", () => {
  it("checkIndicatorCsv(a row with one cell too many) names the row and the extra column", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2023,1373,70,", "2024,1373,71.5,naik, tapi sedikit"]);
    expectError(r.problems, { code: "row.cell_count", row: 3, letter: "E" }, {
      id: ["5 sel", "baris judul punya 4", '","'],
      en: ["5 cells", "the header has 4", '","', "must be quoted"],
    });
  });

  it("checkIndicatorCsv(a row with cells missing) names the row and the first missing column", () => {
    const r = check(["tahun;kode_wilayah;nilai;catatan", "2024;1373"]);
    expectError(r.problems, { code: "row.cell_count", row: 2, column: "nilai", letter: "C" }, { en: ["2 cells", "the header has 4", '";"'] });
  });

  it("checkIndicatorCsv(',' file with an unquoted 85,5) is rejected: the comma splits the cell, which the message calls a decimal comma", () => {
    const r = check(["tahun,kode_wilayah,nilai", "2024,1373,85,5"]);
    expect(codes(r.problems)).toEqual(["row.decimal_comma"]);
    expectError(r.problems, { code: "row.decimal_comma", row: 2, column: "nilai", letter: "C" }, {
      both: ['"85,5"', "85.5", '";"'],
      id: ["koma desimal"],
      en: ["decimal comma"],
    });
  });

  it("checkIndicatorCsv(',' file, 74,5 in nilai before a note) names the decimal comma in nilai, not the note", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2023,1373,70,", "2024,1373,74,5,survei ulang"]);
    expectError(r.problems, { code: "row.decimal_comma", row: 3, column: "nilai", letter: "C" }, { both: ['"74,5"', "74.5"] });
  });

  it("checkIndicatorCsv(',' file, 74,5 in nilai with no note) names the decimal comma: the 5 would otherwise be read as the note", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2023,1373,70,", "2024,1373,74,5"]);
    expect(codes(r.problems)).toEqual(["row.decimal_comma"]);
    expectError(r.problems, { code: "row.decimal_comma", row: 3, column: "nilai", letter: "C" }, { both: ['"74,5"', "74.5", "catatan"] });
  });

  it("checkIndicatorCsv(',' file, a whole number and a note in words) is accepted", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2024,1373,74,5 dari 6 unit melapor"]);
    expect(codes(r.problems)).toEqual([]);
  });

  it("checkIndicatorCsv(';' file with one cell too many after a number) is a plain cell-count error: there the comma is a decimal mark", () => {
    const r = check(["tahun;kode_wilayah;nilai", "2024;1373;85;5"]);
    expect(codes(r.problems)).toEqual(["row.cell_count"]);
  });

  it("checkIndicatorCsv(',' file, one cell too many after a word) is a plain cell-count error", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2024,1373,85,naik, sedikit"]);
    expect(codes(r.problems)).toEqual(["row.cell_count"]);
  });
});

describe("checkIndicatorCsv: line breaks and quotes", () => {
  it("checkIndicatorCsv(a line break in kode_wilayah) is rejected naming the column, and the next row keeps its number", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", '2023,"13', '73",70,', "2024,1373,abc,"]);
    expectError(r.problems, { code: "cell.newline", row: 2, column: "kode_wilayah", letter: "B" }, { id: ["Alt+Enter", "catatan"], en: ["Alt+Enter", "only the catatan column"] });
    expectError(r.problems, { code: "value.not_number", row: 3, column: "nilai", letter: "C" });
  });

  it("checkIndicatorCsv(a line break in nilai) is rejected", () => {
    const r = check(["tahun,kode_wilayah,nilai", '2024,1373,"71', '5"']);
    expectError(r.problems, { code: "cell.newline", row: 2, column: "nilai", letter: "C" });
  });

  it("checkIndicatorCsv(a quote left open on the last row) names the row where it opens", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2022,1373,70,", '2023,1373,71,"baris', 'dua"', '2024,1373,72,"tanpa penutup', "", ""]);
    expect(codes(r.problems)).toEqual(["file.unclosed_quote"]);
    // Row 3's note spans two lines; the open quote is on spreadsheet row 4.
    expectError(r.problems, { code: "file.unclosed_quote", row: 4, column: "catatan", letter: "D" }, { id: ["tidak pernah ditutup", '""', "di kolom catatan (D)"], en: ["never closed", '""', "in column catatan (D)"] });
  });

  it("checkIndicatorCsv(a quote left open that a later quoted note seems to close) names the row where it opens", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", '2022,1373,70,"lupa ditutup', '2023,1373,71,"ok"', "2024,1373,72,"]);
    expectError(r.problems, { code: "file.unclosed_quote", row: 2, column: "catatan", letter: "D" });
  });

  it("checkIndicatorCsv(a quote opened in kode_wilayah) names that column and its letter, not the last one", () => {
    const r = check(["tahun,kode_wilayah,nilai,catatan", "2022,1373,70,", '2023,"1373,71,', "2024,1373,72,"]);
    expectError(r.problems, { code: "file.unclosed_quote", row: 3, column: "kode_wilayah", letter: "B" }, { id: ["di kolom kode_wilayah (B)"], en: ["in column kode_wilayah (B)"] });
  });
});
