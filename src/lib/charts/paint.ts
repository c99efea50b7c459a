/**
 * Inline paint of a chart drawing, by class: the same choices `charts.css` makes with custom
 * properties, written out as SVG attributes for a standalone image (light palette, white
 * background). One table for both printers of a standalone drawing: `serializeSvg` (svg.ts, at
 * build time, from a scene) and the image export of `<terang-chart>` (src/scripts/terang-chart.ts,
 * in the browser, from the drawing on the page), and where a line's points are (`lineVertices`).
 * Imports only the palette, so the page script stays small.
 */
import { PALETTE, seriesSlot, type ChartColours } from "./palette.ts";

/** `c` is the colour of the enclosing series (`.cN`). */
const PAINT: Record<string, (k: ChartColours, c: string) => Record<string, string>> = {
  grid: (k) => ({ stroke: k.grid }),
  axis: (k) => ({ stroke: k.muted }),
  "tick-label": (k) => ({ fill: k.muted }),
  "unit-label": (k) => ({ fill: k.muted }),
  band: (k) => ({ fill: k.band }),
  "band-label": (k) => ({ fill: k.muted }),
  // A letter on its band's shade (time series): fg keeps 4.5:1 on every shade.
  "on-shade": (k) => ({ fill: k.fg }),
  target: (k) => ({ stroke: k.fg }),
  "target-label": (k) => ({ fill: k.fg }),
  ref: (k) => ({ stroke: k.fg }),
  "ref-label": (k) => ({ fill: k.fg }),
  // The page draws lines' width and joins from charts.css; a standalone file carries them.
  line: (_k, c) => ({ stroke: c, fill: "none", "stroke-width": "2.5", "stroke-linejoin": "round", "stroke-linecap": "round" }),
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
  halo: (k) => ({ stroke: k.bg, "stroke-width": "3", "stroke-linejoin": "round", "paint-order": "stroke" }),
  "bullet-bar": (k) => ({ fill: k.fg }),
  "bullet-track": (k) => ({ fill: k.band }),
  "shade-0": (k) => ({ fill: k.ramp[0]! }),
  "shade-1": (k) => ({ fill: k.ramp[1 % k.ramp.length]! }),
  "shade-2": (k) => ({ fill: k.ramp[2 % k.ramp.length]! }),
  "shade-3": (k) => ({ fill: k.ramp[3 % k.ramp.length]! }),
  "shade-4": (k) => ({ fill: k.ramp[4 % k.ramp.length]! }),
  "spark-line": (k) => ({ stroke: k.fg, fill: "none" }),
  "spark-end": (k) => ({ fill: k.fg }),
};

/** Attributes the page needs but a standalone image must not carry (classes are turned into paint). */
export const PAGE_ONLY = /^(data-|aria-|role$|id$|tabindex$|class$|style$)/;

/** Font of a standalone image (the page's stack; the image has no stylesheet). */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

export const LIGHT: ChartColours = PALETTE.light;

/**
 * The points of a line that draws them as its markers (scene.ts): its path's vertices, `x` and `y`
 * as written (absolute `M` and `L` commands with a comma, as d3's line writes them; `Z` adds none).
 */
export const lineVertices = (d: string): [string, string][] => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [m[1]!, m[2]!]);

/** The classes a marker `<use>` is painted by: its own, or `point` (a data point's has none). */
export const useClasses = (classes: readonly string[]): readonly string[] => (classes.length ? classes : ["point"]);

/**
 * The paint of an element with `classes`, inside a series coloured `inherited`: its attributes
 * and the series colour its children inherit (changed by a `cN` class).
 */
export function paintOf(classes: readonly string[], inherited: string, colours: ChartColours = LIGHT): { attrs: Record<string, string>; colour: string } {
  const slot = classes.map((k) => /^c(\d+)$/.exec(k)).find(Boolean);
  const colour = slot ? colours.series[seriesSlot(Number(slot[1]))]! : inherited;
  const attrs: Record<string, string> = {};
  for (const k of classes) Object.assign(attrs, PAINT[k]?.(colours, colour));
  return { attrs, colour };
}

/** Escapes text or an attribute value for XML and HTML (`& < > "`). */
