/**
 * Spreadsheet formulas never reach a spreadsheet (issue 13, point 5). The validator refuses a text
 * that would start a formula, also behind leading spaces, no-break spaces, ideographic spaces or a
 * BOM, in every text that reaches a downloaded CSV: notes, region names, indicator titles and
 * labels. The Excel-oriented download neutralises any text cell that starts so (a leading `'`),
 * and never touches a number, negative ones included.
 */
import { describe, it, expect, afterEach } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { checkRegions } from "../../src/lib/data/regions.ts";
import { toExcelCsv } from "../../src/lib/data/export.ts";
import { formulaStart, neutraliseCell } from "../../src/lib/data/formula.ts";
import { parsePeriod } from "../../src/lib/data/period.ts";
import type { Indicator } from "../../src/lib/data/model.ts";
import { check, expectAccepted, expectError, codes, csv, META, TODAY, tempProject } from "./_helpers.ts";

const H = "tahun,kode_wilayah,nilai,catatan";
const LEADS = [
  ["a space", " "],
  ["a no-break space", "\u00A0"],
  ["an ideographic space", "\u3000"],
  ["a BOM", "\uFEFF"],
  ["spaces and a BOM", " \uFEFF\u00A0 "],
] as const;

describe("notes (note.formula) after leading blanks", () => {
  it.each(LEADS.flatMap(([name, lead]) => ["=", "+", "-", "@"].map((sign) => [name, lead, sign] as const)))(
    "checkIndicatorCsv(a note of %s, then a formula sign) is rejected naming the sign",
    (_name, lead, sign) => {
      const r = check(csv([H, `2024,1373,70,${lead}${sign}SUM(A1)`]));
      expectError(r.problems, { code: "note.formula", row: 2, column: "catatan", letter: "D" }, { both: [`"${sign}"`] });
    },
  );

  it("checkIndicatorCsv(notes with a sign inside or after a word: 'naik +2', 'e-mail') accepts them", () => {
    expectAccepted(check([H, "2023,1373,70,naik +2 poin", "2024,1373,71,\u00A0e-mail ke dinas", "2022,1373,69,\u3000Survei ulang"]));
  });
});

describe("formulaStart and neutraliseCell", () => {
  it.each([
    ["=1+1", '"="'], ["+62", '"+"'], ["-x", '"-"'], ["@SUM(A1)", '"@"'], ["\t=1", "tab"], ["\rx", "CR"],
    [" \u00A0=1", '"="'], ["\u3000@x", '"@"'], ["\uFEFF-x", '"-"'], ["\n=1", '"="'],
  ])("formulaStart(%j) is %s", (text, sign) => {
    expect(formulaStart(text)).toBe(sign);
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(["Turun", "2024-S1", "1373", "naik +2", "", " ", "e-mail"])("formulaStart(%j) is null and the cell stays as it is", (text) => {
    expect(formulaStart(text)).toBeNull();
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe("region names (text.formula)", () => {
  it.each(LEADS)("checkRegions(a region name of %s then =) is rejected on its row and column", (_name, lead) => {
    const text = ["kode_wilayah,nama_wilayah,jenis,induk", "13,Sumatera Barat,provinsi,", `1373,${lead}=HYPERLINK("http://x"),kota,13`].join("\n");
    const r = checkRegions(new TextEncoder().encode(text), "data/regions.csv");
    expectError(r.problems, { code: "text.formula", file: "data/regions.csv", row: 3, column: "nama_wilayah", letter: "B" }, { both: ['"="'], id: ["rumus"], en: ["formula"] });
    expect(r.regions.map((x) => x.code)).toEqual(["13"]);
  });

  it("checkRegions(names with a hyphen inside, Kota Solok-Selatan) accepts them", () => {
    const r = checkRegions(new TextEncoder().encode("kode_wilayah,nama_wilayah,jenis,induk\n13,Sumatera Barat,provinsi,\n1372,Kota Solok-Selatan,kota,13\n"), "data/regions.csv");
    expect(r.problems.map((p) => p.code)).not.toContain("text.formula");
    expect(r.regions.map((x) => x.name)).toEqual(["Sumatera Barat", "Kota Solok-Selatan"]);
  });
});

describe("indicator titles and labels (text.formula)", () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  const YML = "data/indicators/partisipasi-pelatihan.yml";
  const withYaml = (f: (s: string) => string) => {
    const root = tempProject();
    roots.push(root);
    const p = join(root, YML);
    const before = readFileSync(p, "utf8");
    const after = f(before);
    expect(after).not.toBe(before);
    writeFileSync(p, after);
    return validateProject(root, { today: TODAY });
  };

  it.each([
    ["judul.id", 2, (s: string) => s.replace('judul: { id: "Partisipasi', 'judul: { id: "\u00A0=Partisipasi')],
    ["judul.en", 2, (s: string) => s.replace('en: "Civil servants taking', 'en: "@Civil servants taking')],
    ["dimensi.0.label.id", 10, (s: string) => s.replace('label: { id: "Modalitas"', 'label: { id: "\u3000+Modalitas"')],
    ["dimensi.0.nilai.daring.en", 12, (s: string) => s.replace('en: "Online"', 'en: "-Online"')],
  ] as const)("validateProject(a formula sign at the start of %s) fails on that field and line", (field, line, f) => {
    const v = withYaml(f);
    expect(v.site).toBeNull();
    expect(codes(v.errors)).toEqual(["text.formula"]);
    expectError(v.errors, { code: "text.formula", file: YML, field, line });
  });
});

describe("the Excel CSV download neutralises text cells, never numbers", () => {
  const ind = (notes: (string | null)[], values: (number | null)[]): Indicator => ({
    meta: { ...META, id: "uji" },
    periodColumn: "tahun",
    csvFile: "data/indicators/uji.csv",
    csvText: "",
    observations: notes.map((note, i) => ({ period: parsePeriod(String(2020 + i), "tahun")!, region: "1373", dims: {}, value: values[i]!, note, row: i + 2 })),
  });

  it("toExcelCsv(notes starting with = + - @, tab, CR) prefixes each with ' and keeps negative numbers as numbers", () => {
    const out = toExcelCsv(ind(["=1+1", "+62", "-turun", "@x", "\tx", "\rx", "biasa", null], [-3.5, -1, 0, 2.25, 1, 1, 1, null]));
    const lines = out.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("tahun;kode_wilayah;nilai;catatan");
    expect(lines.slice(1, 9)).toEqual([
      "2020;1373;-3,5;'=1+1",
      "2021;1373;-1;'+62",
      "2022;1373;0;'-turun",
      "2023;1373;2,25;'@x",
      "2024;1373;1;'\tx",
      '2025;1373;1;"\'\rx"',
      "2026;1373;1;biasa",
      "2027;1373;;",
    ]);
  });

  it("toExcelCsv(a note behind a no-break space) is neutralised too", () => {
    expect(toExcelCsv(ind(["\u00A0=1"], [1]))).toContain("2020;1373;1;'\u00A0=1");
  });
});
