/**
 * Starts the validation of the project in a worker thread (scripts/validate-worker.ts), for
 * scripts/build.ts. Kept apart from the build's other modules, which take about half a second to
 * load: the build starts the worker before it loads them, so the data are checked meanwhile.
 */
import { Worker } from "node:worker_threads";
import type { Validation } from "../src/lib/data/project.ts";
import type { ValidateReply } from "./validate-worker.ts";
import { unpackValidation, withCompiled } from "../src/lib/data/handoff.ts";

/** The validation in two steps; each rejects if the worker crashes or ends without its reply. */
export interface WorkerValidation {
  /**
   * The data checked: with no error, a site Astro can render while the policy documents compile;
   * with errors, the whole validation (the documents' findings included).
   */
  readonly data: Promise<Validation>;
  /** The whole validation, as `npm run validate` gives it: the data and the documents compiled. */
  readonly full: Promise<Validation>;
}

/** Validates the project in a worker thread (see WorkerValidation). */
export function validateInWorker(root: string, today: Date): WorkerValidation {
  const settleData = Promise.withResolvers<Validation>();
  const settleFull = Promise.withResolvers<Validation>();
  const fail = (e: unknown) => {
    settleData.reject(e);
    settleFull.reject(e);
  };
  let checked: Validation | null = null;
  const worker = new Worker(new URL("./validate-worker.ts", import.meta.url), { workerData: { root, today } });
  worker.on("message", (r: ValidateReply) => {
    try {
      if ("crash" in r) return fail(new Error(`Validation stopped unexpectedly:\n${r.crash}`));
      if ("v" in r) {
        checked = unpackValidation(r.v);
        settleData.resolve(checked);
        if (!r.more) settleFull.resolve(checked);
        return;
      }
      if (!checked) return fail(new Error("The validation worker sent the documents' findings before the data."));
      settleFull.resolve(withCompiled(checked, r.compiled));
    } catch (e) {
      fail(e);
    }
  });
  worker.once("error", fail);
  worker.once("exit", (code) => fail(new Error(`The validation worker ended (exit code ${code}) without a result.`)));
  return { data: settleData.promise, full: settleFull.promise };
}
