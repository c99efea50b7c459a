/**
 * Screenshots for the README and reviewers, taken from the real built site in Chromium on every
 * test run: the home page, an indicator page and a policy document, in Indonesian and English, at
 * phone (360 px) and desktop (1280 px) width, light scheme, full page clipped to 2000 px high, and the
 * indicator page at the narrowest phone width (320 px).
 * Written to docs/screenshots/<page>-<lang>-<width>.png (e.g. indicator-en-phone.png, indicator-id-320.png). The
 * indicator and the document are the same page in both languages (the Indonesian page and the
 * page its language switch leads to).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { APP, siteDist } from "../helpers/site.ts";
import { pageKind, sitePages, serve, type SitePage, type StaticServer } from "../helpers/serve.ts";
import { describeBrowser, statusOf, launchChromium, newContext, VIEWPORTS, type ViewportName } from "../helpers/browser.ts";
import { startTags } from "../helpers/html.ts";
import { createCanvas, loadImage } from "@napi-rs/canvas";

export const SCREENSHOTS = join(APP, "docs/screenshots");
const MAX_HEIGHT = 2000;

const dist = siteDist(inject("siteDist"));
const pages = sitePages(dist);
const sizeOf = (p: SitePage) => readFileSync(join(dist, p.file)).length;
/** Where a page's language switch leads (site path without the leading `/`), or null. */
function switchTarget(p: SitePage): string | null {
  const a = startTags(readFileSync(join(dist, p.file), "utf8")).find((t) => t.name === "a" && /\blang-switch\b/.test(t.attrs.class ?? ""));
  return a?.attrs.href ? new URL(a.attrs.href, "http://x/").pathname.slice(1) : null;
}
/** The largest Indonesian page of a kind that has an English version, and that version. */
function pair(kind: "indicator" | "document"): { id: string; en: string } {
  const p = pages
    .filter((x) => pageKind(x) === kind && !x.path.startsWith("en/") && switchTarget(x))
    .sort((a, b) => sizeOf(b) - sizeOf(a))[0];
  if (!p) throw new Error(`No Indonesian ${kind} page with an English version in the build`);
  return { id: p.path, en: switchTarget(p)! };
}

const shots = (() => {
  const list: { name: string; path: string; viewport: ViewportName }[] = [];
  const subjects = { home: { id: "", en: "en/" }, indicator: pair("indicator"), document: pair("document") };
  for (const [what, paths] of Object.entries(subjects)) {
    for (const lang of ["id", "en"] as const) {
      for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) list.push({ name: `${what}-${lang}-${viewport}.png`, path: paths[lang], viewport });
    }
  }
  return list;
})();

/**
 * Writes a screenshot unless the file already shows the same picture: the same bytes, or the same
 * size with at most 0.05 % of the pixels different. Chromium does not always start a dotted
 * underline (the glossary terms') at the same phase, so the policy document came out a few dozen
 * or a hundred pixels different on every run; an unchanged site now leaves the working tree clean,
 * and any real change (a line of text moved) still differs by thousands of pixels.
 */
async function keepScreenshot(file: string, png: Buffer): Promise<void> {
  if (existsSync(file)) {
    const old = readFileSync(file);
    if (old.equals(png)) return;
    const [a, b] = await Promise.all([loadImage(old), loadImage(png)]);
    if (a.width === b.width && a.height === b.height) {
      const pixels = (img: typeof a) => {
        const g = createCanvas(img.width, img.height).getContext("2d");
        g.drawImage(img, 0, 0);
        return new Uint32Array(g.getImageData(0, 0, img.width, img.height).data.buffer);
      };
      const [pa, pb] = [pixels(a), pixels(b)];
      const noise = pa.length * NOISE;
      let differ = 0;
      for (let i = 0; i < pa.length && differ <= noise; i++) if (pa[i] !== pb[i]) differ++;
      if (differ <= noise) return;
    }
  }
  writeFileSync(file, png);
}
/** The share of its pixels a screenshot may differ by and still count as the same picture. */
const NOISE = 0.0005;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describeBrowser("screenshots (docs/screenshots)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`home, indicator and document in both languages at ${viewport} width (${VIEWPORTS[viewport].width} px)`, async () => {
      const context = await newContext(browser, server.origin, { viewport: VIEWPORTS[viewport], colorScheme: "light", deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        for (const shot of shots.filter((s) => s.viewport === viewport)) {
          const r = await page.goto(server.at(shot.path), { waitUntil: "networkidle" });
          expect(await statusOf(page, r), shot.path).toBe(200);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
          const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: VIEWPORTS[viewport].width, height }, animations: "disabled", caret: "hide" });
          const file = join(SCREENSHOTS, shot.name);
          // Rewrite only on change, so an unchanged site leaves the working tree clean.
          await keepScreenshot(file, png);
          const size = pngSize(readFileSync(file));
          expect(size.width, shot.name).toBe(VIEWPORTS[viewport].width);
          expect(size.height, shot.name).toBeLessThanOrEqual(MAX_HEIGHT);
          expect(size.height, shot.name).toBeGreaterThan(300);
        }
      } finally {
        await context.close();
      }
    });
  }

  it("the indicator page at the narrowest phone width (320 px), both languages", async () => {
    const width = 320;
    const context = await newContext(browser, server.origin, { viewport: { width, height: 740 }, colorScheme: "light", deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      const paths = pair("indicator");
      for (const lang of ["id", "en"] as const) {
        const r = await page.goto(server.at(paths[lang]), { waitUntil: "networkidle" });
        expect(await statusOf(page, r), paths[lang]).toBe(200);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height }, animations: "disabled", caret: "hide" });
        const file = join(SCREENSHOTS, `indicator-${lang}-320.png`);
        await keepScreenshot(file, png);
        const size = pngSize(readFileSync(file));
        expect(size.width).toBe(width);
        expect(size.height).toBeGreaterThan(300);
      }
    } finally {
      await context.close();
    }
  });
});
