/**
 * Browser tests drive Debian's Chromium through playwright-core (no bundled browser download).
 *
 * - Chromium is found at CHROMIUM_PATH or /usr/bin/chromium.
 * - Without it, `describeBrowser` skips its suite and prints a loud banner saying why; with
 *   TERANG_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser is a failing test instead.
 * - `watch(page, origin)` records what a page does wrong: console errors, uncaught exceptions,
 *   and every request to another host (those are aborted, never sent).
 */
import { existsSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, it } from "vitest";
import { serve, type StaticServer } from "./serve.ts";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type FrameLocator, type Page, type Response } from "playwright-core";

export const REQUIRE_BROWSER = process.env.TERANG_REQUIRE_BROWSER === "1";

function findChromium(): { path: string | null; looked: string[] } {
  const looked = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter((p): p is string => !!p);
  for (const p of looked) if (existsSync(p) && statSync(p).isFile()) return { path: p, looked };
  return { path: null, looked };
}

const found = findChromium();
/** The Chromium executable, or null when there is none. */
export const chromiumPath: string | null = found.path;

const reason = `Chromium was not found (looked at: ${found.looked.join(", ")}). Install it with \`apt-get install -y chromium\` or point CHROMIUM_PATH at a Chromium binary.`;

/**
 * `describe` for a suite that needs Chromium: runs it when Chromium is there; otherwise skips it
 * with a banner, or, when TERANG_REQUIRE_BROWSER=1, replaces it by one failing test.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (!chromiumPath && REQUIRE_BROWSER) {
    describe(name, () => {
      it("finds Chromium, which TERANG_REQUIRE_BROWSER=1 requires", () => {
        throw new Error(reason);
      });
    });
    return;
  }
  if (!chromiumPath) {
    const line = "!".repeat(100);
    console.warn(`\n${line}\n!! BROWSER TESTS SKIPPED: "${name}"\n!! ${reason}\n!! Set TERANG_REQUIRE_BROWSER=1 to make this a failure (CI does).\n${line}\n`);
  }
  describe.skipIf(!chromiumPath)(name, fn);
}

export const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(reason);
  return chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS });
}

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;
export const VIEWPORTS = { phone: PHONE, desktop: DESKTOP } as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Everything a page did that a quality gate forbids. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that left the test server (aborted before they were sent). */
  foreign: string[];
}

/**
 * Routes every request of the context: requests to `origin` go through, anything else (another
 * host, even another loopback port) is aborted and recorded on `problems.foreign` of the page
 * that made it. Returns the context for chaining.
 */
export async function confineTo(context: BrowserContext, origin: string): Promise<BrowserContext> {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    let page: Page | null = null;
    try {
      page = route.request().frame().page();
    } catch {
      page = null;
    }
    if (page) problemsOf(page).foreign.push(url);
    else orphanForeign.push(url);
    return route.abort("blockedbyclient");
  });
  return context;
}

/** Foreign requests that could not be tied to a page (service workers, for example). */
export const orphanForeign: string[] = [];

const problems = new WeakMap<Page, PageProblems>();
function problemsOf(page: Page): PageProblems {
  let p = problems.get(page);
  if (!p) problems.set(page, (p = { consoleErrors: [], pageErrors: [], foreign: [] }));
  return p;
}

/** Starts recording console errors and uncaught exceptions of `page`; returns the live record. */
export function watch(page: Page): PageProblems {
  const p = problemsOf(page);
  page.on("console", (msg) => {
    if (msg.type() === "error") {
      const loc = msg.location();
      p.consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (err) => p.pageErrors.push(err.stack ?? String(err)));
  return p;
}

/**
 * The HTTP status of the document `page` has just loaded: `response`'s, or when `goto` returned
 * none (it now and then does with request routing on, as in every context here) the one the
 * browser recorded in the navigation's timing entry.
 */
export async function statusOf(page: Page, response: Response | null): Promise<number | null> {
  if (response) return response.status();
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined;
    return nav?.responseStatus ?? null;
  });
}

/** Empties a page's record before the next navigation. */
export function resetProblems(page: Page): void {
  const p = problemsOf(page);
  p.consoleErrors.length = 0;
  p.pageErrors.length = 0;
  p.foreign.length = 0;
}

/** A new context confined to the test server, with sensible defaults for the site's tests. */
export async function newContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce", locale: "id-ID", timezoneId: "UTC", ...options });
  return confineTo(context, origin);
}

/** Runs `work` over `items` with at most `n` at a time (a few browser pages on two cores). */
export async function pool<T>(items: readonly T[], n: number, work: (item: T, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async (_, w) => {
      while (next < items.length) {
        const item = items[next++]!;
        await work(item, w);
      }
    }),
  );
}

/**
 * The built site served on loopback and a Chromium for the enclosing suite, started before its
 * tests and closed after them; read `.server` and `.browser` inside the tests.
 */
export function servedSite(dist: string, base?: string): { readonly server: StaticServer; readonly browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serve(dist, base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Puts `src` in an <iframe> on the page already loaded, as another site's embed code would (same
 * server: the frame cannot tell), and returns a locator for the frame's content.
 */
export async function embedFrame(page: Page, src: string, title: string, size: { width: number; height: number }): Promise<FrameLocator> {
  await page.evaluate(({ src, title, width, height }) => {
    const f = document.createElement("iframe");
    f.src = src;
    f.title = title;
    f.width = String(width);
    f.height = String(height);
    document.body.append(f);
  }, { src, title, ...size });
  return page.frameLocator(`iframe[title="${title}"]`);
}

/** Gives the data checker on `page` a file and waits for this file's verdict, not the previous one's. */
export async function checkFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.$eval("[data-checker-status]", (el) => el.removeAttribute("data-result"));
  await page.setInputFiles("[data-checker-file]", { name, mimeType: "text/csv", buffer: Buffer.from(content) });
  await page.waitForSelector("[data-checker-status][data-result]");
}
