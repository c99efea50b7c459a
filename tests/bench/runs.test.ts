/**
 * scripts/bench/runs.ts: which of a case's builds the bench reports, and how many it makes.
 */
import { describe, it, expect } from "vitest";
import { defaultRuns, reportedRun, runsText, type RunFigures } from "../../scripts/bench/runs.ts";

const run = (wallMs: number, ok = true, name = String(wallMs)) => ({ ok, wallMs, name });

describe("bench runs", () => {
  it("reports the median run by wall time; of an even number, the slower middle one", () => {
    expect(reportedRun([run(9_400), run(8_100), run(11_200)]).name).toBe("9400");
    expect(reportedRun([run(12_000), run(8_000), run(9_000), run(10_000)]).name).toBe("10000");
    expect(reportedRun([run(7_000)]).name).toBe("7000");
    expect(() => reportedRun([])).toThrow(/no run/);
  });

  it("reports the first failed run when any failed, however fast", () => {
    expect(reportedRun([run(9_000), run(3_000, false, "first failure"), run(4_000, false, "second")]).name).toBe("first failure");
  });

  it("builds cases of seconds three times, larger or profiled cases once", () => {
    expect([defaultRuns(10, 20, false), defaultRuns(100, 20, false), defaultRuns(10, 100, false)]).toEqual([3, 3, 3]);
    expect([defaultRuns(1000, 20, false), defaultRuns(100, 21, false)]).toEqual([1, 1]);
    expect(defaultRuns(100, 20, true)).toBe(1);
  });

  it("writes the reported time with the spread of the runs", () => {
    const f = (wallMs: number): RunFigures => ({ ok: true, wallMs, cpuSeconds: 12, peakOneProcessBytes: 1, loadBefore: 0.5, calibrationMs: 700, machineCpu: null });
    expect(runsText([f(8_440), f(9_610), f(8_960)], 8_960)).toBe("9.0 s (3 runs: 8.4–9.6 s)");
    expect(runsText([f(40_700)], 40_700)).toBe("40.7 s");
  });
});
