/**
 * The reader's headline region (issue 14, point 2): cards, indicator headlines and the home page
 * open on the same default region, a city; with JavaScript a <select> picks another region, and the
 * choice holds on the next indicator page (localStorage); without it, a link leads to the regions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { APP, siteDist } from "../helpers/site.ts";
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
    // The choice is kept by region code (Kota Solok is 1372 in data/regions.csv).
    expect(await tab.locator(".headline select").inputValue()).toBe("1372");
    expect(await tab.evaluate(() => localStorage.getItem("terang.wilayah"))).toBe("1372");
    expect(await tab.locator(".headline-value").innerText()).toBe(await rowValue("Kota Solok"));
    await context.close();
  });

  it("with JavaScript, indicator cards follow the region chosen on another page, fetching the latest values only then", async () => {
    // Expected figures straight from the sample data: the last IKM row of Kota Solok (1372).
    const rows = readFileSync(join(APP, "data/indicators/ikm.csv"), "utf8").trim().split("\n").map((l) => l.split(","));
    const solok = rows.filter((r) => r[1] === "1372" && r[2] !== "").at(-1)!;
    const expected = solok[2]!.replace(".", ","); // 90.05 → "90,05" (two decimals in the data)
    const context = await newContext(site.browser, site.server.origin);
    const tab = await context.newPage();
    const fetched: string[] = [];
    tab.on("request", (r) => {
      if (r.url().includes("terbaru.json")) fetched.push(r.url());
    });
    // No choice stored: cards stay as printed, and the latest-values file is not requested.
    await tab.goto(site.server.at(""));
    const pick = tab.locator("[data-card-region-pick] select");
    await expect.poll(() => pick.count()).toBe(1);
    // The card's own figure (the home page's cards also hold every region's figures, under "per region").
    const homeCard = tab.locator('.indicator-card[data-indicator="ikm"]');
    const printed = await homeCard.locator(":scope > .figure .value").innerText();
    await tab.goto(site.server.at("indikator/"));
    await expect.poll(() => tab.locator("[data-card-region-pick] select").count()).toBe(1);
    await tab.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);
    // The choice made on an indicator page …
    await tab.goto(site.server.at("indikator/jam-pelatihan/"));
    await tab.locator(".headline select").selectOption("Kota Solok");
    // … holds on the home page's cards …
    await tab.goto(site.server.at(""));
    await expect.poll(() => homeCard.locator(":scope > .figure .value").innerText()).toBe(expected);
    expect(expected).not.toBe(printed);
    expect(await homeCard.locator(":scope > .for").innerText()).toMatch(/^Kota Solok, Semester I 2026$/);
    expect(await homeCard.locator(":scope > .figure .sparkline").count()).toBe(0);
    expect(await homeCard.locator(":scope > .status .badge.band").innerText()).toBe("A · Sangat baik");
    expect(await pick.inputValue()).toBe("1372");
    // Every headline card now reads as the build prints Kota Solok's figures in its "per region" list.
    const same = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".headline-cards > .indicator-card")].map((card) => {
        const row = [...card.querySelectorAll<HTMLElement>(".per-region li")].find((li) => li.querySelector(".region")!.textContent!.trim() === "Kota Solok");
        const text = (root: Element | null | undefined, sel: string) => [...(root?.querySelectorAll<HTMLElement>(sel) ?? [])].map((e) => e.textContent!.replace(/\s+/g, " ").trim());
        return {
          id: card.dataset.indicator,
          card: [text(card, ":scope > .figure .value"), text(card, ":scope > .status .badge"), text(card, ":scope > .delta .change-words")],
          printed: [text(row, ".value"), text(row, ".badge"), text(row, ".change-words")],
        };
      }),
    );
    expect(same.length).toBeGreaterThan(3);
    for (const c of same) {
      expect(c.printed[0], c.id).toHaveLength(1);
      expect(c.card, c.id).toEqual(c.printed);
    }
    // … and on the indicator list, where a card with no data for it says so.
    await tab.goto(site.server.at("indikator/"));
    const listItem = tab.locator('.indicator-card[data-indicator="ikm"]').first();
    await expect.poll(() => listItem.locator(".value").innerText()).toBe(expected);
    expect(await tab.locator('.indicator-card[data-indicator="ikm-kecamatan"]').first().locator(".nodata").innerText()).toBe("Belum ada data untuk Kota Solok.");
    expect(await tab.locator('.indicator-card[data-indicator="ikm-kecamatan"]').first().locator(".value").count()).toBe(0);
    expect(fetched.length).toBeGreaterThan(0);
    // … and on a theme's page.
    await tab.goto(site.server.at("tema/kualitas-layanan/"));
    await expect.poll(() => tab.locator('.indicator-card[data-indicator="ikm"] .value').innerText()).toBe(expected);
    // Choosing the printed region again puts the printed card back.
    await tab.goto(site.server.at("indikator/"));
    await tab.locator("[data-card-region-pick] select").selectOption((await listItem.getAttribute("data-region"))!);
    await expect.poll(() => listItem.locator(".value").innerText()).toBe(printed);
    expect(await listItem.locator(".sparkline").count()).toBe(1);
    expect(await listItem.locator(".for").count()).toBe(1);
    // A name stored by earlier pages is read as its region and kept as the code from then on.
    await tab.evaluate(() => localStorage.setItem("terang.wilayah", "Kota Solok"));
    await tab.goto(site.server.at("en/indicators/"));
    const enCard = tab.locator('.indicator-card[data-indicator="ikm"]').first();
    await expect.poll(() => enCard.locator(".value").innerText()).toBe(solok[2]);
    expect(await enCard.locator(".for").innerText()).toMatch(/^Kota Solok, /);
    expect(await tab.evaluate(() => localStorage.getItem("terang.wilayah"))).toBe("1372");
    await context.close();
  });

  it("without JavaScript, the picker is a link to the regions", async () => {
    const context = await newContext(site.browser, site.server.origin, { javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(site.server.at("en/indicators/ikm/"));
    const link = tab.locator("[data-region-pick] a");
    expect(await link.getAttribute("href")).toMatch(/\/en\/regions\/$/);
    await tab.goto(site.server.at("en/indicators/"));
    expect(await tab.locator("[data-card-region-pick] a").getAttribute("href")).toMatch(/\/en\/regions\/$/);
    expect(await tab.locator("[data-card-region-pick] select").count()).toBe(0);
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
