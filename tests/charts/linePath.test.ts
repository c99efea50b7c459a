/**
 * linePath writes a line as d3-shape's `line()` (linear curve, `digits(1)`) does: d3-shape, which
 * the site used for it before, is the reference here, on lines with gaps, lone points, negative
 * and large coordinates and values that round to a tenth either way.
 */
import { describe, expect, it } from "vitest";
import { line } from "d3-shape";
import { linePath } from "../../src/lib/charts/linePath.ts";
import { rng } from "../../scripts/bench/prng.ts";

type P = { x: number; y: number | null };
const d3Line = (points: readonly P[]) =>
  line<P>()
    .defined((p) => p.y !== null)
    .x((p) => p.x)
    .y((p) => p.y ?? 0)
    .digits(1)(points) ?? "";
const ours = (points: readonly P[]) => linePath(points, (p) => p.y !== null, (p) => p.x, (p) => p.y ?? 0);

describe("linePath", () => {
  it("writes the cases by hand as d3 does: runs, gaps, a lone point closed", () => {
    expect(ours([{ x: 0, y: 1 }, { x: 10.04, y: 2.05 }, { x: 20, y: 3.25 }])).toBe("M0,1L10,2.1L20,3.3");
    expect(ours([{ x: 0, y: 1 }, { x: 10, y: null }, { x: 20, y: 3 }])).toBe("M0,1ZM20,3Z");
    expect(ours([{ x: 0, y: null }, { x: 10, y: null }])).toBe("");
    expect(ours([])).toBe("");
  });
  it("matches d3-shape on 5,000 random lines", () => {
    const { next: r } = rng("linePath");
    for (let k = 0; k < 5000; k++) {
      const n = Math.floor(r() * 16);
      const scale = r() < 0.2 ? 1e5 : 700;
      const points: P[] = Array.from({ length: n }, (_, i) => ({
        x: i * (scale / 16) + (r() - 0.5) * 3,
        // Some values on a twentieth or a hair above it, where rounding to a tenth is decided.
        y: r() < 0.25 ? null : r() < 0.2 ? Math.round(r() * 200) / 20 + (r() < 0.5 ? 1e-12 : 0) : (r() - 0.3) * scale,
      }));
      expect(ours(points), JSON.stringify(points)).toBe(d3Line(points));
    }
  });
});
