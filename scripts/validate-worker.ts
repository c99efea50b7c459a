/**
 * Worker thread of scripts/build.ts: validates the project (what `npm run validate` runs:
 * validateProject, then the policy documents compiled, src/lib/policyCompile.ts) while Astro loads
 * its configuration and bundles the site on the main thread, which needs no data until it renders
 * pages.
 *
 * With valid data it replies twice: first `{ v, more: true }` (the validation of the data, its
 * site's observations packed into columns to cross between the threads quickly:
 * src/lib/data/handoff.ts), as soon as the data are checked, so that Astro can start on the pages;
 * then `{ compiled }`, what the compiler found in the documents, which the build awaits before it
 * publishes (at 1,000 indicators the hundred documents take about 0.7 s to compile, which Astro
 * waited for before). With errors in the data it replies once, `{ v, more: false }`, the
 * documents' findings included, as `npm run validate` reports them. `{ crash }` is an unexpected
 * exception, with its stack. Then it ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PackedValidation } from "../src/lib/data/handoff.ts";
import type { Problem } from "../src/lib/data/errors.ts";
import type { Validation } from "../src/lib/data/project.ts";

/** A reply of the validation thread (see above). */
export type ValidateReply = { readonly v: PackedValidation; readonly more: boolean } | { readonly compiled: readonly Problem[] } | { readonly crash: string };

const { root, today } = workerData as { root: string; today: Date };
const crash = (e: unknown): ValidateReply => ({ crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
// For tests only (tests/policies/mdx-errors.test.ts): hold the last reply back, so that Astro,
// starting beside this thread, certainly gets ahead of the validation; and a finding added to the
// compiler's, as JSON (the data checks catch first whatever a document could fail on in the
// compiler today, so no real document reaches the build's handling of a late finding).
const delay = Number(process.env.TERANG_TEST_VALIDATION_DELAY_MS ?? 0);
const injected: Problem[] = process.env.TERANG_TEST_COMPILE_PROBLEM ? [JSON.parse(process.env.TERANG_TEST_COMPILE_PROBLEM) as Problem] : [];
const send = async (reply: ValidateReply, last: boolean) => {
  if (last && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  parentPort!.postMessage(reply);
};

// The compiler's modules (0.1–0.2 s to load) are imported only when the documents compile, after
// the data have been sent when they are valid.
const compile = async (v: Validation): Promise<Problem[]> => {
  const { compileDocuments } = await import("../src/lib/policyCompile.ts");
  return [...(await compileDocuments(root, v)), ...injected];
};

let first: ValidateReply;
/** Valid data, sent before their documents compile. */
let sent: Validation | null = null;
try {
  // Imported here, not at the top: a module that fails to load is reported like any crash.
  const { validateProject } = await import("../src/lib/data/project.ts");
  const { packValidation, withCompiled } = await import("../src/lib/data/handoff.ts");
  const v = validateProject(root, { today });
  if (v.site) {
    first = { v: packValidation(v), more: true };
    sent = v;
  } else first = { v: packValidation(withCompiled(v, await compile(v))), more: false };
} catch (e) {
  first = crash(e);
}
await send(first, !sent);
if (sent) {
  let second: ValidateReply;
  try {
    second = { compiled: await compile(sent) };
  } catch (e) {
    second = crash(e);
  }
  await send(second, true);
}
