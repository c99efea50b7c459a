/**
 * Worker thread of scripts/og-images.ts, the build's pool for work that needs no page: each message
 * is one job, done in the order they came, one per turn of the event loop.
 * - `{ id, card, file }` draws a share card: the PNG is written to `file` through a temporary name
 *   and a rename, so a killed build never leaves a half-written image in the cache.
 * - `{ id, indicator }` writes an indicator's open-data files (scripts/data-files.ts) into the
 *   staging folder given in `workerData`.
 * Replies `{ id, ms }` or `{ id, error }`.
 *
 * After each image the thread runs a minor garbage collection: a card's canvas holds its 3 MB of
 * pixels in Skia, outside the JavaScript heap, and is freed only when V8 collects the canvas
 * object, which the drawing code makes too little garbage to bring about soon; measured over 300
 * cards in a loop, collecting after each made a card 5.4 ms instead of 7.7 ms and 11 page faults
 * instead of 131 (the freed pixels are reused at once rather than fresh memory touched).
 */
import { parentPort, workerData } from "node:worker_threads";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderOgPng } from "../src/lib/og-render.ts";
import type { OgCard } from "../src/lib/og.ts";
import type { Indicator } from "../src/lib/data/model.ts";
import { indicatorDataFiles, type DataFilesSetup } from "./data-files.ts";

export type OgJob = { readonly id: number; readonly card: OgCard; readonly file: string } | { readonly id: number; readonly indicator: Indicator };
export type OgReply = { readonly id: number; readonly ms: number } | { readonly id: number; readonly error: string };

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (options?: { type: "minor" | "major" }) => void;

const data = (workerData as { data?: DataFilesSetup } | undefined)?.data;

// The pool sends a few jobs ahead (scripts/og-images.ts), so they wait here and are done one per
// turn of the event loop: between two, Node runs what it deferred, among which the finalizers that
// free a card's pixels. (Done straight from the message handler, jobs that keep arriving were done
// back to back and the pixels of hundreds of cards piled up.)
const queue: OgJob[] = [];
let scheduled = false;

parentPort!.on("message", (job: OgJob) => {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setImmediate(next);
  }
});

function next(): void {
  const job = queue.shift();
  if (!job) {
    scheduled = false;
    return;
  }
  run(job);
  setImmediate(next);
}

function run(job: OgJob): void {
  const t0 = performance.now();
  try {
    if ("indicator" in job) {
      if (!data) throw new Error("open-data job without a staging folder");
      for (const [name, body] of indicatorDataFiles(data.site, job.indicator, data.root, data.regionsText)) writeFileSync(join(data.dir, name), body);
    } else {
      const png = renderOgPng(job.card);
      const tmp = `${job.file}.${process.pid}-${job.id}.tmp`;
      writeFileSync(tmp, png);
      renameSync(tmp, job.file);
      gc({ type: "minor" });
    }
    parentPort!.postMessage({ id: job.id, ms: performance.now() - t0 } satisfies OgReply);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies OgReply);
  }
}
