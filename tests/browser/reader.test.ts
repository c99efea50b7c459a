/**
 * The reader's headline region (issue 14, point 2): cards, indicator headlines and the home page
 * open on the same default region, a city; with JavaScript a <select> picks another region, and the
 * choice holds on the next indicator page (localStorage); without it, a link leads to the regions.
 */
import { expect, inject, it } from "vitest";
import { siteDist } from "../helpers/site.ts";
import { describeBrowser, newContext, servedSite } from "../helpers/browser.ts";

const dist = siteDist(inject("siteDist"));

describeBrowser("headline region", () => {
  const site = servedSite(dist);

  it("is the same city on the indicator page, its card and the home page", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const tab = await context.newPage();
    await tab.goto(site.server.at("indikator/ikm/"));
    const where = (await tab.locator(".headline-where").innerText()).split(",")[0]!;
    expect(where).toMatch(/^Kota /);
    await tab.goto(site.server.at("indikator/"));
    const card = tab.locator(".indicator-card", { has: tab.locator('a[href$="/indikator/ikm/"]') }).first();
    expect(await card.locator(".for").innerText()).toContain(where);
    await tab.goto(site.server.at(""));
    expect(await tab.locator("main").innerText()).toContain(where);
    await context.close();
  });

  it("with JavaScript, a select changes the headline and the choice holds on the next page", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const tab = await context.newPage();
    await tab.goto(site.server.at("indikator/ikm/"));
    const select = tab.locator(".headline select");
    await expect.poll(() => select.count()).toBe(1);
    const rowValue = async (name: string) => (await tab.locator("table.latest tbody tr", { has: tab.locator(`th:text-is("${name}")`) }).locator("td strong").innerText()).trim();
    await select.selectOption("Kota Solok");
    expect(await tab.locator(".headline-value").innerText()).toBe(await rowValue("Kota Solok"));
    expect(await tab.locator(".headline-where").innerText()).toMatch(/^Kota Solok, /);
    await tab.goto(site.server.at("indikator/partisipasi-pelatihan/"));
    expect(await tab.locator(".headline select").inputValue()).toBe("Kota Solok");
    expect(await tab.locator(".headline-value").innerText()).toBe(await rowValue("Kota Solok"));
    await context.close();
  });

  it("without JavaScript, the picker is a link to the regions", async () => {
    const context = await newContext(site.browser, site.server.origin, { javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(site.server.at("en/indicators/ikm/"));
    const link = tab.locator("[data-region-pick] a");
    expect(await link.getAttribute("href")).toMatch(/\/en\/regions\/$/);
    await context.close();
  });

  it("on paper, an indicator page lists its numbered notes and prints its address and date", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const tab = await context.newPage();
    await tab.goto(site.server.at("en/indicators/ikm/"));
    await tab.emulateMedia({ media: "print" });
    const r = await tab.evaluate(() => {
      const notes = [...document.querySelectorAll(".fact-charts .chart-notes li")].filter((li) => (li as HTMLElement).offsetParent !== null || getComputedStyle(li).display !== "none");
      const numbers = notes.map((li) => getComputedStyle(li, "::before").content);
      const marks = [...document.querySelectorAll(".fact-charts .note-number")].filter((n) => getComputedStyle(n).display !== "none").length;
      const source = document.querySelector(".site-footer .print-only") as HTMLElement | null;
      return { numbers, marks, source: source && getComputedStyle(source).display !== "none" ? source.innerText : null };
    });
    expect(r.numbers.length).toBeGreaterThan(2);
    // Each note carries its number (a CSS counter, the one the drawing's marks use: 1, 2, 3 …).
    for (const n of r.numbers) expect(n).toMatch(/counter\(note\)/);
    expect(r.marks).toBeGreaterThan(2);
    expect(r.source).toMatch(/^Printed from https?:\/\/\S+\/en\/indicators\/ikm\/ · published \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await tab.emulateMedia({ media: "screen" });
    expect(await tab.locator(".site-footer .print-only").isVisible()).toBe(false);
    await context.close();
  });

  it("search results show a document's status, and switching language keeps the query", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const tab = await context.newPage();
    await tab.goto(site.server.at("cari/?q=program+pelatihan"));
    const result = tab.locator("[data-search-results] > li", { has: tab.locator('a[href*="program-pelatihan-asn-sawahlunto"]') });
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1);
    const badge = result.locator(".badge.status");
    expect(await badge.innerText()).toBe("Dicabut");
    expect(await badge.getAttribute("class")).toContain("status-dicabut");
    const other = new URL((await tab.locator("a.lang-switch").getAttribute("href"))!, site.server.origin);
    expect(other.pathname).toMatch(/\/en\/search\/$/);
    expect(other.searchParams.get("q")).toBe("program pelatihan");
    await context.close();
  });

  it("on touch, a glossary term's first tap shows its definition in place, the second follows the link", async () => {
    const context = await newContext(site.browser, site.server.origin, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(site.server.at("kebijakan/evaluasi-pengembangan-asn-sawahlunto/"));
    const term = tab.locator(".prose .gloss-term").first();
    const tip = tab.locator(".prose .gloss").first().locator(".gloss-tip");
    const before = tab.url();
    await term.tap();
    expect(tab.url()).toBe(before);
    expect(await tip.isVisible()).toBe(true);
    await term.tap();
    await tab.waitForURL(/\/glosarium\//);
    await context.close();
  });
});
