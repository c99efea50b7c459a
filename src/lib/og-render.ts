/**
 * Draws a share card (src/lib/og.ts) as a 1200×630 PNG: the card is laid out here as a short list
 * of drawing operations (boxes, texts on their baselines, the sparkline), Skia draws them through
 * @napi-rs/canvas with Noto Sans, and the pixels are written as PNG with node:zlib. Nothing is
 * fetched: the fonts come from @fontsource/noto-sans in node_modules, unpacked from WOFF to
 * TrueType (./og-font.ts), which also measures them so titles wrap and figures fit.
 *
 * resvg drew the cards before, from an SVG of the same layout: it shaped and outlined every text
 * anew for each card and rasterised the glyphs' outlines, about 10 ms of CPU a card (20 s of a
 * thousand indicators' build, on the core Astro shares). Skia keeps the glyphs it has drawn: the
 * same card takes about 1.3 ms to draw and 5–6 ms with its PNG, measured alone.
 *
 * Run by the build in worker threads (scripts/og-worker.ts), never by Astro. `rendererKey()`
 * (./og-key.ts) identifies this drawing code, its fonts and libraries: it is part of every cached
 * image's key, so a change to any of them redraws every card.
 */
import { readFileSync } from "node:fs";
import { constants, deflateSync, crc32 } from "node:zlib";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { OG_HEIGHT, OG_WIDTH, linePoints, type OgCard, type Point } from "./og.ts";
import { fontMetrics, woffToSfnt, type FontMetrics } from "./og-font.ts";
import { FONT_FILES } from "./og-key.ts";

/**
 * The family name the card's fonts are registered under: a name of the site's own, so that a
 * "Noto Sans" installed on the machine is never taken instead.
 */
const FAMILY = "Terang Card Sans";

interface Fonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}
let fonts: Fonts | undefined;

/** The fonts, unpacked, registered with Skia and measured, once per thread. */
function loadFonts(): Fonts {
  if (fonts) return fonts;
  const [regular, bold] = FONT_FILES.map(({ file }) => {
    const ttf = woffToSfnt(readFileSync(file));
    if (!GlobalFonts.register(ttf, FAMILY)) throw new Error(`Share images: Skia did not take the font ${file}`);
    return fontMetrics(ttf);
  });
  return (fonts = { regular: regular!, bold: bold! });
}

const C = { bg: "#ffffff", fg: "#1b1f24", muted: "#4d5560", line: "#d5d9de", soft: "#f3f5f7", accent: "#0b5cad" };

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

/** One drawing operation of a card, in px; a text's `y` is its baseline. */
export type CardOp =
  | { readonly kind: "rect"; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly radius?: number; readonly fill: string }
  | { readonly kind: "text"; readonly x: number; readonly y: number; readonly size: number; readonly bold: boolean; readonly fill: string; readonly text: string; readonly anchor: "start" | "end" }
  | { readonly kind: "line"; readonly runs: readonly (readonly Point[])[]; readonly width: number; readonly stroke: string }
  | { readonly kind: "circle"; readonly x: number; readonly y: number; readonly r: number; readonly fill: string };

/** The drawing of a card, in painting order. */
export function cardLayout(c: OgCard): CardOp[] {
  const f = loadFonts();
  const W = OG_WIDTH;
  const x0 = 64;
  const x1 = W - 64;
  const inner = x1 - x0;
  const bar = 16;
  const top = bar + 44;
  const rule = 535; // the foot's rule; the foot's text sits under it
  const ops: CardOp[] = [];
  const text = (x: number, y: number, size: number, bold: boolean, fill: string, s: string, anchor: "start" | "end" = "start") => ops.push({ kind: "text", x, y, size, bold, fill, text: s, anchor });
  /** Baseline of a line of `size` px centred on `mid`. */
  const centred = (m: FontMetrics, mid: number, size: number) => mid + ((m.ascent - m.descent) / 2) * size;
  /** Baseline of the `i`th line of a block starting at `y`, line height `lh`. */
  const lineAt = (m: FontMetrics, y: number, i: number, size: number, lh: number) => y + i * lh + (lh - (m.ascent + m.descent) * size) / 2 + m.ascent * size;

  ops.push({ kind: "rect", x: 0, y: 0, w: W, h: OG_HEIGHT, fill: C.bg }, { kind: "rect", x: 0, y: 0, w: W, h: bar, fill: C.accent });
  // Top row: the site's name, and the sample-data badge on the right.
  const rowMid = top + 21;
  text(x0, centred(f.bold, rowMid, 30), 30, true, C.accent, fitLine(c.siteName, f.bold, 30, inner / 2));
  if (c.sample) {
    const s = fitLine(c.sample, f.regular, 22, inner / 2 - 40);
    const w = f.regular.width(s, 22) + 28;
    ops.push({ kind: "rect", x: x1 - w, y: top, w, h: 42, radius: 8, fill: C.soft });
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
      const left = x1 - w;
      const y0 = bottom - hgt;
      const { runs, last } = linePoints(c.line.values, { x: left, y: y0, w, h: hgt }, 12);
      ops.push({ kind: "rect", x: left, y: y0 + hgt - 2, w, h: 2, fill: C.line }, { kind: "line", runs, width: 6, stroke: C.accent });
      if (last) ops.push({ kind: "circle", x: last.x, y: last.y, r: 10, fill: C.accent });
      text(left, labels, 22, false, C.muted, c.line.from);
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
  ops.push({ kind: "rect", x: x0, y: rule, w: inner, h: 2, fill: C.line });
  const footY = lineAt(f.regular, rule + 2 + 16, 0, 24, 24 * 1.362);
  const host = fitLine(c.host, f.regular, 24, inner / 2);
  text(x0, footY, 24, false, C.muted, host);
  if (figures) text(x1, footY, 24, false, C.muted, fitLine(c.subtitle, f.regular, 24, inner - f.regular.width(host, 24) - 32), "end");
  return ops;
}

/** Renders a card to PNG bytes. */
export function renderOgPng(c: OgCard): Buffer {
  const ops = cardLayout(c);
  const canvas = createCanvas(OG_WIDTH, OG_HEIGHT);
  const g = canvas.getContext("2d");
  for (const op of ops) {
    switch (op.kind) {
      case "rect":
        g.fillStyle = op.fill;
        if (op.radius) {
          g.beginPath();
          g.roundRect(op.x, op.y, op.w, op.h, op.radius);
          g.fill();
        } else g.fillRect(op.x, op.y, op.w, op.h);
        break;
      case "text":
        g.fillStyle = op.fill;
        g.font = `${op.bold ? 700 : 400} ${op.size}px "${FAMILY}"`;
        g.textAlign = op.anchor === "end" ? "right" : "left";
        g.fillText(op.text, op.x, op.y);
        break;
      case "line":
        g.strokeStyle = op.stroke;
        g.lineWidth = op.width;
        g.lineJoin = "round";
        g.lineCap = "round";
        g.beginPath();
        for (const run of op.runs) run.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
        g.stroke();
        break;
      case "circle":
        g.fillStyle = op.fill;
        g.beginPath();
        g.arc(op.x, op.y, op.r, 0, 2 * Math.PI);
        g.fill();
        break;
    }
  }
  const { data } = g.getImageData(0, 0, OG_WIDTH, OG_HEIGHT);
  return encodePng(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), OG_WIDTH, OG_HEIGHT);
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
 * RGBA pixels (straight alpha, as the canvas gives them) → a PNG. A card is a few flat colours
 * (background, text, the accent) and their anti-aliased edges, so it is written as an indexed PNG:
 * one byte per pixel, about a third of the size of the RGBA file. With at most 256 colours the
 * palette is exact (lossless). Skia smooths edges in up to 255 steps per pair of colours, so a card
 * usually has a few hundred: the 256 most used (the flat colours and the commonest edge shades)
 * make the palette and every other shade takes the nearest of them, a difference of a few
 * levels on a few edge pixels that the eye does not see. Rows go behind a "None" filter byte,
 * deflated with zlib's run-length strategy (a card is long runs of one index: four times faster
 * than the default strategy, for files a fifth larger). A drawing with any transparency, or so
 * many colours that it is no card (over MAX_COLOURS), is written as RGBA, losslessly.
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

/** `a` in an array of twice its length. */
function grown<T extends Uint16Array | Uint32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Colours beyond which a drawing is written as RGBA rather than reduced to a palette. */
const MAX_COLOURS = 4096;

/**
 * toIndexed's tables, kept from card to card (cleared, not allocated and zeroed again: the run
 * tables alone are 384 KB); the share-image worker draws one card at a time.
 */
const SLOTS = MAX_COLOURS * 2; // the colour table's slots: 8,192 (13 bits of a hash)
const scratch = {
  keys: new Int32Array(SLOTS),
  order: new Int32Array(SLOTS),
  counts: new Float64Array(MAX_COLOURS),
  runEnd: new Uint32Array(1 << 16),
  runColour: new Uint16Array(1 << 16),
};

/**
 * A search for the nearest of `palette`'s colours (squared RGB distance; of equally near ones, the
 * first), the same as a comparison with every entry in order. Entries are looked at from the
 * query's red outwards, in order of red, and each side stops where the difference in red alone
 * exceeds the best distance found: a card's extra shades each lie close to some entry, so a
 * search compares a few entries rather than all 256 (about 600 searches a card; a full scan
 * was half of the card's palette time).
 */
export function nearestIn(palette: readonly (readonly [number, number, number])[]): (rgb: readonly [number, number, number]) => number {
  const n = palette.length;
  const byRed = Int32Array.from(palette.keys()).sort((a, b) => palette[a]![0] - palette[b]![0] || a - b);
  const flat = new Int32Array(n * 3); // the entries' r, g, b in order of red
  byRed.forEach((p, i) => flat.set(palette[p]!, i * 3));
  return ([r, g, b]) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (flat[mid * 3]! < r) lo = mid + 1;
      else hi = mid;
    }
    let best = n;
    let bestD = 0x7fffffff;
    const consider = (i: number): void => {
      const dr = (r - flat[i * 3]!) | 0;
      const dg = (g - flat[i * 3 + 1]!) | 0;
      const db = (b - flat[i * 3 + 2]!) | 0;
      const d = (dr * dr + dg * dg + db * db) | 0;
      const p = byRed[i]!;
      if (d < bestD || (d === bestD && p < best)) {
        bestD = d;
        best = p;
      }
    };
    for (let below = lo - 1, above = lo; below >= 0 || above < n; ) {
      if (below >= 0) {
        const dr = r - flat[below * 3]!;
        if (dr * dr > bestD) below = -1;
        else consider(below--);
      }
      if (above < n) {
        const dr = flat[above * 3]! - r;
        if (dr * dr > bestD) above = n;
        else consider(above++);
      }
    }
    return best;
  };
}

/**
 * Palette (RGB triples) and index rows (each behind its filter byte, 0), or null when the pixels
 * have any transparency or over MAX_COLOURS colours. Exact for at most 256 colours; beyond, the
 * 256 most used colours (counted over the rows that differ from the row above; ties by colour
 * value) and every other colour mapped to the nearest of them (squared RGB distance).
 */
function toIndexed(rgba: Uint8Array, width: number, height: number): { palette: Buffer; raw: Buffer } | null {
  // 32-bit reads, one per pixel (alpha in the top byte on little-endian machines), and most pixels
  // repeat their left neighbour (a card is mostly flat colour), so colours are looked up run by
  // run, in a small open-addressing table of typed arrays (several times faster than a Map).
  // Signed: an opaque pixel has its top bit set, and as an unsigned value it is no small integer,
  // which V8 handles more slowly without TurboFan (as the build runs): about 0.6 ms less a card.
  const px = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const alphaShift = little ? 24 : 0;
  const { keys, order, counts } = scratch;
  order.fill(-1); // slot → colour number (first seen first)
  counts.fill(0);
  const colours: number[] = [];
  const src = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const stride = width * 4;
  const sameAsAbove = new Uint8Array(height);
  // Pass 1: the colours, how many pixels have each, and each row's runs of one colour (where the
  // run ends, which colour), for pass 2. A row the same as the one above (margins, the bar, the
  // space between lines: most of a card) is compared natively and passed over. A run's end is kept
  // within its row, its colour as the colour's number (below MAX_COLOURS).
  let { runEnd, runColour } = scratch;
  let runs = 0;
  const rowRuns = new Uint32Array(height + 1); // row y's runs are [rowRuns[y], rowRuns[y + 1])
  for (let y = 0; y < height; y++) {
    rowRuns[y] = runs;
    if (y > 0 && src.compare(src, y * stride, (y + 1) * stride, (y - 1) * stride, y * stride) === 0) {
      sameAsAbove[y] = 1;
      continue;
    }
    // x and end index the whole image here; runEnd keeps the end within the row.
    const i = y * width;
    const rowEnd = i + width;
    for (let x = i; x < rowEnd; ) {
      const v = px[x]!;
      let end = x + 1;
      while (end < rowEnd && px[end] === v) end++;
      if (((v >>> alphaShift) & 0xff) !== 255) return null;
      // The colour's number, from the table (looked up here rather than by a helper called for
      // every run: this loop is the card's hot path).
      let slot = Math.imul(v, 0x9e3779b1) >>> 19; // 13 bits: SLOTS = 8,192
      let n = order[slot]!;
      while (n !== -1 && keys[slot] !== v) {
        slot = (slot + 1) & (SLOTS - 1);
        n = order[slot]!;
      }
      if (n === -1) {
        if (colours.length === MAX_COLOURS) return null;
        n = colours.length;
        keys[slot] = v;
        order[slot] = n;
        colours.push(v);
      }
      counts[n] = counts[n]! + end - x;
      if (runs === runEnd.length) {
        runEnd = scratch.runEnd = grown(runEnd);
        runColour = scratch.runColour = grown(runColour);
      }
      runEnd[runs] = end - i;
      runColour[runs++] = n;
      x = end;
    }
  }
  rowRuns[height] = runs;
  // The palette, and each colour's index in it.
  const rgb = (v: number): [number, number, number] => (little ? [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff] : [v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff]);
  let palette = colours;
  const indexOf = new Uint8Array(colours.length);
  if (colours.length <= 256) colours.forEach((_, k) => (indexOf[k] = k));
  else {
    const ranked = colours.map((_, k) => k).sort((a, b) => counts[b]! - counts[a]! || (colours[a]! >>> 0) - (colours[b]! >>> 0));
    palette = ranked.slice(0, 256).map((k) => colours[k]!);
    ranked.slice(0, 256).forEach((k, p) => (indexOf[k] = p));
    const nearest = nearestIn(palette.map(rgb));
    for (const k of ranked.slice(256)) indexOf[k] = nearest(rgb(colours[k]!));
  }
  // Pass 2: the index rows, run by run; a long run filled natively.
  const raw = new Uint8Array((width + 1) * height); // filter bytes stay 0
  for (let y = 0; y < height; y++) {
    const at = y * (width + 1) + 1;
    if (sameAsAbove[y]) {
      raw.copyWithin(at, at - width - 1, at - 1);
      continue;
    }
    let x = 0;
    for (let r = rowRuns[y]!; r < rowRuns[y + 1]!; r++) {
      const end = runEnd[r]!;
      const k = indexOf[runColour[r]!]!;
      if (end - x > 16) raw.fill(k, at + x, at + end);
      else for (let j = x; j < end; j++) raw[at + j] = k;
      x = end;
    }
  }
  const out = Buffer.alloc(palette.length * 3);
  palette.forEach((v, k) => out.set(rgb(v), k * 3));
  return { palette: out, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
}
