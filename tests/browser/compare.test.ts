/**
 * Comparing two regions in real Chromium. With JavaScript: the comparison page's two selects draw
 * both regions' latest values side by side (checked here against the CSVs), the choice is written
 * to and restored from the URL (`?a=&b=`), the same region twice is refused in words, and a
 * region page's "compare with" form opens the page with both chosen. Without JavaScript: the page
 * says why there is no form and links the region pages, where the region is compared with its
 * parent. The old pair addresses (/bandingkan/<a>/<b>/) reach the 404 page, which links the new view.
 */
import { expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { describeBrowser, statusOf, newContext, servedSite, watch, type PageProblems, embedFrame } from "../helpers/browser.ts";
import { diff, improves, indicatorIds, meta, regions, totalsOf, type Lang, type RegionRow } from "../site/_data.ts";
import { shownNumber } from "../policies/_helpers.ts";

const dist = siteDist(inject("siteDist"));
const province = regions.find((r) => r.kind === "provinsi")!;
const [x, y] = regions.filter((r) => r.kind !== "provinsi");

/** Reads the drawn table and checks it against the CSVs. */
async function checkTable(page: Page, a: RegionRow, b: RegionRow, lang: Lang) {
  const table = page.locator(".compare-result table.compare-table");
  await expect.poll(() => table.getAttribute("data-a")).toBe(a.code);
  expect(await table.getAttribute("data-b")).toBe(b.code);
  expect(await table.locator("caption").textContent()).toBe(lang === "id" ? `Nilai terbaru: ${a.name} dan ${b.name}` : `Latest values: ${a.name} and ${b.name}`);
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute("data-indicator")!,
      leader: tr.getAttribute("data-leader"),
      cells: [...tr.querySelectorAll("td.num")].map((td) => ({ strong: td.querySelector("strong")?.textContent ?? null, period: td.getAttribute("data-period") })),
      last: tr.querySelector("td:last-child")!.textContent!.trim(),
    })),
  );
  expect(rows.map((r) => r.id).sort()).toEqual(indicatorIds.filter((i) => totalsOf(i, a.code).length > 0 || totalsOf(i, b.code).length > 0).sort());
  for (const row of rows) {
    const la = totalsOf(row.id, a.code).at(-1);
    const lb = totalsOf(row.id, b.code).at(-1);
    for (const [cell, obs] of [[row.cells[0]!, la], [row.cells[1]!, lb]] as const) {
      if (!obs) {
        expect(cell.strong).toBeNull();
        continue;
      }
      expect(shownNumber(cell.strong!, lang), `${row.id}`).toBeCloseTo(obs.value, 6);
      expect(cell.period).toBe(obs.period);
    }
    if (la && lb && la.period === lb.period) {
      const good = improves(meta(row.id), diff(la.value, lb.value));
      expect(row.leader).toBe(good === null ? "equal" : good ? "a" : "b");
      if (good !== null) expect(row.last).toBe(good ? a.name : b.name);
    } else expect(row.leader).toBeNull();
  }
  return rows.length;
}

const clean = (p: PageProblems) => expect([...p.consoleErrors, ...p.pageErrors, ...p.foreign]).toEqual([]);

describeBrowser("comparing two regions", () => {
  const site = servedSite(dist);

  it("with JavaScript: two selects show both regions' values from the CSVs, and the URL keeps the choice", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(site.server.at("bandingkan/"));
    await expect.poll(() => page.locator("fieldset.compare-chooser").isVisible()).toBe(true);
    expect(await page.locator(".compare-nojs").isVisible()).toBe(false);
    await page.getByLabel("Wilayah pertama", { exact: true }).selectOption(y!.code);
    await page.getByLabel("Wilayah kedua", { exact: true }).selectOption(province.code);
    const n = await checkTable(page, y!, province, "id");
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get("a"), url.searchParams.get("b")]).toEqual(["/bandingkan/", y!.code, province.code]);
    // The change is announced politely.
    const status = page.getByRole("status");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    expect(await status.textContent()).toBe(`Menampilkan ${y!.name} dan ${province.name}: ${n} indikator.`);
    // The same region twice is refused in words, and no table is left.
    await page.getByLabel("Wilayah kedua", { exact: true }).selectOption(y!.code);
    await expect.poll(() => status.textContent()).toBe("Pilih dua wilayah yang berbeda.");
    expect(await page.locator(".compare-result table").count()).toBe(0);
    clean(problems);
    await context.close();
  });

  it("restores the choice from the URL, in both languages", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(site.server.at(`bandingkan/?a=${x!.code}&b=${y!.code}`));
    expect(await page.getByLabel("Wilayah pertama", { exact: true }).inputValue()).toBe(x!.code);
    expect(await page.getByLabel("Wilayah kedua", { exact: true }).inputValue()).toBe(y!.code);
    await checkTable(page, x!, y!, "id");
    await page.goto(site.server.at(`en/compare/?a=${province.code}&b=${x!.code}`));
    expect(await page.getByLabel("First region", { exact: true }).inputValue()).toBe(province.code);
    await checkTable(page, province, x!, "en");
    clean(problems);
    await context.close();
  });

  it("a region page's compare-with form opens the comparison with both regions chosen", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    await page.goto(site.server.at(`en/regions/${x!.code}/`));
    await page.getByLabel("Region to compare with", { exact: true }).selectOption(y!.code);
    await page.locator("form.compare-with button").click();
    await page.waitForURL(`**/en/compare/?a=${x!.code}&b=${y!.code}`);
    await checkTable(page, x!, y!, "en");
    await context.close();
  });

  it("without JavaScript: the page says choosing needs it and links region pages, which compare with the parent", async () => {
    const context = await newContext(site.browser, site.server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.at("bandingkan/"));
    expect(await page.locator("fieldset.compare-chooser").isVisible()).toBe(false);
    expect(await page.locator(".compare-nojs").textContent()).toContain("JavaScript");
    await page.locator(`nav.pick a[href="/wilayah/${x!.code}/"]`).click();
    await page.waitForURL(`**/wilayah/${x!.code}/`);
    const table = page.locator("section.vs-parent table.compare-table");
    expect(await table.isVisible()).toBe(true);
    expect(await table.getAttribute("data-b")).toBe(x!.parent);
    expect(await page.locator(`nav.siblings a[href="/wilayah/${y!.code}/"]`).isVisible()).toBe(y!.parent === x!.parent);
    await context.close();
  });

  it("an old pair address reaches the 404 page, which links the same comparison (and the comparison page without JS)", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    const response = await page.goto(site.server.at(`bandingkan/${x!.code}/${y!.code}/`));
    expect(await statusOf(page, response)).toBe(404);
    const link = page.getByRole("link", { name: "Buka perbandingan kedua wilayah ini" });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute("href")).toBe(`/bandingkan/?a=${x!.code}&b=${y!.code}`);
    await link.click();
    await checkTable(page, x!, y!, "id");
    problems.consoleErrors = problems.consoleErrors.filter((e) => !/404/.test(e)); // the 404 response itself
    clean(problems);
    await context.close();

    const nojs = await newContext(site.browser, site.server.origin, { javaScriptEnabled: false });
    const p2 = await nojs.newPage();
    await p2.goto(site.server.at(`en/compare/${x!.code}/${y!.code}/`));
    expect(await p2.locator(".old-compare").first().isVisible()).toBe(false);
    expect(await p2.locator('a[href="/en/compare/"]').count()).toBeGreaterThan(0);
    expect(await p2.locator('a[href="/bandingkan/"]').count()).toBeGreaterThan(0);
    await nojs.close();
  });

  it("an old per-chart embed address, still in another site's frame, goes to that chart on the indicator's embed page", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    // A host page with the old embed code (same server; the frame cannot tell).
    await page.goto(site.server.at("cari/"), { waitUntil: "networkidle" });
    const frame = await embedFrame(page, site.server.at("sematkan/ikm/perbandingan/"), "old embed", { width: 640, height: 600 });
    await expect.poll(() => frame.locator("#perbandingan terang-chart[data-enhanced]").count(), { timeout: 10_000 }).toBe(1);
    expect(await frame.locator("#perbandingan").isVisible()).toBe(true);
    expect(await frame.locator("#tren").isVisible()).toBe(false);
    problems.consoleErrors = problems.consoleErrors.filter((e) => !/404/.test(e)); // the 404 response itself
    clean(problems);
    await context.close();
  });
});
