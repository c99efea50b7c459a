/**
 * Chart models → drawings (trees of SVG elements, see svg.ts). No maths beyond rounding: every
 * position comes from the model. Colours are classes (`.cN` for the N-th series colour, `.line`,
 * `.bar`…). Lean markup, since an indicator page has thousands of points:
 *
 * - each focusable data point is a marker `<use>` (time series) or carries `data-point` (bars) and
 *   nothing else. A time series' values are the vertices of its line, drawn as the line's markers
 *   (`marker-start|mid|end`), so the markup holds no element for them (at 20 regions × 15 years,
 *   600 `<use>` a page, a seventh of its bytes); the page script puts a `<use>` on each vertex, in
 *   its place among the group's elements, before anything reads the points. The `<terang-chart>` element
 *   reads its texts from the figure's data table (ChartTable), by position. A point is in its series
 *   group `.series[data-series-group]` (which says the series key and, once, `data-label`); the
 *   n-th such group of a drawing is the table's n-th value column, and its n-th point the table's
 *   n-th row, unless the group says which rows its points are on (`data-rows="0-3,5-14"`, when
 *   points are left out: the time series draws no marker for a missing value without a note). In
 *   the comparison (one group of bars) the n-th bar is the n-th row, its label the row's head.
 * - point markers are drawn once per shape, in the drawing's `<defs>` (ids prefixed with the
 *   drawing's id), and placed with `<use href x y>`; the shape sets no paint of its own, so fill
 *   and stroke come from the `<use>` (and inherit into it, as does the focus ring): a data point's
 *   `<use>` has no class (charts.css paints `use` as `.point`), a gap marker's is `.gap-marker`.
 *   A line's `<marker>` holds a `<use>` of its slot's shape and the slot's `cN` class, so its
 *   points are painted as those `<use>`s are.
 */
import { declutter } from "./declutter.ts";
import { symbol, symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye, type SymbolType } from "d3-shape";
import type { Lang } from "../data/model.ts";
import { seriesSlot } from "./palette.ts";
import { el, text, r2, type SvgNode } from "./svg.ts";
import { textWidth } from "./textWidth.ts";
import type { TimeSeriesModel, PlacedPoint, Box } from "./timeSeries.ts";
import type { ComparisonModel } from "./comparison.ts";
import type { BreakdownModel } from "./breakdown.ts";
import type { SparklineModel } from "./sparkline.ts";
import type { BulletModel } from "./bullet.ts";
import type { TimeTicks } from "./timeAxis.ts";
import type { ValueTick } from "./valueAxis.ts";
import type { LegendItem } from "./legend.ts";

export interface SceneOptions {
  /** The chart's accessible name, printed as its `<title>`. */
  readonly title: string;
  readonly titleId: string;
  /** Id of the visible summary (the SVG's description). */
  readonly summaryId?: string;
  /** Extra class on the `<svg>` (the variant: `v-wide`, `v-narrow`). */
  readonly className?: string;
  readonly lang: Lang;
  /** A value with its unit, `null` as "not available". */
  readonly format: (value: number | null) => string;
  /** Text when there is nothing to draw. */
  readonly emptyText?: string;
  /** The number of a point's note in the list under the chart (`period` null in a comparison). */
  readonly noteNumber?: (series: string, period: string | null) => number | null;
  /** The drawing's own id (short: it is in every point's `href`), prefix of the ids inside it:
   * its markers are `<id>0`…`<id>5` (point shapes by series slot) and `<id>g` (gap). */
  readonly id?: string;
  /** The data table's row of a point of a series, by its period's code (time series, breakdown). */
  readonly rowOf?: (period: string) => number;
}

/** Point shapes by series slot, so series differ by more than colour. */
const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye];

/** A point shape centred on 0,0 with an area of about `size`; each made once (a few sizes per drawing kind). */
const shapes = new Map<string, string>();
export function shapePath(slot: number, size: number): string {
  const key = `${seriesSlot(slot)} ${size}`;
  let d = shapes.get(key);
  if (d === undefined) shapes.set(key, (d = symbol(SHAPES[seriesSlot(slot)]!, size).digits(2)()!));
  return d;
}

/**
 * A symbol drawn at `x,y` as one path: an absolute move to its centre, then the shape in relative
 * commands (`M53.67,300.74m-4.11,-4.11h8.22v8.22h-8.22z`). Shorter than a shape plus a
 * `transform`, and the centre stays readable. The shape's own steps are rounded to 0.1 unit
 * (≈ 0.1 px), which no eye sees and which saves ~10 bytes on each of thousands of points.
 */
export function symbolAt(type: SymbolType, size: number, x: number, y: number): string {
  let d = `M${r2(x)},${r2(y)}`;
  // Pen and subpath start, in the shape's own coordinates (centre 0,0).
  let px = 0, py = 0, sx = 0, sy = 0;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const rel = (a: number, b: number) => `${r1(a)},${r1(b)}`;
  const ctx = {
    moveTo(a: number, b: number) { d += `m${rel(a - px, b - py)}`; px = sx = a; py = sy = b; },
    lineTo(a: number, b: number) { d += `l${rel(a - px, b - py)}`; px = a; py = b; },
    closePath() { d += "z"; px = sx; py = sy; },
    rect(a: number, b: number, w: number, h: number) { ctx.moveTo(a, b); d += `h${r1(w)}v${r1(h)}h${r1(-w)}z`; },
    arc(cx: number, cy: number, r: number, a0: number, a1: number) {
      if (Math.abs(a1 - a0) < 2 * Math.PI - 1e-6) throw new Error("symbolAt draws full circles only");
      const [x0, y0] = [cx + r * Math.cos(a0), cy + r * Math.sin(a0)];
      if (Math.abs(x0 - px) > 1e-9 || Math.abs(y0 - py) > 1e-9) ctx.lineTo(x0, y0);
      const dx = 2 * (cx - x0), dy = 2 * (cy - y0);
      d += `a${r1(r)},${r1(r)},0,1,1,${rel(dx, dy)}a${r1(r)},${r1(r)},0,1,1,${rel(-dx, -dy)}`;
    },
  };
  type.draw(ctx as unknown as Parameters<SymbolType["draw"]>[0], size);
  return d;
}

function root(kind: string, width: number, height: number, fontSize: number, o: SceneOptions, children: (SvgNode | null | false)[]): SvgNode {
  // Note numbers and line labels move clear of every other text (declutter.ts).
  return declutter(el(
    "svg",
    {
      viewBox: `0 0 ${r2(width)} ${r2(height)}`,
      class: ["chart-svg", `chart-${kind}`, o.className].filter(Boolean).join(" "),
      role: "img",
      "aria-labelledby": o.titleId,
      "aria-describedby": o.summaryId,
      "font-size": r2(fontSize),
      "data-chart-svg": "",
    },
    [{ tag: "title", attrs: { id: o.titleId }, children: [], text: o.title }, ...children],
  ), width, height);
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** `m` and a base-36 FNV-1a hash of `s`: a short, stable id for markers. */
function shortId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `m${(h >>> 0).toString(36)}`;
}

/**
 * A focusable bar: its texts are in the figure's table (see the top of this file). Every marker
 * `<use>` is a focusable point without saying so: at 20 regions × 15 years an attribute on each
 * of them cost an indicator about 26 KB over its four pages.
 */
const POINT = { "data-point": "" } as const;

/**
 * The point markers of one drawing: each shape drawn once in `<defs>` (centred on 0,0, no paint of
 * its own), placed by a line's markers at its vertices or by `<use>` at a gap's centre. `defs()`
 * lists what was used so far.
 */
function markers(o: SceneOptions, f: number) {
  // Every point repeats its marker's id: a short hash of the drawing's own (unique) id keeps them
  // unique on the page without repeating the indicator's name hundreds of times.
  const prefix = shortId(o.id ?? o.titleId);
  const defs = new Map<string, SvgNode>();
  /** The id of the definition `name`, made by `make` the first time it is asked for. */
  const def = (name: string, make: (id: string) => SvgNode): string => {
    const id = `${prefix}${name}`;
    if (!defs.has(id)) defs.set(id, make(id));
    return id;
  };
  return {
    /**
     * The points of a line, drawn as its markers: the marker attributes for the line's `<path>`,
     * one marker per series slot in `<defs>` (a `<use>` of the slot's shape, painted by its `cN`
     * class as a point's `<use>` is by its group). The line's vertices are its points, so the
     * markup holds no element per point; `<terang-chart>` puts a focusable `<use>` on each vertex
     * (and drops the markers) when its script runs.
     */
    line: (slot: number): Record<string, string> => {
      const k = seriesSlot(slot);
      const shape = def(String(k), (id) => el("path", { id, d: symbolAt(SHAPES[k]!, f * f * 0.3, 0, 0) }));
      const url = `url(#${def(`k${k}`, (id) => el("marker", { id, class: `c${k}`, markerUnits: "userSpaceOnUse", overflow: "visible" }, [el("use", { href: `#${shape}` })]))})`;
      return { "marker-start": url, "marker-mid": url, "marker-end": url };
    },
    // A tenth of a unit is a sixth of a pixel or less at every size the drawings are shown.
    gap: (x: number, y: number): SvgNode =>
      el("use", { class: "gap-marker", href: `#${def("g", (id) => el("path", { id, d: symbolAt(symbolDiamond, f * f * 0.35, 0, 0) }))}`, x: r1(x), y: r1(y), "stroke-width": 1.5 }),
    defs: (): SvgNode | null => (defs.size ? el("defs", {}, [...defs.values()]) : null),
  };
}

/** The rows of a group's points in the data table, when they are not simply the first n: `0-3,5-14`. */
function rowsAttr(rows: readonly number[]): string | undefined {
  if (rows.every((r, i) => r === i)) return undefined;
  const runs: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    runs.push(j > i ? `${rows[i]}-${rows[j]}` : `${rows[i]}`);
    i = j + 1;
  }
  return runs.join(",");
}

/** The `data-rows` of a series group whose points are at `periods` (codes; null: no period). */
function groupRows(o: SceneOptions, periods: readonly (string | null)[]): string | undefined {
  if (!o.rowOf) return undefined;
  return rowsAttr(periods.map((p, i) => (p === null ? i : o.rowOf!(p))));
}

function empty(kind: string, width: number, height: number, fontSize: number, o: SceneOptions): SvgNode {
  return root(kind, width, height, fontSize, o, [
    text({ class: "empty-label", x: r2(width / 2), y: r2(height / 2), "text-anchor": "middle" }, o.emptyText ?? ""),
  ]);
}

function valueAxis(plot: Box, ticks: readonly ValueTick[], f: number, unit: { x: number; y: number; text: string } | null): SvgNode[] {
  return [
    el("g", { class: "grid-lines" }, ticks.map((t) => el("line", { class: "grid", x1: r2(plot.left), x2: r2(plot.right), y1: r2(t.at), y2: r2(t.at) }))),
    el("g", { class: "y-axis" }, [
      ...ticks.map((t) => text({ class: "tick-label", x: r2(plot.left - f * 0.4), y: r2(t.at), dy: "0.35em", "text-anchor": "end" }, t.label)),
      unit && text({ class: "unit-label", x: r2(unit.x), y: r2(unit.y) }, unit.text),
    ]),
  ];
}

function timeAxis(plot: Box, x: TimeTicks, f: number): SvgNode {
  return el("g", { class: "x-axis" }, [
    el("line", { class: "axis", x1: r2(plot.left), x2: r2(plot.right), y1: r2(plot.bottom), y2: r2(plot.bottom) }),
    ...x.marks.map((m) => el("line", { class: "axis", x1: r2(m), x2: r2(m), y1: r2(plot.bottom), y2: r2(plot.bottom + f * 0.4) })),
    ...x.labels.map((l) => text({ class: "tick-label", x: r2(l.x), y: r2(plot.bottom + f * 1.4), "text-anchor": "middle" }, l.label)),
  ]);
}

function legend(items: readonly LegendItem[], f: number, bars: boolean): SvgNode | null {
  if (items.length === 0) return null;
  return el(
    "g",
    { class: "legend" },
    items.map((it) =>
      el("g", { class: `c${seriesSlot(it.slot)}`, "data-legend": it.key }, [
        bars
          ? el("rect", { class: "swatch", x: r2(it.x - f * 0.45), y: r2(it.y - f * 0.45), width: r2(f * 0.9), height: r2(f * 0.9) })
          : el("path", { class: "swatch", d: shapePath(it.slot, f * f * 0.4), transform: `translate(${r2(it.x)},${r2(it.y)})` }),
        text({ class: "legend-label", x: r2(it.x + f * 0.8), y: r2(it.y), dy: "0.35em" }, it.label),
      ]),
    ),
  );
}

/** A note's number by its point, matching the numbered list of notes under the chart. */
function noteMark(o: SceneOptions, series: string, period: string | null, x: number, y: number, f: number): SvgNode | null {
  const n = o.noteNumber?.(series, period) ?? null;
  if (n === null) return null;
  return text({ class: "note-number halo", x: r2(x), y: r2(y), "text-anchor": "middle", "font-size": r2(f * 0.75), "font-weight": 700 }, String(n));
}


/** The time series: bands, grid, axes, target, then each series (line, points, end label), legend. */
export function timeSeriesScene(m: TimeSeriesModel, o: SceneOptions): SvgNode {
  const f = m.fontSize;
  if (m.empty) return empty("tren", m.width, m.height, f, o);
  const { plot } = m;
  const mk = markers(o, f);
  const pointNode = (s: TimeSeriesModel["series"][number], p: PlacedPoint): SvgNode[] => {
    const mark = p.note !== null && noteMark(o, s.key, p.period.code, p.x + f * 0.75, p.y - f * 0.6, f);
    // A missing value: the line breaks, and a hollow marker at the top of the plot (where no value
    // is read) carries the note's number; it is the gap's focusable point, which the table and the
    // tooltip describe.
    if (p.value === null) return [mk.gap(p.x, p.y), mark].filter((n): n is SvgNode => !!n);
    // A value: its marker is drawn by the line (mk.line); a note circles it and numbers it.
    return [p.note !== null && el("circle", { class: "noted", cx: r2(p.x), cy: r2(p.y), r: r2(f * 0.62), "stroke-width": 1.25 }), mark].filter((n): n is SvgNode => !!n);
  };
  const content: (SvgNode | null | false)[] = [
    el("g", { class: "bands" }, [
      ...m.bands.filter((b) => b.shaded).map((b) => el("rect", { class: "band", x: r2(plot.left), y: r2(b.top), width: r2(plot.right - plot.left), height: r2(b.bottom - b.top) })),
      // Each band's own colour (the bullet's shade and the pages' band badges) behind its letter.
      ...m.bands.map((b) => el("rect", { class: `shade-${b.shade}`, "data-band": b.code, x: r2(b.swatch.x), y: r2(b.top), width: r2(b.swatch.width), height: r2(b.bottom - b.top) })),
      ...m.bands.flatMap((b) => (b.labelAt ? [text({ class: "band-label on-shade", x: r2(b.labelAt.x), y: r2(b.labelAt.y), dy: "0.35em", "font-size": r2(f * 0.8), "font-weight": 700 }, b.code)] : [])),
    ]),
    ...valueAxis(plot, m.y, f, m.unitLabel),
    timeAxis(plot, m.x, f),
    m.target &&
      el("g", { class: "target-group" }, [
        el("line", { class: "target", x1: r2(plot.left), x2: r2(plot.right), y1: r2(m.target.y), y2: r2(m.target.y), "stroke-width": 1.5, "stroke-dasharray": "6 4" }),
        text({ class: "target-label halo", x: r2(m.target.labelX), y: r2(m.target.labelY), "font-size": r2(f * 0.85) }, m.target.label),
      ]),
    ...m.series.map((s) =>
      // Points take the group's stroke width (1); the line and the markers set their own.
      el("g", { class: `series c${seriesSlot(s.slot)}`, "data-series-group": s.key, "data-label": s.label, "data-rows": groupRows(o, s.points.map((p) => p.period.code)) }, [
        // Width and joins from charts.css (and paint.ts for exported files): twenty lines a drawing.
        s.path !== "" && el("path", { class: "line", d: s.path, ...mk.line(s.slot) }),
        ...s.points.flatMap((p) => pointNode(s, p)),
        s.end && text({ class: "series-label halo", x: r2(s.end.x), y: r2(s.end.y), dy: "0.35em", "font-weight": 600 }, s.label),
      ]),
    ),
    legend(m.legend, f, false),
  ];
  return root("tren", m.width, m.height, f, o, [mk.defs(), ...content]);
}

/** The comparison: grid and ticks, one bar per region with its name and value, the reference line. */
export function comparisonScene(m: ComparisonModel, o: SceneOptions): SvgNode {
  const f = m.fontSize;
  if (m.empty) return empty("perbandingan", m.width, m.height, f, o);
  const { plot } = m;
  const mk = markers(o, f);
  const content: (SvgNode | null | false)[] = [
    el("g", { class: "grid-lines" }, m.x.map((t) => el("line", { class: "grid", x1: r2(t.at), x2: r2(t.at), y1: r2(plot.top), y2: r2(plot.bottom) }))),
    el("g", { class: "x-axis" }, m.x.map((t) => text({ class: "tick-label", x: r2(t.at), y: r2(plot.bottom + f * 1.3), "text-anchor": "middle" }, t.label))),
    el(
      "g",
      { class: "series c0", "data-series-group": "bars" },
      m.bars.flatMap((b) => {
        const mid = b.y + b.thickness / 2;
        return [
          b.value === null
            ? mk.gap(b.x0 + f * 0.5, mid)
            : el("rect", { class: "bar", x: r2(b.x0), y: r2(b.y), width: r2(Math.max(b.x1 - b.x0, 0)), height: r2(b.thickness), ...POINT }),
          b.note !== null && b.value !== null && el("circle", { class: "noted", cx: r2(b.x1), cy: r2(mid), r: r2(f * 0.5), "stroke-width": 1.25 }),
        ].filter((n): n is SvgNode => !!n);
      }),
    ),
    // The reference line crosses the bars but not their labels (drawn after it, with a halo).
    m.reference &&
      el("g", { class: "ref-group" }, [
        el("line", { class: "ref", x1: r2(m.reference.x), x2: r2(m.reference.x), y1: r2(plot.top - f * 0.4), y2: r2(plot.bottom), "stroke-width": 2, "stroke-dasharray": "5 3" }),
        text({ class: "ref-label halo", x: r2(m.reference.labelX), y: r2(m.reference.labelY), "text-anchor": m.reference.anchor, "font-size": r2(f * 0.85) }, m.reference.label),
      ]),
    m.target &&
      el("g", { class: "target-group" }, [
        el("line", { class: "target", x1: r2(m.target.x), x2: r2(m.target.x), y1: r2(plot.top - f * 0.4), y2: r2(plot.bottom), "stroke-width": 1.5, "stroke-dasharray": "6 4" }),
        text({ class: "target-label halo", x: r2(m.target.labelX), y: r2(m.target.labelY), "text-anchor": m.target.anchor, "font-size": r2(f * 0.85) }, m.target.label),
      ]),
    el(
      "g",
      { class: "bar-labels" },
      m.bars.flatMap((b) => [
        text({ class: "legend-label", x: r2(b.labelX), y: r2(b.labelY), "text-anchor": b.labelAnchor }, b.label),
        text({ class: "value-label halo", x: r2(b.value === null ? b.x0 + f * 1.2 : b.valueX), y: r2(b.valueY) }, b.valueText),
        b.note !== null && noteMark(o, b.key, null, (b.value === null ? b.x0 + f * 1.2 : b.valueX) + textWidth(b.valueText, f) + f * 0.6, b.valueY, f),
      ].filter((n): n is SvgNode => !!n)),
    ),
  ];
  return root("perbandingan", m.width, m.height, f, o, [mk.defs(), ...content]);
}

/** The breakdown: legend, grid, axes, then one group of bars per dimension value. */
export function breakdownScene(m: BreakdownModel, o: SceneOptions): SvgNode {
  const f = m.fontSize;
  if (m.empty) return empty("rincian", m.width, m.height, f, o);
  const { plot } = m;
  const keys = [...new Set(m.bars.map((b) => b.key))];
  const mk = markers(o, f);
  const content: (SvgNode | null | false)[] = [
    legend(m.legend, f, true),
    ...valueAxis(plot, m.y, f, m.unitLabel),
    timeAxis(plot, m.x, f),
    ...keys.map((k) => {
      const bars = m.bars.filter((b) => b.key === k);
      const first = bars[0]!;
      return el(
        "g",
        { class: `series c${seriesSlot(first.slot)}`, "data-series-group": k, "data-label": first.label, "data-rows": groupRows(o, bars.map((b) => b.period?.code ?? null)) },
        bars.flatMap((b) => {
          if (b.value === null) return [mk.gap(b.x + b.width / 2, b.y)];
          return [
            el("rect", { class: "bar", x: r2(b.x), y: r2(b.y), width: r2(b.width), height: r2(b.height), ...POINT }),
            b.note !== null && el("circle", { class: "noted", cx: r2(b.x + b.width / 2), cy: r2(b.y), r: r2(f * 0.45), "stroke-width": 1.25 }),
            b.valueText !== null && text({ class: "value-label", x: r2(b.x + b.width / 2), y: r2(b.y - f * 0.35), "text-anchor": "middle", "font-size": r2(f * 0.8) }, b.valueText),
          ].filter((n): n is SvgNode => !!n);
        }),
      );
    }),
    // Note numbers above everything (bars of the next series would cover them), each with its
    // series so a toggle hides them too; above the value label when there is one.
    ...keys.map((k) =>
      el(
        "g",
        { class: "note-marks", "data-series-group": k },
        m.bars
          .filter((b) => b.key === k && b.note !== null)
          .map((b) => noteMark(o, k, b.period?.code ?? b.group, b.x + b.width / 2, b.y - f * (b.valueText !== null ? 1.35 : 0.7), f)),
      ),
    ),
  ];
  return root("rincian", m.width, m.height, f, o, [mk.defs(), ...content]);
}

/** The sparkline: the line and its latest point. */
export function sparklineScene(m: SparklineModel, o: SceneOptions): SvgNode {
  // Named by aria-label, not a <title> with an id: cards and lists print hundreds of these.
  return el("svg", { viewBox: `0 0 ${r2(m.width)} ${r2(m.height)}`, class: "chart-svg chart-sparkline", role: "img", "aria-label": o.title }, [
    m.path !== "" && el("path", { class: "spark-line", d: m.path }),
    m.last && el("circle", { class: "spark-end", cx: r2(m.last.x), cy: r2(m.last.y), r: 3 }),
  ]);
}

/** The bullet: band shades, the value bar, the target tick and the labels below. */
export function bulletScene(m: BulletModel, o: SceneOptions): SvgNode {
  const f = m.fontSize;
  const { track } = m;
  return root("bullet", m.width, m.height, f, o, [
    m.bands.length === 0
      ? el("rect", { class: "bullet-track", x: r2(track.x0), y: r2(track.y), width: r2(track.x1 - track.x0), height: r2(track.height) })
      : el("g", { class: "bands" }, m.bands.map((b) => el("rect", { class: `shade-${b.shade % 5}`, "data-band": b.code, x: r2(b.x0), y: r2(track.y), width: r2(Math.max(0, b.x1 - b.x0)), height: r2(track.height) }))),
    m.bar && el("rect", { class: "bullet-bar", x: r2(m.bar.x0), y: r2(m.bar.y), width: r2(Math.max(0, m.bar.x1 - m.bar.x0)), height: r2(m.bar.height) }),
    m.target &&
      el("g", { class: "target-group" }, [
        el("line", { class: "target", x1: r2(m.target.x), x2: r2(m.target.x), y1: r2(m.target.y0), y2: r2(m.target.y1), "stroke-width": 2.5 }),
        text({ class: "target-label", x: r2(m.target.labelX), y: r2(f * 0.95), "text-anchor": m.target.anchor, "font-size": r2(f * 0.85) }, m.target.label),
      ]),
    ...m.bands.flatMap((b) => (b.labelX === null ? [] : [text({ class: "band-label", x: r2(b.labelX), y: r2(m.labelY), "text-anchor": "middle", "font-size": r2(f * 0.8) }, b.code)])),
    ...m.ends.map((e) => text({ class: "tick-label", x: r2(e.x), y: r2(m.labelY), "text-anchor": e.anchor, "font-size": r2(f * 0.8) }, e.text)),
  ]);
}
