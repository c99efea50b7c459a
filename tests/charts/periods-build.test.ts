/**
 * Quarterly and monthly indicators, and one with a single observation, through the real build
 * (the fixture project plus three indicators written here into a temp copy): their charts put
 * periods on a true time axis with the right labels, keep gaps, and still come with a summary
 * and a table.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { APP, buildSite, copyProject, readPage } from "../helpers/site.ts";
import { tablePoints } from "./_helpers.ts";

let dist = "";

const meta = (id: string, frekuensi: string, extra = "") => `id: ${id}
judul: { id: "Uji ${id}", en: "Test ${id}" }
deskripsi: { id: "Indikator uji.", en: "Test indicator." }
satuan: persen
rentang: [0, 100]
arah: naik
frekuensi: ${frekuensi}
metode: { id: "Hitung.", en: "Count." }
sumber: { id: "Uji.", en: "Test." }
diperbarui: 2026-11-01
${extra}`;

beforeAll(() => {
  const root = copyProject(join(APP, "tests/fixtures/site"));
  const ind = join(root, "data/indicators");
  writeFileSync(join(ind, "antrean.yml"), meta("antrean", "triwulanan"));
  // 2025-Q3 missing for Sawahlunto: a gap.
  writeFileSync(join(ind, "antrean.csv"), "periode,kode_wilayah,nilai,catatan\n2025-Q1,1373,40,\n2025-Q2,1373,45.5,\n2025-Q4,1373,52,\n2026-Q1,1373,55,\n2026-Q2,1373,58,\n2026-Q3,1373,61,\n2025-Q1,1372,50,\n2025-Q2,1372,48,\n2025-Q3,1372,51,\n2025-Q4,1372,53,\n2026-Q1,1372,54,\n2026-Q2,1372,57,\n2026-Q3,1372,60,\n");
  writeFileSync(join(ind, "pengaduan.yml"), meta("pengaduan", "bulanan"));
  writeFileSync(join(ind, "pengaduan.csv"), "periode,kode_wilayah,nilai,catatan\n2026-07,1373,80,\n2026-08,1373,82,\n2026-09,1373,,Sistem tidak bisa diakses\n2026-10,1373,85,\n");
  writeFileSync(join(ind, "tunggal.yml"), meta("tunggal", "tahunan"));
  writeFileSync(join(ind, "tunggal.csv"), "tahun,kode_wilayah,nilai,catatan\n2026,1373,42,\n");
  const r = buildSite(root);
  if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  dist = join(root, "dist");
}, 300_000);

const wideTrend = (html: string) => {
  const fig = /<terang-chart\b[^>]*data-kind="tren"[\s\S]*?<\/terang-chart>/.exec(html)![0];
  const start = fig.search(/<svg\b[^>]*class="[^"]*v-wide/);
  return { fig, svg: fig.slice(start, fig.indexOf("</svg>", start)) };
};
const tickLabels = (svg: string) => {
  const axis = /<g class="x-axis"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
  return [...axis.matchAll(/<text[^>]*x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), label: m[2]! }));
};
/** The drawn points of a series (a marker `<use>` at the point's centre), their periods from the table. */
const points = (html: string, series: string) => {
  const { fig, svg } = wideTrend(html);
  return tablePoints(fig, svg).filter((p) => p.series === series && !p.tag.includes("gap-marker")).map((p) => ({ x: p.x!, period: p.head }));
};

describe("quarterly data", () => {
  it("labels quarters in each language and spaces points by time", () => {
    const idHtml = readPage(dist, "indikator/antrean/");
    const id = wideTrend(idHtml).svg;
    const en = wideTrend(readPage(dist, "en/indicators/antrean/")).svg;
    const ticks = tickLabels(id);
    // Quarters when they fit, else semesters (both on the time axis), in the page's language.
    const quarters = ticks.every((t) => /^T[1-4] 20\d\d$/.test(t.label));
    expect(quarters || ticks.every((t) => /^S[12] 20\d\d$/.test(t.label))).toBe(true);
    expect(ticks[0]!.label).toMatch(/2025$/);
    expect(tickLabels(en).every((t) => /^(Q[1-4]|H[12]) 20\d\d$/.test(t.label))).toBe(true);
    const solok = points(idHtml, "1372");
    expect(solok).toHaveLength(7);
    const steps = solok.slice(1).map((p, i) => p.x - solok[i]!.x);
    // Quarters are 90–92 days long: evenly spaced within a few per cent.
    for (const st of steps) expect(st / steps[0]!).toBeCloseTo(1, 1);
    if (quarters) solok.forEach((p, i) => expect(Math.abs(p.x - ticks[i]!.x)).toBeLessThan(1));
    // A semester label sits between its two quarters.
    else expect(Math.abs((solok[0]!.x + solok[1]!.x) / 2 - ticks[0]!.x)).toBeLessThan(1);
  });
  it("breaks the line at the missing quarter", () => {
    const html = readPage(dist, "indikator/antrean/");
    const { svg } = wideTrend(html);
    const group = /<g class="series c\d+" data-series-group="1373"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
    const d = /<path class="line" d="([^"]+)"/.exec(group)![1]!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(points(html, "1373").map((p) => p.period)).not.toContain("Triwulan III 2025");
  });
});

describe("monthly data", () => {
  it("labels months, keeps the gap, and puts the note's marker at the missing month", () => {
    const html = readPage(dist, "indikator/pengaduan/");
    const { fig, svg } = wideTrend(html);
    expect(tickLabels(svg).map((t) => t.label)).toEqual(["Jul 2026", "Agu 2026", "Sep 2026", "Okt 2026"]);
    const d = /<path class="line" d="([^"]+)"/.exec(svg)![1]!;
    expect(d.match(/M/g)).toHaveLength(2);
    const gaps = tablePoints(fig, svg).filter((p) => /^<use class="gap-marker"/.test(p.tag));
    expect(gaps.map((p) => [p.head, p.note])).toContainEqual(["September 2026", "Sistem tidak bisa diakses"]);
    expect(fig).toContain("Sistem tidak bisa diakses");
    expect(readPage(dist, "en/indicators/pengaduan/")).toMatch(/>Sep 2026</);
  });
});

describe("a single observation", () => {
  it("draws one point, says it is the only data point, and tabulates it", () => {
    const html = readPage(dist, "indikator/tunggal/");
    const { fig, svg } = wideTrend(html);
    expect(points(html, "1373")).toHaveLength(1);
    expect(fig).toMatch(/satu-satunya data/);
    expect(fig).toMatch(/<td>42%/);
    expect(svg).toMatch(/<title[^>]*>[^<]*Uji tunggal/);
  });
});
