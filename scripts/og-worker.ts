/**
 * Worker thread of scripts/og-images.ts: draws share cards to PNG files. Each message is one job
 * `{ id, card, file }`; the PNG is written to `file` through a temporary name and a rename, so a
 * killed build never leaves a half-written image in the cache. Replies `{ id, ms }` or
 * `{ id, error }`.
 */
import { parentPort } from "node:worker_threads";
import { renameSync, writeFileSync } from "node:fs";
import { renderOgPng } from "../src/lib/og-render.ts";
import type { OgCard } from "../src/lib/og.ts";

export interface OgJob {
  readonly id: number;
  readonly card: OgCard;
  readonly file: string;
}
export type OgReply = { readonly id: number; readonly ms: number } | { readonly id: number; readonly error: string };

parentPort!.on("message", async (job: OgJob) => {
  const t0 = performance.now();
  try {
    const png = await renderOgPng(job.card);
    const tmp = `${job.file}.${process.pid}-${job.id}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, job.file);
    parentPort!.postMessage({ id: job.id, ms: performance.now() - t0 } satisfies OgReply);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies OgReply);
  }
});
