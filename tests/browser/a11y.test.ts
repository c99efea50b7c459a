/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on one page of every page TYPE in both languages
 * (home, lists, an indicator, a policy document, 404, and whatever other types the build has), at
 * phone and desktop widths, in light and dark colour schemes.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { pageTypes, serve, type StaticServer } from "../helpers/serve.ts";
import { describeBrowser, launchChromium, newContext, VIEWPORTS, type ViewportName } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));
const types = pageTypes(dist);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCHEMES = ["light", "dark"] as const;
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
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds the page types of both languages", () => {
    const names = [...types.keys()];
    for (const t of ["id:home", "en:home", "404"]) expect(names).toContain(t);
    expect(names.filter((n) => n.startsWith("id:")).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith("en:")).length).toBeGreaterThanOrEqual(5);
  });

  // Per width, one context per scheme; each test runs the light and the dark check side by side
  // (two renderers on two cores).
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    describeBrowser(`at ${viewport} width (${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height})`, () => {
      const contexts = new Map<Scheme, BrowserContext>();
      beforeAll(async () => {
        for (const scheme of SCHEMES) contexts.set(scheme, await newContext(browser, server.origin, { viewport: VIEWPORTS[viewport], colorScheme: scheme }));
      });
      afterAll(async () => {
        for (const c of contexts.values()) await c.close();
      });

      for (const [type, p] of types) {
        it(`axe(${type} /${p.path}) reports no violation in the light and the dark scheme`, async () => {
          const found = await Promise.all(
            SCHEMES.map(async (scheme) => {
              const page = await contexts.get(scheme)!.newPage();
              try {
                const response = await page.goto(server.at(p.path), { waitUntil: "networkidle" });
                if (response?.status() !== 200) return [`${scheme}: status ${response?.status()}`];
                const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
                return describeViolations(result.violations).map((v) => `${scheme}: ${v}`);
              } finally {
                await page.close();
              }
            }),
          );
          const lines = found.flat();
          expect(lines, `/${p.path} at ${viewport} width:\n${lines.join("\n")}`).toEqual([]);
        });
      }
    });
  }
});
