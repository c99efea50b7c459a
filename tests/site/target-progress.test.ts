/**
 * Progress to the target year on the built sample site, in both languages: the status in words
 * and as a coloured badge on indicator cards, on the indicator page (badge per region and the
 * sentence with the figures) and on <Indicator> in a policy document; the methodology page
 * explains the method. Expected statuses are worked out by hand from the sample data (below), not
 * by the code under test.
 *
 * - penyelesaian-pelatihan, province (13): target 90 by 2026, no baseline year → 2019 = 88,
 *   2025 = 87.1. Needs +0.16 %/yr, fell −0.17 %/yr: R < 0 → off track.
 * - capaian-20-jp, Kota Sawahlunto (1373): baseline 2021 = 27.9, 2025 = 52.7, target 60 by 2026.
 *   Achieved (52.7/27.9)^(1/4) − 1 = 17.2 %/yr; required (60/27.9)^(1/5) − 1 = 16.6 %/yr; R ≈ 1.04
 *   → on track.
 * - ikm, Kota Solok (1372): 2026 S1 = 90.05 ≥ 88.31 → achieved.
 * - ikm, province (13): baseline 2021 S2 = 81.88, 2026 S1 = 86.71, target 88.31 by 2026: achieved
 *   1.15 %/yr, required 1.52 %/yr, R ≈ 0.76 → moderate progress.
 * - kepuasan-peserta-pelatihan, Kota Sawahlunto: 2019 = 78.4, 2025 = 83.2, target 85 by 2026:
 *   achieved 1.00 %/yr, required 1.16 %/yr, R ≈ 0.86 → moderate progress.
 */
import { describe, expect, inject, it } from "vitest";
import { readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities } from "../helpers/html.ts";
import { element, elements, text } from "../policies/_helpers.ts";
import { LANGS, P } from "./_data.ts";

const dist = siteDist(inject("siteDist"));
const plain = (html: string) => decodeEntities(text(html)).replace(/\s+/g, " ").trim();
const WORDS = {
  id: { tercapai: "Target 2026: tercapai", sesuai_jalur: "Target 2026: sesuai jalur", kemajuan_sedang: "Target 2026: kemajuan sedang", di_luar_jalur: "Target 2026: tidak sesuai jalur" },
  en: { tercapai: "2026 target: achieved", sesuai_jalur: "2026 target: on track", kemajuan_sedang: "2026 target: moderate progress", di_luar_jalur: "2026 target: off track" },
} as const;
const badge = (html: string) => /<span class="badge progress progress-([a-z_]+)" data-progress="\1">([^<]+)<\/span>/.exec(html);
const DOC = { id: "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/", en: "/en/policies/evaluation-asn-development-sawahlunto/" } as const;

describe.each(LANGS)("progress to the target year (%s)", (lang) => {
  it("an indicator card shows its region's status in words, with the status class for its colour", () => {
    const html = readPage(dist, P.indicators[lang]);
    // Every region of penyelesaian-pelatihan is off track (2019 → 2025 fell in 13, 1372 and 1373), whichever the card reads.
    const card = element(html, /<li class="card indicator-card" data-indicator="penyelesaian-pelatihan"[^>]*>/);
    expect(card).not.toBeNull();
    const b = badge(card!);
    expect(b?.[1]).toBe("di_luar_jalur");
    expect(decodeEntities(b![2]!)).toBe(WORDS[lang].di_luar_jalur);
  });

  it("a region page's card shows the region's own status (ikm: Kota Solok achieved, Kabupaten Solok moderate)", () => {
    const solok = element(readPage(dist, `${P.regions[lang]}1372/`), /<li class="card region-card" data-indicator="ikm"[^>]*>/)!;
    expect(badge(solok)?.[1]).toBe("tercapai");
    expect(decodeEntities(badge(solok)![2]!)).toBe(WORDS[lang].tercapai);
    // Kabupaten Solok (1302): 2021 S2 = 77.48, 2026 S1 = 84.73: 1.81 %/yr achieved, 2.65 %/yr needed to reach 88.31, R ≈ 0.68.
    const kab = element(readPage(dist, `${P.regions[lang]}1302/`), /<li class="card region-card" data-indicator="ikm"[^>]*>/)!;
    expect(badge(kab)?.[1]).toBe("kemajuan_sedang");
  });

  it("the indicator page gives each region's status and the figures behind it", () => {
    const html = readPage(dist, `${P.indicators[lang]}ikm/`);
    const section = element(html, /<section aria-labelledby="progress-title"[^>]*>/);
    expect(section).not.toBeNull();
    const items = elements(section!, /<li data-progress="[a-z_]+"[^>]*>/);
    const byRegion = Object.fromEntries(items.map((li) => [plain(li).split(":")[0]!.trim(), /data-progress="([a-z_]+)"/.exec(li)![1]]));
    expect(byRegion["Kota Solok"], JSON.stringify(byRegion)).toBe("tercapai");
    expect(byRegion["Sumatera Barat"]).toBe("kemajuan_sedang");
    const province = plain(items.find((li) => plain(li).startsWith("Sumatera Barat"))!);
    // The sentence names the baseline and latest figures and years, and the target.
    expect(province).toContain(lang === "id" ? "81,88" : "81.88");
    expect(province).toContain("2021");
    expect(province).toContain(lang === "id" ? "86,71" : "86.71");
    expect(province).toContain(lang === "id" ? "88,31" : "88.31");
    // The same status is on the latest-values table, in words.
    const table = element(html, /<section aria-labelledby="latest-title"[^>]*>/)!;
    expect(plain(table)).toContain(WORDS[lang].tercapai);
    expect(plain(table)).toContain(WORDS[lang].kemajuan_sedang);
    // It links the method.
    expect(section).toContain(`href="${P.method[lang]}#${lang === "id" ? "kemajuan-target" : "target-progress"}"`);
  });

  it("capaian-20-jp in Kota Sawahlunto is on track (R ≈ 1.04)", () => {
    const html = readPage(dist, `${P.indicators[lang]}capaian-20-jp/`);
    const section = element(html, /<section aria-labelledby="progress-title"[^>]*>/)!;
    const li = elements(section, /<li data-progress="[a-z_]+"[^>]*>/).find((x) => plain(x).startsWith("Kota Sawahlunto"))!;
    expect(li).toContain('data-progress="sesuai_jalur"');
  });

  it("<Indicator> in a policy document shows the status of its region", () => {
    const html = readPage(dist, DOC[lang]);
    const mentoring = element(html, /<aside class="live-indicator"[^>]*data-indicator="kepuasan-peserta-pelatihan"[^>]*>/);
    expect(mentoring).not.toBeNull();
    const b = badge(mentoring!);
    expect(b?.[1]).toBe("kemajuan_sedang");
    expect(decodeEntities(b![2]!)).toBe(WORDS[lang].kemajuan_sedang);
  });

  it("the methodology page explains the method, its thresholds and every status, and cites it", () => {
    const html = readPage(dist, P.method[lang]);
    const section = element(html, /<section aria-labelledby="(kemajuan-target|target-progress)"[^>]*>/);
    expect(section).not.toBeNull();
    const words = plain(section!);
    expect(words).toContain("95%");
    expect(words).toContain("60%");
    for (const s of ["tercapai", "sesuai_jalur", "kemajuan_sedang", "di_luar_jalur", "data_kurang"]) expect(section).toContain(`data-progress="${s}"`);
    expect(section).toContain('href="https://open-sdg.readthedocs.io/en/latest/progress-methodology/"');
  });
});
