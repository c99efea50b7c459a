/**
 * The site grows linearly with the number of regions. It used to write a comparison page per
 * ordered pair of regions and language (760 pages at 20 regions, about 20,000 at 100); now two
 * regions are compared on one page per language, by a script reading one data file.
 *
 * Two builds of the same small project (the bench generator's metadata, scripts/bench/dataset.ts,
 * three indicators cut to three years, no documents), one with N regions and one with 2N: the
 * pages added by the N extra regions must be a small constant number per region (region pages,
 * indicator filter pages), where one page per pair would add about 4·N·(3N−1)/N per region.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { generateDataset, regionList } from "../../scripts/bench/dataset.ts";
import { buildSite } from "../helpers/site.ts";

const N = 20;
const YEARS = [2023, 2024, 2025];

/**
 * N regions: the bench's province and regencies/cities, then official districts of West Sumatra
 * (every code is in the Ministry of Home Affairs' list the validator checks against).
 */
function regionRows(n: number): { code: string; name: string; kind: string; parent: string }[] {
  return regionList(n).map((r) => ({ code: r.code, name: r.name, kind: r.kind as string, parent: r.kind === "provinsi" ? "" : r.parent ?? "13" }));
}

/** A project with `n` regions: regions.csv written here, every indicator's CSV cut to three years. */
function project(n: number): string {
  const root = mkdtempSync(join(tmpdir(), `terang-regions-${n}-`));
  const data = generateDataset(root, 3);
  rmSync(join(root, "content"), { recursive: true, force: true }); // documents cite the bench's regions
  const regions = regionRows(n);
  writeFileSync(join(root, "data/regions.csv"), ["kode_wilayah,nama_wilayah,jenis,induk", ...regions.map((r) => `${r.code},${r.name},${r.kind},${r.parent}`)].join("\n") + "\n");
  for (const ind of data.indicators) {
    const file = join(root, "data/indicators", `${ind.id}.csv`);
    const header = readFileSync(file, "utf8").split("\n", 1)[0]!;
    const cols = header.split(ind.delimiter);
    const rows = regions.flatMap((r, ri) =>
      YEARS.map((y, yi) => cols.map((c) => (c === "tahun" ? String(y) : c === "kode_wilayah" ? r.code : c === "nilai" ? String(40 + ((ri + yi) % 10)) : "")).join(ind.delimiter)),
    );
    writeFileSync(file, [header, ...rows].join("\n") + "\n");
  }
  return root;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p).map((f) => `${name}/${f}`) : [name];
  });
}

const built: Record<number, { root: string; files: string[]; html: string[] }> = {};

beforeAll(() => {
  for (const n of [N, 2 * N]) {
    const root = project(n);
    const r = buildSite(root);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const all = files(join(root, "dist"));
    built[n] = { root, files: all, html: all.filter((f) => f.endsWith(".html")) };
  }
}, 600_000);

afterAll(() => {
  for (const b of Object.values(built)) rmSync(b.root, { recursive: true, force: true });
});

describe(`build(${N} regions) and build(${2 * N} regions)`, () => {
  it("adds a small constant number of HTML pages per added region, not a page per pair", () => {
    const small = built[N]!.html.length;
    const large = built[2 * N]!.html.length;
    const perRegion = (large - small) / N;
    // Each region has a page and an indicator filter page in each language: 4. A page per ordered
    // pair and language would add 2·((2N)(2N−1) − N(N−1)) / N = 118 per region at N = 20.
    expect(Number.isInteger(perRegion), `${small} → ${large} pages`).toBe(true);
    expect(perRegion).toBeGreaterThanOrEqual(2);
    expect(perRegion).toBeLessThanOrEqual(6);
    // Linear: what does not depend on the regions is the same in both builds.
    const fixed = small - perRegion * N;
    expect(fixed).toBeGreaterThan(0);
    expect(large).toBe(fixed + perRegion * 2 * N);
  });

  it("writes every region's page once per language and no pair pages", () => {
    for (const n of [N, 2 * N]) {
      const { html, root } = built[n]!;
      for (const r of regionRows(n)) {
        expect(html).toContain(`wilayah/${r.code}/index.html`);
        expect(html).toContain(`en/regions/${r.code}/index.html`);
      }
      expect(html.filter((f) => /^(bandingkan|en\/compare)\/.+\/index\.html$/.test(f))).toEqual([]);
      expect(existsSync(join(root, "dist/bandingkan/index.html"))).toBe(true);
    }
  });

  it("keeps the other files linear too, and the comparison data in one file that grows with the regions", () => {
    const small = built[N]!.files.length;
    const large = built[2 * N]!.files.length;
    const perRegion = (large - small) / N;
    // Region pages plus each indicator's per-region chart files: tens, not hundreds, per region.
    expect(perRegion, `${small} → ${large} files`).toBeLessThanOrEqual(40);
    const size = (n: number) => statSync(join(built[n]!.root, "dist/data/wilayah/terbaru.json")).size;
    expect(size(2 * N) / size(N)).toBeLessThan(2.2);
    const data = JSON.parse(readFileSync(join(built[2 * N]!.root, "dist/data/wilayah/terbaru.json"), "utf8")) as { wilayah: [string, string][]; indikator: { nilai: unknown[] }[] };
    expect(data.wilayah.map((w) => w[0]).sort()).toEqual(regionRows(2 * N).map((r) => r.code).sort());
    expect(data.indikator).toHaveLength(3);
    for (const ind of data.indikator) expect(ind.nilai).toHaveLength(2 * N);
  });
});
