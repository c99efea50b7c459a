/**
 * The search page in Chromium, on the real built site (its Pagefind index included), under the
 * site's own CSP: a reader reaches the field with Tab, types, gets results in the page's own
 * language, hears their number (the live region), and reaches the first result with Tab.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildSite, copyProject, siteDist } from "../helpers/site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { axeViolations, withAxe } from "../helpers/axe.ts";
import { describeBrowser, statusOf, launchChromium, newContext, pool, watch, type PageProblems, embedFrame } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));

const LANGS = [
  // `query` is in every page's words of that language; `both` is a word both languages use.
  { lang: "id", path: "cari/", query: "pelatihan", both: "IKM", none: "zzqxjw", glossary: { query: "PPPK", url: "/glosarium/#pppk" }, region: { query: "Sawahlunto", url: "/wilayah/1373/" } },
  { lang: "en", path: "en/search/", query: "training", both: "IKM", none: "zzqxjw", glossary: { query: "PPPK", url: "/en/glossary/#pppk" }, region: { query: "Sawahlunto", url: "/en/regions/1373/" } },
] as const;

describeBrowser("search page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    context = await newContext(browser, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const activeIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

  /** Presses Tab until `selector` has the focus (at most `max` times); returns how many it took. */
  async function tabTo(page: Page, selector: string, max = 40): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await page.keyboard.press("Tab");
      if (await activeIs(page, selector)) return i;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  async function open(path: string): Promise<{ page: Page; problems: PageProblems }> {
    const page = await context.newPage();
    const problems = watch(page);
    const r = await page.goto(server.at(path), { waitUntil: "networkidle" });
    expect(await statusOf(page, r)).toBe(200);
    return { page, problems };
  }

  const status = (page: Page) => page.locator("[data-search-status]");
  const links = (page: Page) => page.locator("[data-search-results] > li h3 a");

  async function search(page: Page, q: string): Promise<void> {
    const input = page.locator("#search-q");
    await input.fill("");
    await input.focus();
    await page.keyboard.type(q);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toContain(q);
  }

  for (const L of LANGS) {
    it(`${L.lang}: the keyboard reaches the field, typing lists results, the count is announced, Tab reaches the first result`, async () => {
      const { page, problems } = await open(L.path);
      await tabTo(page, "#search-q");
      await page.keyboard.type(L.query);
      // The live region announces the count with the query.
      const live = status(page);
      expect(await live.getAttribute("aria-live")).toBe("polite");
      await expect.poll(() => live.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^\\d+ .*“${L.query}”`));
      const count = Number(/^(\d+)/.exec((await live.textContent())!)![1]);
      expect(count).toBeGreaterThan(0);
      // One page of results (10) is listed; "show more" exists exactly when there are more.
      const listed = await links(page).count();
      expect(listed).toBe(Math.min(count, 10));
      expect(await page.locator("[data-search-more]").isVisible()).toBe(count > 10);
      // Every result has a title and an excerpt with the query marked.
      const texts = await links(page).allTextContents();
      expect(texts.every((t) => t.trim().length > 0)).toBe(true);
      expect(await page.locator("[data-search-results] mark").count()).toBeGreaterThan(0);
      // The query is kept in the URL.
      expect(new URL(page.url()).searchParams.get("q")).toBe(L.query);
      // From the field, Tab reaches the first result link (past the submit button).
      await page.locator("#search-q").focus();
      const presses = await tabTo(page, "[data-search-results] > li:first-child h3 a", 3);
      expect(presses).toBeLessThanOrEqual(2);
      const first = await links(page).first().getAttribute("href");
      await page.keyboard.press("Enter");
      await page.waitForURL((u) => u.pathname + u.hash === first);
      expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreign]).toEqual([]);
      await page.close();
    });

    it(`${L.lang}: results come only from ${L.lang} pages, even for a word both languages use`, async () => {
      const { page, problems } = await open(L.path);
      await search(page, L.both);
      const hrefs = await links(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      const foreign = hrefs.filter((h) => (L.lang === "en" ? !h.startsWith("/en/") : h.startsWith("/en/")));
      expect(foreign).toEqual([]);
      expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreign]).toEqual([]);
      await page.close();
    });

    it(`${L.lang}: a glossary term is a result of its own, at its anchor, and a region's name leads to its page; no match says so`, async () => {
      const { page } = await open(L.path);
      const hrefsOf = () => links(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
      await search(page, L.glossary.query);
      expect(await hrefsOf()).toContain(L.glossary.url);
      await search(page, L.region.query);
      expect(await hrefsOf()).toContain(L.region.url);
      await search(page, L.none);
      expect(await links(page).count()).toBe(0);
      expect(await status(page).textContent()).toMatch(L.lang === "id" ? /Tidak ada hasil/ : /No results/);
      await page.close();
    });

    it(`${L.lang}: a query in the URL (?q=) runs on load; "show more" moves the focus to the next results`, async () => {
      const { page, problems } = await open(`${L.path}?q=${encodeURIComponent(L.query)}`);
      await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toContain(L.query);
      expect(await page.locator("#search-q").inputValue()).toBe(L.query);
      const count = Number(/^(\d+)/.exec((await status(page).textContent())!)![1]);
      if (count > 10) {
        await page.locator("[data-search-more]").focus();
        await page.keyboard.press("Enter");
        await expect.poll(() => links(page).count()).toBe(Math.min(count, 20));
        expect(await activeIs(page, "[data-search-results] > li:nth-child(11) h3 a")).toBe(true);
      }
      expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreign]).toEqual([]);
      await page.close();
    });
  }

  it("with results listed, axe finds no WCAG 2.2 A/AA violation, in the light and the dark scheme", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const ctx = await withAxe(await newContext(browser, server.origin, { colorScheme }));
      const page = await ctx.newPage();
      await page.goto(server.at("cari/?q=pelatihan"), { waitUntil: "networkidle" });
      await expect.poll(() => links(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      await ctx.close();
    }
  }, 90_000);

  it("the embed code on an indicator page is copied with its button, which says so", async () => {
    const ctx = await newContext(browser, server.origin, { permissions: ["clipboard-read", "clipboard-write"] });
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(server.at("indikator/ikm/"), { waitUntil: "networkidle" });
    const button = page.locator("copy-code").first().locator("button[data-copy]");
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press("Enter");
    const status = page.locator("copy-code").first().locator("[data-copy-status]");
    await expect.poll(() => status.textContent()).toMatch(/disalin/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator("copy-code").first().locator("textarea").inputValue());
    expect(copied).toMatch(/^<iframe src="https?:\/\/[^"]+\/sematkan\/ikm\/#tren"/);
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreign]).toEqual([]);
    await ctx.close();
  });

  it("an embed page works inside an <iframe> at phone width: chart enhanced, narrow drawing, table switch, no console error", async () => {
    const page = await context.newPage();
    const problems = watch(page);
    // A host page with the frame added as the embed code does (same server; the frame cannot tell).
    await page.goto(server.at("cari/"), { waitUntil: "networkidle" });
    const frame = await embedFrame(page, server.at("sematkan/ikm/"), "embed", { width: 360, height: 640 });
    await expect.poll(() => frame.locator("terang-chart[data-enhanced]").count(), { timeout: 10_000 }).toBe(2);
    // Without a fragment the trend shows and the comparison does not.
    expect(await frame.locator("#tren").isVisible()).toBe(true);
    expect(await frame.locator("#perbandingan").isVisible()).toBe(false);
    // At phone width the narrow drawing is the one shown.
    expect(await frame.locator("#tren svg.v-narrow").isVisible()).toBe(true);
    expect(await frame.locator("#tren svg.v-wide").isVisible()).toBe(false);
    await frame.locator('#tren button[data-chart-show="table"]').click();
    expect(await frame.locator('#tren [data-chart-panel="table"] table').isVisible()).toBe(true);
    expect(await frame.locator("a[data-embed-back]").getAttribute("target")).toBe("_blank");
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreign]).toEqual([]);
    await page.close();
  });

  it("the suggested iframe height fits each embed page in a 640 px column without much to spare", async () => {
    const ctx = await newContext(browser, server.origin, { viewport: { width: 640, height: 200 } });
    const snippets: { src: URL; height: number }[] = [];
    for (const lang of ["id", "en"] as const) {
      const list = readFileSync(join(dist, lang === "id" ? "indikator/index.html" : "en/indicators/index.html"), "utf8");
      const ids = [...new Set([...list.matchAll(lang === "id" ? /href="\/indikator\/([a-z0-9-]+)\/"/g : /href="\/en\/indicators\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))];
      expect(ids.length).toBeGreaterThan(3);
      for (const id of ids) {
        const ind = readFileSync(join(dist, lang === "id" ? `indikator/${id}/index.html` : `en/indicators/${id}/index.html`), "utf8");
        for (const [, src, height] of ind.matchAll(/&lt;iframe src=&quot;([^&]+)&quot;[^]*?height=&quot;(\d+)&quot;/g)) snippets.push({ src: new URL(src!), height: Number(height) });
      }
    }
    expect(snippets.length).toBeGreaterThan(10);
    const misfits: string[] = [];
    const tabs = await Promise.all([0, 1].map(() => ctx.newPage()));
    let loads = 0;
    await pool(snippets, tabs.length, async ({ src: u, height }, w) => {
      const page = tabs[w]!;
      // A fresh load per chart (a new query makes it a new document, where a new fragment alone
      // would only scroll): the fragment picks the section that shows.
      await page.goto(`${server.origin}${u.pathname}?load=${++loads}${u.hash}`, { waitUntil: "load" });
      await page.locator(`${u.hash} terang-chart[data-enhanced]`).waitFor();
      const needed = await page.evaluate(() => document.documentElement.scrollHeight);
      if (needed > height || height - needed > 200) misfits.push(`${u.pathname}${u.hash}: needs ${needed}, snippet says ${height}`);
    });
    expect(misfits, misfits.join("\n")).toEqual([]);
    await ctx.close();
  }, 120_000);

  it("without JavaScript, the page says search needs it and links the indicator list", async () => {
    const ctx = await newContext(browser, server.origin, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(server.at("cari/"));
    expect(await page.locator("[data-search-form]").isVisible()).toBe(false);
    const fallback = page.locator("[data-search-fallback]");
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toMatch(/JavaScript/);
    expect(await fallback.locator('a[href="/indikator/"]').count()).toBe(1);
    await ctx.close();
  });
});

describeBrowser("search and share images under a sub-path (TERANG_BASE)", () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    root = copyProject(join(import.meta.dirname, "../fixtures/site"));
    const r = buildSite(root, [], { TERANG_BASE: "/transparansi/", TERANG_SITE: "https://data.example.go.id" });
    if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
    server = await serve(join(root, "dist"), "/transparansi/");
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("loads the index from the sub-path and links results under it", async () => {
    const context = await newContext(browser, server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(server.at("cari/?q=IKM"), { waitUntil: "networkidle" });
    await expect.poll(() => page.locator("[data-search-results] > li h3 a").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hrefs = await page.locator("[data-search-results] > li h3 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const h of hrefs) expect(h.startsWith("/transparansi/"), h).toBe(true);
    const response = await page.goto(server.origin + hrefs[0]!);
    expect(await statusOf(page, response)).toBe(200);
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreign]).toEqual([]);
    await context.close();
  });

  it("gives share images and embed code absolute URLs on the configured host and sub-path", () => {
    const home = readFileSync(join(root, "dist/index.html"), "utf8");
    expect(home).toContain('<meta property="og:image" content="https://data.example.go.id/transparansi/og/situs-id.png">');
    const ind = readFileSync(join(root, "dist/indikator/ikm/index.html"), "utf8");
    expect(ind).toContain('<meta property="og:image" content="https://data.example.go.id/transparansi/og/indikator-ikm-id.png">');
    expect(ind).toContain("&lt;iframe src=&quot;https://data.example.go.id/transparansi/sematkan/ikm/#tren&quot;");
    expect(ind).toContain('"contentUrl":"https://data.example.go.id/transparansi/data/ikm.csv"');
    expect(readFileSync(join(root, "dist/og/indikator-ikm-id.png")).subarray(1, 4).toString()).toBe("PNG");
  });
});
