/**
 * Worker thread of scripts/og-images.ts, the build's pool for work that needs no page: each message
 * is one job, done in the order they came, one per turn of the event loop.
 * - `{ id, card, file }` draws a share card: the PNG is written to `file` through a temporary name
 *   and a rename, so a killed build never leaves a half-written image in the cache.
 * - `{ id, indicator }` writes an indicator's open-data files (scripts/data-files.ts) into the
 *   staging folder given in `workerData`.
 * Replies `{ id, ms }` or `{ id, error }`.
 *
 * After each image the thread runs a minor garbage collection: resvg's objects hold a card's
 * 3 MB of pixels outside the JavaScript heap, which V8 does not count, and the drawing code makes
 * so little garbage of its own that nothing else would collect them; without it a thread kept
 * about 110 MB more of dead pixels (measured over the 202 cards of the bench's 100 indicators,
 * at the same speed).
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
// free resvg's pixels. (Done straight from the message handler, jobs that keep arriving were done
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

async function next(): Promise<void> {
  const job = queue.shift();
  if (!job) {
    scheduled = false;
    return;
  }
  await run(job);
  setImmediate(next);
}

async function run(job: OgJob): Promise<void> {
  const t0 = performance.now();
  try {
    if ("indicator" in job) {
      if (!data) throw new Error("open-data job without a staging folder");
      for (const [name, body] of indicatorDataFiles(data.site, job.indicator, data.root, data.regionsText)) writeFileSync(join(data.dir, name), body);
    } else {
      const png = await renderOgPng(job.card);
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
