/**
 * The data checker in Chromium: a broken CSV lists every error with its row and column (messages
 * from the catalogue in the page's language) and marks those cells; a good one shows no error and
 * draws the charts; all of it keeps working with the network cut once the page has loaded.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { APP, siteDist } from "../helpers/site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { checkFile, describeBrowser, launchChromium, newContext, watch, type PageProblems } from "../helpers/browser.ts";
import { describe as describeProblem } from "../../src/lib/data/errors.ts";

const dist = siteDist(inject("siteDist"));
const GOOD = readFileSync(join(APP, "data/indicators/ikm.csv"));
// Row 3: `nilai` (column C) is not a number; row 4: region 9999 (column B) does not exist.
const BROKEN = ["periode,kode_wilayah,nilai,catatan", "2019-S1,13,79.8,", "2019-S2,13,8O.45,", "2020-S1,9999,81,", ""].join("\n");

const check = checkFile;

describeBrowser("data checker (/pemeriksa-data/, /en/data-checker/)", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    context = await newContext(browser, server.origin);
    page = await context.newPage();
    problems = watch(page);
    await page.goto(server.at("pemeriksa-data/"), { waitUntil: "networkidle" });
    await page.selectOption("[data-checker-indicator]", "ikm");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists every error of a broken file with its row and column, and marks those cells", async () => {
    await check(page, "ikm.csv", BROKEN);
    expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("errors");
    expect(await page.textContent("[data-checker-status]")).toContain("2 kesalahan");
    const items = await page.$$eval("[data-checker-error-list] li", (lis) =>
      lis.map((li) => ({ code: li.dataset.code, row: li.dataset.row, letter: li.dataset.letter, column: li.dataset.column, text: li.textContent })),
    );
    expect(items.map(({ code, row, letter, column }) => ({ code, row, letter, column }))).toEqual([
      { code: "value.not_number", row: "3", letter: "C", column: "nilai" },
      { code: "region.unknown", row: "4", letter: "B", column: "kode_wilayah" },
    ]);
    // The catalogue's Indonesian message for that very problem.
    const expected = describeProblem({ code: "value.not_number", file: "ikm.csv", row: 3, column: "nilai", letter: "C", params: { value: "8O.45" } }, "id");
    expect(items[0]!.text).toContain(expected.where);
    expect(items[0]!.text).toContain(expected.what);
    // Exactly the two cells at fault are marked, each pointing at its error.
    const bad = await page.$$eval("table.preview .bad", (cells) => cells.map((c) => ({ id: c.id, text: c.firstChild?.textContent, describedBy: c.getAttribute("aria-describedby") })));
    expect(bad).toEqual([
      { id: "cek-sel-3-2", text: "8O.45", describedBy: "cek-galat-1" },
      { id: "cek-sel-4-1", text: "9999", describedBy: "cek-galat-2" },
    ]);
    // A file that would not publish gets no chart.
    expect(await page.$$("[data-checker-chart-box] svg")).toHaveLength(0);
    expect(await page.$("[data-checker-chart-blocked]")).not.toBeNull();
  });

  it("shows no error for a good file and draws the charts the site publishes", async () => {
    await check(page, "ikm.csv", GOOD);
    expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("ok");
    const rows = GOOD.toString("utf8").trim().split(/\r?\n/).length - 1;
    expect(await page.textContent("[data-checker-status]")).toContain(`${rows} observasi`);
    expect(await page.isHidden("[data-checker-errors]")).toBe(true);
    expect(await page.$$("table.preview .bad")).toHaveLength(0);
    const figures = await page.$$eval("[data-checker-chart]", (fs) => fs.map((f) => f.getAttribute("data-checker-chart")));
    expect(figures).toEqual(expect.arrayContaining(["tren", "perbandingan"]));
    // The trend chart draws one line per region with data, like the published page.
    const published = readFileSync(join(dist, "indikator/ikm/index.html"), "utf8");
    const publishedSummary = /class="chart-summary" id="[^"]*tren[^"]*"[^>]*>([^<]+)</.exec(published)?.[1];
    const summary = await page.textContent('[data-checker-chart="tren"] .chart-summary');
    expect(publishedSummary).toBeTruthy();
    expect(summary).toBe(publishedSummary!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    expect(await page.$$('[data-checker-chart="tren"] svg path.line')).not.toHaveLength(0);
  });

  it("keeps working with the network cut after the page has loaded (nothing is uploaded)", async () => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await context.setOffline(true);
    try {
      await check(page, "ikm.csv", BROKEN);
      expect(await page.$$("[data-checker-error-list] li")).toHaveLength(2);
      await check(page, "ikm.csv", GOOD);
      expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("ok");
      expect(await page.$$('[data-checker-chart="tren"] svg')).not.toHaveLength(0);
    } finally {
      await context.setOffline(false);
    }
    expect(requests).toEqual([]);
  });

  it("English page: a dropped file is checked, with English messages", async () => {
    const en = await context.newPage();
    const p = watch(en);
    await en.goto(server.at("en/data-checker/"), { waitUntil: "networkidle" });
    await en.selectOption("[data-checker-indicator]", "ikm");
    const dt = await en.evaluateHandle((text) => {
      const d = new DataTransfer();
      d.items.add(new File([text], "data.csv", { type: "text/csv" }));
      return d;
    }, BROKEN);
    await en.dispatchEvent("[data-checker-drop]", "drop", { dataTransfer: dt });
    await en.waitForSelector("[data-checker-status][data-result]");
    const status = await en.textContent("[data-checker-status]");
    expect(status).toContain("2 errors");
    expect(status).toContain("differs from ikm.csv");
    expect(await en.textContent("[data-checker-error-list] li")).toContain("row 3, column nilai (C)");
    expect(p.consoleErrors).toEqual([]);
    expect(p.pageErrors).toEqual([]);
  });

  /** Picks an indicator and waits until the page has re-checked the current file for it. */
  async function choose(p: Page, id: string) {
    await p.selectOption("[data-checker-indicator]", id);
    await p.waitForFunction(() => !document.querySelector("[data-checker]")?.hasAttribute("aria-busy"));
  }
  const listed = (p: Page) => p.$$eval("[data-checker-error-list] li", (lis) => lis.map((li) => [li.dataset.code, li.dataset.row, li.dataset.letter]));

  it("refuses a half-yearly file for a yearly indicator, on each row's period, instead of showing it green", async () => {
    await choose(page, "partisipasi-pelatihan");
    try {
      const halfYearly = ["periode,kode_wilayah,modalitas,nilai,catatan", "2024-S1,1373,,70,", "2024-S2,1373,,71,", ""].join("\n");
      await check(page, "partisipasi-pelatihan.csv", halfYearly);
      expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("errors");
      expect(await listed(page)).toEqual([
        ["period.frequency", "2", "A"],
        ["period.frequency", "3", "A"],
      ]);
      expect(await page.textContent("[data-checker-error-list] li")).toContain("tahunan");
      expect(await page.$$("[data-checker-chart-box] svg")).toHaveLength(0);
      // The same rows as years are accepted: the refusal was the frequency, nothing else.
      await check(page, "partisipasi-pelatihan.csv", halfYearly.replace("2024-S1", "2023").replace("2024-S2", "2024"));
      expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("ok");
    } finally {
      await choose(page, "ikm");
    }
  });

  it("refuses values outside the chosen indicator's range (a 0–100 score for the IKM, whose range starts at 25)", async () => {
    await choose(page, "ikm");
    await check(page, "ikm.csv", ["periode,kode_wilayah,nilai,catatan", "2024-S1,1373,12.5,", "2024-S2,1373,80,", "2025-S1,1373,20,", ""].join("\n"));
    expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("errors");
    expect(await listed(page)).toEqual([
      ["value.out_of_range", "2", "C"],
      ["value.out_of_range", "4", "C"],
    ]);
    expect(await page.textContent("[data-checker-error-list] li")).toContain("25–100");
    expect(await page.$$("[data-checker-chart-box] svg")).toHaveLength(0);
  });

  it("logs no console error and asks no other host", () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreign).toEqual([]);
  });
});
