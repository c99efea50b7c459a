/**
 * The search page in Chromium, on the real built site (its Pagefind index included), under the
 * site's own CSP: a reader reaches the field with Tab, types, gets results in the page's own
 * language, hears their number (the live region), and reaches the first result with Tab.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { describeBrowser, launchChromium, newContext, watch, type PageProblems } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));

const LANGS = [
  // `query` is in every page's words of that language; `both` is a word both languages use.
  { lang: "id", path: "cari/", query: "pelatihan", both: "IKM", none: "zzqxjw", glossary: { query: "PPPK", url: "/glosarium/#pppk" } },
  { lang: "en", path: "en/search/", query: "training", both: "IKM", none: "zzqxjw", glossary: { query: "PPPK", url: "/en/glossary/#pppk" } },
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
    expect(r?.status()).toBe(200);
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

    it(`${L.lang}: a glossary term is a result of its own, at its anchor; no match says so`, async () => {
      const { page } = await open(L.path);
      await search(page, L.glossary.query);
      const hrefs = await links(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
      expect(hrefs).toContain(L.glossary.url);
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
