/**
 * The share images' PNG encoder (src/lib/og-render.ts): an image of at most 256 opaque colours
 * is written with a palette and decodes to exactly the same pixels; more colours, or any
 * transparency, fall back to RGBA. The decoder here is written for the test (PNG chunks, zlib,
 * filter type 0 as the encoder writes), independent of the encoder's code.
 */
import { describe, it, expect } from "vitest";
import { inflateSync } from "node:zlib";
import { encodePng, inlineSvgImages } from "../../src/lib/og-render.ts";

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
  it("puts Satori's sparkline image back into the drawing as a group, without its clip and mask", () => {
    const inner = '<svg xmlns="http://www.w3.org/2000/svg" width="520" height="250" viewBox="0 0 520 250"><path d="M0,0L10,10"/></svg>';
    const satori = `<svg><rect/><image x="616" y="268.5" width="520" height="250" href="data:image/svg+xml;utf8,${encodeURIComponent(inner)}" preserveAspectRatio="xMidYMid meet" clip-path="url(#c)" mask="url(#m)"/><text>x</text></svg>`;
    expect(inlineSvgImages(satori)).toBe('<svg><rect/><g transform="translate(616 268.5)"><path d="M0,0L10,10"/></g><text>x</text></svg>');
  });

  it("leaves an image alone when its drawing is not at its box's size", () => {
    const inner = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><path d="M0,0"/></svg>';
    const satori = `<svg><image x="0" y="0" width="520" height="250" href="data:image/svg+xml;utf8,${encodeURIComponent(inner)}" clip-path="url(#c)"/></svg>`;
    expect(inlineSvgImages(satori)).toBe(satori);
  });
});
