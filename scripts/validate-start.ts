/**
 * Starts the validation of the project in a worker thread (scripts/validate-worker.ts), for
 * scripts/build.ts. Kept apart from the build's other modules, which take about half a second to
 * load: the build starts the worker before it loads them, so the data are checked meanwhile.
 */
import { Worker } from "node:worker_threads";
import type { Validation } from "../src/lib/data/project.ts";
import type { ValidateReply } from "./validate-worker.ts";
import { unpackValidation } from "../src/lib/data/handoff.ts";

/** Validates the project in a worker thread; rejects if the worker crashes or ends without a reply. */
export function validateInWorker(root: string, today: Date): Promise<Validation> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./validate-worker.ts", import.meta.url), { workerData: { root, today } });
    worker.once("message", (r: ValidateReply) => {
      if (!("v" in r)) return reject(new Error(`Validation stopped unexpectedly:\n${r.crash}`));
      try {
        resolve(unpackValidation(r.v));
      } catch (e) {
        reject(e);
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The validation worker ended (exit code ${code}) without a result.`)));
  });
}
