/**
 * What the whole machine's cores did while a build ran, from the first line of /proc/stat (Linux):
 * busy (user, nice, system, interrupts), idle (idle and waiting for I/O) and stolen (time the
 * hypervisor gave the virtual cores to someone else), in core-seconds. On the 2-core bench
 * machine a slow build with cores to spare, or with much stolen time, is the machine's doing, not
 * the build's; the threads' own CPU times cannot show either.
 */
import { readFileSync } from "node:fs";

export interface MachineCpu {
  readonly busySeconds: number;
  readonly idleSeconds: number;
  readonly stealSeconds: number;
}

/** The kernel counts in USER_HZ ticks, 100 a second on Linux for every architecture the bench runs on. */
const TICKS_PER_SECOND = 100;

/** The machine's totals since boot, from /proc/stat's text; null when it has no `cpu` line. */
export function parseProcStat(text: string): MachineCpu | null {
  const line = text.split("\n").find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  // user nice system idle iowait irq softirq steal (guest and guest_nice are counted in user and nice).
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return {
    busySeconds: (user + nice + system + irq + softirq) / TICKS_PER_SECOND,
    idleSeconds: (idle + iowait) / TICKS_PER_SECOND,
    stealSeconds: steal / TICKS_PER_SECOND,
  };
}

/** The machine's totals now; null where there is no /proc/stat. */
export function machineCpu(): MachineCpu | null {
  try {
    return parseProcStat(readFileSync("/proc/stat", "utf8"));
  } catch {
    return null;
  }
}

/** What the cores did between two readings (null if either is missing). */
export function machineCpuBetween(before: MachineCpu | null, after: MachineCpu | null): MachineCpu | null {
  if (!before || !after) return null;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { busySeconds: r(after.busySeconds - before.busySeconds), idleSeconds: r(after.idleSeconds - before.idleSeconds), stealSeconds: r(after.stealSeconds - before.stealSeconds) };
}
