/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on one page of every page TYPE in both languages
 * (home, lists, an indicator, a policy document, 404, and whatever other types the build has), at
 * phone and desktop widths; in the light colour scheme at both widths (every rule) and the dark one
 * at desktop width (the rules that read colours).
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { pageTypes } from "../helpers/serve.ts";
import { describeBrowser, newContext, servedSite, VIEWPORTS, type ViewportName } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));
const types = pageTypes(dist);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCHEMES = ["light", "dark"] as const;
/** The rules whose outcome depends on the colour scheme (text and link contrast). */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
type Scheme = (typeof SCHEMES)[number];

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
/** One line per violating element: rule, impact, element, what to fix. */
const describeViolations = (vs: AxeViolation[]): string[] =>
  vs.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}: ${v.help}) at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? "").replace(/\s*\n\s*/g, " ")}`),
  );

describeBrowser("axe(every page type, phone + desktop, light + dark)", () => {
  const site = servedSite(dist);

  it("finds the page types of both languages", () => {
    const names = [...types.keys()];
    for (const t of ["id:home", "en:home", "404", "id:rekomendasi", "en:recommendations", "id:rekomendasi/*/*", "en:recommendations/*/*", "id:kebijakan/*/*/*", "en:policies/*/*/*"]) expect(names).toContain(t);
    expect(names.filter((n) => n.startsWith("id:")).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith("en:")).length).toBeGreaterThanOrEqual(5);
  });

  // One tab per width, each page loaded once: axe runs in the light scheme, then (at desktop width)
  // again after switching the same page to the dark scheme. Colour contrast does not depend on the
  // width, so the dark run at phone width would only repeat the desktop one; skipping it keeps
  // this file's time from growing twice as fast as the page types.
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const schemes: readonly Scheme[] = viewport === "desktop" ? SCHEMES : ["light"];
    describeBrowser(`at ${viewport} width (${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height}), ${schemes.join(" + ")}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await newContext(site.browser, site.server.origin, { viewport: VIEWPORTS[viewport], colorScheme: "light" });
        page = await context.newPage();
      });
      afterAll(async () => {
        await context?.close();
      });

      for (const [type, p] of types) {
        it(`axe(${type} /${p.path}) reports no violation (${schemes.join(", ")})`, async () => {
          await page.emulateMedia({ colorScheme: "light" });
          const response = await page.goto(site.server.at(p.path), { waitUntil: "networkidle" });
          expect(response?.status(), `/${p.path}`).toBe(200);
          const lines: string[] = [];
          for (const scheme of schemes) {
            await page.emulateMedia({ colorScheme: scheme });
            expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
            // The dark scheme changes colours only: after the full light run, the page is checked
            // again by the rules that read colours, which is most of what takes axe its time saved.
            const axe = new AxeBuilder({ page });
            const result = await (scheme === "light" ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
            lines.push(...describeViolations(result.violations).map((v) => `${scheme}: ${v}`));
          }
          expect(lines, `/${p.path} at ${viewport} width:\n${lines.join("\n")}`).toEqual([]);
        });
      }
    });
  }
});
