/**
 * The site without JavaScript (a Chromium context with `javaScriptEnabled: false`), at phone and
 * desktop width:
 * - every indicator page (both languages) shows every chart as a visible SVG of non-zero size, each
 *   chart's data table, and the full data table with one row per observation of the indicator's CSV;
 *   controls that need JavaScript (chart/table switch, series toggles, PNG download) stay hidden;
 * - every policy document shows each live indicator its MDX source cites (`<Indicator>`), with its
 *   figures visible, and each `<Chart>` as a visible SVG (full figures with their data table).
 * The pages come from walking dist; the expectations from data/ and content/.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { APP, siteDist } from "../helpers/site.ts";
import { pageKind, sitePages, serve, type SitePage, type StaticServer } from "../helpers/serve.ts";
import { describeBrowser, statusOf, launchChromium, newContext, VIEWPORTS, type ViewportName } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));
const pages = sitePages(dist);
const indicators = pages.filter((p) => pageKind(p) === "indicator");
const documents = pages.filter((p) => pageKind(p) === "document");
const slugOf = (p: SitePage) => p.path.split("/").filter(Boolean).at(-1)!;

/** Records of an indicator's CSV (the data every indicator page must show in full). */
/** Rows of the full data table: one per period and region of the CSV (breakdowns are its columns). */
function periodRegions(id: string): number {
  const csv = readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: "greedy", delimitersToGuess: [",", ";"] }).data;
  return new Set(rows.map((r) => `${r.tahun ?? r.periode}|${r.kode_wilayah}`)).size;
}

/** How often a document's MDX source uses a component, outside fenced code blocks. */
function uses(slug: string, component: string): number {
  const file = join(APP, "content/policies", `${slug}.mdx`);
  if (!existsSync(file)) throw new Error(`No MDX source for the built document ${slug} (looked for ${file})`);
  const body = readFileSync(file, "utf8").replace(/^---[\s\S]*?\n---/, "").replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
  return [...body.matchAll(new RegExp(`<${component}\\b`, "g"))].length;
}

/** Sizes of the visible SVGs under `root` (a chart renders one drawing per layout; one must show). */
async function visibleSvgs(root: Locator): Promise<{ width: number; height: number }[]> {
  const out: { width: number; height: number }[] = [];
  for (const svg of await root.locator("svg").all()) {
    if (!(await svg.isVisible())) continue;
    const box = await svg.boundingBox();
    if (box && box.width > 1 && box.height > 1) out.push({ width: box.width, height: box.height });
  }
  return out;
}

describeBrowser("without JavaScript", () => {
  let server: StaticServer;
  let browser: Browser;
  const contexts = new Map<ViewportName, BrowserContext>();
  const tabs = new Map<ViewportName, Page>();

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    for (const v of Object.keys(VIEWPORTS) as ViewportName[]) {
      const c = await newContext(browser, server.origin, { viewport: VIEWPORTS[v], javaScriptEnabled: false });
      contexts.set(v, c);
      tabs.set(v, await c.newPage());
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function load(p: SitePage, v: ViewportName): Promise<Page> {
    const page = tabs.get(v)!;
    const r = await page.goto(server.at(p.path), { waitUntil: "load" });
    expect(await statusOf(page, r), `/${p.path}`).toBe(200);
    // JavaScript really is off: the chart element was never upgraded.
    expect(await page.locator("terang-chart[data-enhanced]").count()).toBe(0);
    return page;
  }

  it("finds indicator pages and policy documents in both languages", () => {
    for (const list of [indicators, documents]) {
      expect(list.some((p) => p.path.startsWith("en/"))).toBe(true);
      expect(list.some((p) => !p.path.startsWith("en/"))).toBe(true);
    }
  });

  for (const v of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const p of indicators) {
      it(`/${p.path} at ${v} width: every chart is a visible SVG with its table; the full data table is there`, async () => {
        const page = await load(p, v);
        const charts = await page.locator("main terang-chart").all();
        // The trend and the comparison at least.
        expect(charts.length).toBeGreaterThanOrEqual(2);
        for (const [i, chart] of charts.entries()) {
          const what = `chart ${i + 1} of /${p.path}`;
          expect((await visibleSvgs(chart.locator('[data-chart-panel="chart"]'))).length, `${what}: visible SVG`).toBeGreaterThan(0);
          const table = chart.locator('[data-chart-panel="table"] table');
          expect(await table.isVisible(), `${what}: its data table`).toBe(true);
          expect(await table.locator("tbody tr").count(), `${what}: rows of its data table`).toBeGreaterThan(0);
          for (const sel of ["[data-chart-controls]", "[data-chart-images]"]) {
            expect(await chart.locator(sel).isVisible(), `${what}: ${sel} needs JavaScript and must stay hidden`).toBe(false);
          }
          // Instead of the image buttons, the download row says images need JavaScript.
          if (await chart.locator(".chart-downloads").count()) expect(await chart.locator("[data-chart-nojs]").isVisible(), `${what}: says images need JavaScript`).toBe(true);
        }
        const full = page.locator("main .full-data table");
        expect(await full.isVisible(), "the full data table").toBe(true);
        expect(await full.locator("tbody tr").count(), "one row per period and region of the CSV").toBe(periodRegions(slugOf(p)));
      });
    }

    for (const p of documents) {
      it(`/${p.path} at ${v} width: every live indicator of the MDX source shows its figures; every chart its SVG`, async () => {
        const page = await load(p, v);
        const slug = slugOf(p);
        const live = await page.locator("main aside.live-indicator").all();
        expect(live.length, `<Indicator> uses in content/policies/${slug}.mdx`).toBe(uses(slug, "Indicator"));
        for (const [i, li] of live.entries()) {
          const what = `live indicator ${i + 1} (${await li.getAttribute("data-indicator")}) of /${p.path}`;
          expect(await li.isVisible(), what).toBe(true);
          const values = li.locator(".li-value");
          const n = await values.count();
          if (n === 0) {
            // An indicator without data for the region says so, visibly.
            expect(await li.locator(".muted").isVisible(), `${what}: figures or a no-data note`).toBe(true);
            continue;
          }
          for (const value of await values.all()) {
            expect(await value.isVisible(), `${what}: figure visible`).toBe(true);
            expect((await value.innerText()).trim(), `${what}: figure has text`).toMatch(/\d/);
          }
        }
        // <Chart> renders a .doc-chart: a full chart figure (tren, perbandingan, rincian) or a small
        // drawing (bullet, sparkline) with its summary.
        const charts = await page.locator("main .doc-chart").all();
        expect(charts.length, `<Chart> uses in content/policies/${slug}.mdx`).toBe(uses(slug, "Chart"));
        for (const [i, chart] of charts.entries()) {
          const what = `chart ${i + 1} of /${p.path}`;
          const figure = chart.locator("terang-chart");
          const full = (await figure.count()) > 0;
          expect((await visibleSvgs(full ? figure.locator('[data-chart-panel="chart"]') : chart)).length, `${what}: visible SVG`).toBeGreaterThan(0);
          if (full) expect(await figure.locator('[data-chart-panel="table"] table').isVisible(), `${what}: its table`).toBe(true);
        }
      });
    }
  }

  // The recommendation tracker: its list, counts and filters are plain HTML and links.
  for (const lang of ["id", "en"] as const) {
    const list = pages.find((p) => p.path === (lang === "id" ? "rekomendasi/" : "en/recommendations/"));
    it(`/${lang === "id" ? "rekomendasi/" : "en/recommendations/"} without JavaScript: every recommendation, its status and the overdue mark show, and a status filter link leads to its page`, async () => {
      expect(list, "the recommendation list is built").toBeDefined();
      const page = await load(list!, "phone");
      const items = page.locator("main .rec");
      expect(await items.count()).toBeGreaterThan(0);
      for (const item of await items.all()) {
        expect(await item.locator(".rec-status").isVisible()).toBe(true);
        expect((await item.locator(".rec-status").innerText()).trim()).not.toBe("");
        if ((await item.getAttribute("data-overdue")) === "true") expect(await item.locator(".rec-overdue").isVisible()).toBe(true);
      }
      const done = page.locator('nav.filters li[data-facet="status"][data-value="selesai"] a');
      await done.click();
      await page.waitForLoadState("load");
      expect(page.url()).toContain(lang === "id" ? "/rekomendasi/status/selesai/" : "/en/recommendations/status/selesai/");
      expect(await page.locator("main .rec").count()).toBeGreaterThan(0);
      for (const item of await page.locator("main .rec").all()) expect(await item.getAttribute("data-status")).toBe("selesai");
    });
  }

  // Version comparisons: from the document's history list to the comparison, whose marks are
  // plain HTML: underlined insertions and struck-through deletions, also in black-and-white print.
  for (const [lang, doc] of [["id", "kebijakan/evaluasi-pembinaan-asn-solok/"], ["en", "en/policies/evaluation-asn-coaching-solok/"]] as const) {
    it(`/${doc} without JavaScript: the history list leads to the comparison of 0.1 and 0.2, whose insertions and deletions show underlined and struck through, on screen and in print`, async () => {
      const start = pages.find((p) => p.path === doc);
      expect(start, `${doc} is built`).toBeDefined();
      const page = await load(start!, "phone");
      await page.locator('section.history li[data-version="0.2"] a.history-changes').click();
      await page.waitForLoadState("load");
      expect(page.url()).toContain(`/${doc}${lang === "id" ? "perubahan" : "changes"}/0.1-0.2/`);
      const ins = page.locator(".diff-text ins").first();
      const del = page.locator(".diff-text del").first();
      try {
        for (const media of ["screen", "print"] as const) {
          await page.emulateMedia({ media });
          for (const [mark, line] of [[ins, "underline"], [del, "line-through"]] as const) {
            expect(await mark.isVisible(), `${media}: ${line} mark visible`).toBe(true);
            const style = await mark.evaluate((e) => ({ deco: getComputedStyle(e).textDecorationLine, color: getComputedStyle(e).color, bg: getComputedStyle(e).backgroundColor }));
            expect(style.deco, media).toContain(line);
            // In print the marks are black on no background, so a black-and-white printer keeps them.
            if (media === "print") expect(style).toMatchObject({ color: "rgb(0, 0, 0)", bg: "rgba(0, 0, 0, 0)" });
          }
          // The screen-reader label is in the text, not shown.
          expect(await ins.locator(".visually-hidden").textContent()).toBe(lang === "id" ? "ditambahkan: " : "inserted: ");
          expect((await ins.locator(".visually-hidden").boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
        }
      } finally {
        await page.emulateMedia({ media: "screen" });
      }
    });
  }
});
