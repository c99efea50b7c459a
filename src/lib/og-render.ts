/**
 * Draws a share card (src/lib/og.ts) as a 1200×630 PNG: Satori lays the card out as SVG with
 * Noto Sans (WOFF: Satori reads WOFF and TTF, not WOFF2), resvg rasterises it, and the pixels are
 * written as PNG with node:zlib here (resvg's own encoder took a third of the time). Nothing is
 * fetched: the fonts come from @fontsource/noto-sans in node_modules.
 *
 * Run by the build in worker threads (scripts/og-worker.ts), never by Astro. `rendererKey()`
 * identifies this drawing code, its fonts and libraries: it is part of every cached image's key,
 * so a change to any of them redraws every card.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { constants, deflateSync } from "node:zlib";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { OG_HEIGHT, OG_WIDTH, linePath, type OgCard } from "./og.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = ([400, 700] as const).map((weight) => ({ weight, file: require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`) }));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;
function loadFonts() {
  fonts ??= FONT_FILES.map(({ weight, file }) => ({ name: "Noto Sans", data: readFileSync(file), weight, style: "normal" as const }));
  return fonts;
}

/** Hash of what decides how a card looks besides its data: this file, og.ts, the fonts, Satori's and resvg's versions. */
export function rendererKey(): string {
  const h = createHash("sha256");
  for (const f of [fileURLToPath(import.meta.url), fileURLToPath(new URL("./og.ts", import.meta.url)), ...FONT_FILES.map((x) => x.file)]) h.update(readFileSync(f));
  for (const pkg of ["satori", "@resvg/resvg-js"]) h.update(`${pkg}@${JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version}`);
  return h.digest("hex");
}

/** The cache key of a card: its data and the renderer. */
export function cardHash(card: OgCard, renderer: string): string {
  return createHash("sha256").update(renderer).update(JSON.stringify(card)).digest("hex").slice(0, 32);
}

// Satori takes a React-like element tree; plain objects avoid a JSX runtime.
type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({ type, props: { style, children, ...extra } });

const C = { bg: "#ffffff", fg: "#1b1f24", muted: "#4d5560", line: "#d5d9de", soft: "#f3f5f7", accent: "#0b5cad" };

function chart(line: NonNullable<OgCard["line"]>): Node {
  const w = 520;
  const hgt = 250;
  const { d, last } = linePath(line.values, w, hgt, 12);
  const children: Node[] = [
    h("line", {}, undefined, { x1: 0, y1: hgt - 1, x2: w, y2: hgt - 1, stroke: C.line, "stroke-width": 2 }),
    h("path", {}, undefined, { d, fill: "none", stroke: C.accent, "stroke-width": 6, "stroke-linejoin": "round", "stroke-linecap": "round" }),
  ];
  if (last) children.push(h("circle", {}, undefined, { cx: last.x, cy: last.y, r: 10, fill: C.accent }));
  return h("div", { display: "flex", flexDirection: "column", width: w }, [
    h("svg", {}, children, { width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}` }),
    h("div", { display: "flex", justifyContent: "space-between", fontSize: 22, color: C.muted, marginTop: 8 }, [h("span", {}, line.from), h("span", {}, line.to)]),
  ]);
}

function card(c: OgCard): Node {
  // No CSS borders: Satori draws a border with clip paths and masks, which resvg renders as
  // full-size layers (a third of the drawing time). The accent bar and the rule are plain boxes.
  const top = h("div", { display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 30, fontWeight: 700, color: C.accent }, [
    h("span", {}, c.siteName),
    c.sample ? h("span", { fontSize: 22, fontWeight: 400, color: C.muted, background: C.soft, borderRadius: 8, padding: "6px 14px" }, c.sample) : h("span", {}, ""),
  ]);
  const title = h("div", { display: "flex", fontSize: c.title.length > 60 ? 50 : 60, fontWeight: 700, lineHeight: 1.15, color: C.fg, marginTop: 28 }, c.title);
  const figures = c.value || c.line;
  const body: Node[] = [];
  if (figures) {
    body.push(
      h("div", { display: "flex", alignItems: "flex-end", justifyContent: "space-between", marginTop: "auto" }, [
        c.value
          ? h("div", { display: "flex", flexDirection: "column", maxWidth: 520 }, [
              h("span", { fontSize: 96, fontWeight: 700, color: C.fg, lineHeight: 1 }, c.value.text),
              h("span", { fontSize: 28, color: C.muted, marginTop: 12 }, c.value.where),
            ])
          : h("div", {}, ""),
        c.line ? chart(c.line) : h("div", {}, ""),
      ]),
    );
  } else {
    body.push(h("div", { display: "flex", fontSize: 34, color: C.muted, marginTop: 28, lineHeight: 1.35 }, c.subtitle));
  }
  const foot = h("div", { display: "flex", flexDirection: "column", marginTop: figures ? 24 : "auto" }, [
    h("div", { display: "flex", height: 2, background: C.line }, ""),
    h("div", { display: "flex", justifyContent: "space-between", fontSize: 24, color: C.muted, paddingTop: 16 }, [h("span", {}, c.host), h("span", {}, figures ? c.subtitle : "")]),
  ]);
  // Satori sizes boxes as content-box: the inner box is the card minus the bar and the padding.
  const pad = { x: 64, y: 44, bar: 16 };
  return h("div", { display: "flex", flexDirection: "column", width: OG_WIDTH, height: OG_HEIGHT, background: C.bg, fontFamily: "Noto Sans" }, [
    h("div", { display: "flex", width: OG_WIDTH, height: pad.bar, background: C.accent }, ""),
    h("div", { display: "flex", flexDirection: "column", width: OG_WIDTH - 2 * pad.x, height: OG_HEIGHT - 2 * pad.y - pad.bar, padding: `${pad.y}px ${pad.x}px` }, [top, title, ...body, foot]),
  ]);
}

/**
 * Satori places an inline `<svg>` (the sparkline) as an `<image>` with a data URL, clipped and
 * masked to its box, which resvg parses and renders as a separate picture (a fifth of the drawing
 * time). The sparkline is our own markup, drawn inside its box at its own size (its viewBox is its
 * width and height), so it goes back into the drawing as a translated group, without the no-op
 * clip and mask. Any other image is left as Satori wrote it.
 */
export function inlineSvgImages(svg: string): string {
  return svg.replace(/<image x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" href="data:image\/svg\+xml;utf8,([^"]*)"[^>]*\/>/g, (whole, x: string, y: string, w: string, hgt: string, data: string) => {
    const m = /^<svg[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>([\s\S]*)<\/svg>$/.exec(decodeURIComponent(data));
    return m && Number(m[1]) === Number(w) && Number(m[2]) === Number(hgt) ? `<g transform="translate(${x} ${y})">${m[3]}</g>` : whole;
  });
}

/** Renders a card to PNG bytes. */
export async function renderOgPng(c: OgCard): Promise<Uint8Array> {
  const svg = inlineSvgImages(await satori(card(c) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() }));
  const img = new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodePng(img.pixels, img.width, img.height);
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * RGBA pixels as resvg gives them → a PNG. A card has a hundred or so colours (text, the accent,
 * their anti-aliased edges), so it is written as an indexed PNG with an exact palette: lossless,
 * one byte per pixel, and about a third of the size of the RGBA file. Rows go behind a "None"
 * filter byte, deflated with zlib's run-length strategy (a card is long runs of one index: four times
 * faster than the default strategy, for files a fifth larger). A drawing with more than 256 colours is written as RGBA.
 * (The card is opaque, so premultiplied or straight alpha makes no difference.)
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  const indexed = toIndexed(rgba, width, height);
  if (indexed) {
    ihdr.set([8, 3, 0, 0, 0], 8); // 8-bit palette indices, deflate, standard filters, no interlace
    return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("PLTE", indexed.palette), chunk("IDAT", deflateSync(indexed.raw, { level: 6, strategy: constants.Z_RLE })), chunk("IEND", new Uint8Array(0))]);
  }
  const row = width * 4;
  const src = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const raw = Buffer.alloc((row + 1) * height); // filter bytes stay 0
  for (let y = 0; y < height; y++) src.copy(raw, y * (row + 1) + 1, y * row, (y + 1) * row);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, standard filters, no interlace
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 3 })), chunk("IEND", new Uint8Array(0))]);
}

/** Palette (RGB triples) and filtered index rows, or null when the pixels have over 256 colours or any transparency. */
function toIndexed(rgba: Uint8Array, width: number, height: number): { palette: Buffer; raw: Buffer } | null {
  // One 32-bit read per pixel (alpha in the top byte on little-endian machines), and most pixels
  // repeat their left neighbour (a card is mostly flat colour). Colours are looked up in a small
  // open-addressing table of typed arrays (1,024 slots for at most 256 colours), which is several
  // times faster than a Map on the anti-aliased edges of text.
  const px = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const alphaShift = little ? 24 : 0;
  const keys = new Uint32Array(1024);
  const slots = new Int16Array(1024).fill(-1);
  const colours: number[] = [];
  const raw = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastK = 0;
  for (let y = 0, i = 0; y < height; y++) {
    let at = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, i++, at++) {
      const v = px[i]!;
      if (v !== last) {
        if (((v >>> alphaShift) & 0xff) !== 255) return null;
        let slot = Math.imul(v, 0x9e3779b1) >>> 22;
        while (slots[slot] !== -1 && keys[slot] !== v) slot = (slot + 1) & 1023;
        if (slots[slot] === -1) {
          if (colours.length === 256) return null;
          keys[slot] = v;
          slots[slot] = colours.length;
          colours.push(v);
        }
        last = v;
        lastK = slots[slot]!;
      }
      raw[at] = lastK;
    }
  }
  const palette = Buffer.alloc(colours.length * 3);
  const bytes = new Uint8Array(4);
  const view = new Uint32Array(bytes.buffer);
  colours.forEach((v, k) => {
    view[0] = v;
    palette.set(bytes.subarray(0, 3), k * 3); // r, g, b: the pixel's bytes in memory order
  });
  return { palette, raw };
}
