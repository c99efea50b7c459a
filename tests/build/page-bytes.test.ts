/**
 * scripts/page-bytes.ts: the rewrite of Astro's page encoding applies to the installed Astro, stops
 * the build on code it was not written for, and gives the bytes TextEncoder gives. (Every build
 * test compares whole built pages, which go through it.)
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PAGE_PARTS, pageBytes, rewritePage, rewriteRender } from "../../scripts/page-bytes.ts";
import config from "../../astro.config.mjs";

const astroDir = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
const renderJs = readFileSync(join(astroDir, "dist/runtime/server/render/astro/render.js"), "utf8");
const pageJs = readFileSync(join(astroDir, "dist/runtime/server/render/page.js"), "utf8");

/** The PageParts class as the rewrite adds it, with Astro's encoder. */
const added = new Function("encoder", `${PAGE_PARTS}\nreturn { PageParts, PageResponse };`)(new TextEncoder()) as {
  PageParts: new (parts: string[]) => { bytes(): Uint8Array; toString(): string };
  PageResponse: new (bytes: Uint8Array, init: ResponseInit) => Response;
};
const { PageParts, PageResponse } = added;

describe("page bytes (Astro's page encoding, rewritten)", () => {
  it("applies to the installed Astro: both files are rewritten, and the site's config uses the plugin", () => {
    const render = rewriteRender(renderJs);
    expect(render).toContain("parts.push(String(chunkToString(result, chunk)));");
    expect(render).not.toContain("str += chunkToString(result, chunk);");
    expect(render).toMatch(/export \{ PageParts, PageResponse \};\n$/);
    const page = rewritePage(pageJs);
    expect(page).toContain("body instanceof PageParts");
    expect(page).toMatch(/^import \{ PageParts, PageResponse, renderToAsyncIterable/m);
    // Both of Astro's Responses at the end of renderPage answer a page encoded from its parts.
    expect(page.match(/new \(fromParts \? PageResponse : Response\)\(body, \{ \.\.\.init, headers/g)).toHaveLength(2);
    expect(page).not.toMatch(/new Response\(body, \{ \.\.\.init/);
    const plugins = (config.vite?.plugins ?? []).flat() as { name?: string }[];
    expect(plugins.map((p) => p?.name)).toContain("terang:page-bytes");
  });

  it("the plugin rewrites only those two modules, found by path", () => {
    const plugin = pageBytes() as { transform: (code: string, id: string) => { code: string } | null };
    expect(plugin.transform(renderJs, join(astroDir, "dist/runtime/server/render/astro/render.js"))!.code).toContain("class PageParts");
    expect(plugin.transform(pageJs, `${join(astroDir, "dist/runtime/server/render/page.js")}?v=1`)!.code).toContain("body.bytes()");
    expect(plugin.transform(renderJs, "/work/src/render.js")).toBeNull();
  });

  it("stops with an error naming the plugin when Astro's code has changed", () => {
    expect(() => rewriteRender(renderJs.replace("str += chunkToString(result, chunk);", "str = str + chunkToString(result, chunk);"))).toThrow(/scripts\/page-bytes\.ts: Astro's render\.js is not the code/);
    expect(() => rewritePage(pageJs.replace("body = encoder.encode(body);", "body = encode(body);"))).toThrow(/Astro's page\.js/);
    expect(() => rewritePage(pageJs.replace("return new Response(body, { ...init, headers });", "return Response.json(body);"))).toThrow(/Astro's page\.js/);
    // Twice the same code is no safer than none.
    expect(() => rewritePage(`${pageJs}\n${pageJs}`)).toThrow(/Astro's page\.js/);
  });

  it("gives the bytes TextEncoder gives, page after page, whatever the characters and sizes", () => {
    const enc = new TextEncoder();
    const pages: string[][] = [
      ["<!DOCTYPE html>", "<p>", "Rata-rata 2011–2025 ↑ −3,5 → “kutipan” 😀 café", "</p>"],
      // A long page: runs of chunks are cut at 16 KB, and the buffer grows past its first MiB.
      Array.from({ length: 20_000 }, (_, i) => `<tr><td>${i}</td><td>Kabupaten Contoh ${i} – ${"ä".repeat(i % 7)}${"𝔸".repeat(i % 3)}</td></tr>`),
      // A chunk larger than a run on its own, then a short page after a long one (no bytes left over).
      ["x".repeat(40_000), "é".repeat(20_000)],
      ["<p>pendek</p>"],
      [],
    ];
    for (const parts of pages) {
      const got = new PageParts(parts).bytes();
      expect(Buffer.from(got).equals(Buffer.from(enc.encode(parts.join(""))))).toBe(true);
      expect(new PageParts(parts).toString()).toBe(parts.join(""));
    }
    expect(new PageParts(pages[1]!).bytes().length).toBeGreaterThan(1 << 20);
  });

  it("answers with a Response that gives the page's bytes back as they are, once, as a fetch Response does", async () => {
    const bytes = new PageParts(["<p>", "Capaian – 95,5 %", "</p>"]).bytes();
    const init = { status: 404, statusText: "Not Found", headers: { "Content-Type": "text/html", "Content-Length": String(bytes.length) } };
    const r = new PageResponse(bytes, init);
    expect(r).toBeInstanceOf(Response);
    expect([r.status, r.statusText, r.headers.get("content-type"), r.ok]).toEqual([404, "Not Found", "text/html", false]);
    expect(r.body).not.toBeNull();
    // Astro's build checks the body, then reads it with arrayBuffer(): no copy, and not used before.
    expect(r.bodyUsed).toBe(false);
    const ab = await r.arrayBuffer();
    expect(ab).toBe(bytes.buffer);
    expect(new TextDecoder().decode(ab)).toBe("<p>Capaian – 95,5 %</p>");
    expect(r.bodyUsed).toBe(true);
    await expect(r.text()).rejects.toThrow(TypeError);
    expect(() => r.clone()).toThrow(TypeError);

    // Read through its stream, as any other reader of a Response would, and as text, JSON or a clone.
    const viaStream = new PageResponse(new PageParts(["a", "é"]).bytes(), init);
    expect(await new Response(viaStream.body).text()).toBe("aé");
    expect(viaStream.bodyUsed).toBe(true);
    await expect(viaStream.arrayBuffer()).rejects.toThrow(TypeError);
    expect(await new PageResponse(new PageParts(['{"a":', "1}"]).bytes(), init).json()).toEqual({ a: 1 });
    const original = new PageResponse(new PageParts(["x"]).bytes(), init);
    const copy = original.clone();
    expect(await copy.text()).toBe("x");
    expect(await original.text()).toBe("x");
    expect(copy.status).toBe(404);
    expect(await new PageResponse(new PageParts([]).bytes(), { status: 200 }).text()).toBe("");
  });
});
