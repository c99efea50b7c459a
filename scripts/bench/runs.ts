/**
 * Repeated builds of one bench case (`npm run bench -- --runs N`). On the 2-core bench machine one
 * build's wall time swings by a third within a quarter of an hour (bench/README.md), so a single
 * build says little about a ten-second budget. Each case is built several times from the same cold
 * state; the bench reports the median build (its wall time, phases and threads) and every run's
 * figures, and checks memory against the largest peak of any run.
 */
import type { MachineCpu } from "./machine-cpu.ts";

/** One build's figures, as results.json keeps them for every run. */
export interface RunFigures {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly cpuSeconds: number | null;
  /** Largest resident set of one process in this run. */
  readonly peakOneProcessBytes: number;
  /** 1-minute load average just before the run. */
  readonly loadBefore: number;
  /** The machine check just before the run (scripts/bench/calibration.ts). */
  readonly calibrationMs: number;
  /** What the machine's cores did during the run (scripts/bench/machine-cpu.ts); null without /proc/stat. */
  readonly machineCpu: MachineCpu | null;
}

/** Builds a case gets when `--runs` is not given: three where a build takes seconds, one where it takes most of a minute. */
export function defaultRuns(indicators: number, regions: number, profiled: boolean): number {
  if (profiled) return 1;
  return indicators * regions <= 2_000 ? 3 : 1;
}

/**
 * The run the bench reports: the first failed one if any failed, else the median by wall time (of
 * an even number, the slower of the two middle runs, so that the figure never flatters).
 */
export function reportedRun<T extends { readonly ok: boolean; readonly wallMs: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("no run to report");
  const failed = runs.find((r) => !r.ok);
  if (failed) return failed;
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** `8.9 s (3 runs: 8.4–9.6 s)`, or the one run's time alone. */
export function runsText(runs: readonly RunFigures[], reported: number): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  if (runs.length < 2) return `${s(reported)} s`;
  const walls = runs.map((r) => r.wallMs);
  return `${s(reported)} s (${runs.length} runs: ${s(Math.min(...walls))}–${s(Math.max(...walls))} s)`;
}
