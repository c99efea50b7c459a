/**
 * axe-core in a page, loaded once per page load and run as often as a test needs.
 *
 * `@axe-core/playwright` evaluated axe's 600 KB source twice per check (and configured it again),
 * which cost about 0.6 s of each check, more than most checks themselves. Here `withAxe(context)`
 * makes axe part of every document the context loads, as an init script (Chromium compiles it
 * once, not per page); `axeViolations` puts it into any frame still without it, then calls
 * `axe.run` in the top frame, which checks same-origin frames through the copies in them. Only
 * the violations come back.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0/2.1 A and AA, WCAG 2.2 AA: the level the site promises. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; failureSummary: string }[];
}

export interface AxeOptions {
  /** Rule tags to run (default: WCAG_TAGS). */
  tags?: readonly string[];
  /** Run only these rules (by id), instead of every rule of the tags. */
  only?: readonly string[];
  /** Rules of the tags not to run. */
  skip?: readonly string[];
}

/** Loads axe into every document `context` opens from now on, before the page's own scripts. */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** Puts axe into every frame of `page` that does not have it yet. */
async function load(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === "object")) continue;
    await frame.evaluate(AXE_SOURCE);
  }
}

/** The axe violations of the page as it is now (after whatever the test did to it). */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  await load(page);
  const runOptions = {
    runOnly: options.only ? { type: "rule", values: [...options.only] } : { type: "tag", values: [...(options.tags ?? WCAG_TAGS)] },
    rules: Object.fromEntries((options.skip ?? []).map((id) => [id, { enabled: false }])),
    resultTypes: ["violations"],
  };
  return page.evaluate(async (opts) => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Result = { id: string; impact?: string | null; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: Result[] }> } }).axe;
    const r = await axe.run(document, opts);
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), failureSummary: (n.failureSummary ?? "").replace(/\s*\n\s*/g, " ") })),
    }));
  }, runOptions);
}

/** One line per violating element: rule, impact, element, what to fix. */
export const describeViolations = (vs: readonly AxeViolation[]): string[] =>
  vs.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}: ${v.help}) at ${n.target}: ${n.failureSummary}`));
