/**
 * Worker thread of scripts/data-files.ts `startDataFiles`: each message is one validated
 * indicator; its open-data files are written into the staging folder, then it replies
 * `{ id, files }` (or `{ id, error }`).
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Indicator } from "../src/lib/data/model.ts";
import { indicatorDataFiles, type DataReply, type DataWorkerSetup } from "./data-files.ts";

const { site, root, dir, regionsText } = workerData as DataWorkerSetup;

parentPort!.on("message", (ind: Indicator) => {
  try {
    const files = indicatorDataFiles(site, ind, root, regionsText);
    for (const [name, body] of files) writeFileSync(join(dir, name), body);
    parentPort!.postMessage({ id: ind.meta.id, files: files.size } satisfies DataReply);
  } catch (e) {
    parentPort!.postMessage({ id: ind.meta.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies DataReply);
  }
});
