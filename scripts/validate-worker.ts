/**
 * Worker thread of scripts/build.ts: validates the project (validateAndCompile, what `npm run
 * validate` runs) while Astro loads its configuration and bundles the site on the main thread,
 * which needs no data until it renders pages. Replies once with `{ v }` (the validation:
 * problems, statistics and, when valid, the site, its observations packed into columns to cross
 * between the threads quickly: src/lib/data/handoff.ts) or `{ crash }` (an unexpected exception,
 * with its stack), then ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PackedValidation } from "../src/lib/data/handoff.ts";

/** The validation with its observations packed into columns (src/lib/data/handoff.ts), or the crash. */
export type ValidateReply = { readonly v: PackedValidation } | { readonly crash: string };

const { root, today } = workerData as { root: string; today: Date };
let reply: ValidateReply;
try {
  // Imported here, not at the top: a module that fails to load is reported like any crash.
  const { validateAndCompile } = await import("../src/lib/policyCompile.ts");
  const { packValidation } = await import("../src/lib/data/handoff.ts");
  reply = { v: packValidation(await validateAndCompile(root, { today })) };
} catch (e) {
  reply = { crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
// For tests only: hold the reply back, so that Astro, starting beside this thread, certainly gets
// ahead of the validation (tests/policies/mdx-errors.test.ts).
const delay = Number(process.env.TERANG_TEST_VALIDATION_DELAY_MS ?? 0);
if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
parentPort!.postMessage(reply);
