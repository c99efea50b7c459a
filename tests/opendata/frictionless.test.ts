/**
 * `/datapackage.json` read by Frictionless's own JavaScript library (`datapackage`, which
 * validates the descriptor against the Data Package profiles and casts every cell with
 * `tableschema`), on the built sample site: the descriptor is valid, every resource reads with
 * casting and with its foreign keys resolved, and every indicator has as many rows as the staff's
 * source CSV.
 */
import { describe, it, expect, inject } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
// @ts-expect-error -- the library ships no types
import { Package } from "datapackage";
import { APP, siteDist } from "../helpers/site.ts";

const dist = siteDist(inject("siteDist"));

/** Data rows of a source CSV, counted independently of the site's reader. */
function sourceRows(path: string): number {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  return parsed.data.length - 1;
}

interface Resource { name: string; descriptor: { path: string }; read(o: { cast: boolean; keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]> }

describe("/datapackage.json with the Frictionless library", () => {
  it("is a valid Tabular Data Package whose every resource reads with casting, row for row", async () => {
    const pkg = await Package.load(join(dist, "datapackage.json"), { basePath: dist });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.profile).toBe("tabular-data-package");
    const resources = pkg.resources as Resource[];
    const ids = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8")).indikator.map((i: { id: string }) => i.id);
    expect(resources.map((r) => r.name).sort()).toEqual(["regions", ...ids].sort());
    for (const r of resources) {
      const rows = await r.read({ cast: true, keyed: true, relations: true });
      const source = r.name === "regions" ? join(APP, "data/regions.csv") : join(APP, "data/indicators", `${r.name}.csv`);
      expect(rows.length, r.name).toBe(sourceRows(source));
      if (r.name === "regions") continue;
      // Cast, not strings: values are numbers (or null for a gap), years are integers.
      const values = rows.map((row) => row.nilai);
      expect(values.every((v) => v === null || typeof v === "number"), r.name).toBe(true);
      expect(values.some((v) => typeof v === "number"), r.name).toBe(true);
      if ("tahun" in rows[0]!) expect(rows.every((row) => Number.isInteger(row.tahun)), r.name).toBe(true);
      // The region name column is filled from the regions, for every row.
      expect(rows.every((row) => typeof row.nama_wilayah === "string" && row.nama_wilayah !== ""), r.name).toBe(true);
    }
  }, 60_000);
});
