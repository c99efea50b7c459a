/**
 * What one indicator costs the published site at the scale of a province: the bench's synthetic
 * project (scripts/bench/dataset.ts: 20 regions × 15 years, a breakdown on every third indicator)
 * built with the real build at 6 and at 12 indicators (from 6 on, every theme and unit of the
 * generator exists, so the difference holds no new list page). The difference, per added indicator, is
 * everything an indicator publishes: its pages and embed pages in both languages, its data files,
 * share images and search-index fragments, and its share of every list, feed and index. It must
 * stay within the budget that lets a thousand indicators fit a static host (tests/helpers/budget.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { tmpdir } from "node:os";
import { generateDataset, REGIONS } from "../../scripts/bench/dataset.ts";
import { buildSite } from "../helpers/site.ts";
import { PER_INDICATOR } from "../helpers/budget.ts";

interface Output { files: Map<string, number>; bytes: number }

function weigh(dist: string): Output {
  const files = new Map<string, number>();
  let bytes = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const size = statSync(p).size;
        files.set(relative(dist, p), size);
        bytes += size;
      }
    }
  };
  walk(dist);
  return { files, bytes };
}

const roots: string[] = [];
const built: Record<number, Output> = {};
const ids: Record<number, string[]> = {};

beforeAll(() => {
  for (const n of [6, 12]) {
    const root = mkdtempSync(join(tmpdir(), `terang-budget-${n}-`));
    roots.push(root);
    ids[n] = generateDataset(root, n).indicators.map((i) => i.id);
    const r = buildSite(root);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    built[n] = weigh(join(root, "dist"));
  }
}, 600_000);

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe("one indicator's share of dist/ (20 regions × 15 years)", () => {
  it("is at most 15 files and 0.8 MiB, everything included", () => {
    expect(REGIONS.length).toBe(20);
    const added = ids[12]!.length - ids[6]!.length;
    const files = (built[12]!.files.size - built[6]!.files.size) / added;
    const bytes = (built[12]!.bytes - built[6]!.bytes) / added;
    const newFiles = [...built[12]!.files.keys()].filter((f) => !built[6]!.files.has(f)).sort();
    expect(files, `files per indicator; new at 12:\n${newFiles.join("\n")}`).toBeLessThanOrEqual(PER_INDICATOR.files);
    expect(bytes, `${(bytes / 1024).toFixed(0)} KiB per indicator`).toBeLessThanOrEqual(PER_INDICATOR.bytes);
  });

  it("publishes no chart file per region, chart or language", () => {
    for (const out of Object.values(built)) {
      expect([...out.files.keys()].filter((f) => /^data\/grafik\//.test(f) || /\.svg$/.test(f) && f.startsWith("data/"))).toEqual([]);
    }
  });

  it("names every file an added indicator brings: pages, embeds, data files, share images", () => {
    const id = ids[12]!.find((i) => !ids[6]!.includes(i))!;
    const mine = [...built[12]!.files.keys()].filter((f) => f.includes(id)).sort();
    // Its pages and embed pages in both languages: one page each, no page per chart or region.
    for (const p of [`indikator/${id}/index.html`, `en/indicators/${id}/index.html`, `sematkan/${id}/index.html`, `en/embed/${id}/index.html`]) expect(mine).toContain(p);
    expect(mine.filter((f) => f.endsWith(".html"))).toHaveLength(4);
    for (const f of [`data/${id}.csv`, `data/${id}-excel.csv`, `data/${id}.json`, `data/${id}.zip`]) expect(mine).toContain(f);
    expect(mine.filter((f) => f.startsWith("og/") && f.endsWith(".png"))).toHaveLength(2);
    expect(existsSync(join(roots[1]!, "dist", `indikator/${id}/index.html`))).toBe(true);
  });
});
