/**
 * A drawing as plain data: the chart scenes (scene.ts) build a tree of SVG elements once, and two
 * thin printers output it: `svgMarkup` into the page (`printSvg` for the page models, printed by
 * `Svg.astro`; colours from CSS classes, so the dark scheme and print work) and `serializeSvg` into
 * a standalone document (colours inlined, light background). The page's image export
 * (terang-chart.ts) makes the same standalone document from the drawing on the page, with the
 * same paint table (paint.ts).
 */
import { escapeMarkup } from "../html.ts";
import { PALETTE, type ChartColours } from "./palette.ts";
import { paintOf, useClasses, lineVertices, PAGE_ONLY, FONT_FAMILY } from "./paint.ts";

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
 * The drawing as a standalone SVG document (XML), colours inlined from the light palette on a
 * white background (paint.ts, the table the page's image export uses too), page-only attributes
 * (`data-*`, ARIA, ids, classes) dropped; the title stays. Markers placed with `<use>`, and the
 * points a line draws as its markers, are written out as paths (`d` of the shape, `transform` to
 * the point), as the page's image export does once the page script has put a `<use>` on each
 * point: a standalone file needs no ids and opens in tools that do not follow `<use>` or markers.
 */
export function serializeSvg(root: SvgNode, colours: ChartColours = PALETTE.light): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const shapes = new Map<string, SvgNode>();
  // Shapes by `#id`; a line's marker by `url(#id)`, as the `<use>` of its shape it holds.
  const lineMarkers = new Map<string, SvgNode>();
  const collect = (n: SvgNode) => {
    if (n.tag === "defs") {
      for (const d of n.children) {
        if (d.tag === "marker" && d.children[0]?.tag === "use") lineMarkers.set(`url(#${String(d.attrs.id)})`, d.children[0]);
        else shapes.set(`#${String(d.attrs.id)}`, d);
      }
    } else n.children.forEach(collect);
  };
  collect(root);
  const walk = (node: SvgNode, c: string, isRoot: boolean) => {
    if (node.tag === "defs") return;
    // A line that draws its points as markers: the line, then each point as a marker `<use>` would be.
    if (node.tag === "path" && node.attrs["marker-mid"] !== undefined) {
      const { "marker-start": _s, "marker-mid": mid, "marker-end": _e, ...line } = node.attrs;
      const use = lineMarkers.get(String(mid));
      if (!use) throw new Error(`No line marker ${String(mid)}`);
      walk({ ...node, attrs: line }, c, false);
      for (const [x, y] of lineVertices(String(node.attrs.d ?? ""))) walk({ tag: "use", attrs: { href: use.attrs.href, x: Number(x), y: Number(y) }, children: [] }, c, false);
      return;
    }
    const n = node.tag === "use" ? expandUse(node, shapes) : node;
    const classes = String(n.attrs.class ?? "").split(/\s+/).filter(Boolean);
    const paint = paintOf(classes, c, colours);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(n.attrs)) if (v !== undefined && v !== null && !PAGE_ONLY.test(k)) attrs[k] = String(v);
    Object.assign(attrs, paint.attrs);
    if (isRoot) {
      attrs.xmlns = "http://www.w3.org/2000/svg";
      attrs["font-family"] = FONT_FAMILY;
      const vb = String(n.attrs.viewBox ?? "").split(/\s+/);
      if (vb.length === 4) {
        attrs.width = vb[2]!;
        attrs.height = vb[3]!;
      }
    }
    out.push(`<${n.tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeMarkup(v)}"`).join("")}>`);
    if (n.text !== undefined) out.push(escapeMarkup(n.text));
    n.children.forEach((ch, i) => {
      // The background goes right after the title (which stays the first child).
      if (isRoot && i === (n.children[0]?.tag === "title" ? 1 : 0)) out.push(`<rect width="100%" height="100%" fill="${colours.bg}"/>`);
      walk(ch, paint.colour, false);
    });
    out.push(`</${n.tag}>`);
  };
  walk(root, colours.fg, true);
  return out.join("") + "\n";
}

/** A `<use>` of a marker shape as a path at the point (the shape's `d`, moved by `transform`). */
function expandUse(n: SvgNode, shapes: ReadonlyMap<string, SvgNode>): SvgNode {
  const { href, x, y, ...rest } = n.attrs;
  const shape = shapes.get(String(href));
  if (!shape) throw new Error(`No marker shape ${String(href)}`);
  const classes = useClasses(String(rest.class ?? "").split(/\s+/).filter(Boolean));
  return { tag: "path", attrs: { d: shape.attrs.d, transform: `translate(${x ?? 0},${y ?? 0})`, ...rest, class: classes.join(" ") }, children: [] };
}

const NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

/**
 * The drawing as inline SVG for an HTML page, in one string (printed with `set:html`): every
 * attribute kept (classes, ids, `data-*`, ARIA), text and attribute values escaped (`& < > "`),
 * an empty value printed as a bare attribute (`data-point`), childless elements self-closed
 * (allowed for SVG in HTML). Much faster than a component per node: a page has thousands.
 */
export function svgMarkup(root: SvgNode): string {
  const out: string[] = [];
  const walk = (n: SvgNode) => {
    checkName(n.tag, "element");
    let open = `<${n.tag}`;
    for (const k in n.attrs) {
      const v = n.attrs[k];
      if (v === undefined || v === null) continue;
      checkName(k, "attribute");
      if (typeof v === "number") open += ` ${k}="${v}"`;
      else open += v === "" ? ` ${k}` : ` ${k}="${escapeMarkup(v)}"`;
    }
    if (n.text === undefined && n.children.length === 0) {
      out.push(`${open}/>`);
      return;
    }
    out.push(`${open}>`);
    if (n.text !== undefined) out.push(escapeMarkup(n.text));
    for (const c of n.children) walk(c);
    out.push(`</${n.tag}>`);
  };
  walk(root);
  return out.join("");
}

/**
 * A drawing as a page prints it: its markup (svgMarkup) and its `viewBox`. The page models hold
 * drawings printed (printSvg) rather than their trees: a page and its embed page print the same
 * string, and the thousands of small objects of a tree are garbage as soon as it is printed,
 * instead of outliving the pages and being copied by every minor collection meanwhile (at 1,000
 * indicators, Astro's thread rendered in 36-37 s instead of 39-40 s, two alternated pairs).
 */
export interface PrintedSvg {
  readonly markup: string;
  readonly viewBox: string;
}

export function printSvg(root: SvgNode): PrintedSvg {
  return { markup: svgMarkup(root), viewBox: viewBoxOf(root) };
}

/** A drawing's `viewBox`, from its tree or as printed ("" without one). */
export function viewBoxOf(drawing: SvgNode | PrintedSvg): string {
  return "markup" in drawing ? drawing.viewBox : String(drawing.attrs.viewBox ?? "");
}
const names = new Set<string>();
/** Tag and attribute names come from code, not data; checked once each all the same. */
function checkName(name: string, what: string): void {
  if (names.has(name)) return;
  if (!NAME.test(name)) throw new Error(`Not an ${what} name: ${name}`);
  names.add(name);
}
