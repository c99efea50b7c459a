/**
 * The machine's core-seconds around a build (scripts/bench/machine-cpu.ts), from /proc/stat.
 */
import { describe, it, expect } from "vitest";
import { machineCpu, machineCpuBetween, parseProcStat } from "../../scripts/bench/machine-cpu.ts";

describe("machine CPU from /proc/stat", () => {
  it("reads busy, idle and stolen core-seconds from the cpu line, in ticks of 1/100 s", () => {
    const text = "cpu  1000 50 300 7000 120 7 13 250 0 0\ncpu0 500 25 150 3500 60 3 7 125 0 0\nintr 1 2 3\n";
    // busy = user 1000 + nice 50 + system 300 + irq 7 + softirq 13; idle = idle 7000 + iowait 120.
    expect(parseProcStat(text)).toEqual({ busySeconds: 13.7, idleSeconds: 71.2, stealSeconds: 2.5 });
    expect(parseProcStat("intr 1 2 3\n")).toBeNull();
  });

  it("gives what the cores did between two readings", () => {
    const a = parseProcStat("cpu  1000 0 0 500 0 0 0 10\n");
    const b = parseProcStat("cpu  1750 0 50 600 20 0 0 40\n");
    expect(machineCpuBetween(a, b)).toEqual({ busySeconds: 8, idleSeconds: 1.2, stealSeconds: 0.3 });
    expect(machineCpuBetween(null, b)).toBeNull();
  });

  it("reads this machine's counters, which only grow", () => {
    const a = machineCpu()!;
    let x = 0;
    for (let i = 0; i < 3e6; i++) x += Math.sqrt(i);
    const b = machineCpu()!;
    expect(x).toBeGreaterThan(0);
    const d = machineCpuBetween(a, b)!;
    expect(d.busySeconds + d.idleSeconds + d.stealSeconds).toBeGreaterThan(0);
    for (const v of Object.values(d)) expect(v).toBeGreaterThanOrEqual(0);
  });
});
