/**
 * DATA.md, indicators/<id>.csv, cells: numbers and decimal marks, ranges, periods, regions,
 * dimension values, duplicates, notes that would run as formulas, long cells in messages.
 */
import { describe, it, expect } from "vitest";
import { check, expectAccepted, expectError, codes, withFrequency, META, META_DIM, TODAY } from "./_helpers.ts";
import { indicatorMeta } from "../../src/lib/data/schema/indicator-meta.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";

const H = "tahun,kode_wilayah,nilai,catatan";
const HS = "tahun;kode_wilayah;nilai;catatan";

describe("checkIndicatorCsv: numbers", () => {
  it("checkIndicatorCsv(';' file with \"85,5\") reads the decimal comma as 85.5", () => {
    const r = check([HS, "2024;1373;85,5;"]);
    expectAccepted(r);
    expect(r.observations[0]!.value).toBe(85.5);
  });

  it("checkIndicatorCsv(',' file with 85.5, 0, 100 and \" 7.25 \") reads the decimal point, accepts the range bounds and surrounding spaces", () => {
    const r = check([H, "2020,1373,85.5,", "2021,1373,0,", "2022,1373,100,", "2023,1373, 7.25 ,"]);
    expectAccepted(r);
    expect(r.observations.map((o) => o.value)).toEqual([85.5, 0, 100, 7.25]);
  });

  it("checkIndicatorCsv(empty nilai) keeps the row as a missing observation (null), not 0", () => {
    const r = check([H, "2023,1373,,Survei ditunda", "2024,1373,71,"]);
    expectAccepted(r);
    expect(r.observations[0]).toMatchObject({ value: null, note: "Survei ditunda" });
  });

  it.each([
    ["-", "value.placeholder", ["Kosongkan selnya"], ["Leave the cell empty"]],
    ["NA", "value.placeholder", ["Kosongkan selnya"], ["Leave the cell empty"]],
    ["#DIV/0!", "value.excel_error", ["galat rumus Excel"], ["Excel formula error"]],
    ["74%", "value.percent", ["tanda %", "mis. 74"], ["% sign", "e.g. 74"]],
    ["tujuh puluh", "value.not_number", ["bukan angka"], ["not a number"]],
  ] as const)("checkIndicatorCsv(nilai %j) is rejected as %s naming row, column and value", (value, code, id, en) => {
    const r = check([H, "2023,1373,70,", `2024,1373,${value},`]);
    expect(r.observations).toHaveLength(1);
    expectError(r.problems, { code, row: 3, column: "nilai", letter: "C" }, { id: [`"${value}"`, ...id], en: [`"${value}"`, ...en] });
  });

  it("checkIndicatorCsv(nilai 112 with rentang [0, 100]) is rejected as out of range", () => {
    const r = check([H, "2024,1373,112,"]);
    expectError(r.problems, { code: "value.out_of_range", row: 2, column: "nilai", letter: "C" }, { id: ['"112"', "0–100", "rentang"], en: ['"112"', "0–100", "rentang"] });
  });

  it("checkIndicatorCsv(nilai -0.5 with rentang [0, 100]) is rejected as out of range", () => {
    const r = check([H, "2024,1373,-0.5,"]);
    expectError(r.problems, { code: "value.out_of_range", row: 2, column: "nilai", letter: "C" });
  });

  it("checkIndicatorCsv(nilai 20 with rentang [25, 100], ';' file) is rejected with that range", () => {
    const meta = indicatorMeta.parse({ ...META, rentang: [25, 100] });
    const r = check([HS, "2024;1373;20,5;"], meta);
    expectError(r.problems, { code: "value.out_of_range", row: 2, column: "nilai", letter: "C" }, { both: ['"20,5"', "25–100"] });
  });

  it("checkIndicatorCsv(',' file with \"85,5\" quoted) is rejected: a comma in a number, write 85.5", () => {
    const r = check([H, '2024,1373,"85,5",']);
    expectError(r.problems, { code: "value.decimal_mark", row: 2, column: "nilai", letter: "C" }, {
      id: ['"85,5"', 'berpemisah ","', '"85.5"'],
      en: ['"85,5"', 'in a "," file the decimal mark is a point', '"85.5"'],
    });
  });

  it("checkIndicatorCsv(',' file with \"1,234.5\") is rejected: no thousands separators", () => {
    const r = check([H, '2024,1373,"1,234.5",']);
    expectError(r.problems, { code: "value.decimal_mark", row: 2, column: "nilai", letter: "C" }, { both: ['"1234.5"'] });
  });

  it("checkIndicatorCsv(';' file with 1.234,5) is rejected: no thousands separators, write 1234,5", () => {
    const meta = indicatorMeta.parse({ ...META, rentang: [0, 10000] });
    const r = check([HS, "2024;1373;1.234,5;"], meta);
    expectError(r.problems, { code: "value.decimal_mark", row: 2, column: "nilai", letter: "C" }, {
      id: ['"1.234,5"', 'berpemisah ";"', '"1234,5"'],
      en: ['"1.234,5"', 'in a ";" file the decimal mark is a comma', '"1234,5"'],
    });
  });

  it("checkIndicatorCsv(';' file with 85.5) is rejected: the decimal mark is a comma, write 85,5", () => {
    const r = check([HS, "2024;1373;85.5;"]);
    expectError(r.problems, { code: "value.decimal_mark", row: 2, column: "nilai", letter: "C" }, { both: ['"85,5"'] });
  });

  it("checkIndicatorCsv(';' file with region 1.373) is rejected as a code Excel formatted, write 1373", () => {
    const r = check([HS, "2024;1.373;71;"]);
    expectError(r.problems, { code: "region.excel_number", row: 2, column: "kode_wilayah", letter: "B" }, { both: ['"1.373"', "1373"], en: ["Text"], id: ["Teks"] });
  });

  it("checkIndicatorCsv(';' file with year 2.022) is rejected as a year Excel formatted, write 2022", () => {
    const r = check([HS, "2.022;1373;71;"]);
    expectError(r.problems, { code: "period.excel_number", row: 2, column: "tahun", letter: "A" }, { both: ['"2.022"', "2022"] });
  });

  it("checkIndicatorCsv(a long non-number) quotes the cell cut short in the message", () => {
    const long = "angka ini sangat panjang sekali dan tidak pernah berakhir sama sekali";
    const r = check([H, `2024,1373,${long},`]);
    const p = expectError(r.problems, { code: "value.not_number", row: 2, column: "nilai", letter: "C" }, { both: [`"${long.slice(0, 37)}…"`] });
    for (const lang of ["id", "en"] as const) expect(formatProblem(p, lang)).not.toContain(long);
  });
});

describe("checkIndicatorCsv: periods", () => {
  it.each([
    ["tahunan", ["2024", "2025"], "year"],
    ["semesteran", ["2024-S1", "2024-S2"], "semester"],
    ["triwulanan", ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], "quarter"],
    ["bulanan", ["2024-01", "2024-12"], "month"],
  ] as const)("checkIndicatorCsv(periode column of a %s indicator, %j) accepts its form", (frekuensi, periods, kind) => {
    const r = check(["periode,kode_wilayah,nilai", ...periods.map((p, i) => `${p},1373,${i}`)], withFrequency(frekuensi));
    expectAccepted(r);
    expect(r.periodColumn).toBe("periode");
    expect(r.observations.map((o) => [o.period.code, o.period.kind])).toEqual(periods.map((p) => [p, kind]));
  });

  it("checkIndicatorCsv(tahun YYYY) accepts years and reports the tahun column", () => {
    const r = check([H, "2019,1373,60,", "2026,1373,70,"]);
    expectAccepted(r);
    expect(r.periodColumn).toBe("tahun");
    expect(r.observations.map((o) => o.period.code)).toEqual(["2019", "2026"]);
  });

  it.each(["2024-S3", "2024-Q5", "2024-13", "2024-00", "24", "2024/1", "2024 S1", "S1-2024", "2024-1", "20241"])(
    "checkIndicatorCsv(periode %j) is rejected as not a period, listing the forms",
    (value) => {
      const r = check(["periode,kode_wilayah,nilai", `${value},1373,70`]);
      expectError(r.problems, { code: "period.invalid", row: 2, column: "periode", letter: "A" }, {
        both: [`"${value}"`, "YYYY, YYYY-S1/S2, YYYY-Q1..Q4", "YYYY-MM"],
      });
    },
  );

  it("checkIndicatorCsv(tahun 2024-S1) is rejected: tahun holds only years, use periode", () => {
    const r = check([H, "2024-S1,1373,70,"]);
    expectError(r.problems, { code: "period.invalid", row: 2, column: "tahun", letter: "A" }, { id: ["tahun (YYYY)", "kolom periode"], en: ["year (YYYY)", "periode column"] });
  });

  it.each(["Jan-24", "01/01/2024", "2024-01-01", "1/1/2024", "01-Jan-2024", "Januari 2024"])(
    "checkIndicatorCsv(periode %j, a date Excel made of 2024-01) is rejected, advising the Text format",
    (value) => {
      const r = check(["periode;kode_wilayah;nilai", `${value};1373;70`]);
      expectError(r.problems, { code: "period.excel_date", row: 2, column: "periode", letter: "A" }, {
        both: [`"${value}"`, "2024-01"],
        id: ["Teks"],
        en: ["Text"],
      });
    },
  );

  it.each([
    ["tahun", "2027", "2026", "tahunan"],
    ["periode", "2027", "2026", "tahunan"],
    ["periode", "2027-S1", "2026-S2", "semesteran"],
    ["periode", "2027-Q1", "2026-Q4", "triwulanan"],
    ["periode", "2026-12", "2026-11", "bulanan"],
  ] as const)("checkIndicatorCsv(%s %s on 2026-11-23) is rejected as later than the current period %s", (col, value, current, frekuensi) => {
    const r = check([`${col},kode_wilayah,nilai`, `${value},1373,70`], withFrequency(frekuensi));
    expectError(r.problems, { code: "period.future", row: 2, column: col, letter: "A" }, { both: [`"${value}"`, current] });
  });

  it.each([
    ["tahunan", "2026"],
    ["semesteran", "2026-S2"],
    ["triwulanan", "2026-Q4"],
    ["bulanan", "2026-11"],
  ] as const)("checkIndicatorCsv(a %s indicator's current period %s on 2026-11-23) accepts it", (frekuensi, period) => {
    expectAccepted(check(["periode,kode_wilayah,nilai", `${period},1373,1`], withFrequency(frekuensi)));
  });

  it("checkIndicatorCsv(the same file, built a year later) accepts 2027", () => {
    expectAccepted(check([H, "2027,1373,70,"], META, { today: new Date("2027-01-01T00:00:00Z") }));
    expect(codes(check([H, "2027,1373,70,"], META, { today: new Date("2026-12-31T23:59:59Z") }).problems)).toEqual(["period.future"]);
  });

  it("checkIndicatorCsv(an empty period) is rejected as a required cell", () => {
    const r = check([H, ",1373,70,"]);
    expectError(r.problems, { code: "cell.required_empty", row: 2, column: "tahun", letter: "A" }, { both: ['"tahun"'] });
  });
});

describe("checkIndicatorCsv: regions", () => {
  it("checkIndicatorCsv(kode_wilayah 1374, not in regions.csv) is rejected naming the code", () => {
    const r = check([H, "2023,1373,70,", "2024,1374,70,"]);
    expectError(r.problems, { code: "region.unknown", row: 3, column: "kode_wilayah", letter: "B" }, { both: ['"1374"', "data/regions.csv"] });
  });

  it("checkIndicatorCsv(an empty kode_wilayah) is rejected as a required cell", () => {
    const r = check([H, "2024,,70,"]);
    expectError(r.problems, { code: "cell.required_empty", row: 2, column: "kode_wilayah", letter: "B" });
  });

  it("checkIndicatorCsv(kode_wilayah of a province, a regency and a city) accepts them", () => {
    const r = check([H, "2024,13,70,", "2024,1302,70,", "2024,1372,70,", "2024,1373,70,"]);
    expectAccepted(r);
  });
});

describe("checkIndicatorCsv: dimensions", () => {
  const HD = "tahun,kode_wilayah,modalitas,nilai,catatan";

  it("checkIndicatorCsv(an empty dimension cell) reads it as the total (null)", () => {
    const r = check([HD, "2024,1373,,70,", "2024,1373,daring,40,", "2024,1373,tatap_muka,30,"], META_DIM);
    expectAccepted(r);
    expect(r.observations.map((o) => [o.row, o.dims.modalitas]).sort()).toEqual([[2, null], [3, "daring"], [4, "tatap_muka"]]);
  });

  it("checkIndicatorCsv(modalitas `Daring`) is rejected suggesting the declared `daring`", () => {
    const r = check([HD, "2024,1373,Daring,40,"], META_DIM);
    expectError(r.problems, { code: "dim.unknown_value", row: 2, column: "modalitas", letter: "C" }, {
      id: ['"Daring"', 'Mungkin maksudnya "daring"?', "daring, tatap_muka"],
      en: ['"Daring"', 'Did you mean "daring"?', "daring, tatap_muka", "leave the cell empty for the total"],
    });
  });

  it("checkIndicatorCsv(modalitas `tatap muka`) is rejected suggesting `tatap_muka`", () => {
    const r = check([HD, "2024,1373,tatap muka,40,"], META_DIM);
    expectError(r.problems, { code: "dim.unknown_value", row: 2, column: "modalitas", letter: "C" }, { en: ['Did you mean "tatap_muka"?'] });
  });

  it("checkIndicatorCsv(a dimension value that is only an unknown word) lists the declared values", () => {
    const r = check([HD, "2024,1373,campuran,40,"], META_DIM);
    const p = expectError(r.problems, { code: "dim.unknown_value", row: 2, column: "modalitas", letter: "C" }, { en: ["Valid values: daring, tatap_muka"] });
    expect(p.params.suggestion).toBeUndefined();
  });

  it("checkIndicatorCsv(an unknown dimension value next to the total) is not also reported as a duplicate", () => {
    const r = check([HD, "2024,1373,,70,", "2024,1373,Daring,40,"], META_DIM);
    expect(codes(r.problems)).toEqual(["dim.unknown_value"]);
  });
});

describe("checkIndicatorCsv: duplicate observations", () => {
  it("checkIndicatorCsv(two rows with the same year and region) names both rows", () => {
    const r = check([H, "2023,1373,70,", "2024,1373,71,", "", "2024,1373,72,"]);
    expectError(r.problems, { code: "row.duplicate", row: 5 }, { id: ["Baris 5 dan baris 3"], en: ["Rows 3 and 5"] });
    expect(r.observations.map((o) => o.row)).toEqual([2, 3]);
  });

  it("checkIndicatorCsv(the same period, region and dimension value twice) names both rows", () => {
    const r = check(["periode,kode_wilayah,modalitas,nilai", "2024-S1,1373,daring,40", "2024-S1,1373,,70", "2024-S1,1373,daring,41"], withFrequency("semesteran", META_DIM));
    expectError(r.problems, { code: "row.duplicate", row: 4 }, { en: ["Rows 2 and 4"], id: ["Baris 4 dan baris 2"] });
  });

  it("checkIndicatorCsv(the same period and region with different dimension values or the total) accepts them", () => {
    const r = check(["periode,kode_wilayah,modalitas,nilai", "2024-S1,1373,daring,40", "2024-S1,1373,tatap_muka,30", "2024-S1,1373,,70", "2024-S1,1372,,70"], withFrequency("semesteran", META_DIM));
    expectAccepted(r);
  });

  it("checkIndicatorCsv(a year and its first semester, same region, in a yearly indicator) refuses the semester for its frequency, not as a duplicate", () => {
    const r = check(["periode,kode_wilayah,nilai", "2024,1373,70", "2024-S1,1373,69"]);
    expect(codes(r.problems)).toEqual(["period.frequency"]);
    expect(r.observations.map((o) => o.period.code)).toEqual(["2024"]);
  });
});

describe("checkIndicatorCsv: catatan", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", '"="'],
    ["+62 812", '"+"'],
    ["- turun karena survei", '"-"'],
    ["@SUM(A1)", '"@"'],
    ["\tindentasi", "tab"],
    ["\rawal", "CR"],
  ])("checkIndicatorCsv(catatan %j) is rejected: it would run as a formula (%s)", (note, char) => {
    const r = check([H, "2023,1373,70,ok", `2024,1373,71,"${note.replace(/"/g, '""')}"`]);
    expectError(r.problems, { code: "note.formula", row: 3, column: "catatan", letter: "D" }, {
      both: [char],
      id: ["rumus", "Awali catatan dengan huruf"],
      en: ["formula", "Start the note with a letter"],
    });
  });

  it("checkIndicatorCsv(catatan with =, -, @ inside the text) accepts it", () => {
    const r = check([H, "2024,1373,71,Naik 5% (=target) - catat @BPS"]);
    expectAccepted(r);
  });

  it("checkIndicatorCsv(catatan with markup) keeps it as plain text", () => {
    const r = check([H, '2024,1373,71,"<script>alert(1)</script>"']);
    expectAccepted(r);
    expect(r.observations[0]!.note).toBe("<script>alert(1)</script>");
  });
});

describe("checkIndicatorCsv: options", () => {
  it("checkIndicatorCsv(rows checked at TODAY) uses the given today, not the clock", () => {
    expect(TODAY.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(codes(check([H, "2026,1373,70,"], META, { today: new Date("2025-06-01T00:00:00Z") }).problems)).toEqual(["period.future"]);
  });
});
