/**
 * The bench machine's speed at the moment of a build: a fixed piece of work, timed just before each
 * build run (`calibrationMs` in results.json).
 *
 * The 2-core bench machine is a virtual one whose speed changes from one half hour to the next: the
 * same 100 × 20 build took 8.7 s at one time and 11–13 s at another, with a quarter to a half more
 * CPU time for the same work (bench/README.md). A build's own CPU time cannot tell a slower machine
 * from a slower build once the code changes; this work never changes, so its time can. It is the
 * build's kind of work (objects made and dropped, text built piece by piece and encoded to UTF-8,
 * JSON), on both cores at once as the build uses them, each thread with a new heap as a build
 * starts with. Read it as a witness only: the budgets are checked on the builds' own times.
 */
import { Worker, parentPort, workerData } from "node:worker_threads";

/** Drawing-like pages each thread builds: about 0.7 s of work on the bench machine at its usual speed. */
export const CALIBRATION_PAGES = 80;
const ROWS = 3_000;

/**
 * The work: `pages` pages of SVG-like text from `ROWS` small objects each, encoded to UTF-8, and
 * the objects as JSON. Returns the bytes made (the same for the same `pages`), so that nothing of
 * the work can be left out by the compiler.
 */
export function calibrationWork(pages: number): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (let page = 0; page < pages; page++) {
    const rows: { x: number; y: number; label: string }[] = [];
    for (let i = 0; i < ROWS; i++) rows.push({ x: (i * 7.31) % 680, y: (page * 13.7 + i) % 540, label: `r${i}–${page}` });
    let text = "";
    for (const r of rows) text += `<text class="t" x="${r.x.toFixed(2)}" y="${r.y.toFixed(2)}">${r.label}</text>`;
    bytes += encoder.encode(text).length + JSON.stringify(rows).length;
  }
  return bytes;
}

/** The work run once on each of `threads` worker threads at the same time: wall time, and each thread's result. */
export async function calibrate(pages = CALIBRATION_PAGES, threads = 2): Promise<{ ms: number; results: number[] }> {
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: { terangCalibration: pages } });
          w.once("message", (n: number) => resolve(n));
          w.once("error", reject);
          w.once("exit", (code) => code !== 0 && reject(new Error(`calibration thread exited with ${code}`)));
        }),
    ),
  );
  return { ms: Math.round(performance.now() - t0), results };
}

// In a calibration thread: do the work and report.
const asked = (workerData as { terangCalibration?: number } | null)?.terangCalibration;
if (parentPort && typeof asked === "number") parentPort.postMessage(calibrationWork(asked));
