/**
 * Policy documents in real Chromium (built site, served on loopback):
 * - a glossary definition appears when its term gets keyboard focus (Tab), is the term's
 *   accessible description, hides on Escape without moving focus, and shows on hover too;
 * - with JavaScript OFF the live indicators are there: value (equal to the CSV), status, sparkline;
 * - printed (print media, A4 PDF) the document keeps status, version, URL and charts, and drops
 *   navigation and switches;
 * - the RSS feeds are well-formed XML for the browser's own XML parser, with items.
 */
import { expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { APP, siteDist } from "../helpers/site.ts";
import { describeBrowser, newContext, PHONE, servedSite, watch } from "../helpers/browser.ts";
import { docHref, observedValues, projectDocs, shownNumber } from "../policies/_helpers.ts";

const dist = siteDist(inject("siteDist"));
const docs = projectDocs(APP);
/** A document with glossary marks and live indicators in each language. */
const withEmbeds = (lang: "id" | "en") => docs.find((d) => d.bahasa === lang && /<Indicator\b/.test(d.body))!;

describeBrowser("policy documents in Chromium", () => {
  const site = servedSite(dist);

  /** Tabs until a glossary term has focus; returns how many presses it took. */
  async function tabToGlossaryTerm(page: Page): Promise<number> {
    for (let i = 1; i <= 150; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("gloss-term") ?? false)) return i;
    }
    throw new Error("no glossary term reached with Tab");
  }

  it.each(["id", "en"] as const)("shows a glossary definition on keyboard focus, as the term's description, and hides it on Escape (%s)", async (lang) => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    const doc = withEmbeds(lang);
    await page.goto(site.server.at(docHref(doc).slice(1)));
    const firstTip = page.locator(".prose .gloss-tip").first();
    await expect(firstTip.isVisible()).resolves.toBe(false);

    await tabToGlossaryTerm(page);
    const tipId = await page.evaluate(() => document.activeElement!.getAttribute("aria-describedby"));
    const tip = page.locator(`[id="${tipId}"]`);
    await expect(tip.isVisible()).resolves.toBe(true);
    const tipText = (await tip.textContent())!.trim();
    expect(tipText.length).toBeGreaterThan(10);

    // What a screen reader gets: the accessible description of the focused term is the definition.
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `.prose [aria-describedby="${tipId}"]` });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const term = nodes[0]!;
    expect(term.properties?.find((p) => p.name === "focused")?.value.value).toBe(true);
    expect(term.role?.value).toBe("link");
    expect(String(term.description?.value).replace(/\s+/g, " ").trim()).toBe(tipText.replace(/\s+/g, " "));

    // The definition fits on the (desktop) screen, not cut off at the right edge.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual((await page.evaluate(() => document.documentElement.clientWidth)) + 1);

    // Escape dismisses it without moving focus (WCAG 1.4.13); Tab onwards and back shows it again.
    await page.keyboard.press("Escape");
    await expect(tip.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toBe(tipId);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(tip.isVisible()).resolves.toBe(true);

    // Hover shows a definition as well.
    await page.keyboard.press("Tab");
    const lastTerm = page.locator(".prose .gloss-term").last();
    await lastTerm.scrollIntoViewIfNeeded();
    await lastTerm.hover();
    const lastTip = page.locator(".prose .gloss-tip").last();
    await expect(lastTip.isVisible()).resolves.toBe(true);

    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it.each([
    ["phone", PHONE],
    ["tablet", { width: 1024, height: 768 }],
  ] as const)("keeps every glossary definition inside the screen (%s)", async (_name, viewport) => {
    const context = await newContext(site.browser, site.server.origin, { viewport });
    const page = await context.newPage();
    let checked = 0;
    for (const doc of docs) {
      await page.goto(site.server.at(docHref(doc).slice(1)));
      // Focus each term in turn and measure its definition where the browser draws it.
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".prose .gloss")].map((g) => {
          g.querySelector<HTMLElement>(".gloss-term")!.focus();
          const r = g.querySelector(".gloss-tip")!.getBoundingClientRect();
          return { term: g.querySelector(".gloss-term")!.textContent, left: r.left, right: r.right, width: r.width, screen: document.documentElement.clientWidth };
        }),
      );
      for (const b of boxes) {
        const where = `${doc.slug}, ${b.term}: ${b.left}–${b.right} of ${b.screen}`;
        expect(b.width, where).toBeGreaterThan(0);
        expect(b.left, where).toBeGreaterThanOrEqual(0);
        expect(b.right, where).toBeLessThanOrEqual(b.screen + 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(docs.length);
    await context.close();
  });

  it("shows the live indicators with JavaScript off: the CSV's latest value, its status and a sparkline", async () => {
    const context = await newContext(site.browser, site.server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    const doc = withEmbeds("id");
    await page.goto(site.server.at(docHref(doc).slice(1)));
    const embeds = [...doc.body.matchAll(/<Indicator\b[^>]*\sid="([^"]+)"[^>]*\swilayah="([^"]+)"/g)].map((m) => ({ id: m[1]!, region: m[2]! }));
    expect(embeds.length).toBeGreaterThan(0);
    const asides = page.locator(".prose aside.live-indicator");
    await expect(asides.count()).resolves.toBe(embeds.length);
    for (const [i, e] of embeds.entries()) {
      const aside = asides.nth(i);
      await expect(aside.isVisible()).resolves.toBe(true);
      const value = aside.locator(".li-value");
      await expect(value.isVisible()).resolves.toBe(true);
      const shown = shownNumber((await value.textContent())!, "id");
      const last = observedValues(APP, e.id, e.region).at(-1)!;
      expect(Math.abs(shown - last.value), `${e.id}@${e.region}`).toBeLessThanOrEqual(0.005);
      await expect(aside.locator("svg.chart-sparkline").isVisible()).resolves.toBe(true);
      await expect(aside.locator(`a[href="/indikator/${e.id}/"]`).isVisible()).resolves.toBe(true);
    }
    // Embedded charts are drawn too (build-time SVG).
    const charts = page.locator(".prose .doc-chart svg.chart-svg");
    if (/<Chart\b/.test(doc.body)) expect(await charts.count()).toBeGreaterThan(0);
    await context.close();
  });

  it("prints on A4 with status, version, URL and charts, without navigation or switches", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const doc = docs.find((d) => d.bahasa === "id" && /<Chart\b/.test(d.body) && d.terjemahan)!;
    await page.goto(site.server.at(docHref(doc).slice(1)));
    await page.emulateMedia({ media: "print" });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    for (const sel of [".site-header nav", ".lang-switch", ".doc-lang", ".toc", ".crumbs", ".heading-anchor", ".chart-controls"]) {
      await expect(visible(sel), `${sel} hidden in print`).resolves.toBe(false);
    }
    for (const sel of ["h1", ".doc-meta .status", ".doc-version", ".doc-url", ".printed-from", ".prose .doc-chart svg.chart-svg", ".prose .live-indicator", ".history"]) {
      await expect(visible(sel), `${sel} shown in print`).resolves.toBe(true);
    }
    expect((await page.locator(".doc-url").textContent())!.trim()).toBe(`https://terang.example.go.id${docHref(doc)}`);
    expect(await page.locator(".doc-version").textContent()).toContain(doc.versi);
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 pages: 595 × 842 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(box, "a page size in the PDF").toBeTruthy();
    expect(Math.abs(Number(box![1]) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - 842)).toBeLessThan(2);
    await context.close();
  });

  it.each(["/kebijakan/rss.xml", "/en/policies/rss.xml"])("serves %s as well-formed RSS for the browser's XML parser", async (feed) => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const response = await page.request.get(site.server.at(feed.slice(1)));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    await page.goto(site.server.at(""));
    const parsed = await page.evaluate((src) => {
      const d = new DOMParser().parseFromString(src, "application/xml");
      const error = d.querySelector("parsererror")?.textContent ?? null;
      const items = [...d.querySelectorAll("channel > item")].map((i) => ({ title: i.querySelector("title")?.textContent ?? "", link: i.querySelector("link")?.textContent ?? "" }));
      return { error, root: d.documentElement.nodeName, lang: d.querySelector("channel > language")?.textContent, items };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("rss");
    expect(parsed.lang).toBe(feed.startsWith("/en/") ? "en" : "id");
    expect(parsed.items.length).toBeGreaterThan(0);
    for (const i of parsed.items) {
      expect(i.title.length).toBeGreaterThan(0);
      expect(i.link).toMatch(/^https:\/\/terang\.example\.go\.id\/.+#.+/);
    }
    await context.close();
  });
});
