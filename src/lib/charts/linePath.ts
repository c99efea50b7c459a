/**
 * A line through points, as d3-shape's `line()` with its linear curve and `digits(1)` writes it:
 * `M` at the start of each run of defined points, `L` to each next one, `Z` after a run of one
 * point (which d3 closes, so the lone point keeps its round cap), coordinates rounded to a tenth.
 * The same string, written directly: a page draws thousands of points, and d3's path builder
 * goes through a tagged template and a curve object per point (tests/charts/linePath.test.ts
 * compares the two).
 */
export function linePath<T>(points: readonly T[], defined: (p: T) => boolean, x: (p: T) => number, y: (p: T) => number): string {
  // Pieces joined once: one flat string, which the drawing holds until it is printed.
  const d: string[] = [];
  let run = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (!defined(p)) {
      if (run === 1) d.push("Z");
      run = 0;
      continue;
    }
    d.push(`${run === 0 ? "M" : "L"}${Math.round(x(p) * 10) / 10},${Math.round(y(p) * 10) / 10}`);
    run++;
  }
  if (run === 1) d.push("Z");
  return d.join("");
}
