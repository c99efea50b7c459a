/**
 * Keyboard paths through the built site in Chromium, with real key presses (no element.click()):
 * - skip link: on one page of every page type, the first Tab focuses it (and it is visible), Enter
 *   moves focus to <main>;
 * - the main menu: every link of it is reached by Tab, in order, with a visible focus ring, at phone
 *   and desktop width (a menu button, if the header grows one, is opened with Enter on the way);
 * - the language switch, reached by Tab and followed with Enter, leads to the same page in the other
 *   language (home, an indicator, a policy document; both directions);
 * - a chart's chart/table switch works with Enter and Space;
 * - search (when the search page is built): Tab to the field, type, Tab to a result, Enter opens it.
 * Chart points and tooltips by keyboard: tests/browser/charts.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { pageType, pageTypes, serve, sitePages, type SitePage, type StaticServer } from "../helpers/serve.ts";
import { describeBrowser, statusOf, launchChromium, newContext, pool, resetProblems, VIEWPORTS, watch, type ViewportName } from "../helpers/browser.ts";
import { startTags } from "../helpers/html.ts";
import { SEGMENTS } from "../../src/lib/i18n/routes.ts";

const dist = siteDist(inject("siteDist"));
const types = pageTypes(dist);
const typeOf = (lang: "id" | "en", section: keyof typeof SEGMENTS, item = false) => `${lang}:${SEGMENTS[section][lang]}${item ? "/*" : ""}`;
const tagsOf = (p: SitePage) => startTags(readFileSync(join(dist, p.file), "utf8"));
/**
 * The page chosen for a type (the largest, see pageTypes) or, with `having`, the largest page of
 * that type whose markup passes it; a failure says when the build has none.
 */
function pageOf(type: string, having?: (p: SitePage) => boolean): SitePage {
  const p = having ? sitePages(dist).filter((x) => pageType(x) === type && having(x)).sort((a, b) => readFileSync(join(dist, b.file)).length - readFileSync(join(dist, a.file)).length)[0] : types.get(type);
  if (!p) throw new Error(`The build has no page of type ${type}${having ? " that fits this test" : ""} (types: ${[...types.keys()].join(", ")})`);
  return p;
}
/** Pages with a site menu repeat blocks a keyboard user must be able to bypass (WCAG 2.4.1); minimal embed pages have none. */
const hasMenu = (p: SitePage) => tagsOf(p).some((t) => t.name === "nav");
const hasLangSwitch = (p: SitePage) => tagsOf(p).some((t) => t.name === "a" && /\blang-switch\b/.test(t.attrs.class ?? ""));

/** What has focus, in words for a failure message. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("href") ? ` href="${el.getAttribute("href")}"` : ""}>${text}`;
  });
}

/**
 * Presses Tab until the focused element matches `selector` (at most `max` times). Returns the
 * descriptions of everything focused on the way; throws with that path when it never gets there.
 */
async function tabTo(page: Page, selector: string, max = 80): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    path.push(await focused(page));
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return path;
  }
  throw new Error(`${max} Tab presses never reached ${selector}; focus went: ${path.join(" → ")}`);
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== "none" && s.boxShadow !== "");
  });

describeBrowser("keyboard paths", () => {
  let server: StaticServer;
  let browser: Browser;
  const contexts = new Map<ViewportName, BrowserContext>();
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    for (const v of Object.keys(VIEWPORTS) as ViewportName[]) contexts.set(v, await newContext(browser, server.origin, { viewport: VIEWPORTS[v] }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh tab on `path`, its console errors collected into `problems`. */
  async function open(path: string, viewport: ViewportName = "desktop"): Promise<Page> {
    const page = await contexts.get(viewport)!.newPage();
    const rec = watch(page);
    page.on("close", () => problems.push(...rec.consoleErrors.map((e) => `/${path}: ${e}`), ...rec.pageErrors.map((e) => `/${path}: ${e}`)));
    // "load": module scripts have run by then (they are deferred); nothing here waits on the network later.
    const r = await page.goto(server.at(path), { waitUntil: "load" });
    expect(await statusOf(page, r), `/${path}`).toBe(200);
    return page;
  }

  // One rule over every kind of page with the menu, checked in three tabs at once, each tab going
  // from page to page (a new tab costs about 0.3 s, more than a page): about 15 s for the 47 pages
  // on two cores, more on a busy machine, so beyond the default test timeout.
  it("skip link on every kind of page: the first Tab focuses it, on screen; Enter moves focus to main, and the next Tab stays in main", async () => {
    const cases = [...types].filter(([, p]) => hasMenu(p));
    expect(cases.length, "kinds of page with the menu").toBeGreaterThan(30);
    const failures: string[] = [];
    const mainFocused = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase() + "#" + document.activeElement?.id);
    const tabs = await Promise.all([0, 1, 2].map(() => contexts.get("desktop")!.newPage()));
    const records = tabs.map((t) => watch(t));
    await pool(cases, tabs.length, async ([type, p], w) => {
      const where = `${type} (/${p.path})`;
      const page = tabs[w]!;
      const rec = records[w]!;
      resetProblems(page);
      const r = await page.goto(server.at(p.path), { waitUntil: "load" });
      expect(await statusOf(page, r), `/${p.path}`).toBe(200);
      try {
        await page.keyboard.press("Tab");
        if (!(await page.evaluate(() => document.activeElement?.matches("a.skip[href='#isi']") ?? false))) return void failures.push(`${where}: the first Tab focused ${await focused(page)}`);
        const box = await page.evaluate(() => {
          const b = document.activeElement!.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        });
        if (!(box.x >= 0 && box.y >= 0 && box.width > 0 && box.height > 0)) failures.push(`${where}: the focused skip link is not on screen`);
        await page.keyboard.press("Enter");
        await expect.poll(() => mainFocused(page), { message: where }).toBe("main#isi");
        // The next Tab continues inside main, not back in the header.
        await page.keyboard.press("Tab");
        if (!(await page.evaluate(() => !!document.activeElement?.closest("main")))) failures.push(`${where}: the Tab after the skip link focused ${await focused(page)}`);
      } finally {
        problems.push(...rec.consoleErrors.map((e) => `/${p.path}: ${e}`), ...rec.pageErrors.map((e) => `/${p.path}: ${e}`));
      }
    });
    await Promise.all(tabs.map((t) => t.close()));
    expect(failures, failures.join("\n")).toEqual([]);
  }, 180_000);

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const type of ["id:home", "en:home", typeOf("id", "indicators", true)]) {
      it(`main menu on ${type} at ${viewport} width: every link reached by Tab, in order, with a visible focus ring`, async () => {
        const page = await open(pageOf(type).path, viewport);
        try {
          const links = await page.locator("header nav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
          expect(links.length).toBeGreaterThanOrEqual(3);
          const reached: string[] = [];
          const path: string[] = [];
          for (let i = 0; i < 60 && reached.length < links.length; i++) {
            await page.keyboard.press("Tab");
            path.push(await focused(page));
            const info = await page.evaluate(() => {
              const el = document.activeElement;
              return {
                inNav: !!el?.closest("header nav"),
                href: el?.getAttribute("href") ?? null,
                menuButton: !!el?.matches("header button[aria-expanded='false']"),
                inMain: !!el?.closest("main"),
              };
            });
            if (info.menuButton) await page.keyboard.press("Enter");
            if (info.inNav && info.href) {
              reached.push(info.href);
              expect(await focusVisible(page), `focus ring on menu link ${info.href}`).toBe(true);
            }
            if (info.inMain) break;
          }
          expect(reached, `focus went: ${path.join(" → ")}`).toEqual(links);
        } finally {
          await page.close();
        }
      });
    }
  }

  const switchCases = [
    ["id", "home", false],
    ["en", "home", false],
    ["id", "indicators", true],
    ["en", "indicators", true],
    ["id", "policies", true],
    ["en", "policies", true],
  ] as const;
  for (const [lang, section, item] of switchCases) {
    const type = typeOf(lang, section, item).replace(/^(id|en):$/, "$1:home");
    it(`language switch on ${type}: Tab to it, Enter → the same page in the other language`, async () => {
      const from = pageOf(type, hasLangSwitch);
      const page = await open(from.path);
      try {
        await tabTo(page, "a.lang-switch");
        await Promise.all([page.waitForURL((u) => u.href !== server.at(from.path)), page.keyboard.press("Enter")]);
        const other = lang === "id" ? "en" : "id";
        expect(await page.getAttribute("html", "lang")).toBe(other);
        // The same page: it names the page we came from as its alternate in our language.
        const back = await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute("href");
        expect(back && new URL(back).pathname, "alternate of the page reached").toBe(new URL(server.at(from.path)).pathname);
        // …and its own switch leads back there.
        const again = await page.locator("a.lang-switch").getAttribute("href");
        expect(new URL(again!, page.url()).href).toBe(server.at(from.path));
      } finally {
        await page.close();
      }
    });
  }

  for (const lang of ["id", "en"] as const) {
    it(`chart/table switch on an indicator page (${lang}) works with Enter and Space`, async () => {
      const page = await open(pageOf(typeOf(lang, "indicators", true)).path);
      try {
        const chart = page.locator("terang-chart").first();
        const table = chart.locator('[data-chart-panel="table"]');
        const graphic = chart.locator('[data-chart-panel="chart"]');
        await expect.poll(() => graphic.isVisible()).toBe(true);
        expect(await table.isVisible(), "with JavaScript the table waits behind its button").toBe(false);
        await tabTo(page, 'terang-chart button[data-chart-show="table"]');
        await page.keyboard.press("Enter");
        await expect.poll(() => table.isVisible()).toBe(true);
        expect(await graphic.isVisible()).toBe(false);
        expect(await chart.locator('button[data-chart-show="table"]').getAttribute("aria-pressed")).toBe("true");
        // Focus stays on the button just pressed (nothing throws the reader elsewhere).
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-chart-show"))).toBe("table");
        await page.keyboard.press("Shift+Tab");
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-chart-show"))).toBe("chart");
        await page.keyboard.press("Space");
        await expect.poll(() => graphic.isVisible()).toBe(true);
        expect(await table.isVisible()).toBe(false);
        expect(await chart.locator('button[data-chart-show="chart"]').getAttribute("aria-pressed")).toBe("true");
      } finally {
        await page.close();
      }
    });
  }

  // Search is built by another part of the project; test it when the build has it.
  for (const lang of ["id", "en"] as const) {
    const file = join(dist, lang === "en" ? "en" : "", SEGMENTS.search[lang], "index.html");
    if (!existsSync(file)) continue;
    it(`search by keyboard (${lang}): Tab to the field, type, Tab to a result, Enter opens it`, async () => {
      // A word every reader might type: the longest word of an indicator's title in this language.
      const ind = pageOf(typeOf(lang, "indicators", true));
      const html = readFileSync(join(dist, ind.file), "utf8");
      const title = /<h1[^>]*>([^<]+)/.exec(html)?.[1] ?? "";
      const word = title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
      expect(word.length).toBeGreaterThan(3);
      const page = await open(lang === "en" ? `en/${SEGMENTS.search.en}/` : `${SEGMENTS.search.id}/`);
      try {
        await tabTo(page, 'main input[type="search"]');
        await page.keyboard.type(word.toLowerCase(), { delay: 20 });
        const first = page.locator("main ol a, main ul[data-search-results] a").first();
        await first.waitFor({ state: "visible", timeout: 15_000 });
        await tabTo(page, "main ol a, main [data-search-results] a", 10);
        const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
        const [response] = await Promise.all([page.waitForResponse((r) => r.url() === target && r.request().isNavigationRequest()), page.keyboard.press("Enter")]);
        await page.waitForURL(target);
        expect(await statusOf(page, response)).toBe(200);
        const tags = startTags(await page.content());
        expect(tags.find((t) => t.name === "html")?.attrs.lang).toBe(lang);
      } finally {
        await page.close();
      }
    });
  }

  it("logs no console error on the way", () => {
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
