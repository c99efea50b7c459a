/**
 * The share images' PNG encoder (src/lib/og-render.ts): an image of at most 256 opaque colours
 * is written with a palette and decodes to exactly the same pixels; more colours, or any
 * transparency, fall back to RGBA. The decoder here is written for the test (PNG chunks, zlib,
 * filter type 0 as the encoder writes), independent of the encoder's code.
 */
import { describe, it, expect } from "vitest";
import { inflateSync } from "node:zlib";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { cardSvg, encodePng, fitLine, wrapText } from "../../src/lib/og-render.ts";
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

  it("falls back to RGBA beyond 256 colours, and with transparency, still pixel for pixel", () => {
    const many = image(30, 30, (x, y) => [x * 8, y * 8, (x + y) % 3, 255]);
    const a = decode(encodePng(many, 30, 30));
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

  it("unpacks the WOFF font into a TrueType file resvg draws with, and measures text as resvg draws it", () => {
    const dir = mkdtempSync(join(tmpdir(), "og-font-"));
    try {
      const ttf = woffToSfnt(woff(700));
      expect(ttf.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
      const file = join(dir, "bold.ttf");
      writeFileSync(file, ttf);
      const m = fontMetrics(ttf);
      for (const text of ["Terang", "Indeks Kepuasan Masyarakat (IKM)", "2.612 orang"]) {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="200"><text x="10" y="120" font-family="Noto Sans" font-weight="700" font-size="60">${text}</text></svg>`;
        const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [file] } }).getBBox()!;
        // The ink is a little narrower than the advances (side bearings) and kerning can tighten
        // a pair: within 3 % and 12 px of what resvg draws.
        expect(box.width, text).toBeGreaterThan(m.width(text, 60) * 0.97 - 12);
        expect(box.width, text).toBeLessThan(m.width(text, 60) + 2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
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

  it("draws every text of a card on the card, none running into another", () => {
    const card = { lang: "id" as const, siteName: "Terang", host: "data.example.go.id", title: "Indeks Kepuasan Masyarakat terhadap layanan perizinan dan kependudukan di kabupaten dan kota", subtitle: "Sumber: Bagian Organisasi Sekretariat Daerah Kota Sawahlunto", value: { text: "81,59", where: "Kota Sawahlunto, 2025" }, line: { values: [70, 72, null, 78, 81.59], from: "2021", to: "2025" }, sample: "Data contoh" };
    const svg = cardSvg(card);
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((t) => ({ x: Number(t[1]), y: Number(t[2]), size: Number(t[3]), s: t[4]! }));
    expect(texts.map((t) => t.s)).toEqual(expect.arrayContaining(["Terang", "Data contoh", "81,59", "Kota Sawahlunto, 2025", "2021", "2025", "data.example.go.id"]));
    for (const t of texts) {
      expect(t.y, t.s).toBeLessThanOrEqual(630 - 20);
      expect(t.y - t.size, t.s).toBeGreaterThanOrEqual(16);
    }
    // Lines of text stacked on the left side never share a baseline band.
    const left = texts.filter((t) => t.x === 64).sort((a, b) => a.y - b.y);
    for (let i = 1; i < left.length; i++) expect(left[i]!.y - left[i - 1]!.y, `${left[i - 1]!.s} / ${left[i]!.s}`).toBeGreaterThanOrEqual(left[i]!.size * 0.9);
  });
});
