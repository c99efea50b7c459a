/**
 * The share cards' font (Noto Sans, regular and bold, from @fontsource/noto-sans in node_modules):
 * unpacked from WOFF to TrueType, which Skia draws with (./og-render.ts registers it) and which
 * is measured here, so the card can wrap its title and fit its figure.
 *
 * WOFF 1.0 (W3C) is the TrueType tables, each zlib-compressed when that made it smaller, behind
 * a 44-byte header and a 20-byte entry per table; TrueType is the same tables, uncompressed, behind
 * a 12-byte header and a 16-byte entry per table, each table on a 4-byte boundary. Widths come from
 * the `cmap` (character → glyph, format 4) and `hmtx` (glyph → advance) tables; kerning is left
 * out, which makes a measured line at most a few pixels wider than drawn.
 */
import { inflateSync } from "node:zlib";

/** A WOFF 1.0 file as the TrueType (or OpenType) file it packs. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file");
  const flavor = src.readUInt32BE(4);
  const count = src.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = src.readUInt32BE(at + 4);
    const packed = src.readUInt32BE(at + 8);
    const length = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + packed);
    const data = packed < length ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== length) throw new Error(`WOFF table ${src.toString("latin1", at, at + 4)} unpacks to ${data.length} bytes, not ${length}`);
    return { tag: src.subarray(at, at + 4), checksum: src.readUInt32BE(at + 16), data };
  });
  const headerSize = 12 + 16 * count;
  const out = Buffer.alloc(tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize));
  const log2 = Math.floor(Math.log2(count));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(16 << log2, 6); // searchRange
  out.writeUInt16BE(log2, 8); // entrySelector
  out.writeUInt16BE(count * 16 - (16 << log2), 10); // rangeShift
  let pos = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(pos, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, pos);
    pos += (t.data.length + 3) & ~3;
  });
  return out;
}

export interface FontMetrics {
  /** Ascent and descent (positive, below the baseline) in ems. */
  readonly ascent: number;
  readonly descent: number;
  /** Width of `text` at `size` px (advances, no kerning). */
  width(text: string, size: number): number;
}

/** Metrics of a TrueType file (as `woffToSfnt` returns it). */
export function fontMetrics(sfnt: Buffer): FontMetrics {
  const count = sfnt.readUInt16BE(4);
  const table = (tag: string): Buffer => {
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      if (sfnt.toString("latin1", at, at + 4) === tag) {
        const offset = sfnt.readUInt32BE(at + 8);
        return sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12));
      }
    }
    throw new Error(`font has no ${tag} table`);
  };
  const head = table("head");
  const hhea = table("hhea");
  const hmtx = table("hmtx");
  const cmap = table("cmap");
  const em = head.readUInt16BE(18);
  const metricsCount = hhea.readUInt16BE(34);
  const advanceOf = (glyph: number) => hmtx.readUInt16BE(4 * Math.min(glyph, metricsCount - 1));
  // The Unicode BMP subtable (platform 3 encoding 1, or platform 0), format 4: segments of
  // characters, each mapped by a delta or through the glyph index array.
  let sub: Buffer | null = null;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const at = 4 + i * 8;
    const platform = cmap.readUInt16BE(at);
    const encoding = cmap.readUInt16BE(at + 2);
    const s = cmap.subarray(cmap.readUInt32BE(at + 4));
    if (s.readUInt16BE(0) === 4 && (platform === 0 || (platform === 3 && encoding === 1))) sub = s;
  }
  if (!sub) throw new Error("font has no Unicode cmap of format 4");
  const seg = sub.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + 2 * seg + 2;
  const deltas = starts + 2 * seg;
  const offsets = deltas + 2 * seg;
  const glyphOf = (c: number): number => {
    for (let i = 0; i < seg; i++) {
      if (c > sub.readUInt16BE(ends + 2 * i)) continue;
      const start = sub.readUInt16BE(starts + 2 * i);
      if (c < start) return 0;
      const delta = sub.readInt16BE(deltas + 2 * i);
      const range = sub.readUInt16BE(offsets + 2 * i);
      if (range === 0) return (c + delta) & 0xffff;
      const g = sub.readUInt16BE(offsets + 2 * i + range + 2 * (c - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const advance = new Map<number, number>();
  return {
    ascent: hhea.readInt16BE(4) / em,
    descent: -hhea.readInt16BE(6) / em,
    width(text, size) {
      let units = 0;
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        let a = advance.get(c);
        if (a === undefined) advance.set(c, (a = advanceOf(c > 0xffff ? 0 : glyphOf(c))));
        units += a;
      }
      return (units / em) * size;
    },
  };
}
