/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on one page of every page TYPE in both languages
 * (home, lists, an indicator, a policy document, 404, and whatever other types the build has), at
 * phone and desktop widths: at desktop width every rule in the light colour scheme and the rules
 * that read colours in the dark one; at phone width every rule but those (colours do not depend on
 * the width, and the contrast rule is most of axe's time on a long page).
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { pageTypes } from "../helpers/serve.ts";
import { describeBrowser, statusOf, newContext, servedSite, VIEWPORTS, type ViewportName } from "../helpers/browser.ts";
import { axeViolations, describeViolations, withAxe } from "../helpers/axe.ts";

const dist = siteDist(inject("siteDist"));
const types = pageTypes(dist);
const SCHEMES = ["light", "dark"] as const;
/** The rules whose outcome depends on the colour scheme (text and link contrast). */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
type Scheme = (typeof SCHEMES)[number];

describeBrowser("axe(every page type, phone + desktop, light + dark)", () => {
  const site = servedSite(dist);

  it("finds the page types of both languages", () => {
    const names = [...types.keys()];
    for (const t of ["id:home", "en:home", "404", "id:rekomendasi", "en:recommendations", "id:rekomendasi/*/*", "en:recommendations/*/*", "id:kebijakan/*/*/*", "en:policies/*/*/*"]) expect(names).toContain(t);
    expect(names.filter((n) => n.startsWith("id:")).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith("en:")).length).toBeGreaterThanOrEqual(5);
  });

  it("the check finds what is wrong, in the page and in a same-origin frame, in either scheme", async () => {
    const context = await withAxe(await newContext(site.browser, site.server.origin));
    const page = await context.newPage();
    await page.goto(site.server.at("tentang/"), { waitUntil: "load" });
    await page.evaluate(() => {
      const main = document.querySelector("main")!;
      main.append(Object.assign(document.createElement("img"), { id: "no-alt", src: "/favicon.svg" }));
      const faint = Object.assign(document.createElement("p"), { id: "faint", textContent: "faint words" });
      faint.style.color = "#ccc";
      faint.style.background = "#fff";
      main.append(faint);
      main.append(Object.assign(document.createElement("iframe"), { title: "frame", srcdoc: "<!doctype html><html lang=en><title>t</title><main><button></button></main>" }));
    });
    await page.frameLocator('iframe[title="frame"]').locator("button").waitFor({ state: "attached" });
    const ids = (vs: Awaited<ReturnType<typeof axeViolations>>) => vs.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`).sort();
    expect(ids(await axeViolations(page))).toEqual(['button-name ["iframe","button"]', 'color-contrast ["#faint"]', 'image-alt ["#no-alt"]']);
    await page.emulateMedia({ colorScheme: "dark" });
    expect((await axeViolations(page, { only: COLOUR_RULES })).map((v) => v.id)).toEqual(["color-contrast"]);
    expect((await axeViolations(page, { skip: COLOUR_RULES })).map((v) => v.id).sort()).toEqual(["button-name", "image-alt"]);
    await context.close();
  });

  // One tab per width, each page loaded once: axe runs in the light scheme, then (at desktop width)
  // again after switching the same page to the dark scheme. Colour contrast does not depend on the
  // width (the colours are the same custom properties at every width), so the colour rules run at
  // desktop width only: at phone width they would repeat the desktop runs, and they are most of
  // this file's time (which otherwise grows twice as fast as the page types).
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const schemes: readonly Scheme[] = viewport === "desktop" ? SCHEMES : ["light"];
    const label = viewport === "desktop" ? schemes.join(" + ") : `${schemes.join(" + ")}, colour rules at desktop width only`;
    describeBrowser(`at ${viewport} width (${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height}), ${label}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await withAxe(await newContext(site.browser, site.server.origin, { viewport: VIEWPORTS[viewport], colorScheme: "light" }));
        page = await context.newPage();
      });
      afterAll(async () => {
        await context?.close();
      });

      for (const [type, p] of types) {
        it(`axe(${type} /${p.path}) reports no violation (${schemes.join(", ")})`, async () => {
          await page.emulateMedia({ colorScheme: "light" });
          // "load": the page's module scripts have run, and on a first visit none of them fetches
          // anything more (crawl.test.ts waits for the network to go idle on every page).
          const response = await page.goto(site.server.at(p.path), { waitUntil: "load" });
          expect(await statusOf(page, response), `/${p.path}`).toBe(200);
          const lines: string[] = [];
          for (const scheme of schemes) {
            await page.emulateMedia({ colorScheme: scheme });
            expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
            // The dark scheme changes colours only: after the full light run, the page is checked
            // again by the rules that read colours, which is most of what takes axe its time saved.
            const violations = await axeViolations(page, scheme === "dark" ? { only: COLOUR_RULES } : viewport === "desktop" ? {} : { skip: COLOUR_RULES });
            lines.push(...describeViolations(violations).map((v) => `${scheme}: ${v}`));
          }
          expect(lines, `/${p.path} at ${viewport} width:\n${lines.join("\n")}`).toEqual([]);
        });
      }
    });
  }
});
