/**
 * A Vite plugin that changes how Astro turns a rendered page into bytes, for a large build.
 *
 * Astro 7.3 renders a static page by appending every chunk to one string (`str += chunk`, a rope
 * of thousands of pieces) and encodes that string with `TextEncoder.encode`. The encoder first
 * copies the rope into one flat string. A page above about 64 KB (an indicator page is about
 * 140 KB, an embed page 75 KB) is too large for V8's ordinary heap pages, so each flat copy gets
 * fresh memory of its own, in UTF-16 when the page holds any character beyond Latin-1 (a dash, an
 * arrow or a minus sign: 95 % of the pages). On the 2-core bench machine (a virtual one, where
 * touching fresh memory is slow), those copies caused a quarter of the build's page faults
 * (`perf record -e minor-faults`), about 260,000 at 1,000 indicators, on Astro's thread.
 *
 * With this plugin the page's chunks are kept in a list and encoded, a few kilobytes at a time,
 * into one buffer reused from page to page; the page's bytes are then copied out of it. The bytes
 * are the same (the build tests compare whole pages; `tests/build/page-bytes.test.ts` checks the
 * transform against the installed Astro). Only Astro's non-streaming path, the one a static build
 * takes, changes.
 *
 * The page then reaches Astro's build as a `PageResponse`: a `Response` that holds those bytes and
 * gives them back as they are. Through an ordinary `Response` (Node's undici), a page's bytes were
 * copied four more times before Astro wrote them: into the body (a copy of the buffer given), into
 * the body's stream (another), out of the stream (`Buffer.concat`) and into the `ArrayBuffer` that
 * `arrayBuffer()` returns; each copy of a 100 KB page is fresh memory, faulted in page by page.
 *
 * The plugin rewrites Astro's own code as Vite bundles it, so it matches that code exactly: if
 * Astro's code changes (an update), the build stops with an error naming this file, rather than
 * quietly building without it. Then check whether the new Astro still needs it.
 */
import type { Plugin } from "vite";
import { astroRewrites, replaceOnce } from "./astro-rewrite.ts";

const PLUGIN = "scripts/page-bytes.ts";
const RENDER = "/astro/dist/runtime/server/render/astro/render.js";
const PAGE = "/astro/dist/runtime/server/render/page.js";

/** Astro 7.3.4's function, exactly as it is in `render.js`. */
export const ASTRO_RENDER_TO_STRING = `async function renderStreamToString(result, templateResult, isPage) {
  let str = "";
  let renderedFirstPageChunk = false;
  if (isPage) {
    await bufferHeadContent(result);
  }
  const destination = {
    write(chunk) {
      if (isPage && !renderedFirstPageChunk) {
        renderedFirstPageChunk = true;
        if (!result.partial && !DOCTYPE_EXP.test(String(chunk))) {
          const doctype = result.compressHTML ? "<!DOCTYPE html>" : "<!DOCTYPE html>\\n";
          str += doctype;
        }
      }
      if (chunk instanceof Response) return;
      str += chunkToString(result, chunk);
    }
  };
  await renderStreaming(templateResult, result, destination);
  return str;
}`;

/** The same function, keeping the chunks in a list (PAGE_PARTS) instead of one string. */
const PARTS_RENDER_TO_STRING = [
  ['let str = "";', "const parts = [];"],
  ["str += doctype;", "parts.push(doctype);"],
  ["str += chunkToString(result, chunk);", "parts.push(String(chunkToString(result, chunk)));"],
  ["return str;", "return new PageParts(parts);"],
].reduce((code, [from, to]) => replaceOnce(code, from!, to!, "render.js", PLUGIN), ASTRO_RENDER_TO_STRING);

/**
 * A page's chunks, and its bytes: encoded a run of chunks at a time (each run a small string V8
 * keeps on its ordinary heap pages) into a buffer kept for the next page, then copied out. Code
 * added to Astro's render.js, where `encoder` is Astro's TextEncoder.
 */
export const PAGE_PARTS = `/* Added by Terang's scripts/page-bytes.ts. */
let pagePool = new Uint8Array(1 << 20);
class PageParts {
  constructor(parts) {
    this.parts = parts;
  }
  bytes() {
    let most = 0;
    for (const p of this.parts) most += p.length;
    most *= 3;
    if (pagePool.length < most) pagePool = new Uint8Array(most + (most >> 2));
    let at = 0;
    let run = "";
    for (const p of this.parts) {
      run += p;
      if (run.length >= 16384) {
        at += encoder.encodeInto(run, pagePool.subarray(at)).written;
        run = "";
      }
    }
    if (run) at += encoder.encodeInto(run, pagePool.subarray(at)).written;
    return pagePool.slice(0, at);
  }
  toString() {
    return this.parts.join("");
  }
}
/* A page's Response, holding its bytes (a buffer of their own, from PageParts): arrayBuffer() and
   the rest give them back without copying them through a stream; the body's stream is made only
   when asked for. Used once, as a fetch Response body is. */
class PageResponse extends Response {
  #bytes;
  #stream = null;
  #used = false;
  constructor(bytes, init) {
    super(null, init);
    this.#bytes = bytes;
  }
  get body() {
    if (this.#stream === null) {
      const bytes = this.#bytes;
      this.#stream = new ReadableStream({
        type: "bytes",
        pull: (c) => {
          this.#used = true;
          if (bytes.length) c.enqueue(bytes.slice());
          c.close();
        },
      });
    }
    return this.#stream;
  }
  get bodyUsed() {
    return this.#used;
  }
  #take() {
    if (this.#used || this.#stream?.locked) return Promise.reject(new TypeError("Body is unusable: Body has already been read"));
    this.#used = true;
    return Promise.resolve(this.#bytes);
  }
  arrayBuffer() {
    return this.#take().then((b) => b.buffer);
  }
  bytes() {
    return this.#take();
  }
  text() {
    return this.#take().then((b) => new TextDecoder().decode(b));
  }
  json() {
    return this.text().then(JSON.parse);
  }
  blob() {
    return this.#take().then((b) => new Blob([b], { type: this.headers.get("content-type") ?? "" }));
  }
  clone() {
    if (this.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
    return new PageResponse(this.#bytes.slice(), { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}`;

/** Astro 7.3.4's encoding of a non-streamed page in `page.js`, and its import of render.js. */
export const ASTRO_PAGE_ENCODE = `  if (!streaming && typeof body === "string") {
    body = encoder.encode(body);
    headers.set("Content-Length", body.byteLength.toString());
  }`;
export const ASTRO_PAGE_IMPORT = `import { renderToAsyncIterable, renderToReadableStream, renderToString } from "./astro/render.js";`;

/** Astro 7.3.4's two Responses at the end of `renderPage`. */
export const ASTRO_PAGE_RESPONSES = [
  "    return new Response(body, { ...init, headers, status, statusText });",
  "    return new Response(body, { ...init, headers });",
] as const;

/** Astro's encoding, after a branch that encodes a PageParts. */
const PARTS_PAGE_ENCODE = `  const fromParts = !streaming && body instanceof PageParts;
  if (fromParts) {
    body = body.bytes();
    headers.set("Content-Length", body.byteLength.toString());
  } else ${ASTRO_PAGE_ENCODE.trimStart()}`;
/** Astro's import, with PageParts. */
const PARTS_PAGE_IMPORT = ASTRO_PAGE_IMPORT.replace("import { ", "import { PageParts, PageResponse, ");

/** Astro's render.js, rewritten (exported for the test). */
export function rewriteRender(code: string): string {
  return `${replaceOnce(code, ASTRO_RENDER_TO_STRING, PARTS_RENDER_TO_STRING, "render.js", PLUGIN)}\n${PAGE_PARTS}\nexport { PageParts, PageResponse };\n`;
}

/** Astro's page.js, rewritten (exported for the test). */
export function rewritePage(code: string): string {
  const replaced = [
    [ASTRO_PAGE_IMPORT, PARTS_PAGE_IMPORT],
    [ASTRO_PAGE_ENCODE, PARTS_PAGE_ENCODE],
    // A page encoded from its parts is answered with a PageResponse.
    ...ASTRO_PAGE_RESPONSES.map((r) => [r, r.replace("new Response(", "new (fromParts ? PageResponse : Response)(")]),
  ];
  return replaced.reduce((c, [from, to]) => replaceOnce(c, from!, to!, "page.js", PLUGIN), code);
}

export function pageBytes(): Plugin {
  return astroRewrites("terang:page-bytes", { [RENDER]: rewriteRender, [PAGE]: rewritePage });
}
