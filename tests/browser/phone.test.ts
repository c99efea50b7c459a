/**
 * Tables fit a phone (issue 14, point 1): at 320 and 390 px, one page of every type in both
 * languages, with and without JavaScript, the page body never scrolls sideways, and every table
 * cell is either fully on screen or inside a named, focusable scroll region of its own.
 */
import { expect, inject, it } from "vitest";
import { siteDist } from "../helpers/site.ts";
import { pageKind, pageTypes, sitePages } from "../helpers/serve.ts";
import { describeBrowser, newContext, pool, servedSite } from "../helpers/browser.ts";
import { phoneProblems } from "../helpers/phone.ts";

const dist = siteDist(inject("siteDist"));
const types = [...pageTypes(dist)];

describeBrowser("Every page type at phone width", () => {
  const site = servedSite(dist);

  for (const [width, js] of [[320, true], [390, true], [320, false]] as const) {
    it(`at ${width} px ${js ? "with" : "without"} JavaScript: no sideways page scroll, no table cell cut off outside a labelled scroll region`, async () => {
      const context = await newContext(site.browser, site.server.origin, { viewport: { width, height: 740 }, javaScriptEnabled: js });
      const tabs = await Promise.all([0, 1].map(() => context.newPage()));
      const bad: string[] = [];
      const seen: string[] = [];
      await pool(types, tabs.length, async ([type, p], w) => {
        const tab = tabs[w]!;
        await tab.goto(site.server.at(p.path), { waitUntil: "load" });
        const r = await tab.evaluate(phoneProblems);
        seen.push(type);
        expect(r.viewport).toBe(width);
        if (r.scrollWidth > r.viewport) bad.push(`${type} /${p.path}: page is ${r.scrollWidth} px wide\n    ${r.wide.join("\n    ")}`);
        for (const c of r.clipped) bad.push(`${type} /${p.path}: cell cut off: ${c}`);
      });
      await context.close();
      expect(seen).toEqual(expect.arrayContaining(["id:home", "en:home", "id:indikator/*", "en:indicators/*", "id:kebijakan/*", "en:data-checker", "id:pemeriksa-data"]));
      expect(bad, bad.join("\n")).toEqual([]);
    }, 120_000);
  }

  it("a wide table on a phone keeps its first column in view and its caption says it scrolls", async () => {
    const context = await newContext(site.browser, site.server.origin, { viewport: { width: 320, height: 740 } });
    const tab = await context.newPage();
    await tab.goto(site.server.at("en/indicators/partisipasi-pelatihan/"), { waitUntil: "load" });
    const r = await tab.evaluate(() => {
      const box = document.querySelector<HTMLElement>(".full-data")!;
      const first = box.querySelector("tbody tr > :first-child")!;
      const before = first.getBoundingClientRect().left;
      box.scrollLeft = box.scrollWidth;
      const after = first.getBoundingClientRect().left;
      const hint = getComputedStyle(box.querySelector("caption")!, "::after").content;
      // The latest value per region stacks instead: every cell on screen, nothing to scroll.
      const latest = [...document.querySelectorAll(".latest th, .latest td")].filter((c) => !c.closest("thead"));
      const cut = latest.filter((c) => { const b = c.getBoundingClientRect(); return b.left < 0 || b.right > innerWidth; }).length;
      const latestBox = document.querySelector<HTMLElement>(".latest")!.parentElement!;
      return { wider: box.scrollWidth > box.clientWidth, moved: Math.abs(after - before), hint, latest: latest.length, cut, latestScrolls: latestBox.scrollWidth > latestBox.clientWidth };
    });
    await context.close();
    expect(r.latest).toBeGreaterThan(8);
    expect(r.cut).toBe(0);
    expect(r.latestScrolls).toBe(false);
    expect(r.wider).toBe(true);
    expect(r.moved).toBeLessThan(1);
    expect(r.hint).toMatch(/scroll sideways/);
  });

  it("has a favicon and a web app manifest whose icons load, asks for nothing missing, and gives a theme colour per scheme", async () => {
    const context = await newContext(site.browser, site.server.origin, { viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const missing: string[] = [];
    tab.on("response", (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
    await tab.goto(site.server.at("en/indicators/ikm/"), { waitUntil: "networkidle" });
    const head = await tab.evaluate(() => ({
      icon: document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null,
      manifest: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? null,
      themes: [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => `${m.getAttribute("media")} ${m.getAttribute("content")}`),
    }));
    expect(head.themes).toHaveLength(2);
    expect(head.themes.some((t) => /prefers-color-scheme: light\) #[0-9a-f]{6}$/.test(t))).toBe(true);
    expect(head.themes.some((t) => /prefers-color-scheme: dark\) #[0-9a-f]{6}$/.test(t))).toBe(true);
    expect(head.icon).toMatch(/favicon\.svg$/);
    const get = async (url: string) => { const r = await tab.request.get(url); return { status: r.status(), type: r.headers()["content-type"] ?? "", body: await r.body() }; };
    expect((await get(head.icon!)).status).toBe(200);
    const manifest = await get(head.manifest!);
    expect(manifest.status).toBe(200);
    const m = JSON.parse(manifest.body.toString("utf8")) as { name: string; icons: { src: string; sizes: string }[] };
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const i of m.icons) expect((await get(new URL(i.src, head.manifest!).href)).status, i.src).toBe(200);
    // A browser that asks for /favicon.ico on its own finds one.
    const ico = await get(site.server.at("favicon.ico"));
    expect(ico.status).toBe(200);
    expect([...ico.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    await context.close();
    expect(missing).toEqual([]);
  });

  it("on a 390 × 844 phone, every indicator page shows its title, headline value with its status and change, and its first chart within two screens", async () => {
    const context = await newContext(site.browser, site.server.origin, { viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const bad: string[] = [];
    const indicators = sitePages(dist).filter((p) => pageKind(p) === "indicator");
    expect(indicators.length).toBeGreaterThan(4);
    for (const p of indicators) {
      await tab.goto(site.server.at(p.path), { waitUntil: "load" });
      const r = await tab.evaluate(() => {
        const bottom = (e: Element | null | undefined) => (e ? e.getBoundingClientRect().bottom + scrollY : Infinity);
        const svg = [...document.querySelectorAll("terang-chart svg.chart-svg")].find((s) => s.getBoundingClientRect().height > 0);
        return { title: bottom(document.querySelector("h1")), value: bottom(document.querySelector(".headline-value")), status: bottom(document.querySelector(".headline-status")), chart: bottom(svg) };
      });
      for (const [what, y] of Object.entries(r)) if (!(y <= 2 * 844)) bad.push(`/${p.path}: ${what} ends at ${Math.round(y)} px`);
    }
    await context.close();
    expect(bad).toEqual([]);
  });
});
