/**
 * A drawing as plain data: the chart scenes (scene.ts) build a tree of SVG elements once, and two
 * thin printers output it: `Svg.astro` into the page (colours from CSS classes, so the dark scheme
 * and print work) and `serializeSvg` into a standalone file (colours inlined, light background).
 */
import { PALETTE, seriesSlot, type ChartColours } from "./palette.ts";

export type AttrValue = string | number | undefined | null;

export interface SvgNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly SvgNode[];
  /** Text content (escaped by both printers). */
  readonly text?: string;
}

/** An element; `false`/`null` children are dropped so scenes can write `cond && el(…)`. */
export function el(tag: string, attrs: Record<string, AttrValue> = {}, children: readonly (SvgNode | null | false | undefined)[] = []): SvgNode {
  return { tag, attrs, children: children.filter((c): c is SvgNode => !!c) };
}

export function text(attrs: Record<string, AttrValue>, content: string): SvgNode {
  return { tag: "text", attrs, children: [], text: content };
}

/** Rounds coordinates for stable, small output. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Inline paint for the standalone file, per class: the same choices `ChartFigure.astro`'s styles
 * make with custom properties. `c` is the colour of the enclosing series (`.cN`).
 */
const PAINT: Record<string, (k: ChartColours, c: string) => Record<string, string>> = {
  grid: (k) => ({ stroke: k.grid }),
  axis: (k) => ({ stroke: k.muted }),
  "tick-label": (k) => ({ fill: k.muted }),
  "unit-label": (k) => ({ fill: k.muted }),
  band: (k) => ({ fill: k.band }),
  "band-label": (k) => ({ fill: k.muted }),
  target: (k) => ({ stroke: k.fg }),
  "target-label": (k) => ({ fill: k.fg }),
  ref: (k) => ({ stroke: k.fg }),
  "ref-label": (k) => ({ fill: k.fg }),
  line: (_k, c) => ({ stroke: c, fill: "none" }),
  point: (k, c) => ({ fill: c, stroke: k.bg }),
  "gap-marker": (k, c) => ({ fill: k.bg, stroke: c }),
  noted: (k) => ({ stroke: k.fg, fill: "none" }),
  "note-number": (k) => ({ fill: k.fg }),
  bar: (_k, c) => ({ fill: c }),
  swatch: (_k, c) => ({ fill: c }),
  "series-label": (_k, c) => ({ fill: c }),
  "value-label": (k) => ({ fill: k.fg }),
  "legend-label": (k) => ({ fill: k.fg }),
  "empty-label": (k) => ({ fill: k.muted }),
  halo: (k) => ({ stroke: k.bg }),
  "bullet-bar": (k) => ({ fill: k.fg }),
  "bullet-track": (k) => ({ fill: k.band }),
  ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`shade-${i}`, (k: ChartColours) => ({ fill: k.ramp[i % k.ramp.length]! })])),
  "spark-line": (k) => ({ stroke: k.fg, fill: "none" }),
  "spark-end": (k) => ({ fill: k.fg }),
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Attributes the page needs but a standalone file must not carry. */
const PAGE_ONLY = /^(data-|aria-|role$|id$|tabindex$)/;

/**
 * The drawing as a standalone SVG document (XML), colours inlined from the light palette on a
 * white background, page-only attributes (`data-*`, ARIA, ids) dropped except the title.
 */
export function serializeSvg(root: SvgNode, colours: ChartColours = PALETTE.light): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const walk = (n: SvgNode, c: string, isRoot: boolean) => {
    const classes = String(n.attrs.class ?? "").split(/\s+/).filter(Boolean);
    const slot = classes.map((k) => /^c(\d+)$/.exec(k)).find(Boolean);
    const colour = slot ? colours.series[seriesSlot(Number(slot[1]))]! : c;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(n.attrs)) if (v !== undefined && v !== null && !PAGE_ONLY.test(k) && k !== "class") attrs[k] = String(v);
    for (const k of classes) Object.assign(attrs, PAINT[k]?.(colours, colour));
    if (isRoot) {
      attrs.xmlns = "http://www.w3.org/2000/svg";
      attrs["font-family"] = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
      const vb = String(n.attrs.viewBox ?? "").split(/\s+/);
      if (vb.length === 4) {
        attrs.width = vb[2]!;
        attrs.height = vb[3]!;
      }
    }
    out.push(`<${n.tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${esc(v)}"`).join("")}>`);
    if (n.text !== undefined) out.push(esc(n.text));
    n.children.forEach((ch, i) => {
      // The background goes right after the title (which stays the first child).
      if (isRoot && i === (n.children[0]?.tag === "title" ? 1 : 0)) out.push(`<rect width="100%" height="100%" fill="${colours.bg}"/>`);
      walk(ch, colour, false);
    });
    out.push(`</${n.tag}>`);
  };
  walk(root, colours.fg, true);
  return out.join("") + "\n";
}
