/**
 * DATA.md, indicators/<id>.csv, bytes: UTF-8 with or without BOM, CRLF or LF, no final line break
 * accepted; bytes that are not UTF-8, UTF-16, NUL bytes, an empty file and a header with no rows
 * rejected (say: re-save as "CSV UTF-8"). Every case is built as bytes here.
 */
import { describe, it, expect } from "vitest";
import { check, csv, bytes, expectAccepted, expectError, codes, META } from "./_helpers.ts";

const HEADER = "tahun,kode_wilayah,nilai,catatan";

describe("checkIndicatorCsv: encodings and line ends that staff really save", () => {
  it("checkIndicatorCsv(UTF-8 with BOM) reads the first column as `tahun`, not as BOM + tahun", () => {
    const r = check(bytes([0xef, 0xbb, 0xbf], `${HEADER}\n2024,1373,71.5,\n`));
    expectAccepted(r);
    expect(r.periodColumn).toBe("tahun");
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]!.value).toBe(71.5);
  });

  it("checkIndicatorCsv(';' file with BOM) detects ';' and reads the decimal comma", () => {
    const r = check(bytes([0xef, 0xbb, 0xbf], "tahun;kode_wilayah;nilai\r\n2024;1373;71,5\r\n"));
    expectAccepted(r);
    expect(r.observations[0]!.value).toBe(71.5);
  });

  it("checkIndicatorCsv(UTF-8 without BOM, accented note) keeps the text exactly", () => {
    const r = check(csv([HEADER, "2024,1373,71.5,Survei ulang di Kecamatan Talawi — dicatat ulang é"]));
    expectAccepted(r);
    expect(r.observations[0]!.note).toBe("Survei ulang di Kecamatan Talawi — dicatat ulang é");
  });

  it("checkIndicatorCsv(CRLF line ends) accepts the file and keeps the same rows as with LF", () => {
    const lf = check(csv([HEADER, "2023,1373,70,", "2024,1373,71.5,"]));
    const crlf = check(csv([HEADER, "2023,1373,70,", "2024,1373,71.5,"], "\r\n"));
    expectAccepted(crlf);
    expect(crlf.observations.map((o) => [o.row, o.period.code, o.value, o.note])).toEqual(
      lf.observations.map((o) => [o.row, o.period.code, o.value, o.note]),
    );
    expect(crlf.observations.map((o) => o.row)).toEqual([2, 3]);
  });

  it("checkIndicatorCsv(CRLF, error on row 3) names row 3", () => {
    const r = check(csv([HEADER, "2023,1373,70,", "2024,1373,NA,"], "\r\n"));
    expectError(r.problems, { code: "value.placeholder", row: 3, column: "nilai", letter: "C" }, { both: ['"NA"'] });
  });

  it("checkIndicatorCsv(no final line break) reads the last row", () => {
    const r = check(csv([HEADER, "2023,1373,70,", "2024,1373,71.5,akhir"], "\n", false));
    expectAccepted(r);
    expect(r.observations.at(-1)).toMatchObject({ row: 3, value: 71.5, note: "akhir" });
  });

  it("checkIndicatorCsv(CRLF, no final line break, ';') reads the last row with its decimal comma", () => {
    const r = check(csv(["tahun;kode_wilayah;nilai", "2023;1373;70", "2024;1373;71,25"], "\r\n", false));
    expectAccepted(r);
    expect(r.observations.at(-1)).toMatchObject({ row: 3, value: 71.25 });
  });
});

describe("checkIndicatorCsv: bytes that are not a UTF-8 CSV", () => {
  it("checkIndicatorCsv(UTF-16 LE with BOM, Excel's \"Unicode Text\") is rejected with CSV UTF-8 advice", () => {
    const text = `${HEADER}\r\n2024,1373,71.5,\r\n`;
    const utf16 = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])];
    const r = check(bytes(utf16));
    expect(codes(r.problems)).toEqual(["file.utf16"]);
    expectError(r.problems, { code: "file.utf16" }, { id: ["UTF-16", "CSV UTF-8"], en: ["UTF-16", "Unicode Text", "CSV UTF-8"] });
  });

  it("checkIndicatorCsv(UTF-16 BE with BOM) is rejected as UTF-16", () => {
    const text = `${HEADER}\n2024,1373,71.5,\n`;
    const r = check(bytes([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]));
    expectError(r.problems, { code: "file.utf16" }, { both: ["CSV UTF-8"] });
  });

  it("checkIndicatorCsv(UTF-16 LE without BOM) is rejected as UTF-16, not as NUL bytes", () => {
    const text = `${HEADER}\n2024,1373,71.5,\n`;
    const r = check(bytes([...text].flatMap((c) => [c.charCodeAt(0), 0])));
    expect(codes(r.problems)).toEqual(["file.utf16"]);
  });

  it("checkIndicatorCsv(a NUL byte in row 3's note) names row 3 and column catatan and says re-save as CSV UTF-8", () => {
    const r = check(bytes(`${HEADER}\n2023,1373,70,\n2024,1373,71.5,ca`, [0], "tatan\n"));
    expect(codes(r.problems)).toEqual(["file.nul"]);
    expectError(r.problems, { code: "file.nul", row: 3, column: "catatan", letter: "D" }, { both: ["NUL", "CSV UTF-8"] });
  });

  it("checkIndicatorCsv(a Latin-1 é on row 4) is rejected as not UTF-8, naming row 4, column catatan, CSV UTF-8", () => {
    const r = check(bytes(`${HEADER}\n2022,1373,69,\n2023,1373,70,\n2024,1373,71.5,Caf`, [0xe9], "\n"));
    expect(codes(r.problems)).toEqual(["file.not_utf8"]);
    expectError(r.problems, { code: "file.not_utf8", row: 4, column: "catatan", letter: "D" }, { both: ["UTF-8", "CSV UTF-8"] });
  });

  it("checkIndicatorCsv(bad byte after a note spanning two lines) counts the note as one spreadsheet row", () => {
    // Row 2's note spans lines 2–3; the bad byte is on physical line 4, spreadsheet row 3.
    const r = check(bytes(`${HEADER}\n2023,1373,70,"baris satu\nbaris dua"\n2024,1373,71.5,Caf`, [0xe9], "\n"));
    expectError(r.problems, { code: "file.not_utf8", row: 3, column: "catatan", letter: "D" });
  });

  it("checkIndicatorCsv(a truncated UTF-8 sequence in a value) is rejected as not UTF-8", () => {
    const r = check(bytes(`${HEADER}\n2024,13`, [0xe2, 0x82], "73,71.5,\n"));
    expectError(r.problems, { code: "file.not_utf8", row: 2, column: "kode_wilayah", letter: "B" });
  });

  it("checkIndicatorCsv(0 bytes) is rejected as an empty file", () => {
    const r = check(new Uint8Array(0));
    expect(codes(r.problems)).toEqual(["file.empty"]);
    expectError(r.problems, { code: "file.empty" }, { id: ["kosong"], en: ["empty"] });
  });

  it("checkIndicatorCsv(only a BOM and blank lines) is rejected as an empty file", () => {
    const r = check(bytes([0xef, 0xbb, 0xbf], "\r\n\r\n  \r\n"));
    expect(codes(r.problems)).toEqual(["file.empty"]);
  });

  it("checkIndicatorCsv(only delimiter rows `;;;;`) is rejected as an empty file", () => {
    const r = check(csv([";;;;", ";;;;"]));
    expect(codes(r.problems)).toEqual(["file.empty"]);
  });

  it("checkIndicatorCsv(a header and no rows) is rejected as a header with no rows, naming row 2", () => {
    const r = check(csv([HEADER]));
    expect(codes(r.problems)).toEqual(["file.no_rows"]);
    expectError(r.problems, { code: "file.no_rows", row: 2 }, { id: ["tanpa data"], en: ["no data rows"] });
  });

  it("checkIndicatorCsv(a header followed only by empty and `;;;` rows) is rejected as a header with no rows", () => {
    const r = check(csv(["tahun;kode_wilayah;nilai;catatan", "", ";;;", ""]));
    expect(codes(r.problems)).toEqual(["file.no_rows"]);
  });

  it("checkIndicatorCsv(a header with no rows) still reports a missing column in the same run", () => {
    const r = check(csv(["tahun,nilai"]), META);
    expect(codes(r.problems).sort()).toEqual(["file.no_rows", "header.missing"]);
  });
});
