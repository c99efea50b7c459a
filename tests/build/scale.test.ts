/**
 * The indicator-page HTML budget (≤ 60 KB gzipped) at the scale of a whole province: the bench's
 * synthetic project (scripts/bench/dataset.ts: 20 regions × 15 years, a breakdown dimension on every
 * third indicator), three indicators, built with the real build. The sample site has four regions,
 * so only a build like this shows what a page of twenty costs: with a figure per region per
 * breakdown it weighed about 76 KB. Beyond four regions the page draws the headline region's
 * breakdown and names the others (their figures are in the full data table); no chart image file
 * is built (images are made in the browser from the chart on the page).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { generateDataset, REGIONS, type GeneratedDataset } from "../../scripts/bench/dataset.ts";
import { buildSite } from "../helpers/site.ts";
import { BUDGET } from "../helpers/budget.ts";

let root: string;
let dist: string;
let data: GeneratedDataset;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "terang-scale-"));
  data = generateDataset(root, 3);
  const r = buildSite(root);
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  dist = join(root, "dist");
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("build(20 regions × 15 years)", () => {
  const page = (lang: "id" | "en", id: string) => readFileSync(join(dist, lang === "id" ? `indikator/${id}/index.html` : `en/indicators/${id}/index.html`), "utf8");

  it("keeps every indicator page within the HTML budget, gzipped", () => {
    expect(REGIONS.length).toBe(20);
    expect(data.indicators.some((i) => i.dimension)).toBe(true);
    for (const ind of data.indicators)
      for (const lang of ["id", "en"] as const) {
        const size = gzipSync(page(lang, ind.id), { level: 9 }).length;
        expect(size, `${lang} ${ind.id}: ${(size / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET.htmlIndicator);
      }
  });

  it("draws one breakdown figure per dimension, names the other regions, and builds no chart image file", () => {
    expect(existsSync(join(dist, "data/grafik"))).toBe(false);
    for (const ind of data.indicators.filter((i) => i.dimension))
      for (const lang of ["id", "en"] as const) {
        const html = page(lang, ind.id);
        const section = /<section class="breakdowns"[\s\S]*?<\/section>\s*(?=<section|<div|<\/main)/.exec(html)?.[0] ?? "";
        expect(section, ind.id).not.toBe("");
        expect(section.match(/class="chart-svg chart-rincian v-wide"/g) ?? []).toHaveLength(1);
        expect(html).not.toContain("data/grafik/");
        // Every region but the one drawn is named; the data behind them stay in the full table.
        const others = /<[a-z]+ class="breakdown-others"[\s\S]*?<\/(p|div)>/.exec(section)?.[0] ?? "";
        const named = REGIONS.filter((r) => others.includes(r.name));
        expect(named, ind.id).toHaveLength(REGIONS.length - 1);
      }
  });
});
