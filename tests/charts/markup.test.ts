/**
 * The page printer of a drawing (`svgMarkup`, one escaped string per scene) and the lean point
 * markup: hostile text cannot break out of text or attribute values, every attribute the script
 * and the tests read is kept, the narrow drawing's bare points line up one for one with the wide
 * drawing's (the script copies their texts over by position), and points are drawn at their centre.
 */
import { describe, expect, it } from "vitest";
import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from "d3-shape";
import { el, text, svgMarkup, serializeSvg, printSvg } from "../../src/lib/charts/svg.ts";
import { symbolAt } from "../../src/lib/charts/scene.ts";
import { paintOf } from "../../src/lib/charts/paint.ts";
import { PALETTE } from "../../src/lib/charts/palette.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { regionsInOrder } from "../../src/lib/indicators.ts";
import { indicatorCharts, trendChart, printChart, printSmall, bulletChart } from "../../src/lib/charts/indicatorCharts.ts";
import { embedHeight } from "../../src/lib/embed.ts";
import { APP, TODAY } from "../helpers/site.ts";
import { groupPoints } from "./_helpers.ts";

const hostile = '<script>alert("x")</script> & "quoted" \'single\' </svg>';

describe("svgMarkup", () => {
  const tree = el("svg", { viewBox: "0 0 100 50", class: "chart-svg v-wide", role: "img", "aria-labelledby": "t", "data-chart-svg": "", "font-size": 15 }, [
    { tag: "title", attrs: { id: "t" }, children: [], text: hostile },
    el("g", { class: "series c1", "data-series-group": "a", "data-label": hostile }, [
      el("path", { class: "point", d: "M1,2m-1,0h2z", "data-point": "", "data-period": "2024", "data-value": "1,5 %", "data-note": hostile, skipped: undefined, gone: null }),
    ]),
    text({ class: "tick-label", x: 1, y: 2 }, "a < b && c > d"),
  ]);
  const out = svgMarkup(tree);

  it("escapes text and attribute values: nothing hostile survives as markup", () => {
    expect(out).not.toContain("<script");
    expect(out).not.toMatch(/<\/svg>.+/);
    expect(out.match(/<\/svg>/g)).toHaveLength(1);
    const esc = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; 'single' &lt;/svg&gt;";
    expect(out).toContain(`<title id="t">${esc}</title>`);
    expect(out).toContain(`data-note="${esc}"`);
    expect(out).toContain(`data-label="${esc}"`);
    expect(out).toContain(">a &lt; b &amp;&amp; c &gt; d</text>");
  });

  it("is valid HTML (html-validate, the site's rules)", async () => {
    const { HtmlValidate } = await import("html-validate");
    const { default: config } = await import("../../.htmlvalidate.mjs");
    const report = await new HtmlValidate(config).validateString(`<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Uji</title></head><body><main>${out}</main></body></html>`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it("keeps classes, ids, data-* and ARIA; prints empty values bare and drops undefined/null", () => {
    expect(out).toMatch(/^<svg viewBox="0 0 100 50" class="chart-svg v-wide" role="img" aria-labelledby="t" data-chart-svg font-size="15">/);
    expect(out).toContain('<path class="point" d="M1,2m-1,0h2z" data-point data-period="2024" data-value="1,5 %"');
    expect(out).not.toMatch(/skipped|gone/);
    // Childless elements self-close (valid for SVG in HTML); the rest close explicitly.
    expect(out).toMatch(/data-note="[^"]*"\/><\/g>/);
  });

  it("refuses names that are not element or attribute names", () => {
    expect(() => svgMarkup(el("g", { 'onload="x"': 1 }))).toThrow(/attribute name/);
    expect(() => svgMarkup(el("g><script", {}))).toThrow(/element name/);
  });
});

describe("serializeSvg and the image export share one paint table", () => {
  it("paints by class, the series colour from the enclosing .cN", () => {
    const g = paintOf(["series", "c2"], PALETTE.light.fg);
    expect(g.colour).toBe(PALETTE.light.series[2]);
    // Lines also carry their width and joins, which the page takes from charts.css.
    expect(paintOf(["line"], g.colour).attrs).toEqual({ stroke: PALETTE.light.series[2], fill: "none", "stroke-width": "2.5", "stroke-linejoin": "round", "stroke-linecap": "round" });
    expect(paintOf(["tick-label"], g.colour).attrs).toEqual({ fill: PALETTE.light.muted });
    const doc = serializeSvg(el("svg", { viewBox: "0 0 10 10" }, [el("g", { class: "c2" }, [el("path", { class: "line", d: "M0,0", "data-point": "" })])]));
    expect(doc).toContain(`<path d="M0,0" stroke="${PALETTE.light.series[2]}" fill="none" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round">`);
  });
});

describe("serializeSvg writes markers placed with <use> out as paths", () => {
  it("the shape's d moved to the point, painted as a point (no class) or a gap marker; no defs, no ids", () => {
    const doc = serializeSvg(el("svg", { viewBox: "0 0 10 10" }, [
      el("defs", {}, [el("path", { id: "a-w0", d: "M0,0m1,0h2z" }), el("path", { id: "a-wg", d: "M0,0m0,-1l1,1z" })]),
      el("g", { class: "series c1" }, [el("use", { href: "#a-w0", x: 3.5, y: 4, "data-point": "" }), el("use", { class: "gap-marker", href: "#a-wg", x: 5, y: 6, "stroke-width": 1.5, "data-point": "" })]),
    ]));
    expect(doc).not.toMatch(/<defs|<use|\sid=|href=/);
    expect(doc).toContain(`<path d="M0,0m1,0h2z" transform="translate(3.5,4)" fill="${PALETTE.light.series[1]}" stroke="${PALETTE.light.bg}">`);
    expect(doc).toContain(`<path d="M0,0m0,-1l1,1z" transform="translate(5,6)" stroke-width="1.5" fill="${PALETTE.light.bg}" stroke="${PALETTE.light.series[1]}">`);
  });
  it("and the points a line draws as its markers, one at each vertex, after the line", () => {
    const doc = serializeSvg(el("svg", { viewBox: "0 0 10 10" }, [
      el("defs", {}, [el("path", { id: "a2", d: "M0,0m1,0h2z" }), el("marker", { id: "ak2", class: "c2", markerUnits: "userSpaceOnUse", overflow: "visible" }, [el("use", { href: "#a2" })])]),
      el("g", { class: "series c2" }, [el("path", { class: "line", d: "M1,2ZM3.5,4L5,6.25", "marker-start": "url(#ak2)", "marker-mid": "url(#ak2)", "marker-end": "url(#ak2)" })]),
    ]));
    expect(doc).not.toMatch(/<defs|<use|<marker|marker-|url\(|\sid=|href=/);
    const points = [...doc.matchAll(/<path d="M0,0m1,0h2z" transform="translate\(([^)]*)\)" fill="([^"]*)" stroke="([^"]*)">/g)].map((m) => m.slice(1));
    const c = PALETTE.light.series[2]!;
    expect(points).toEqual([["1,2", c, PALETTE.light.bg], ["3.5,4", c, PALETTE.light.bg], ["5,6.25", c, PALETTE.light.bg]]);
    expect(doc.indexOf('d="M1,2ZM3.5,4L5,6.25"')).toBeLessThan(doc.indexOf("translate(1,2)"));
  });
});

describe("symbolAt", () => {
  const types = { symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye };
  for (const [name, type] of Object.entries(types))
    it(`${name}: starts at the centre, the shape in relative commands`, () => {
      const d = symbolAt(type, 60, 123.456, 78.9);
      expect(d).toMatch(/^M123\.46,78\.9m/);
      expect(d).not.toMatch(/[LHVAC]/);
      expect(d).not.toContain("NaN");
    });
});

describe("points of a figure's two drawings", () => {
  const v = validateProject(APP, { today: new Date(`${TODAY}T00:00:00Z`) });
  const site = v.site!;
  const regions = regionsInOrder(site.regions);
  type Node = ReturnType<typeof el>;
  /** A start tag's attributes (a bare one as ""). */
  const attrsOf = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? ""]));
  /**
   * The points of a series group, in order, as the page script has them (groupPoints, the reader
   * the built-page tests use, on the group's markup): its gap `<use>`s and bars, and a point on
   * each vertex of a line drawn with markers.
   */
  const groupPts = (g: Node) => groupPoints(svgMarkup(g)).map((p) => ({ bar: /\sdata-point(?=[\s>=/])/.test(p.tag), attrs: attrsOf(p.tag) }));
  const nodes = (n: Node): Node[] => [n, ...n.children.flatMap(nodes)];
  const seriesGroups = (n: Node) => nodes(n).filter((g) => /(^| )series( |$)/.test(String(g.attrs.class ?? "")) && "data-series-group" in g.attrs);
  /** Every point of a drawing, group after group. */
  const pointsOf = (n: Node) => seriesGroups(n).flatMap((g) => groupPts(g).map((p) => ({ group: String(g.attrs["data-series-group"]), ...p })));

  it("line up one for one (same series, same order) and carry no texts: the table has them, by position", () => {
    for (const ind of site.indicators)
      for (const lang of ["id", "en"] as const) {
        const { trend, comparison, breakdowns } = indicatorCharts(ind, { lang, regions });
        for (const spec of [trend, comparison, ...breakdowns]) {
          const [wide, narrow] = spec.variants;
          expect(wide!.name).toBe("wide");
          const a = pointsOf(wide!.scene);
          const b = pointsOf(narrow!.scene);
          expect(b.map((p) => p.group), spec.id).toEqual(a.map((p) => p.group));
          for (const p of [...a, ...b]) expect(Object.keys(p.attrs).filter((k) => k.startsWith("data-")), spec.id).toEqual(p.bar ? ["data-point"] : []);
          // Each point's table cell (the n-th series group is the n-th column, its points the rows
          // of `data-rows` or the first ones): a value for a marker or bar, missing for a gap marker.
          for (const v of spec.variants) {
            const groups = seriesGroups(v.scene);
            if (spec.kind !== "perbandingan") expect(groups.length, spec.id).toBe(spec.table.columns.length);
            groups.forEach((g, col) => {
              const pts = groupPts(g);
              const rows = g.attrs["data-rows"] === undefined ? pts.map((_, i) => i) : String(g.attrs["data-rows"]).split(",").flatMap((run) => {
                const [x = 0, y = x] = run.split("-").map(Number);
                return Array.from({ length: y - x + 1 }, (_, i) => x + i);
              });
              expect(rows, spec.id).toHaveLength(pts.length);
              pts.forEach((p, i) => {
                const cell = spec.table.rows[rows[i]!]?.cells[spec.kind === "perbandingan" ? 0 : col];
                expect(cell, `${spec.id} ${v.name} ${String(g.attrs["data-series-group"])} #${i}`).toBeDefined();
                expect(cell!.missing, `${spec.id} ${v.name} #${i}`).toBe(p.attrs.class === "gap-marker");
                if (cell!.missing) expect(cell!.note).not.toBeNull();
              });
            });
          }
        }
      }
  });

  it("draw each marker shape once per drawing, a line's points as its markers and a gap's with <use>, ids unique on the page", () => {
    for (const ind of site.indicators) {
      const { trend, comparison, breakdowns } = indicatorCharts(ind, { lang: "id", regions });
      const ids: string[] = [];
      for (const spec of [trend, comparison, ...breakdowns])
        for (const v of spec.variants) {
          const all = nodes(v.scene);
          const defs = all.filter((n) => n.tag === "defs");
          const uses = all.filter((n) => n.tag === "use");
          expect(defs.length, spec.id).toBe(uses.length ? 1 : 0);
          const shapes = defs.flatMap((d) => d.children).filter((n) => n.tag === "path");
          const markers = defs.flatMap((d) => d.children).filter((n) => n.tag === "marker");
          expect(shapes.length + markers.length, spec.id).toBe(defs.flatMap((d) => d.children).length);
          for (const sh of shapes) {
            // No paint of its own: fill and stroke inherit from the <use> (series colour, focus ring).
            expect(Object.keys(sh.attrs).sort(), spec.id).toEqual(["d", "id"]);
            // A short id (`m` + a hash of the drawing) with the shape's name; unique on the page (below).
            expect(String(sh.attrs.id)).toMatch(/^m[0-9a-z]{1,7}[0-5g]$/);
            ids.push(String(sh.attrs.id));
          }
          // A marker: a <use> of its slot's shape, painted by the slot's colour class, in the
          // line's own units (not scaled by its stroke), not clipped.
          for (const mk of markers) {
            expect(mk.attrs, spec.id).toEqual({ id: expect.stringMatching(/^m[0-9a-z]{1,7}k[0-5]$/), class: expect.stringMatching(/^c[0-5]$/), markerUnits: "userSpaceOnUse", overflow: "visible" });
            expect(mk.children.map((c) => [c.tag, Object.keys(c.attrs)]), spec.id).toEqual([["use", ["href"]]]);
            expect(mk.children[0]!.attrs.href).toBe(`#${String(mk.attrs.id).replace("k", "")}`);
            ids.push(String(mk.attrs.id));
          }
          // Each series line draws its points with its own slot's marker, at start, middle and end.
          for (const g of seriesGroups(v.scene)) {
            const line = g.children.find((c) => c.tag === "path" && c.attrs.class === "line");
            if (!line) continue;
            const slot = /\bc([0-5])\b/.exec(String(g.attrs.class))![1];
            const marker = markers.find((m) => m.attrs.class === `c${slot}`);
            expect(marker, `${spec.id} ${String(g.attrs["data-series-group"])}`).toBeDefined();
            for (const a of ["marker-start", "marker-mid", "marker-end"]) expect(line.attrs[a]).toBe(`url(#${String(marker!.attrs.id)})`);
          }
          const used = new Set(uses.map((u) => String(u.attrs.href)));
          expect([...used].sort(), spec.id).toEqual(shapes.map((sh) => `#${String(sh.attrs.id)}`).sort());
          // Outside <defs>, a <use> is a gap's marker: a point by being a <use>, no attribute says so.
          for (const u of uses.filter((u) => !markers.some((m) => m.children.includes(u)))) {
            expect(Object.keys(u.attrs).filter((k) => k.startsWith("data-"))).toEqual([]);
            expect(u.attrs.x).toEqual(expect.any(Number));
            expect(u.attrs.y).toEqual(expect.any(Number));
            expect(u.attrs.class).toBe("gap-marker");
          }
          expect(svgMarkup(v.scene)).not.toMatch(/<path class="(point|gap-marker)"/);
        }
      expect(new Set(ids).size, ind.meta.id).toBe(ids.length);
    }
  });

  it("are printed for the page models as the same markup, with their box, and the embed's height reads either form", () => {
    const ind = site.indicators.find((i) => i.meta.id === "ikm")!;
    const spec = trendChart(ind, { lang: "en", regions });
    const printed = printChart(spec);
    expect(printed.variants.map((v) => v.name)).toEqual(spec.variants.map((v) => v.name));
    for (const [i, v] of printed.variants.entries()) {
      const tree = spec.variants[i]!.scene;
      expect(v.scene.markup).toBe(svgMarkup(tree));
      expect(v.scene.markup.startsWith(`<svg viewBox="${v.scene.viewBox}"`)).toBe(true);
      expect(v.scene.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    }
    // Everything else is the figure as it was: texts, table, toggles, notes.
    expect({ ...printed, variants: [] }).toEqual({ ...spec, variants: [] });
    expect(embedHeight(printed, "Source")).toBe(embedHeight(spec, "Source"));
    const small = bulletChart(ind, { lang: "en", regions }, "1373")!;
    expect(printSmall(small)).toEqual({ summary: small.summary, scene: printSvg(small.scene) });
    expect(printSmall(null)).toBeNull();
  });

  it("say the series label once, on the series group, except the comparison's bars", () => {
    const ind = site.indicators.find((i) => i.meta.id === "ikm")!;
    const spec = trendChart(ind, { lang: "id", regions });
    const html = svgMarkup(spec.variants[0]!.scene);
    expect(html).toMatch(/<g class="series c\d" data-series-group="1373" data-label="Kota Sawahlunto"/);
    expect(html).not.toMatch(/<use[^>]*data-label/);
    expect(html).not.toMatch(/data-series=|data-index=/);
  });
});
