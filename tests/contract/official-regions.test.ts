/**
 * regions.csv against the Ministry of Home Affairs' list (`idn-area-data`): dotted codes are
 * accepted and normalised, an unknown code is an error naming the row, a name other than the
 * official one is a warning giving the official name, an empty name takes the official one, a
 * kind must fit the code's length, and districts (kecamatan) sit under a city or regency.
 */
import { describe, it, expect } from "vitest";
import { checkRegions } from "../../src/lib/data/regions.ts";
import { normaliseRegionCode, officialRegion } from "../../src/lib/data/official-regions.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { csv, expectAccepted, expectError } from "./_helpers.ts";

const FILE = "data/regions.csv";
const H = "kode_wilayah,nama_wilayah,jenis,induk";
const run = (lines: string[]) => checkRegions(csv(lines), FILE);

describe("the official list", () => {
  it("officialRegion reads provinces, regencies/cities and districts with their parents", () => {
    expect(officialRegion("13")).toEqual({ code: "13", name: "Sumatera Barat", level: "provinsi", parent: null });
    expect(officialRegion("1373")).toEqual({ code: "1373", name: "Kota Sawahlunto", level: "kabupaten/kota", parent: "13" });
    expect(officialRegion("137304")).toEqual({ code: "137304", name: "Talawi", level: "kecamatan", parent: "1373" });
    expect(officialRegion("1399")).toBeNull();
    expect(normaliseRegionCode(" 13.73.01 ")).toBe("137301");
    expect(normaliseRegionCode("13.7")).toBe("13.7");
  });
});

describe("checkRegions against the official list", () => {
  it("accepts dotted codes (13.72, 13.73.01) and keeps them without dots", () => {
    const r = run([H, "13,Sumatera Barat,provinsi,", "13.73,Kota Sawahlunto,kota,13", "13.73.01,Lembah Segar,kecamatan,13.73"]);
    expectAccepted(r);
    expect(r.regions.map((x) => [x.code, x.parent])).toEqual([["13", null], ["1373", "13"], ["137301", "1373"]]);
  });

  it("an unknown code (1399) is an error naming its row and kode_wilayah (A)", () => {
    const r = run([H, "13,Sumatera Barat,provinsi,", "1399,Kota Contoh,kota,13"]);
    expectError(r.problems, { code: "regions.not_official", file: FILE, row: 3, column: "kode_wilayah", letter: "A" }, { both: ['"1399"'], id: ["Kementerian Dalam Negeri"], en: ["Ministry of Home Affairs"] });
    expect(r.regions.map((x) => x.code)).toEqual(["13"]);
  });

  it("a name other than the official one is a warning with the official name; the row is kept", () => {
    const r = run([H, "13,Sumatera Barat,provinsi,", "1373,Sawahlunto,kota,13"]);
    expect(r.problems.map((p) => p.code)).toEqual(["warn.region_name"]);
    const p = r.problems[0]!;
    expect([p.row, p.column, p.letter]).toEqual([3, "nama_wilayah", "B"]);
    expect(formatProblem(p, "en")).toContain('"Kota Sawahlunto"');
    expect(formatProblem(p, "id")).toContain('"Kota Sawahlunto"');
    expect(r.regions[1]!.name).toBe("Sawahlunto");
  });

  it("an empty nama_wilayah takes the official name, without a problem", () => {
    const r = run([H, "13,,provinsi,", "1373,,kota,13", "137302,,kecamatan,1373"]);
    expectAccepted(r);
    expect(r.regions.map((x) => x.name)).toEqual(["Sumatera Barat", "Kota Sawahlunto", "Barangin"]);
  });

  it("a kind that does not fit the code's length (a 6-digit code as kota) is an error on jenis (C)", () => {
    const r = run([H, "13,Sumatera Barat,provinsi,", "1373,Kota Sawahlunto,kota,13", "137301,Lembah Segar,kota,1373"]);
    expectError(r.problems, { code: "regions.kind_level", file: FILE, row: 4, column: "jenis", letter: "C" }, { en: ["a district"], id: ["kecamatan"] });
  });

  it("a district must sit under a city or regency of the file", () => {
    const r = run([H, "13,Sumatera Barat,provinsi,", "137301,Lembah Segar,kecamatan,13"]);
    expectError(r.problems, { code: "regions.bad_parent", file: FILE, row: 3, column: "induk", letter: "D" }, { en: ["not a city/regency code in this file"] });
  });
});
