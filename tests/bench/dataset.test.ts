/**
 * The benchmark's synthetic project (scripts/bench/dataset.ts) must be what staff could publish:
 * the real validator accepts it with no error, and reads the numbers the generator meant (the `;`
 * file's decimal commas as decimals, the dimension column, the gaps). It must also be stable, or
 * two benchmark runs would not measure the same input. Small sizes only: the bench itself is not
 * part of `npm test`.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { generateDataset, indicatorId, REGIONS, FIRST_YEAR, LAST_YEAR, type GeneratedDataset } from "../../scripts/bench/dataset.ts";
import { validateProject, type Validation } from "../../src/lib/data/project.ts";
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
