/**
 * The GitHub workflows, checked here rather than on GitHub: each is valid against the workflow
 * schema (`@action-validator/core`, the JSON-schema validator of GitHub Actions files, run as
 * WebAssembly, offline), every command a step runs is one the README documents, and the Node
 * version set up is the one the project runs its scripts on (the `node` package it installs).
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { validateWorkflow } from "@action-validator/core";
import { APP } from "../helpers/site.ts";

const FILES = ["validate.yml", "deploy.yml"] as const;
const text = (f: string) => readFileSync(join(APP, ".github/workflows", f), "utf8");
interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
const steps = (f: string): Step[] => Object.values((parse(text(f)) as { jobs: Record<string, { steps?: Step[] }> }).jobs).flatMap((j) => j.steps ?? []);

describe("GitHub workflows", () => {
  it.each(FILES)("%s is a valid workflow", (f) => {
    const r = validateWorkflow(text(f));
    expect(r.errors, JSON.stringify(r.errors, null, 1)).toEqual([]);
  });

  it("the validator rejects a broken workflow (misspelt key, job without steps)", () => {
    const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo\n";
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it("runs only commands the README documents", () => {
    const readme = readFileSync(join(APP, "README.md"), "utf8");
    const documented = [...readme.matchAll(/`([^`\n]*npm [^`\n]*)`/g)].flatMap((m) => m[1]!.split("&&").map((c) => c.trim()));
    for (const f of FILES) {
      const runs = steps(f).filter((s) => s.run).map((s) => s.run!.trim());
      expect(runs.length, f).toBeGreaterThan(0);
      for (const run of runs) {
        // A documented command, with only its documented options (`--lang` takes a value).
        const base = run.replace(/\s+--lang\s+\S+/, "");
        expect(documented.some((d) => d === base || d.startsWith(`${base} `) || base === d.replace(/\s+--lang en$/, "")), `${f}: "${run}" is not in the README`).toBe(true);
      }
    }
  });

  it("sets up the Node major version the project installs and runs on", () => {
    const pkg = JSON.parse(readFileSync(join(APP, "package.json"), "utf8"));
    const major = /(\d+)/.exec(pkg.devDependencies.node)![1];
    for (const f of FILES) {
      const setups = steps(f).filter((s) => s.uses?.startsWith("actions/setup-node@"));
      expect(setups.length, f).toBeGreaterThan(0);
      for (const s of setups) expect(String(s.with?.["node-version"]), f).toBe(major);
    }
  });
});
