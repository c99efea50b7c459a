/**
 * src/lib/charts/declutter.ts places each movable text (note numbers, target and reference labels)
 * where it overlaps no other text. It checks each one only against the texts within reach of its
 * candidate offsets; this test holds it to the plain search over every text placed, written out
 * here, on random drawings crowded with texts.
 */
import { describe, expect, it } from "vitest";
import { declutter, boxOf, overlap, type TextBox } from "../../src/lib/charts/declutter.ts";
import { el, text, r2, type SvgNode } from "../../src/lib/charts/svg.ts";

/** The plain search: every candidate offset against every text placed so far. */
function plainDeclutter(root: SvgNode, width: number, height: number): SvgNode {
  const movable = (n: SvgNode) => n.tag === "text" && !!n.text && /\b(note-number|target-label|ref-label)\b/.test(String(n.attrs.class ?? ""));
  const size = (n: SvgNode, inherited: number) => (n.attrs["font-size"] != null ? Number(n.attrs["font-size"]) : inherited);
  const placed: TextBox[] = [];
  const collect = (n: SvgNode, s: number) => {
    if (n.tag === "text" && n.text && !movable(n)) placed.push(boxOf(n, s));
    n.children.forEach((c) => collect(c, size(n, s)));
  };
  collect(root, size(root, 16));
  const move = (n: SvgNode, s: number): SvgNode => {
    if (movable(n)) {
      const fs = size(n, s);
      const here = boxOf(n, s);
      const step = fs * 0.5;
      const offsets: [number, number][] = [[0, 0]];
      for (let r = 1; r <= 12; r++) for (const [dx, dy] of [[0, -r], [0, r], [r, 0], [-r, 0], [r, -r], [-r, -r], [r, r], [-r, r], [2 * r, 0], [-2 * r, 0]]) offsets.push([dx! * step, dy! * step]);
      for (const [dx, dy] of offsets) {
        const b = { ...here, x0: here.x0 + dx, x1: here.x1 + dx, y0: here.y0 + dy, y1: here.y1 + dy };
        if (b.x0 < -0.5 || b.x1 > width + 0.5 || b.y0 < -0.5 || b.y1 > height + 0.5 || placed.some((p) => overlap(p, b) > 0.5)) continue;
        placed.push(b);
        return dx === 0 && dy === 0 ? n : { ...n, attrs: { ...n.attrs, x: r2(Number(n.attrs.x ?? 0) + dx), y: r2(Number(n.attrs.y ?? 0) + dy) } };
      }
      placed.push(here);
      return n;
    }
    if (n.children.length === 0) return n;
    const children = n.children.map((c) => move(c, size(n, s)));
    return children.every((c, i) => c === n.children[i]) ? n : { ...n, children };
  };
  return move(root, size(root, 16));
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A drawing of `fixed` tick-like texts and `movable` labels and note numbers, in nested groups. */
function crowded(rand: () => number, width: number, height: number, fixed: number, movable: number): SvgNode {
  const word = () => ["2021", "75,5%", "Kota Solok", "Sawahlunto", "Target 80", "n", "Rata-rata 2019–2025"][Math.floor(rand() * 7)]!;
  const at = () => ({ x: r2(rand() * width), y: r2(12 + rand() * (height - 12)), "text-anchor": ["start", "middle", "end"][Math.floor(rand() * 3)] });
  const texts: SvgNode[] = [];
  for (let i = 0; i < fixed; i++) texts.push(text({ ...at(), class: "tick", ...(rand() < 0.3 ? { "font-size": 11 } : {}) }, word()));
  for (let i = 0; i < movable; i++) texts.push(text({ ...at(), class: ["note-number", "target-label", "ref-label"][i % 3], ...(rand() < 0.3 ? { dy: "0.35em" } : {}) }, rand() < 0.5 ? String(i + 1) : word()));
  texts.sort(() => rand() - 0.5);
  const half = Math.floor(texts.length / 2);
  return el("svg", { viewBox: `0 0 ${width} ${height}`, "font-size": 13 }, [el("g", {}, texts.slice(0, half)), el("g", { "font-size": 12 }, [el("g", {}, texts.slice(half))])]);
}

describe("declutter", () => {
  it("places every movable text where the plain search over all texts places it", () => {
    const rand = random(20261203);
    let moved = 0;
    for (let k = 0; k < 300; k++) {
      const width = 320 + Math.floor(rand() * 480);
      const height = 160 + Math.floor(rand() * 240);
      const scene = crowded(rand, width, height, Math.floor(rand() * 60), 1 + Math.floor(rand() * 8));
      const got = declutter(scene, width, height);
      expect(got, `drawing ${k}`).toEqual(plainDeclutter(scene, width, height));
      if (got !== scene) moved++;
    }
    // The drawings are crowded enough that texts do move.
    expect(moved).toBeGreaterThan(100);
  });

  it("returns a drawing without movable texts as it is", () => {
    const scene = el("svg", { viewBox: "0 0 100 50" }, [text({ x: 10, y: 20, class: "tick" }, "2025"), text({ x: 12, y: 20, class: "tick" }, "2024")]);
    expect(declutter(scene, 100, 50)).toBe(scene);
  });
});
