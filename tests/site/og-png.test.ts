/**
 * The share images' PNG encoder (src/lib/og-render.ts): an image of at most 256 opaque colours
 * is written with a palette and decodes to exactly the same pixels; with more, the 256 most used
 * colours stay exact and every other pixel takes the nearest of them; any transparency, or
 * thousands of colours, fall back to RGBA, losslessly. The decoder here is written for the test
 * (PNG chunks, zlib, filter type 0 as the encoder writes), independent of the encoder's code.
 * Then the card itself: its font, its layout, and a card drawn by Skia.
 */
import { describe, it, expect } from "vitest";
import { inflateSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { cardLayout, encodePng, fitLine, nearestIn, renderOgPng, wrapText } from "../../src/lib/og-render.ts";
import { fontMetrics, woffToSfnt } from "../../src/lib/og-font.ts";

function decode(png: Buffer): { type: number; width: number; height: number; rgba: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let off = 8;
  let width = 0, height = 0, type = -1;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const name = png.toString("latin1", off + 4, off + 8);
    const data = png.subarray(off + 8, off + 8 + len);
    if (name === "IHDR") [width, height, type] = [data.readUInt32BE(0), data.readUInt32BE(4), data[9]!];
    if (name === "PLTE") palette = Buffer.from(data);
    if (name === "IDAT") idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = type === 3 ? 1 : 4;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * bpp + 1)]).toBe(0); // filter type None
    for (let x = 0; x < width; x++) {
      const at = y * (width * bpp + 1) + 1 + x * bpp;
      const px = type === 3 ? [...palette.subarray(raw[at]! * 3, raw[at]! * 3 + 3), 255] : [...raw.subarray(at, at + 4)];
      rgba.set(px, (y * width + x) * 4);
    }
  }
  return { type, width, height, rgba };
}

function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out.set(colour(x, y), (y * width + x) * 4);
  return out;
}

describe("share image PNG encoding", () => {
  it("writes an opaque image of 200 colours with a palette, pixel for pixel", () => {
    const px = image(40, 30, (x, y) => { const k = (x * 7 + y * 13) % 200; return [k, 255 - k, (k * 3) % 256, 255]; });
    const colours = new Set<string>();
    for (let i = 0; i < px.length; i += 4) colours.add(px.subarray(i, i + 3).join());
    expect(colours.size).toBe(200);
    const out = decode(encodePng(px, 40, 30));
    expect(out.type).toBe(3);
    expect([out.width, out.height]).toEqual([40, 30]);
    expect(Buffer.from(out.rgba).equals(Buffer.from(px))).toBe(true);
  });

  it("gives rows equal to the row above the same indices, pixel for pixel", () => {
    // Bands of identical rows (as on a card) between rows that differ.
    const px = image(30, 24, (x, y) => (y % 8 < 5 ? [200, 10, 10, 255] : [x * 5, (y % 3) * 50, 40, 255]));
    const out = decode(encodePng(px, 30, 24));
    expect(out.type).toBe(3);
    expect(Buffer.from(out.rgba).equals(Buffer.from(px))).toBe(true);
  });

  it("beyond 256 colours keeps the 256 most used exact and gives every other pixel the nearest of them", () => {
    // 60 × 40: two flat colours over most pixels, and 600 shades of one pixel each (as a card's
    // anti-aliased edges are).
    const px = image(60, 40, (x, y) => {
      const i = y * 60 + x;
      if (i % 4 !== 0) return y < 20 ? [250, 250, 250, 255] : [20, 30, 40, 255];
      return [i & 0xff, 100 + (i >> 8), 77, 255];
    });
    const count = new Map<string, number>();
    for (let i = 0; i < px.length; i += 4) count.set(px.subarray(i, i + 3).join(), (count.get(px.subarray(i, i + 3).join()) ?? 0) + 1);
    expect(count.size).toBeGreaterThan(256);
    const out = decode(encodePng(px, 60, 40));
    expect(out.type).toBe(3);
    const palette = new Set<string>();
    for (let i = 0; i < out.rgba.length; i += 4) palette.add(out.rgba.subarray(i, i + 3).join());
    expect(palette.size).toBeLessThanOrEqual(256);
    const rgbOf = (k: string) => k.split(",").map(Number);
    for (let i = 0; i < px.length; i += 4) {
      const want = px.subarray(i, i + 3).join();
      const got = out.rgba.subarray(i, i + 3).join();
      expect(out.rgba[i + 3]).toBe(255);
      // The flat colours (most used) are exact.
      if (count.get(want)! > 1) expect(got).toBe(want);
      // Any pixel is its own colour or the palette colour nearest to it.
      const [r, g, b] = rgbOf(want);
      const d = (k: string) => { const [pr, pg, pb] = rgbOf(k); return (r! - pr!) ** 2 + (g! - pg!) ** 2 + (b! - pb!) ** 2; };
      expect(d(got)).toBe(Math.min(...[...palette].map(d)));
    }
  });

  it("finds the nearest palette colour as a scan of the whole palette in order does, ties to the first", () => {
    // Random palettes of 256 colours, some repeated and some from a few levels only (many equal
    // distances), against every colour of a coarse grid and random ones.
    // A tie decided by an entry whose red alone is as far as the best found: the earlier one wins.
    const tie: [number, number, number][] = [[0, 0, 0], [255, 255, 255], [110, 100, 100], [30, 30, 30], [200, 0, 0], [100, 100, 110]];
    expect(nearestIn(tie)([100, 100, 100])).toBe(2);
    expect(nearestIn(tie.toReversed())([100, 100, 100])).toBe(0);
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed % n);
    for (let round = 0; round < 6; round++) {
      const levels = round % 2 === 0 ? 256 : 4;
      const palette: [number, number, number][] = Array.from({ length: 256 }, () => [rand(levels) * (256 / levels), rand(levels) * (256 / levels), rand(levels) * (256 / levels)]);
      for (let i = 0; i < 20; i++) palette[rand(256)] = palette[rand(256)]!;
      const nearest = nearestIn(palette);
      const queries: [number, number, number][] = [];
      for (let r = 0; r < 256; r += 17) for (let g = 0; g < 256; g += 51) for (let b = 0; b < 256; b += 51) queries.push([r, g, b]);
      for (let i = 0; i < 500; i++) queries.push([rand(256), rand(256), rand(256)]);
      for (const q of queries) {
        let want = 0;
        let wantD = Infinity;
        palette.forEach((p, i) => {
          const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2;
          if (d < wantD) [want, wantD] = [i, d];
        });
        expect(nearest(q)).toBe(want);
      }
    }
  });

  it("falls back to RGBA with transparency and with thousands of colours, still pixel for pixel", () => {
    const many = image(80, 60, (x, y) => [x * 3, y * 4, (x * y) % 256, 255]);
    const a = decode(encodePng(many, 80, 60));
    expect(a.type).toBe(6);
    expect(Buffer.from(a.rgba).equals(Buffer.from(many))).toBe(true);
    const clear = image(4, 4, (x) => [10, 20, 30, x === 0 ? 0 : 255]);
    const b = decode(encodePng(clear, 4, 4));
    expect(b.type).toBe(6);
    expect(Buffer.from(b.rgba).equals(Buffer.from(clear))).toBe(true);
  });
});

describe("share image drawing", () => {
  const require = createRequire(import.meta.url);
  const woff = (w: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff`));

  it("unpacks the WOFF font into a TrueType file Skia draws with, and measures text as Skia lays it out", () => {
    const ttf = woffToSfnt(woff(700));
    expect(ttf.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
    expect(GlobalFonts.register(ttf, "Terang Test Sans")).toBeTruthy();
    const m = fontMetrics(ttf);
    const g = createCanvas(10, 10).getContext("2d");
    g.font = '700 60px "Terang Test Sans"';
    for (const text of ["Terang", "Indeks Kepuasan Masyarakat (IKM)", "2.612 orang"]) {
      // Skia's advance applies kerning, which can tighten a pair: within 2 % and 4 px of the
      // measured advances, and never wider.
      const drawn = g.measureText(text).width;
      expect(drawn, text).toBeGreaterThan(m.width(text, 60) * 0.98 - 4);
      expect(drawn, text).toBeLessThanOrEqual(m.width(text, 60) + 0.5);
    }
  });

  it("wraps a title at words within its width, and ends the last allowed line with an ellipsis", () => {
    const m = fontMetrics(woffToSfnt(woff(400)));
    const text = "Persentase aparatur sipil negara yang mengikuti pelatihan kepemimpinan menurut kabupaten dan kota";
    const two = wrapText(text, m, 40, 700, 2);
    expect(two).toHaveLength(2);
    for (const l of two) expect(m.width(l, 40)).toBeLessThanOrEqual(700);
    expect(two[0]!.startsWith("Persentase aparatur sipil")).toBe(true);
    expect(two[1]!.endsWith("…")).toBe(true);
    const all = wrapText(text, m, 40, 700, 10);
    expect(all.join(" ")).toBe(text);
    expect(fitLine("Sumber: BKPSDM kabupaten dan kota", m, 24, 2000)).toBe("Sumber: BKPSDM kabupaten dan kota");
    expect(fitLine("Sumber: BKPSDM kabupaten dan kota", m, 24, 200)).toMatch(/^Sumber: [^…]*…$/);
  });

  const card = { lang: "id" as const, siteName: "Terang", host: "data.example.go.id", title: "Indeks Kepuasan Masyarakat terhadap layanan perizinan dan kependudukan di kabupaten dan kota", subtitle: "Sumber: Bagian Organisasi Sekretariat Daerah Kota Sawahlunto", value: { text: "81,59", where: "Kota Sawahlunto, 2025" }, line: { values: [70, 72, null, 78, 81.59], from: "2021", to: "2025" }, sample: "Data contoh" };

  it("lays every text of a card out on the card, none running into another", () => {
    const texts = cardLayout(card).flatMap((op) => (op.kind === "text" ? [op] : []));
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(["Terang", "Data contoh", "81,59", "Kota Sawahlunto, 2025", "2021", "2025", "data.example.go.id"]));
    for (const t of texts) {
      expect(t.y, t.text).toBeLessThanOrEqual(630 - 20);
      expect(t.y - t.size, t.text).toBeGreaterThanOrEqual(16);
    }
    // Lines of text stacked on the left side never share a baseline band.
    const left = texts.filter((t) => t.x === 64 && t.anchor === "start").sort((a, b) => a.y - b.y);
    for (let i = 1; i < left.length; i++) expect(left[i]!.y - left[i - 1]!.y, `${left[i - 1]!.text} / ${left[i]!.text}`).toBeGreaterThanOrEqual(left[i]!.size * 0.9);
    // The line breaks at the gap: two runs of points, within the card.
    const line = cardLayout(card).find((op) => op.kind === "line");
    expect(line?.kind === "line" && line.runs.map((r) => r.length)).toEqual([2, 2]);
  });

  it("draws a card: the background, the accent bar, dark title text and the sparkline's accent", () => {
    const out = decode(renderOgPng(card));
    expect([out.width, out.height]).toEqual([1200, 630]);
    const at = (x: number, y: number) => [...out.rgba.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3)];
    expect(at(600, 8)).toEqual([0x0b, 0x5c, 0xad]); // the bar
    expect(at(5, 300)).toEqual([255, 255, 255]); // the margin
    // The title's band holds text: pixels as dark as its colour (#1b1f24).
    const title = cardLayout(card).flatMap((op) => (op.kind === "text" && op.size >= 50 ? [op] : []))[0]!;
    let dark = 0;
    for (let x = 64; x < 1136; x++) for (let y = Math.round(title.y - 40); y < title.y; y++) if (at(x, y).every((c, k) => c === [0x1b, 0x1f, 0x24][k])) dark++;
    expect(dark).toBeGreaterThan(2000);
    // The last point of the line: a disc in the accent colour.
    const dot = cardLayout(card).find((op) => op.kind === "circle")!;
    expect(dot.kind === "circle" && at(Math.round(dot.x), Math.round(dot.y))).toEqual([0x0b, 0x5c, 0xad]);
  });
});
