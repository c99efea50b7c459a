/**
 * The validated project crosses from the validation's thread to Astro's with its observations
 * packed into columns (src/lib/data/handoff.ts). What arrives must be the validation itself: the
 * same observations in the same order, with the same properties in the same order, periods and
 * dimension objects shared as the validator shares them.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { packValidation, unpackObservations, packObservations, unpackValidation } from "../../src/lib/data/handoff.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { check, expectAccepted, META_DIM, TODAY } from "./_helpers.ts";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "site");

describe("hand-off of the validated site between threads", () => {
  it("gives back every observation of a CSV with dimensions, notes, English notes and gaps as the validator made it", () => {
    const r = check(
      [
        "tahun,kode_wilayah,modalitas,nilai,catatan,catatan_en",
        "2023,1372,,61.5,,",
        "2023,1372,daring,70,\"Survei ulang, Maret\",\"Resurveyed, March\"",
        "2023,1372,tatap_muka,,Tidak dilaporkan,",
        "2024,1372,,63,,",
        "2024,1373,,0,Nol,Zero",
        "2024,1373,daring,12.25,,",
      ],
      META_DIM,
    );
    expectAccepted(r);
    const back = unpackObservations(structuredClone(packObservations(r.observations)));
    expect(back).toStrictEqual(r.observations);
    // The same properties in the same order (the open-data JSON is written from these objects).
    expect(JSON.stringify(back)).toBe(JSON.stringify(r.observations));
    expect(back.filter((o) => "noteEn" in o).map((o) => o.row)).toEqual(r.observations.filter((o) => "noteEn" in o).map((o) => o.row));
    // Shared as the validator shares them: one period object per period, one dimension object per combination.
    const first2024 = back.find((o) => o.period.code === "2024")!;
    expect(back.filter((o) => o.period.code === "2024").every((o) => o.period === first2024.period)).toBe(true);
    const totals = back.filter((o) => o.dims.modalitas === null);
    expect(totals).toHaveLength(3);
    expect(new Set(totals.map((o) => o.dims)).size).toBe(1);
    expect(Object.isFrozen(totals[0]!.dims)).toBe(true);
  });

  it("gives back the whole validated sample site", () => {
    const v = validateProject(FIXTURE, { today: TODAY });
    expect(v.site).not.toBeNull();
    const back = unpackValidation(structuredClone(packValidation(v)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(v));
    expect(back.site!.indicators.map((i) => i.observations.length)).toEqual(v.site!.indicators.map((i) => i.observations.length));
  });

  it("passes a failed validation (no site) through unchanged", () => {
    const v = { site: null, errors: [], warnings: [], stats: { indicators: 0, observations: 0, documents: 0, regions: 0 } };
    expect(unpackValidation(structuredClone(packValidation(v)))).toStrictEqual(v);
  });
});
