/**
 * Charts in Chromium, on the built site: keyboard and pointer tooltips with the right values,
 * arrow-key navigation, Escape, series toggles announced in the live region, the chart/table
 * switch, the image export (SVG and PNG made in the browser from the chart, with its title, unit,
 * period, notes, source, licence, address and sample-data notice); without JavaScript the SVG and
 * the table both show and the download row says images need JavaScript; at 320 px the
 * narrow drawing fits; the JavaScript an indicator page loads is ≤ 10 KB gzipped; every
 * indicator page prints on one A4 page.
 */
import { gzipSync } from "node:zlib";
import { readdirSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { APP, siteDist } from "../helpers/site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { describeBrowser, launchChromium, newContext, watch, type PageProblems } from "../helpers/browser.ts";
import { tablePoints } from "../charts/_helpers.ts";

const dist = siteDist(inject("siteDist"));
const ids = readdirSync(join(APP, "data/indicators")).filter((f) => f.endsWith(".yml")).map((f) => f.replace(/\.yml$/, ""));

describeBrowser("charts in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let trend: Locator;
  const tip = () => trend.locator("[data-chart-tooltip]");

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    context = await newContext(browser, server.origin, { acceptDownloads: true });
    page = await context.newPage();
    problems = watch(page);
    await page.goto(server.at("indikator/ikm/"));
    trend = page.locator('terang-chart[data-kind="tren"]');
    await trend.locator("[data-enhanced]").or(page.locator("terang-chart[data-enhanced]").first()).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Tab from the last control before the drawing into it (lands on the point focused last). */
  async function tabIntoTrend(): Promise<void> {
    await trend.locator("[data-series-toggle]").last().focus();
    await page.keyboard.press("Tab");
  }
  /** Into the drawing, then to the first series' first point. */
  async function toFirstPoint(): Promise<void> {
    await tabIntoTrend();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Home");
  }
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    // The series and (on lines and bars over time) the label are said once, by the series group.
    const group = el?.closest("[data-series-group]");
    return el ? { point: el.matches("use, [data-point]"), series: group?.getAttribute("data-series-group") ?? null, label: el.getAttribute("data-label") ?? group?.getAttribute("data-label") ?? null, period: el.getAttribute("data-period"), value: el.getAttribute("data-value") } : null;
  });

  it("Tab reaches the first point of the time series and its tooltip shows the CSV's value", async () => {
    await tabIntoTrend();
    const f = await focused();
    expect(f).toEqual({ point: true, series: "13", label: "Sumatera Barat", period: "Semester I 2019", value: "79,80" });
    // The texts come from the data table (the markup's points are bare), and so does the point's name.
    expect(await page.locator(":focus").getAttribute("aria-label")).toBe("Sumatera Barat, Semester I 2019, 79,80");
    await expect.poll(() => tip().isVisible()).toBe(true);
    const text = await tip().innerText();
    expect(text).toContain("Sumatera Barat");
    expect(text).toContain("Semester I 2019: 79,80");
    // The tooltip sits inside the chart, near the point.
    const [t, p] = [await tip().boundingBox(), await page.locator(":focus").boundingBox()];
    expect(Math.abs(t!.x + t!.width / 2 - (p!.x + p!.width / 2))).toBeLessThan(t!.width);
  });

  it("a note shows in the tooltip of its point", async () => {
    await toFirstPoint();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const f = await focused();
    expect(f!.period).toBe("Semester I 2020");
    expect(await tip().innerText()).toContain("Survei dilakukan daring karena pembatasan sosial");
  });

  it("Tab returns to the point focused last (roving tabindex)", async () => {
    await toFirstPoint();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    const before = await focused();
    await page.keyboard.press("Tab");
    await tabIntoTrend();
    expect(await focused()).toEqual(before);
  });

  it("arrow keys move along a series and across series, Home/End to its ends; one Tab stop per drawing", async () => {
    await toFirstPoint();
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ series: "13", period: "Semester II 2019", value: "80,45" });
    expect(await tip().innerText()).toContain("80,45");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ series: "1302", period: "Semester II 2019", value: "75,60" });
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toMatchObject({ series: "13", period: "Semester II 2019" });
    await page.keyboard.press("End");
    expect(await focused()).toMatchObject({ series: "13", period: "Semester I 2026", value: "86,71" });
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ period: "Semester I 2026" });
    await page.keyboard.press("Home");
    expect(await focused()).toMatchObject({ period: "Semester I 2019" });
    const stops = await trend.locator('svg[data-chart-svg] [tabindex="0"]').count();
    expect(stops).toBe(2); // one in each drawing (wide and narrow), only one of them displayed
    await page.keyboard.press("Tab");
    expect((await focused())?.point).toBe(false);
  });

  it("Escape hides the tooltip and keeps focus on the point", async () => {
    await tabIntoTrend();
    await expect.poll(() => tip().isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await tip().isVisible()).toBe(false);
    expect((await focused())?.point).toBe(true);
  });

  it("hovering a point shows its tooltip, leaving the chart hides it", async () => {
    const point = trend.locator("svg.v-wide [data-series-group='1372'] use").last();
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tip().isVisible()).toBe(true);
    expect(await tip().innerText()).toContain("Kota Solok");
    expect(await tip().innerText()).toContain("90,05");
    await page.mouse.move(2, 2);
    await expect.poll(() => tip().isVisible()).toBe(false);
  });

  it("a tap on a phone shows the tooltip of the point tapped", async () => {
    const ctx = await newContext(browser, server.origin, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const p = await ctx.newPage();
    await p.goto(server.at("indikator/ikm/"));
    const fig = p.locator('terang-chart[data-kind="tren"]');
    await p.locator("terang-chart[data-enhanced]").first().waitFor();
    const point = fig.locator("svg.v-narrow [data-series-group='1373'] use").last();
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    await p.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => fig.locator("[data-chart-tooltip]").isVisible()).toBe(true);
    expect(await fig.locator("[data-chart-tooltip]").innerText()).toContain("Kota Sawahlunto");
    expect(await fig.locator("[data-chart-tooltip]").innerText()).toContain("88,94");
    await ctx.close();
  });

  it("toggling a series hides its line and says so in the live region; toggling back shows it", async () => {
    const button = trend.locator('[data-series-toggle="1372"]');
    const group = trend.locator('svg.v-wide [data-series-group="1372"]');
    const live = trend.locator("[data-chart-live]");
    expect(await live.getAttribute("aria-live")).toBe("polite");
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    expect(await live.textContent()).toBe("Kota Solok disembunyikan.");
    expect(await group.isVisible()).toBe(false);
    // Hidden points leave the keyboard order too.
    await tabIntoTrend();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    expect((await focused())?.series).not.toBe("1372");
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    expect(await live.textContent()).toBe("Kota Solok ditampilkan.");
    expect(await group.isVisible()).toBe(true);
  });

  it("the chart/table switch shows one or the other", async () => {
    const table = trend.locator('[data-chart-panel="table"]');
    const chart = trend.locator('[data-chart-panel="chart"]');
    expect(await chart.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
    await trend.locator('[data-chart-show="table"]').click();
    expect(await table.isVisible()).toBe(true);
    expect(await chart.isVisible()).toBe(false);
    expect(await trend.locator('[data-chart-show="table"]').getAttribute("aria-pressed")).toBe("true");
    expect(await table.locator("td").first().innerText()).toContain("79,80");
    await trend.locator('[data-chart-show="chart"]').click();
    expect(await chart.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);
  });

  /** Text of the exported SVG's `<text>` lines, joined (wrapped lines back into one). */
  const textsOf = (svg: string) =>
    [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&")).join(" ");
  const exportSvg = async (fig: Locator, name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), fig.locator('[data-chart-export="svg"]').click()]);
    expect(download.suggestedFilename()).toBe(name);
    return readFileSync(await download.path(), "utf8");
  };

  it("the SVG button saves the chart as shown, with its title, unit, period, notes, source, licence, address and notice", async () => {
    expect(await trend.locator("[data-chart-images]").isVisible()).toBe(true);
    expect(await trend.locator("[data-chart-nojs]").isVisible()).toBe(false);
    const svg = await exportSvg(trend, "ikm-tren-id.svg");
    // A standalone document: light colours inlined on white, nothing of the page's markup.
    expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="680" height="[\d.]+"/);
    expect(svg).toMatch(/<title>[^<]+<\/title><rect width="100%" height="100%" fill="#ffffff"\/>/);
    expect(svg).not.toMatch(/\sclass=|\sdata-|\saria-|\srole=|tabindex|var\(--|\sid=/);
    expect(svg).toContain('viewBox="0 0 680 380"');
    expect(svg).toContain('stroke="#0072b2"');
    // Every point of the wide drawing is in it.
    const points = await trend.locator("svg.v-wide use").count();
    expect(svg.match(/<path d="M[\d.]+,[\d.]+m/g)?.length ?? 0).toBe(points);

    const meta = parseYaml(readFileSync(join(APP, "data/indicators/ikm.yml"), "utf8"));
    const site = parseYaml(readFileSync(join(APP, "data/situs.yml"), "utf8"));
    const texts = textsOf(svg);
    const title = (await trend.locator(".chart-title").innerText()).trim();
    expect(texts).toContain(title);
    const rows = trend.locator("table.chart-data tbody th");
    const period = `${(await rows.first().innerText()).trim()}–${(await rows.last().innerText()).trim()}`;
    expect(texts).toContain(period);
    expect(texts).toContain(`Satuan: ${t("id", `unit.${meta.satuan}` as Parameters<typeof t>[1])}`);
    expect(texts).toContain(`Sumber: ${meta.sumber.id.trim().replace(/\s+/g, " ")}`);
    expect(texts).toContain(`Lisensi: ${site.lisensi.nama}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(/^https?:\/\/.+\/indikator\/ikm\/$/);
    expect(texts).toContain(canonical);
    expect(site.data_contoh).toBe(true);
    expect(texts).toContain(t("id", "embed.sample"));
    // The numbered notes under the drawing are written out, in the page's order.
    const notes = (await trend.locator(".chart-notes li").allInnerTexts()).map((n) => n.replace(/\s+/g, " ").trim());
    expect(notes.length).toBeGreaterThan(0);
    notes.forEach((n, i) => expect(texts).toContain(`${i + 1}. ${n}`));
  });

  it("a series toggled off is left out of the exported image, and dimmed in its legend", async () => {
    const lines = (svg: string) => svg.match(/<path d="[^"]*"[^>]*\sstroke-width="2\.5"/g)?.length ?? 0;
    const before = lines(await exportSvg(trend, "ikm-tren-id.svg"));
    await trend.locator('[data-series-toggle="1372"]').click();
    const after = await exportSvg(trend, "ikm-tren-id.svg");
    await trend.locator('[data-series-toggle="1372"]').click();
    expect(lines(after)).toBe(before - 1);
  });

  it("the PNG button saves that SVG drawn at twice its size", async () => {
    const svg = await exportSvg(trend, "ikm-tren-id.svg");
    const [w, h] = [Number(/ width="([\d.]+)"/.exec(svg)![1]), Number(/ height="([\d.]+)"/.exec(svg)![1])];
    const [download] = await Promise.all([page.waitForEvent("download"), trend.locator('[data-chart-export="png"]').click()]);
    expect(download.suggestedFilename()).toBe("ikm-tren-id.png");
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBe(2 * w); // 1360: twice the 680-unit drawing
    expect(bytes.readUInt32BE(20)).toBe(2 * h);
    expect(h).toBeGreaterThan(380);
  });

  it("the comparison exports too, under its own name, with its period", async () => {
    const cmp = page.locator('terang-chart[data-kind="perbandingan"]');
    const texts = textsOf(await exportSvg(cmp, "ikm-perbandingan-id.svg"));
    expect(texts).toContain((await cmp.locator(".chart-title").innerText()).trim());
    expect(texts).toContain("Satuan: ");
  });

  it("in the comparison, Tab reaches the highest bar and arrows move down the sorted bars", async () => {
    const cmp = page.locator('terang-chart[data-kind="perbandingan"]');
    await cmp.locator('[data-chart-show="table"]').focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ point: true, label: "Kota Solok", value: "90,05" });
    expect(await cmp.locator("[data-chart-tooltip]").innerText()).toContain("90,05");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ label: "Kota Sawahlunto", value: "88,94" });
    await page.keyboard.press("End");
    expect(await focused()).toMatchObject({ label: "Kabupaten Solok", value: "84,73" });
    await page.keyboard.press("Escape");
    expect(await cmp.locator("[data-chart-tooltip]").isVisible()).toBe(false);
  });

  it("raised no console error and no page error", () => {
    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
  });

  it("the script puts a focusable <use> on each point a line draws as a marker, in order, with its table cell's texts (every drawing over time)", async () => {
    // Expected from the built markup alone (tests/charts/_helpers.ts): a line's vertices and a
    // gap's <use>, merged by position, each read against its table row.
    const p = await context.newPage();
    for (const id of ids) {
      const html = readFileSync(join(dist, "indikator", id, "index.html"), "utf8");
      const figs = [...html.matchAll(/<terang-chart\b[^>]*data-kind="(?:tren|rincian)"[\s\S]*?<\/terang-chart>/g)].map((m) => m[0]);
      const expected = figs.flatMap((fig) =>
        [...fig.matchAll(/<svg\b[^>]*data-chart-svg[\s\S]*?<\/svg>/g)].map((svg) => tablePoints(fig, svg[0]).map((pt) => [pt.series, pt.x, pt.y, pt.head, pt.value, pt.note])),
      );
      expect(expected.flat().length, id).toBeGreaterThan(0);
      await p.goto(server.at(`indikator/${id}/`));
      await p.locator("terang-chart[data-enhanced]").first().waitFor();
      const shown = await p.evaluate(() =>
        [...document.querySelectorAll('terang-chart:is([data-kind="tren"], [data-kind="rincian"]) svg[data-chart-svg]')].map((svg) => ({
          left: svg.querySelectorAll("marker, [marker-start], [marker-mid], [marker-end]").length,
          points: [...svg.querySelectorAll(".series[data-series-group] :is(use, [data-point])")].map((u) => {
            const focusable = u.getAttribute("tabindex") === "-1" || u.getAttribute("tabindex") === "0";
            const at = (a: string) => (u.tagName === "use" ? Number(u.getAttribute(a)) : null);
            return [u.closest("[data-series-group]")!.getAttribute("data-series-group"), at("x"), at("y"), u.getAttribute("data-period"), u.getAttribute("data-value"), u.getAttribute("data-note"), focusable];
          }),
        })),
      );
      expect(shown.map((d) => d.left), id).toEqual(shown.map(() => 0));
      expect(shown.map((d) => d.points.map(([s, x, y, period, value, note]) => [s, x, y, period, value, note])), id).toEqual(expected);
      expect(shown.flatMap((d) => d.points).every((pt) => pt[6] === true), id).toBe(true);
    }
    await p.close();
  });

  it("without JavaScript a line's markers draw its points as the script's <use>s do with it", async () => {
    // The wide trend of one page, drawn with and without the script, compared pixel by pixel.
    const shots: string[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const ctx = await newContext(browser, server.origin, { javaScriptEnabled });
      const p = await ctx.newPage();
      await p.goto(server.at("indikator/partisipasi-pelatihan/"));
      const svg = p.locator('terang-chart[data-kind="tren"] svg.v-wide');
      if (javaScriptEnabled) await p.locator("terang-chart[data-enhanced]").first().waitFor();
      else expect(await svg.locator("path.line[marker-mid]").count()).toBeGreaterThan(0);
      shots.push((await svg.screenshot({ animations: "disabled" })).toString("base64"));
      await ctx.close();
    }
    const diff = await page.evaluate(async ([a, b]) => {
      const load = async (b64: string) => {
        // From a Blob: the page's CSP allows no data: images.
        const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: "image/png" }));
        const c = new OffscreenCanvas(img.width, img.height);
        const g = c.getContext("2d")!;
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = [await load(a!), await load(b!)];
      let differ = 0;
      let far = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(...[0, 1, 2, 3].map((k) => Math.abs(x.data[i + k]! - y.data[i + k]!)));
        if (d > 0) differ++;
        if (d > 64) far++;
      }
      return { size: [x.width, x.height, y.width, y.height], pixels: x.width * x.height, differ, far };
    }, shots);
    expect(diff.size.slice(0, 2)).toEqual(diff.size.slice(2));
    // Anti-aliasing only (a marker drawn twice where a line's gap repeats a point darkens its
    // edge): no pixel far from the other drawing's, and few pixels at all.
    expect(diff.far).toBe(0);
    expect(diff.differ).toBeLessThan(diff.pixels / 100);
  });

  it("without JavaScript the SVG and the table both show, the JS-only controls do not", async () => {
    const ctx = await newContext(browser, server.origin, { javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(server.at("en/indicators/ikm/"));
    const fig = p.locator('terang-chart[data-kind="tren"]');
    const svg = fig.locator("svg.v-wide");
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())!.height).toBeGreaterThan(200);
    expect(await fig.locator("table.chart-data").isVisible()).toBe(true);
    expect(await fig.locator("[data-chart-controls]").isVisible()).toBe(false);
    expect(await fig.locator("[data-chart-images]").isVisible()).toBe(false);
    // The download row says why there are no images and offers the data instead.
    const nojs = fig.locator("[data-chart-nojs]");
    expect(await nojs.isVisible()).toBe(true);
    expect(await nojs.innerText()).toBe(t("en", "chart.images.noscript"));
    expect(await fig.locator('.chart-downloads a[href="/data/ikm.csv"]').isVisible()).toBe(true);
    expect(await fig.locator('.chart-downloads a[href="/data/ikm.json"]').isVisible()).toBe(true);
    expect(await fig.locator("table.chart-data td").first().innerText()).toContain("79.80");
    await ctx.close();
  });

  it("at 320 px the narrow drawing shows and nothing overflows the page", async () => {
    const ctx = await newContext(browser, server.origin, { viewport: { width: 320, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(server.at("indikator/partisipasi-pelatihan/"));
    const fig = p.locator('terang-chart[data-kind="tren"]');
    expect(await fig.locator("svg.v-narrow").isVisible()).toBe(true);
    expect(await fig.locator("svg.v-wide").isVisible()).toBe(false);
    const box = (await fig.locator("svg.v-narrow").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await ctx.close();
  });

  it("an indicator page loads at most 10 KB of gzipped JavaScript (measured on the wire)", async () => {
    const ctx = await newContext(browser, server.origin);
    const p = await ctx.newPage();
    const scripts: Promise<Buffer>[] = [];
    p.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.push(r.body());
    });
    await p.goto(server.at("indikator/partisipasi-pelatihan/"), { waitUntil: "networkidle" });
    const bodies = await Promise.all(scripts);
    const inline = await p.evaluate(() => [...document.querySelectorAll("script:not([src])")].filter((s) => !/json/.test(s.getAttribute("type") ?? "")).map((s) => s.textContent ?? ""));
    const total = [...bodies, ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSync(b).length, 0);
    expect(bodies.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(10 * 1024);
    await ctx.close();
  });

  it("a band has one colour in the charts and in its badges, in the light and the dark scheme", async () => {
    // The indicators with bands, and their band letters, from the sample metadata.
    const banded = ids
      .map((id) => ({ id, codes: ((parseYaml(readFileSync(join(APP, "data/indicators", `${id}.yml`), "utf8")) as { kategori?: { kode: string }[] }).kategori ?? []).map((b) => b.kode) }))
      .filter((b) => b.codes.length > 0);
    expect(banded.length).toBeGreaterThan(1);
    const ctx = await newContext(browser, server.origin);
    const p = await ctx.newPage();
    /** Computed colour per band letter: the fill of the chart's band shapes, the background of band badges. */
    const colours = (scope: string) => p.evaluate((scope) => {
      const out: Record<string, { chart: string[]; badge: string[] }> = {};
      const at = (code: string) => (out[code] ??= { chart: [], badge: [] });
      const root = document.querySelector(scope) ?? document;
      for (const r of root.querySelectorAll<SVGElement>(".chart-svg rect[data-band]")) at(r.dataset.band!).chart.push(getComputedStyle(r).fill);
      for (const b of root.querySelectorAll<HTMLElement>(".badge.band[data-band]")) at(b.dataset.band!).badge.push(getComputedStyle(b).backgroundColor);
      return out;
    }, scope);
    const byScheme: Record<string, Map<string, string>> = {};
    for (const scheme of ["light", "dark"] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      const seen = (byScheme[scheme] = new Map<string, string>());
      for (const { id, codes } of banded) {
        await p.goto(server.at(`indikator/${id}/`));
        const got = await colours("main");
        const each = new Set<string>();
        for (const code of codes) {
          const c = got[code];
          // Every band is listed as a badge (metadata); the charts draw the bands their scale reaches.
          expect(c?.badge.length, `${scheme} ${id} ${code} as a badge`).toBeGreaterThan(0);
          const all = new Set([...c!.chart, ...c!.badge]);
          expect([...all], `${scheme} ${id} ${code}`).toHaveLength(1);
          const [colour] = all;
          expect(colour).toMatch(/^rgb\(/);
          each.add(colour!);
          seen.set(`${id} ${code}`, colour!);
        }
        expect(codes.filter((code) => got[code]!.chart.length > 0).length, `${scheme} ${id}: bands drawn`).toBeGreaterThan(1);
        // Different bands, different colours (up to the five shades).
        expect(each.size).toBe(Math.min(codes.length, 5));
        // The bands' shades match the page's own background in neither scheme.
        expect([...each]).not.toContain(await p.evaluate(() => getComputedStyle(document.body).backgroundColor));
      }
      // The badges of the indicator cards wear the same colour as the indicator's charts.
      await p.goto(server.at("indikator/"));
      const cards = await p.evaluate(() => [...document.querySelectorAll<HTMLElement>(".indicator-card .badge.band[data-band]")].map((b) => ({ id: b.closest<HTMLElement>("[data-indicator]")!.dataset.indicator!, code: b.dataset.band!, colour: getComputedStyle(b).backgroundColor })));
      expect(cards.length).toBeGreaterThan(0);
      for (const c of cards) expect(c.colour, `${scheme} card ${c.id} ${c.code}`).toBe(seen.get(`${c.id} ${c.code}`));
    }
    // The dark scheme has shades of its own.
    for (const [band, colour] of byScheme.light!) expect(byScheme.dark!.get(band), band).not.toBe(colour);
    await ctx.close();
  }, 60_000);

  it("every indicator page prints on one A4 page", async () => {
    const ctx = await newContext(browser, server.origin);
    const p = await ctx.newPage();
    const pagesOf = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    const over: string[] = [];
    for (const path of ids.flatMap((id) => [`indikator/${id}/`, `en/indicators/${id}/`])) {
      await p.goto(server.at(path));
      const n = pagesOf(await p.pdf({ format: "A4" }));
      expect(n).toBeGreaterThan(0);
      if (n !== 1) over.push(`${path}: ${n} pages`);
    }
    expect(over).toEqual([]);
    await ctx.close();
  }, 120_000);
});
