/**
 * No collisions (issue 14, point 3b): in every chart of every indicator — trend, comparison,
 * breakdowns, bullet — at every drawing size and in both languages, no two text boxes overlap by
 * more than 1 px. Boxes come from the scenes' own coordinates and the text-width estimate the
 * layouts use; run on the sample data and on the bench generator's data (20 regions).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { validateProject, type Site } from "../../src/lib/data/project.ts";
import { indicatorCharts, bulletChart } from "../../src/lib/charts/indicatorCharts.ts";
import { regionsInOrder } from "../../src/lib/indicators.ts";
import { settleDecimals } from "../../src/lib/precision.ts";
import { textWidth } from "../../src/lib/charts/textWidth.ts";
import type { SvgNode } from "../../src/lib/charts/svg.ts";
import { generateDataset } from "../../scripts/bench/dataset.ts";
import { APP } from "../helpers/site.ts";

interface Box { x0: number; x1: number; y0: number; y1: number; text: string }

/** Every text of a drawing as a box: baseline y (with `dy`), anchored at x, the scene's font size. */
export function textBoxes(root: SvgNode): Box[] {
  const out: Box[] = [];
  const walk = (n: SvgNode, size: number) => {
    const fs = n.attrs["font-size"] !== undefined && n.attrs["font-size"] !== null ? Number(n.attrs["font-size"]) : size;
    if (n.tag === "text" && n.text) {
      const w = textWidth(n.text, fs, Number(n.attrs["font-weight"] ?? 400) >= 600);
      const x = Number(n.attrs.x ?? 0);
      const dy = String(n.attrs.dy ?? "0");
      const y = Number(n.attrs.y ?? 0) + (dy.endsWith("em") ? parseFloat(dy) * fs : Number(dy));
      const anchor = n.attrs["text-anchor"] ?? "start";
      const x0 = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
      // Cap height above the baseline, descenders below.
      out.push({ x0, x1: x0 + w, y0: y - fs * 0.75, y1: y + fs * 0.22, text: n.text });
    }
    for (const c of n.children) walk(c, fs);
  };
  walk(root, 16);
  return out;
}

export function overlaps(boxes: readonly Box[], tolerance = 1): string[] {
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > tolerance && h > tolerance) bad.push(`"${a.text}" × "${b.text}" (${w.toFixed(1)}×${h.toFixed(1)} px)`);
    }
  }
  return bad;
}

function collisions(site: Site): string[] {
  settleDecimals(site.indicators);
  const regions = regionsInOrder(site.regions);
  const bad: string[] = [];
  for (const ind of site.indicators) {
    for (const lang of ["id", "en"] as const) {
      const c = { lang, regions };
      const charts = indicatorCharts(ind, c);
      for (const spec of [charts.trend, charts.comparison, ...charts.breakdowns]) {
        for (const v of spec.variants) for (const o of overlaps(textBoxes(v.scene))) bad.push(`${ind.meta.id} ${lang} ${spec.kind} ${v.name}: ${o}`);
      }
      const bullet = bulletChart(ind, c);
      if (bullet) for (const o of overlaps(textBoxes(bullet.scene))) bad.push(`${ind.meta.id} ${lang} bullet: ${o}`);
    }
  }
  return bad;
}

describe("text boxes of a chart", () => {
  it("finds an overlap when there is one, and none between boxes that only touch", () => {
    const t = (x: number, y: number, s: string, anchor?: string): SvgNode => ({ tag: "text", attrs: { x, y, "text-anchor": anchor }, children: [], text: s });
    const root = (...kids: SvgNode[]): SvgNode => ({ tag: "svg", attrs: { "font-size": 10 }, children: kids });
    expect(overlaps(textBoxes(root(t(0, 10, "Target 80"), t(20, 12, "A"))))).toHaveLength(1);
    expect(overlaps(textBoxes(root(t(0, 10, "AB"), t(0, 30, "AB"))))).toEqual([]);
    expect(overlaps(textBoxes(root(t(100, 10, "right", "end"), t(100, 10, "left"))))).toEqual([]);
  });

  it("never overlap on the sample data", () => {
    const v = validateProject(APP, { today: new Date("2026-11-23T00:00:00Z") });
    expect(v.site).toBeTruthy();
    expect(collisions(v.site!)).toEqual([]);
  });

  it("never overlap on the bench data (20 regions, breakdowns)", () => {
    const root = mkdtempSync(join(tmpdir(), "terang-collide-"));
    try {
      generateDataset(root, 6);
      const v = validateProject(root, { today: new Date("2026-11-23T00:00:00Z") });
      expect(v.site, v.errors.map((e) => e.code).join(", ")).toBeTruthy();
      expect(collisions(v.site!)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it("breakdown charts label every period on their time axis, or say that only some are labelled", () => {
    const v = validateProject(APP, { today: new Date("2026-11-23T00:00:00Z") });
    const site = v.site!;
    settleDecimals(site.indicators);
    let checked = 0;
    for (const ind of site.indicators) {
      for (const lang of ["id", "en"] as const) {
        for (const spec of indicatorCharts(ind, { lang, regions: regionsInOrder(site.regions) }).breakdowns) {
          const periods = spec.table.rows.length;
          const axisLabels = (n: SvgNode): number => (n.tag === "g" && n.attrs.class === "x-axis" ? n.children.filter((c) => c.tag === "text").length : n.children.reduce((k, c) => k + axisLabels(c), 0));
          const fewest = Math.min(...spec.variants.map((v) => axisLabels(v.scene)));
          if (fewest < periods) expect(spec.axisNote, `${ind.meta.id} ${lang}`).toMatch(new RegExp(String(periods)));
          else expect(spec.axisNote).toBeUndefined();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
