/**
 * scripts/bench/calibration.ts: the bench's machine check is the same work on every run, done on
 * the threads it asks for. (How long it takes is what it measures, so no test times it.)
 */
import { describe, it, expect } from "vitest";
import { calibrate, calibrationWork } from "../../scripts/bench/calibration.ts";

describe("bench machine check", () => {
  it("does the same work every time, on each thread at once, and more pages are more work", async () => {
    const a = await calibrate(3, 2);
    const b = await calibrate(3, 3);
    expect(a.results).toHaveLength(2);
    expect(b.results).toHaveLength(3);
    // Every thread made the same bytes, run after run, and the same as the work done here.
    expect(new Set([...a.results, ...b.results])).toEqual(new Set([calibrationWork(3)]));
    expect(calibrationWork(6)).toBeGreaterThan(calibrationWork(3) * 1.9);
    expect(a.ms).toBeGreaterThan(0);
  });
});
