/**
 * The last step of a scene: texts that may move — note numbers, the target's and the reference's
 * labels — are nudged, one after the other, to the nearest spot where their box overlaps no other
 * text (tick and series labels, legend, values, notes already placed). Boxes use the same width
 * estimate as the layouts (textWidth), so what is checked is what was placed.
 */
import type { SvgNode } from "./svg.ts";
import { r2 } from "./svg.ts";
import { textWidth } from "./textWidth.ts";

export interface TextBox { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number; readonly text: string }

const MOVABLE = /\b(note-number|target-label|ref-label)\b/;

/** The box of a text node drawn with the inherited font size `size`. */
export function boxOf(n: SvgNode, size: number): TextBox {
  const fs = fontSize(n, size);
  const w = textWidth(n.text ?? "", fs, Number(n.attrs["font-weight"] ?? 400) >= 600);
  const x = Number(n.attrs.x ?? 0);
  const dy = String(n.attrs.dy ?? "0");
  const y = Number(n.attrs.y ?? 0) + (dy.endsWith("em") ? parseFloat(dy) * fs : Number(dy));
  const anchor = n.attrs["text-anchor"] ?? "start";
  const x0 = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
  // Cap height above the baseline, descenders below.
  return { x0, x1: x0 + w, y0: y - fs * 0.75, y1: y + fs * 0.22, text: n.text ?? "" };
}

const fontSize = (n: SvgNode, inherited: number) => (n.attrs["font-size"] !== undefined && n.attrs["font-size"] !== null ? Number(n.attrs["font-size"]) : inherited);

/** Every text of a drawing with its box, in drawing order. */
export function textBoxes(root: SvgNode): TextBox[] {
  const out: TextBox[] = [];
  const walk = (n: SvgNode, size: number) => {
    const fs = fontSize(n, size);
    if (n.tag === "text" && n.text) out.push(boxOf(n, size));
    for (const c of n.children) walk(c, fs);
  };
  walk(root, 16);
  return out;
}

/** How much two boxes overlap (the smaller of the two sides; 0 when apart). */
export function overlap(a: TextBox, b: TextBox): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? Math.min(w, h) : 0;
}

/** Offsets tried for a movable text, in steps of half its font size: rings, nearest first; labels of lines prefer sliding along x. */
const OFFSETS: readonly (readonly [number, number])[] = [
  [0, 0],
  ...Array.from({ length: 12 }, (_, i) => i + 1).flatMap((r) => [[0, -r], [0, r], [r, 0], [-r, 0], [r, -r], [-r, -r], [r, r], [-r, r], [2 * r, 0], [-2 * r, 0]] as const),
];
/** How far the offsets reach, in steps, along x and y. */
const REACH_X = Math.max(...OFFSETS.map(([dx]) => Math.abs(dx)));
const REACH_Y = Math.max(...OFFSETS.map(([, dy]) => Math.abs(dy)));

/** The scene with its movable texts moved clear of every other text, inside the drawing. */
export function declutter(root: SvgNode, width: number, height: number): SvgNode {
  const base = fontSize(root, 16);
  const fixed: TextBox[] = [];
  let movable = 0;
  const collect = (n: SvgNode, size: number) => {
    const fs = fontSize(n, size);
    if (n.tag === "text" && n.text) {
      if (MOVABLE.test(String(n.attrs.class ?? ""))) movable++;
      else fixed.push(boxOf(n, size));
    }
    for (const c of n.children) collect(c, fs);
  };
  collect(root, base);
  if (movable === 0) return root;
  const placed: TextBox[] = [...fixed];
  const move = (n: SvgNode, size: number): SvgNode => {
    const fs = fontSize(n, size);
    if (n.tag === "text" && n.text && MOVABLE.test(String(n.attrs.class ?? ""))) {
      const here = boxOf(n, size);
      const step = fs * 0.5;
      // Only texts within the offsets' reach can be in the way of this one.
      const rx = REACH_X * step, ry = REACH_Y * step;
      const near = placed.filter((p) => p.x1 > here.x0 - rx && p.x0 < here.x1 + rx && p.y1 > here.y0 - ry && p.y0 < here.y1 + ry);
      for (const [ux, uy] of OFFSETS) {
        const dx = ux * step, dy = uy * step;
        const b = { ...here, x0: here.x0 + dx, x1: here.x1 + dx, y0: here.y0 + dy, y1: here.y1 + dy };
        if (!(b.x0 >= -0.5 && b.x1 <= width + 0.5 && b.y0 >= -0.5 && b.y1 <= height + 0.5 && near.every((p) => overlap(p, b) <= 0.5))) continue;
        placed.push(b);
        if (dx === 0 && dy === 0) return n;
        return { ...n, attrs: { ...n.attrs, x: r2(Number(n.attrs.x ?? 0) + dx), y: r2(Number(n.attrs.y ?? 0) + dy) } };
      }
      placed.push(here);
      return n;
    }
    if (n.children.length === 0) return n;
    // A group is copied only when a text in it moved.
    const children = n.children.map((c) => move(c, fs));
    return children.every((c, i) => c === n.children[i]) ? n : { ...n, children };
  };
  return move(root, base);
}
