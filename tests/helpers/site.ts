/**
 * Helpers for tests that build a real site: copy a project (data + content) to a temp folder,
 * run the real `scripts/build.ts` on it, read the output.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative, resolve } from "node:path";
import { tmpdir } from "node:os";
import { lockOwner } from "../../scripts/build-lock.ts";
import { BUILD_NODE_FLAGS } from "../../scripts/node-flags.mjs";

export const APP = resolve(import.meta.dirname, "../..");
export const TODAY = "2026-11-23";

/** A temp project with `data/` and `content/` copied from `from` (default: the repo's own). */
export function copyProject(from = APP): string {
  const root = mkdtempSync(join(tmpdir(), "terang-site-"));
  cpSync(join(from, "data"), join(root, "data"), { recursive: true });
  if (existsSync(join(from, "content"))) cpSync(join(from, "content"), join(root, "content"), { recursive: true });
  return root;
}

export function buildEnv(root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, TERANG_ROOT: root, TERANG_DIST: join(root, "dist"), TERANG_TODAY: TODAY, ...extra };
}

/** Node's arguments for the real build, as `npm run build` starts it (its Node flags, the entry point), then `args`. */
const buildArgs = (args: readonly string[]): string[] => [...BUILD_NODE_FLAGS, join(APP, "scripts/build.mjs"), ...args];

/** Runs the real build (validation + Astro + atomic swap) on a project folder. */
export function buildSite(root: string, args: string[] = [], extra: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, buildArgs(args), {
    cwd: APP,
    env: buildEnv(root, extra),
    encoding: "utf8",
    timeout: 300_000,
  });
}

/** The same build, started without waiting for it. */
export function startBuild(root: string, args: string[] = [], extra: Record<string, string> = {}) {
  return spawn(process.execPath, buildArgs(args), { cwd: APP, env: buildEnv(root, extra), stdio: "pipe" });
}

/** Every file under `dir` with its SHA-256, for byte-for-byte comparisons. */
export function treeHash(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash("sha256").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

export const readPage = (dist: string, path: string): string =>
  readFileSync(join(dist, path.replace(/^\//, ""), path.endsWith("/") || path === "" ? "index.html" : ""), "utf8");

/** The repository's own site, built once per run by tests/global-setup.ts. */
export function siteDist(injected: string): string {
  if (!injected) throw new Error("This test needs the built site: run it without TERANG_NO_SITE=1.");
  return injected;
}

/** The process id in a build lock (scripts/build-lock.ts), or null when there is no lock or it cannot be read yet. */
export const lockOwnerPid = (file: string): number | null => lockOwner(file)?.pid ?? null;
