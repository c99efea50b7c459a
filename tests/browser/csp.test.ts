/**
 * The Content Security Policy of the built site, in real Chromium (issue 13, point 2). Every page
 * carries it as a <meta>; here an image, a frame, an object, a <base> and a form pointing at
 * another site are injected into built pages (as a document's raw HTML or a compromised script
 * would put them there), and none of them reaches that site: the browser reports a CSP violation
 * and the other server receives no request, while the site's own image still loads. The embed
 * page still works inside a page of another site (a meta CSP cannot and does not forbid framing).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext } from "playwright-core";
import { siteDist } from "../helpers/site.ts";
import { describeBrowser, servedSite, watch, DESKTOP } from "../helpers/browser.ts";
import { sitePages } from "../helpers/serve.ts";

const dist = siteDist(inject("siteDist"));

const DIRECTIVES = ["default-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'self'", "img-src 'self' blob:", "frame-src 'self'"];

describe("Content Security Policy (built pages)", () => {
  it("every page carries it in a <meta> before anything it loads, with the site's directives and no 'unsafe-inline'", () => {
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(50);
    for (const p of pages) {
      const html = readFileSync(join(dist, p.file), "utf8");
      const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
      expect(m, p.file).not.toBeNull();
      const csp = m![1]!;
      for (const d of DIRECTIVES) expect(csp, `${p.file}: ${d}`).toContain(d);
      expect(csp, p.file).not.toContain("unsafe-inline");
      // A meta policy only covers what comes after it: no script, style, stylesheet or image before
      // it (the icon and manifest links are the browser's own fetches of the site's files; JSON-LD
      // is data, never run).
      expect(html.slice(0, m!.index), p.file).not.toMatch(/<script(?![^>]*type="application\/ld\+json")|<link[^>]+rel="(stylesheet|preload|modulepreload)"|<img|<style|<iframe|<object/i);
    }
  });
});

/** A 1×1 PNG, so an image that did load would have a width. */
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

describeBrowser("Content Security Policy (Chromium)", () => {
  const site = servedSite(dist);
  /** "Another site": counts every request it receives. */
  let other: { server: Server; origin: string; hits: string[] };
  let context: BrowserContext;

  beforeAll(async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/pixel.png") return void res.writeHead(200, { "content-type": "image/png" }).end(PIXEL);
      if (req.url === "/host.html") {
        const src = site.server.at("sematkan/ikm/#tren");
        return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><title>Portal berita</title><p>Berita.</p><iframe src="${src}" title="embed" width="360" height="640"></iframe>`);
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>x</title><p>other site</p>");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    other = { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
    context = await site.browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce" });
    // Only the two local servers are reachable; nothing leaves the machine. Requests to the other
    // site are let through, so only the policy can stop them.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      return url.startsWith(site.server.origin) || url.startsWith(other.origin) ? route.continue() : route.abort("blockedbyclient");
    });
  });
  afterAll(async () => {
    await context?.close();
    other.server.closeAllConnections();
    await new Promise<void>((done) => other.server.close(() => done()));
  });

  it.each(["kebijakan/evaluasi-pengembangan-asn-sawahlunto/", "en/indicators/ikm/", "sematkan/ikm/"])(
    "%s: an injected external image, frame, object, <base> and form target load nothing; the site's own image does",
    async (path) => {
      other.hits.length = 0;
      const page = await context.newPage();
      await page.goto(site.server.at(path), { waitUntil: "load" });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
      for (const d of DIRECTIVES) expect(csp).toContain(d);
      const result = await page.evaluate(
        async ({ otherOrigin, ownImage }) => {
          const violations: string[] = [];
          document.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
          const loaded = (img: HTMLImageElement) => new Promise<boolean>((done) => {
            img.onload = () => done(img.naturalWidth > 0);
            img.onerror = () => done(false);
          });
          const foreign = Object.assign(document.createElement("img"), { src: `${otherOrigin}/pixel.png`, alt: "" });
          const own = Object.assign(document.createElement("img"), { src: ownImage, alt: "" });
          const frame = Object.assign(document.createElement("iframe"), { src: `${otherOrigin}/frame.html`, title: "x" });
          const object = Object.assign(document.createElement("object"), { data: `${otherOrigin}/object.html` });
          const base = Object.assign(document.createElement("base"), { href: `${otherOrigin}/` });
          document.body.append(foreign, own, frame, object);
          document.head.append(base);
          const link = Object.assign(document.createElement("a"), { href: "relatif/" });
          const form = Object.assign(document.createElement("form"), { action: `${otherOrigin}/kirim`, method: "get" });
          document.body.append(form);
          form.submit();
          const [foreignLoaded, ownLoaded] = await Promise.all([loaded(foreign), loaded(own)]);
          await new Promise((done) => setTimeout(done, 500));
          return { foreignLoaded, ownLoaded, violations, resolved: link.href, pageOrigin: location.origin };
        },
        { otherOrigin: other.origin, ownImage: site.server.at("og/indikator-ikm-id.png") },
      );
      expect(result.ownLoaded, "the site's own image loads (the test can see a load)").toBe(true);
      expect(result.foreignLoaded).toBe(false);
      // The <base> was refused: relative addresses still resolve against the page.
      expect(result.resolved.startsWith(result.pageOrigin)).toBe(true);
      const directives = result.violations.map((v) => v.split(" ")[0]);
      for (const d of ["img-src", "frame-src", "object-src", "base-uri", "form-action"]) expect(directives, result.violations.join("\n")).toContain(d);
      expect(other.hits, "no request reached the other site").toEqual([]);
      await page.close();
    },
  );

  it("an embed page still works inside another site's page", async () => {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${other.origin}/host.html`, { waitUntil: "load" });
    const frame = page.frameLocator('iframe[title="embed"]');
    await expect.poll(() => frame.locator("terang-chart[data-enhanced]").count(), { timeout: 10_000 }).toBe(2);
    expect(await frame.locator("#tren").isVisible()).toBe(true);
    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });
});
