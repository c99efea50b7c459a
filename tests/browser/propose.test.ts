/**
 * "Usulkan perubahan" / "Propose this change" in Chromium, on the sample site (whose situs.yml
 * names an illustrative GitHub repository): absent while a file has errors; after a clean check it
 * downloads the file in its normal form, byte-identical to what the page model says validate
 * accepts (propose.test.ts checks that form against validate), and opens the host's upload page
 * for the indicator's folder in a new tab. Screenshots of the step go to docs/screenshots/.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { APP, TODAY, siteDist } from "../helpers/site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { checkFile, describeBrowser, launchChromium, newContext, watch, type PageProblems } from "../helpers/browser.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { normalCsv } from "../../src/lib/data/propose.ts";

const dist = siteDist(inject("siteDist"));
const SOURCE = readFileSync(join(APP, "data/indicators/kepuasan-peserta-pelatihan.csv"));
const BROKEN = ["tahun;kode_wilayah;nilai;catatan", "2019;1372;8O,1;", ""].join("\r\n");

const check = (page: Page, content: string | Buffer) => checkFile(page, "kepuasan-peserta-pelatihan.csv", content);

describeBrowser("propose this change from the data checker", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    context = await newContext(browser, server.origin);
    // The host's page is not fetched: its tab is caught by its address.
    await context.route(/^https:\/\/github\.com\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>upload</title>" }));
    page = await context.newPage();
    problems = watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [lang, path, button] of [["id", "pemeriksa-data/", "Usulkan perubahan"], ["en", "en/data-checker/", "Propose this change"]] as const) {
    it(`${lang}: no button for a file with errors; after a clean check the button downloads the normal file and opens the upload page`, async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(server.at(path), { waitUntil: "networkidle" });
      await page.selectOption("[data-checker-indicator]", "kepuasan-peserta-pelatihan");
      await check(page, BROKEN);
      expect(await page.isVisible("[data-checker-propose]")).toBe(false);

      await check(page, SOURCE);
      expect(await page.getAttribute("[data-checker-status]", "data-result")).toBe("ok");
      const section = page.locator("[data-checker-propose]");
      expect(await section.isVisible()).toBe(true);
      expect(await section.locator("button").textContent()).toBe(button);
      expect(await section.textContent()).toContain("data/indicators/kepuasan-peserta-pelatihan.csv");
      if (lang === "id") await section.screenshot({ path: join(APP, "docs/screenshots/usulkan-perubahan-1-tombol.png") });

      const [download, popup] = await Promise.all([page.waitForEvent("download"), context.waitForEvent("page"), section.locator("button").click()]);
      expect(download.suggestedFilename()).toBe("kepuasan-peserta-pelatihan.csv");
      const bytes = readFileSync((await download.path())!);
      const site = validateProject(APP, { today: new Date(`${TODAY}T00:00:00Z`) }).site!;
      const ind = site.indicators.find((i) => i.meta.id === "kepuasan-peserta-pelatihan")!;
      expect(bytes.toString("utf8")).toBe(normalCsv(ind.periodColumn, (ind.meta.dimensi ?? []).map((d) => d.kolom), ind.observations));
      expect(bytes[0]).not.toBe(0xef);
      expect(popup.url()).toBe("https://github.com/contoh-pemda/terang/upload/main/data/indicators");
      await popup.close();
      expect(await section.locator("[data-checker-propose-done]").textContent()).toContain("kepuasan-peserta-pelatihan.csv");
      if (lang === "id") await section.screenshot({ path: join(APP, "docs/screenshots/usulkan-perubahan-2-diunduh.png") });
      expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    });
  }
});
