/**
 * Opens EVERY built page (both languages, found by walking dist) in Chromium, served on loopback:
 * each answers 200, logs no console error, throws nothing, and asks no other host for anything.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { serve, sitePages, type StaticServer } from "../helpers/serve.ts";
import { describeBrowser, statusOf, launchChromium, newContext, orphanForeign, pool, resetProblems, watch, type PageProblems } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));
const pages = sitePages(dist);

/**
 * For a tab: a function that resolves once the tab has had no request in flight for `ms`
 * milliseconds (Playwright's "networkidle" waits 500 ms after the last one, most of a visit here),
 * with the addresses still in flight after `most` milliseconds (none when it settled): a request
 * that never ends is reported with its page, rather than holding the crawl until its time limit.
 */
function networkQuiet(tab: Page, ms = 150, most = 20_000): () => Promise<string[]> {
  const inFlight = new Set<Request>();
  let last = performance.now();
  tab.on("request", (r) => { inFlight.add(r); last = performance.now(); });
  const done = (r: Request) => { inFlight.delete(r); last = performance.now(); };
  tab.on("requestfinished", done);
  tab.on("requestfailed", done);
  return async () => {
    const start = performance.now();
    while (inFlight.size > 0 || performance.now() - last < ms) {
      if (performance.now() - start > most) return [...inFlight].map((r) => r.url());
      await new Promise((r) => setTimeout(r, 25));
    }
    return [];
  };
}

interface Visit extends PageProblems {
  path: string;
  status: number | null;
  /** Requests of the page still unanswered 20 s after it loaded. */
  unsettled: string[];
}

describeBrowser("GET every built page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const visits: Visit[] = [];

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    context = await newContext(browser, server.origin);
    const tabs = await Promise.all([0, 1, 2].map(() => context.newPage()));
    const records = tabs.map((t) => watch(t));
    const quiet = tabs.map((t) => networkQuiet(t));
    await pool(pages, tabs.length, async (p, w) => {
      const tab = tabs[w]!;
      resetProblems(tab);
      const response = await tab.goto(server.at(p.path), { waitUntil: "load" });
      // Whatever the page's scripts fetch once it has loaded is part of the visit too.
      const unsettled = await quiet[w]!();
      const r = records[w]!;
      visits.push({ path: `/${p.path}`, status: await statusOf(tab, response), consoleErrors: [...r.consoleErrors], pageErrors: [...r.pageErrors], foreign: [...r.foreign], unsettled });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds pages in both languages", () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(visits.map((v) => v.path)).toContain("/");
    expect(visits.map((v) => v.path)).toContain("/en/");
  });

  it("answers 200 for every page", () => {
    const bad = visits.filter((v) => v.status !== 200).map((v) => `${v.path} → ${v.status}`);
    expect(bad, bad.join("\n")).toEqual([]);
    expect(visits).toHaveLength(pages.length);
  });

  it("logs no console error and throws no page error on any page", () => {
    const bad = visits.flatMap((v) => [...v.consoleErrors.map((e) => `${v.path} console: ${e}`), ...v.pageErrors.map((e) => `${v.path} pageerror: ${e}`)]);
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("gets an answer to every request of every page", () => {
    const bad = visits.flatMap((v) => v.unsettled.map((u) => `${v.path} still waiting for ${u}`));
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("requests nothing from another host on any page", () => {
    const bad = [...visits.flatMap((v) => v.foreign.map((u) => `${v.path} requested ${u}`)), ...orphanForeign.map((u) => `(no page) requested ${u}`)];
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("answers a missing URL with status 404 and the site's own 404 page, which loads cleanly", async () => {
    const tab = await context.newPage();
    const r = watch(tab);
    const missing = server.at("tidak/ada/halaman-ini/");
    const response = await tab.goto(missing, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(404);
    expect(await tab.locator("main h1").count()).toBe(1);
    // Chromium reports the 404 of the document itself as a console error; nothing else may fail
    // (a 404 page deep in the tree must still load its styles and scripts).
    const others = r.consoleErrors.filter((e) => !(/status of 404/.test(e) && e.includes(missing)));
    expect([...others, ...r.pageErrors, ...r.foreign]).toEqual([]);
    await tab.close();
  });
});
