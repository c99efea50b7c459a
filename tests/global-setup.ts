/**
 * Builds the repository's own site once per test run, with the real build script, into a temp
 * folder; output tests and browser tests read it through `inject("siteDist")`. A build failure
 * stops the run with the build's own error output.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { TestProject } from "vitest/node";
import { APP, buildSite } from "./helpers/site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDist: string;
  }
}

export default function setup(project: TestProject) {
  // The builds of a test run keep Node's compile cache apart from the one `npm run build` uses
  // (scripts/compile-cache.ts), and start each run with it empty. Each test build writes into a
  // temporary dist/, so Astro's working folder, by whose path the cache keys the bundle's chunks,
  // is new every time: about 120 entries a build that no later build reads. Test files and the
  // builds they start inherit the setting through the environment.
  const cache = join(APP, "node_modules", ".cache", "node-compile-tests");
  rmSync(cache, { recursive: true, force: true });
  process.env.NODE_COMPILE_CACHE = cache;
  // Unit-only runs (`TERANG_NO_SITE=1 npx vitest run tests/charts`) skip the build; a test that
  // needs the site then fails saying so.
  if (process.env.TERANG_NO_SITE === "1") return project.provide("siteDist", "");
  const out = mkdtempSync(join(tmpdir(), "terang-test-"));
  const dist = join(out, "dist");
  const r = buildSite(APP, [], { TERANG_DIST: dist });
  if (r.status !== 0) throw new Error(`The site does not build:\n${r.stdout}\n${r.stderr}`);
  project.provide("siteDist", dist);
  return () => rmSync(out, { recursive: true, force: true });
}
