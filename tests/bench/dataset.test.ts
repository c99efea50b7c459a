/**
 * The benchmark's synthetic project (scripts/bench/dataset.ts) must be what staff could publish:
 * the real validator accepts it with no error, and reads the numbers the generator meant (the `;`
 * file's decimal commas as decimals, the dimension column, the gaps). It must also be stable, or
 * two benchmark runs would not measure the same input. Small sizes only: the bench itself is not
 * part of `npm test`.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, sep } from "node:path";
import { tmpdir } from "node:os";
import { generateDataset, indicatorId, regionList, REGIONS, FIRST_YEAR, LAST_YEAR, type GeneratedDataset } from "../../scripts/bench/dataset.ts";
import { validateProject, type Validation } from "../../src/lib/data/project.ts";
import { commitHistory, swapTwoValues } from "../../scripts/bench/git-history.ts";
import { indicatorHistory } from "../../src/lib/revisions.ts";
import { treeHash, TODAY } from "../helpers/site.ts";

const today = new Date(`${TODAY}T00:00:00Z`);
const made: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "terang-bench-data-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("synthetic benchmark dataset", () => {
  // Four indicators: the fourth (index 3) is the one saved with `;` and decimal commas.
  const N = 4;
  let root: string;
  let data: GeneratedDataset;
  let v: Validation;

  beforeAll(() => {
    root = fresh();
    data = generateDataset(root, N);
    v = validateProject(root, { today });
  });

  it("passes the real validator with no error", () => {
    expect(v.errors).toEqual([]);
    expect(v.site).not.toBeNull();
  });

  it("has the announced shape: n indicators, 20 regions × 15 years, policy documents", () => {
    expect(v.stats).toEqual({ indicators: N, observations: data.observations, documents: data.documents, regions: 20 });
    expect(data.documents).toBeGreaterThanOrEqual(3);
    const site = v.site!;
    expect(site.regions).toHaveLength(20);
    expect(site.indicators.map((i) => i.meta.id).sort()).toEqual(data.indicators.map((i) => i.id).sort());
    for (const ind of site.indicators) {
      const gen = data.indicators.find((g) => g.id === ind.meta.id)!;
      const perCell = gen.dimension ? 3 : 1; // the total and two dimension values
      expect(ind.observations).toHaveLength(REGIONS.length * (LAST_YEAR - FIRST_YEAR + 1) * perCell);
      expect(new Set(ind.observations.map((o) => o.region)).size).toBe(20);
    }
    // Every document cites only indicators that exist (the validator checks it; this checks the
    // documents do cite some).
    expect(site.policies.every((p) => p.fm.indikator.length >= 3)).toBe(true);
  });

  it("uses the staff-file variants the contract accepts, read as the numbers meant", () => {
    const semi = data.indicators.find((g) => g.delimiter === ";");
    expect(semi?.id).toBe(indicatorId(3));
    const csv = readFileSync(join(root, "data/indicators", `${semi!.id}.csv`), "utf8");
    const firstValue = csv.split("\n")[1]!.split(";")[3]!; // tahun;kode_wilayah;jenis_kelamin;nilai;catatan
    expect(firstValue).toMatch(/^\d+,\d$/);
    const site = v.site!;
    const parsed = site.indicators.find((i) => i.meta.id === semi!.id)!;
    const first = parsed.observations.find((o) => o.row === 2)!;
    expect(first.value).toBe(Number(firstValue.replace(",", ".")));

    const withDim = site.indicators.find((i) => i.meta.id === data.sampleIndicator)!;
    const dims = new Set(withDim.observations.map((o) => o.dims.modalitas ?? "(total)"));
    expect(dims).toEqual(new Set(["(total)", "daring", "tatap_muka"]));
    const all = site.indicators.flatMap((i) => i.observations);
    expect(all.some((o) => o.value === null)).toBe(true); // gaps
    expect(all.some((o) => o.note?.includes(","))).toBe(true); // quoted notes with commas
  });

  it("writes the same bytes every time, and indicator k is the same file at any size", () => {
    const again = fresh();
    generateDataset(again, N);
    expect(treeHash(again)).toEqual(treeHash(root));

    const smaller = fresh();
    generateDataset(smaller, 3);
    const a = treeHash(smaller);
    const b = treeHash(root);
    for (let i = 0; i < 3; i++) {
      for (const ext of ["csv", "yml"]) {
        const f = join("data/indicators", `${indicatorId(i)}.${ext}`);
        expect(a.get(f), f).toBe(b.get(f));
      }
    }
  });

  it("refuses a size below 3", () => {
    expect(() => generateDataset(fresh(), 2)).toThrow(/≥ 3/);
  });
});

/** One hash of a whole tree: sorted relative paths with the SHA-256 of each file. */
function digest(dir: string): string {
  const h = createHash("sha256");
  const files = [...treeHash(dir)].map(([f, hash]) => [f.split(sep).join("/"), hash] as const);
  for (const [f, hash] of files.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) h.update(`${f}\0${hash}\n`);
  return h.digest("hex");
}

describe("synthetic benchmark dataset, number of regions", () => {
  it("writes, by default, the same bytes as before the regions option (hashes of the generator once its regions took the official names)", () => {
    // First taken from the generator of commit 7c6164b (before it took a number of regions);
    // retaken when 11 regencies got the Ministry of Home Affairs' names for their codes
    // (1301 is Pesisir Selatan, not Kepulauan Mentawai: the list had BPS-order names on Kemendagri
    // codes). Only names changed. A change here changes what every earlier benchmark measured.
    const before: Record<number, string> = {
      4: "f4522377882da68d3b83abb9ba19d706b595f19c8d5530157fe4dcf2f22ee1b6",
      40: "9e33fd3617a9121eb5935b9a1760ab761d615029efb7242cf743ba3a90162e14",
    };
    for (const [n, hash] of Object.entries(before)) {
      const dir = fresh();
      generateDataset(dir, Number(n));
      expect(digest(dir), `${n} indicators`).toBe(hash);
      const explicit = fresh();
      generateDataset(explicit, Number(n), { regions: 20 });
      expect(digest(explicit), `${n} indicators, regions: 20`).toBe(hash);
    }
  });

  it("adds West Sumatra's official districts (kecamatan) under their regencies/cities, up to 100 regions", () => {
    const list = regionList(100);
    expect(list).toHaveLength(100);
    expect(list.slice(0, 20)).toEqual(REGIONS);
    expect(list[0]).toMatchObject({ code: "13", kind: "provinsi" });
    const codes = list.map((r) => r.code);
    expect(new Set(codes).size).toBe(100);
    const cities = new Set(REGIONS.slice(1).map((r) => r.code));
    for (const r of list.slice(20)) {
      expect(r.code).toMatch(/^13\d{4}$/);
      expect(r.kind).toBe("kecamatan");
      expect(cities.has(r.parent!), r.code).toBe(true);
      expect(r.code.startsWith(r.parent!)).toBe(true);
    }
    // The first district of Pesisir Selatan (13.01.01) in the Ministry's list.
    expect(list[20]).toEqual({ code: "130101", name: "Pancung Soal", kind: "kecamatan", parent: "1301" });
    expect(regionList(40).map((r) => r.code)).toEqual(codes.slice(0, 40));
    expect(() => regionList(101)).toThrow(/2 to 100/);
    expect(() => regionList(1)).toThrow(/2 to 100/);
    expect(() => generateDataset(fresh(), 3, { regions: 101 })).toThrow(/2 to 100/);
  });

  for (const m of [40, 100]) {
    it(`with ${m} regions: the validator accepts it, every indicator has rows for every region, documents unchanged`, () => {
      const root = fresh();
      const data = generateDataset(root, 3, { regions: m });
      const v = validateProject(root, { today });
      expect(v.errors).toEqual([]);
      expect(data.regions).toHaveLength(m);
      expect(v.stats?.regions).toBe(m);
      const site = v.site!;
      expect(site.regions.map((r) => r.code).sort()).toEqual(data.regions.map((r) => r.code).sort());
      const codes = new Set(data.regions.map((r) => r.code));
      for (const ind of site.indicators) {
        const gen = data.indicators.find((g) => g.id === ind.meta.id)!;
        const perCell = gen.dimension ? 3 : 1;
        expect(ind.observations).toHaveLength(m * (LAST_YEAR - FIRST_YEAR + 1) * perCell);
        expect(gen.rows).toBe(ind.observations.length);
        expect(new Set(ind.observations.map((o) => o.region))).toEqual(codes);
      }
      expect(data.observations).toBe(site.indicators.reduce((s, i) => s + i.observations.length, 0));

      // Documents name regions that exist, and are the same files as with 20 regions.
      const base = fresh();
      generateDataset(base, 3);
      const a = treeHash(root);
      const b = treeHash(base);
      const docs = [...b.keys()].filter((f) => f.endsWith(".mdx"));
      expect(docs.length).toBeGreaterThanOrEqual(3);
      for (const f of docs) {
        expect(a.get(f), f).toBe(b.get(f));
        for (const w of readFileSync(join(root, f), "utf8").matchAll(/wilayah="(\d+)"/g)) expect(codes.has(w[1]!), `${f}: ${w[1]}`).toBe(true);
      }
    });
  }
});

describe("the benchmark project's git history (--git)", () => {
  it("commits the project, then revisions that each swap two values of every tenth CSV, and stays valid", () => {
    const root = fresh();
    generateDataset(root, 20);
    const before = new Map(readdirSync(join(root, "data/indicators")).filter((f) => f.endsWith(".csv")).map((f) => [f, readFileSync(join(root, "data/indicators", f), "utf8")]));
    const history = commitHistory(root, 3);
    // The first commit and three revisions, two files of the twenty changed in each.
    expect(history).toEqual({ commits: 4, changes: 6 });
    const log = execFileSync("git", ["log", "--format=%cI %s", "--name-only"], { cwd: root, encoding: "utf8" });
    expect(log).toMatch(/^2025-04-01T09:00:00\+00:00 Revisi data 3\n/);
    const changed = [...before.keys()].filter((f) => readFileSync(join(root, "data/indicators", f), "utf8") !== before.get(f));
    expect(changed.length).toBe(6);
    // Each changed file has the same lines but for two whose values traded places.
    for (const f of changed) {
      const a = before.get(f)!.split("\n");
      const b = readFileSync(join(root, "data/indicators", f), "utf8").split("\n");
      expect(b.length).toBe(a.length);
      expect(a.filter((l, i) => l !== b[i]).length).toBe(2);
      expect([...b].sort()).not.toEqual([...a].sort());
    }
    const v = validateProject(root, { today });
    expect(v.errors).toEqual([]);
    // The built site's revision log sees them.
    const ind = v.site!.indicators.find((i) => i.csvFile === `data/indicators/${changed[0]}`)!;
    const h = indicatorHistory(root, ind, v.site!.regions, v.site!.today);
    expect(h.status).toBe("ok");
    expect(h.revisions[0]!.changes.map((c) => c.kind)).toEqual(["changed", "changed"]);
  });

  it("swapTwoValues trades the values of two rows, and leaves a file without two different values alone", () => {
    expect(swapTwoValues("tahun,kode_wilayah,nilai,catatan\n2020,13,1.5,\n2021,13,2,\n", 0)).toBe("tahun,kode_wilayah,nilai,catatan\n2020,13,2,\n2021,13,1.5,\n");
    expect(swapTwoValues("tahun;kode_wilayah;nilai;catatan\n2020;13;1,5;\n2021;13;2;", 0)).toBe("tahun;kode_wilayah;nilai;catatan\n2020;13;2;\n2021;13;1,5;");
    expect(swapTwoValues("tahun,kode_wilayah,nilai,catatan\n2020,13,2,\n2021,13,2,\n", 0)).toBeNull();
  });
});
