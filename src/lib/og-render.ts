/**
 * Draws a share card (src/lib/og.ts) as a 1200×630 PNG: the card is laid out here as SVG text,
 * boxes and the sparkline, resvg draws it with Noto Sans, and the pixels are written as PNG with
 * node:zlib (resvg's own encoder took a third of the time). Nothing is fetched: the fonts come
 * from @fontsource/noto-sans in node_modules, unpacked from WOFF to TrueType for resvg
 * (./og-font.ts), which also measures them so titles wrap and figures fit.
 *
 * The layout was Satori's (flexbox to SVG, every glyph turned into a path) until it was half of
 * the drawing time: resvg shapes the text itself, and a card has few enough parts to place by hand.
 *
 * Run by the build in worker threads (scripts/og-worker.ts), never by Astro. `rendererKey()`
 * identifies this drawing code, its fonts and libraries: it is part of every cached image's key,
 * so a change to any of them redraws every card.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, deflateSync, crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { OG_HEIGHT, OG_WIDTH, linePath, type OgCard } from "./og.ts";
import { fontMetrics, woffToSfnt, type FontMetrics } from "./og-font.ts";
import { escapeMarkup } from "./html.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = ([400, 700] as const).map((weight) => ({ weight, file: require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`) }));

interface Fonts {
  /** TrueType files for resvg. */
  readonly files: string[];
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}
let fonts: Fonts | undefined;

/**
 * The fonts, unpacked once per thread. resvg reads fonts from files: the TrueType files go to the
 * system's temporary folder under their content's hash, written through a temporary name and a
 * rename, so threads and builds share them and never read one half written.
 */
function loadFonts(): Fonts {
  if (fonts) return fonts;
  const dir = join(tmpdir(), "terang-og-fonts");
  mkdirSync(dir, { recursive: true });
  const [regular, bold] = FONT_FILES.map(({ file }) => {
    const ttf = woffToSfnt(readFileSync(file));
    const path = join(dir, `${createHash("sha256").update(ttf).digest("hex").slice(0, 24)}.ttf`);
    if (!existsSync(path)) {
      const tmp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, ttf);
      renameSync(tmp, path);
    }
    return { path, metrics: fontMetrics(ttf) };
  });
  return (fonts = { files: [regular!.path, bold!.path], regular: regular!.metrics, bold: bold!.metrics });
}

/** Hash of what decides how a card looks besides its data: this file, og.ts, og-font.ts, the fonts and resvg's version. */
export function rendererKey(): string {
  const h = createHash("sha256");
  const code = ["./og-render.ts", "./og.ts", "./og-font.ts"].map((f) => fileURLToPath(new URL(f, import.meta.url)));
  for (const f of [...code, ...FONT_FILES.map((x) => x.file)]) h.update(readFileSync(f));
  h.update(`@resvg/resvg-js@${JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")).version}`);
  return h.digest("hex");
}

/** The cache key of a card: its data and the renderer. */
export function cardHash(card: OgCard, renderer: string): string {
  return createHash("sha256").update(renderer).update(JSON.stringify(card)).digest("hex").slice(0, 32);
}

const C = { bg: "#ffffff", fg: "#1b1f24", muted: "#4d5560", line: "#d5d9de", soft: "#f3f5f7", accent: "#0b5cad" };

const n1 = (v: number) => String(Math.round(v * 10) / 10);

/** `text` cut to fit `max` px at `size`, at a word where it can, with an ellipsis. */
export function fitLine(text: string, m: FontMetrics, size: number, max: number): string {
  if (m.width(text, size) <= max) return text;
  let cut = text;
  while (cut.length > 1 && m.width(`${cut}…`, size) > max) {
    const space = cut.lastIndexOf(" ");
    cut = space > cut.length / 2 ? cut.slice(0, space) : cut.slice(0, -1);
    cut = cut.replace(/[\s,.;:–-]+$/, "");
  }
  return `${cut}…`;
}

/** `text` broken into lines of at most `max` px at `size`; beyond `lines` lines the last one ends with an ellipsis. */
export function wrapText(text: string, m: FontMetrics, size: number, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || m.width(next, size) <= max) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) return [...out, fitLine(`${line} ${words.slice(i).join(" ")}`, m, size, max)];
    out.push(line);
    line = words[i]!;
  }
  if (line) out.push(out.length === lines - 1 ? fitLine(line, m, size, max) : line);
  return out.map((l) => fitLine(l, m, size, max));
}

/** The SVG of a card: every text placed on its baseline, in Noto Sans (resvg shapes it). */
export function cardSvg(c: OgCard): string {
  const f = loadFonts();
  const W = OG_WIDTH;
  const H = OG_HEIGHT;
  const x0 = 64;
  const x1 = W - 64;
  const inner = x1 - x0;
  const bar = 16;
  const top = bar + 44;
  const rule = 535; // the foot's rule; the foot's text sits under it
  const parts: string[] = [];
  const text = (x: number, y: number, size: number, bold: boolean, fill: string, s: string, anchor?: "end") =>
    parts.push(`<text x="${n1(x)}" y="${n1(y)}" font-size="${n1(size)}"${bold ? ' font-weight="700"' : ""} fill="${fill}"${anchor ? ` text-anchor="${anchor}"` : ""}>${escapeMarkup(s)}</text>`);
  /** Baseline of a line of `size` px centred on `mid`. */
  const centred = (m: FontMetrics, mid: number, size: number) => mid + ((m.ascent - m.descent) / 2) * size;
  /** Baseline of the `i`th line of a block starting at `y`, line height `lh`. */
  const lineAt = (m: FontMetrics, y: number, i: number, size: number, lh: number) => y + i * lh + (lh - (m.ascent + m.descent) * size) / 2 + m.ascent * size;

  parts.push(`<rect width="${W}" height="${H}" fill="${C.bg}"/><rect width="${W}" height="${bar}" fill="${C.accent}"/>`);
  // Top row: the site's name, and the sample-data badge on the right.
  const rowMid = top + 21;
  text(x0, centred(f.bold, rowMid, 30), 30, true, C.accent, fitLine(c.siteName, f.bold, 30, inner / 2));
  if (c.sample) {
    const s = fitLine(c.sample, f.regular, 22, inner / 2 - 40);
    const w = f.regular.width(s, 22) + 28;
    parts.push(`<rect x="${n1(x1 - w)}" y="${top}" width="${n1(w)}" height="42" rx="8" fill="${C.soft}"/>`);
    text(x1 - 14, centred(f.regular, rowMid, 22), 22, false, C.muted, s, "end");
  }
  // Title: 60 px on up to two lines, else 50 px on up to three.
  const titleTop = top + 42 + 28;
  let size = 60;
  let lines = wrapText(c.title, f.bold, size, inner, 2);
  if (wrapText(c.title, f.bold, size, inner, 3).length > 2) {
    size = 50;
    lines = wrapText(c.title, f.bold, size, inner, 3);
  }
  const lh = size * 1.15;
  lines.forEach((l, i) => text(x0, lineAt(f.bold, titleTop, i, size, lh), size, true, C.fg, l));
  const titleBottom = titleTop + lines.length * lh;

  const figures = c.value || c.line;
  const bodyTop = titleBottom + 28;
  const bodyBottom = rule - 24;
  if (figures) {
    if (c.line) {
      // The sparkline on the right, its first and last periods under it, as tall as the space allows.
      const w = 520;
      const labels = bodyBottom - f.regular.descent * 22;
      const bottom = labels - f.regular.ascent * 22 - 8;
      const hgt = Math.max(60, Math.min(250, bottom - bodyTop));
      const { d, last } = linePath(c.line.values, w, hgt, 12);
      parts.push(
        `<g transform="translate(${x1 - w} ${n1(bottom - hgt)})"><line x1="0" y1="${hgt - 1}" x2="${w}" y2="${hgt - 1}" stroke="${C.line}" stroke-width="2"/>` +
          `<path d="${d}" fill="none" stroke="${C.accent}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>` +
          (last ? `<circle cx="${n1(last.x)}" cy="${n1(last.y)}" r="10" fill="${C.accent}"/>` : "") +
          "</g>",
      );
      text(x1 - w, labels, 22, false, C.muted, c.line.from);
      text(x1, labels, 22, false, C.muted, c.line.to, "end");
    }
    if (c.value) {
      // The figure on the left, as large as fits beside the sparkline, and where and when under it.
      const max = c.line ? 520 : inner;
      const where = bodyBottom - f.regular.descent * 28;
      text(x0, where, 28, false, C.muted, fitLine(c.value.where, f.regular, 28, max));
      const vs = Math.max(48, Math.min(96, (96 * max) / Math.max(1, f.bold.width(c.value.text, 96))));
      text(x0, where - f.regular.ascent * 28 - 12 - f.bold.descent * vs, vs, true, C.fg, fitLine(c.value.text, f.bold, vs, max));
    }
  } else {
    // The site's card: the subtitle under the title, on the lines that fit above the foot.
    const slh = 34 * 1.35;
    const room = Math.max(1, Math.floor((bodyBottom - bodyTop) / slh));
    wrapText(c.subtitle, f.regular, 34, inner, room).forEach((l, i) => text(x0, lineAt(f.regular, bodyTop, i, 34, slh), 34, false, C.muted, l));
  }
  // Foot: a rule, the site's address on the left and, on an indicator's card, the source on the right.
  parts.push(`<rect x="${x0}" y="${rule}" width="${inner}" height="2" fill="${C.line}"/>`);
  const footY = lineAt(f.regular, rule + 2 + 16, 0, 24, 24 * 1.362);
  const host = fitLine(c.host, f.regular, 24, inner / 2);
  text(x0, footY, 24, false, C.muted, host);
  if (figures) text(x1, footY, 24, false, C.muted, fitLine(c.subtitle, f.regular, 24, inner - f.regular.width(host, 24) - 32), "end");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><g font-family="Noto Sans">${parts.join("")}</g></svg>`;
}

/** Renders a card to PNG bytes. */
export async function renderOgPng(c: OgCard): Promise<Uint8Array> {
  const svg = cardSvg(c);
  const img = new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false, fontFiles: loadFonts().files, defaultFontFamily: "Noto Sans" } }).render();
  return encodePng(img.pixels, img.width, img.height);
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
  // 32-bit reads, one per pixel (alpha in the top byte on little-endian machines), and most pixels
  // repeat their left neighbour (a card is mostly flat colour). Colours are looked up in a small
  // open-addressing table of typed arrays (1,024 slots for at most 256 colours), which is several
  // times faster than a Map on the anti-aliased edges of text.
  const px = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const alphaShift = little ? 24 : 0;
  const keys = new Uint32Array(1024);
  const slots = new Int16Array(1024).fill(-1);
  const colours: number[] = [];
  const raw = new Uint8Array((width + 1) * height); // filter bytes stay 0
  const src = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const stride = width * 4;
  for (let y = 0; y < height; y++) {
    const at = y * (width + 1) + 1;
    const i = y * width;
    // A row the same as the one above (margins, the bar, the space between lines: most of a
    // card) takes the same indices, compared and copied natively.
    if (y > 0 && src.compare(src, y * stride, (y + 1) * stride, (y - 1) * stride, y * stride) === 0) {
      raw.copyWithin(at, at - width - 1, at - 1);
      continue;
    }
    // Other rows run by run: a run of one colour is looked up once, and a long one filled
    // natively (about a third less time than a lookup check per pixel).
    for (let x = 0; x < width; ) {
      const v = px[i + x]!;
      let end = x + 1;
      while (end < width && px[i + end] === v) end++;
      if (((v >>> alphaShift) & 0xff) !== 255) return null;
      let slot = Math.imul(v, 0x9e3779b1) >>> 22;
      while (slots[slot] !== -1 && keys[slot] !== v) slot = (slot + 1) & 1023;
      if (slots[slot] === -1) {
        if (colours.length === 256) return null;
        keys[slot] = v;
        slots[slot] = colours.length;
        colours.push(v);
      }
      const k = slots[slot]!;
      if (end - x > 16) raw.fill(k, at + x, at + end);
      else for (let j = x; j < end; j++) raw[at + j] = k;
      x = end;
    }
  }
  const palette = Buffer.alloc(colours.length * 3);
  const bytes = new Uint8Array(4);
  const view = new Uint32Array(bytes.buffer);
  colours.forEach((v, k) => {
    view[0] = v;
    palette.set(bytes.subarray(0, 3), k * 3); // r, g, b: the pixel's bytes in memory order
  });
  return { palette, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
}
