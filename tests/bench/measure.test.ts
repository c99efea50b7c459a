/**
 * The bench's measurement of one command (scripts/bench/measure.ts): its CPU time read per thread
 * from /proc while it runs, so a run says which thread the build's CPU went to.
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { runMeasured } from "../../scripts/bench/measure.ts";

/** Keeps a thread busy for `ms` milliseconds of wall time. */
const spin = (ms: number) => `{ const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++; }`;

describe.skipIf(process.platform !== "linux")("runMeasured", () => {
  it("counts CPU time by thread: the main thread and a worker thread, each as long as it was busy", async () => {
    // The main thread spins 0.6 s, then starts a worker that spins 1.2 s while the main thread waits.
    const script = `
      const { Worker } = require("node:worker_threads");
      ${spin(600)}
      new Worker(${JSON.stringify(spin(1200))}, { eval: true }).on("exit", () => process.exit(0));`;
    const r = await runMeasured(process.execPath, ["-e", script], { cwd: process.cwd(), env: process.env, pollMs: 50 });
    expect(r.exitCode).toBe(0);
    const cpu = (thread: string) => r.threads.filter((t) => t.process === "node" && t.thread === thread).reduce((s, t) => s + t.cpuSeconds, 0);
    // Busy the whole time it spun, less what falls after the last poll.
    expect(cpu("MainThread")).toBeGreaterThan(0.4);
    expect(cpu("MainThread")).toBeLessThan(1.1);
    expect(cpu("WorkerThread")).toBeGreaterThan(0.9);
    expect(cpu("WorkerThread")).toBeLessThan(1.6);
    // Seen from when it started, after the main thread's 0.6 s.
    const worker = r.threads.find((t) => t.thread === "WorkerThread")!;
    expect(worker.fromMs).toBeGreaterThan(500);
    expect(r.threads.map((t) => t.cpuSeconds)).toEqual([...r.threads.map((t) => t.cpuSeconds)].sort((a, b) => b - a));
  });

  it.skipIf(!existsSync("/proc/self/schedstat") || !existsSync("/usr/bin/taskset"))("reads how long each thread waited for a core, apart from how long it ran", async () => {
    // Pinned to one core, the main thread spins 1.2 s of wall time, and a worker spins the first
    // 0.4 s of it: while both spin, each runs about half the time and waits for the core the other
    // half. So each waits, and the main thread ran and waited, together, the 1.2 s it was busy
    // (however busy the machine: a spinning thread is always ready to run), not twice what it ran.
    const script = `
      const { Worker } = require("node:worker_threads");
      const w = new Worker(${JSON.stringify(`require("node:worker_threads").parentPort.once("message", () => ${spin(400)})`)}, { eval: true });
      w.on("online", () => { w.postMessage(0); ${spin(1200)}; process.exit(0); });`;
    const r = await runMeasured("/usr/bin/taskset", ["-c", "0", process.execPath, "-e", script], { cwd: process.cwd(), env: process.env, pollMs: 50 });
    expect(r.exitCode).toBe(0);
    const node = (thread: string) => r.threads.find((t) => t.process === "node" && t.thread === thread)!;
    const main = node("MainThread");
    const worker = node("WorkerThread");
    expect(main.waitSeconds).toBeGreaterThan(0.1);
    expect(worker.waitSeconds).toBeGreaterThan(0.1);
    expect(main.cpuSeconds + main.waitSeconds!).toBeGreaterThan(1.0);
    expect(main.cpuSeconds + main.waitSeconds!).toBeLessThan(1.6);
  });

  it("counts a thread under the names it has last, not those it had when first seen", async () => {
    // The shell is seen for 0.5 s under its own name, then becomes Node (same pid and thread),
    // which spins 0.8 s: that CPU is Node's main thread's.
    const node = JSON.stringify(process.execPath);
    const script = `sleep 0.5; exec ${node} -e ${JSON.stringify(spin(800))}`;
    const r = await runMeasured("sh", ["-c", script], { cwd: process.cwd(), env: process.env, pollMs: 50 });
    expect(r.exitCode).toBe(0);
    const main = r.threads.filter((t) => t.process === "node" && t.thread === "MainThread");
    expect(main.reduce((s, t) => s + t.cpuSeconds, 0)).toBeGreaterThan(0.5);
    expect(r.threads.filter((t) => t.process !== "node").reduce((s, t) => s + t.cpuSeconds, 0)).toBeLessThan(0.2);
  });
});
