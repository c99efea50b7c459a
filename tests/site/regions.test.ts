/**
 * Region pages and the comparison of two regions on the built site, both languages: a page for
 * every region of data/regions.csv with all its indicators, each compared (values computed here
 * from the CSVs) with the province in the same period, side by side with its parent in a table
 * and linking its siblings (no JavaScript needed); one comparison page per language (no page per
 * pair: the script draws the pair, tests/browser/compare.test.ts) and its data file.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities, startTags } from "../helpers/html.ts";
import { element, elements, shownNumber, text } from "../policies/_helpers.ts";
import { LANGS, P, diff, improves, indicatorIds, meta, provinceOf, regions, reportsOn, totalsOf, type Lang, type RegionRow } from "./_data.ts";

const dist = siteDist(inject("siteDist"));
const exists = (path: string) => existsSync(join(dist, path.replace(/^\//, ""), "index.html"));
const plain = (html: string) => decodeEntities(text(html)).trim();
const WORDS: Record<Lang, { better: string; worse: string; same: string }> = {
  id: { better: "lebih baik daripada provinsi", worse: "lebih buruk daripada provinsi", same: "sama dengan provinsi" },
  en: { better: "better than the province", worse: "worse than the province", same: "same as the province" },
};

describe.each(LANGS)("region pages (%s)", (lang) => {
  it("the regions index links a page for every region of regions.csv", () => {
    const html = readPage(dist, P.regions[lang]);
    for (const r of regions) {
      expect(html).toContain(`href="${P.regions[lang]}${r.code}/"`);
      expect(exists(`${P.regions[lang]}${r.code}/`)).toBe(true);
    }
  });

  for (const r of regions) {
    it(`${r.code} ${r.name}: every indicator it reports on, compared with the province in the same period`, () => {
      const html = readPage(dist, `${P.regions[lang]}${r.code}/`);
      expect(plain(element(html, /<h1[^>]*>/)!)).toBe(r.name);
      const cards = elements(html, /<li class="card region-card"[^>]*>/);
      const ids = cards.map((c) => /data-indicator="([^"]+)"/.exec(c)![1]!);
      expect([...ids].sort()).toEqual(indicatorIds.filter((i) => reportsOn(i, r.code)).sort());
      const prov = provinceOf(r.code);
      if (prov) expect(html).toContain(`href="${P.regions[lang]}${prov.code}/"`);
      let compared = 0;
      for (const card of cards) {
        const id = /data-indicator="([^"]+)"/.exec(card)![1]!;
        const obs = totalsOf(id, r.code);
        const last = obs.at(-1);
        if (!last) continue;
        expect(Number(/<strong class="value"[^>]*data-value="([^"]+)"/.exec(card)![1])).toBeCloseTo(last.value, 9);
        expect(shownNumber(plain(element(card, /<strong class="value"[^>]*>/)!), lang)).toBeCloseTo(last.value, 6);
        expect(card).toContain(`data-period="${last.period}"`);
        const vs = element(card, /<p class="vs-province"[^>]*>/);
        if (!prov) {
          expect(vs).toBeNull();
          continue;
        }
        expect(vs).not.toBeNull();
        const same = totalsOf(id, prov.code).find((o) => o.period === last.period);
        const words = plain(vs!);
        expect(words.startsWith(prov.name)).toBe(true);
        if (!same) {
          expect(vs).not.toContain("data-province-value");
          continue;
        }
        compared++;
        expect(Number(/data-province-value="([^"]+)"/.exec(vs!)![1])).toBeCloseTo(same.value, 9);
        const gap = diff(last.value, same.value);
        const good = improves(meta(id), gap);
        expect(words).toContain(good === null ? WORDS[lang].same : good ? WORDS[lang].better : WORDS[lang].worse);
      }
      if (prov && r.kind !== "kecamatan") expect(compared).toBeGreaterThan(0);
      if (r.kind === "kecamatan") {
        // A district reports on its own indicator, which the province does not: its page compares
        // it with its city (the table of the region beside its parent) and links the city.
        const city = regions.find((x) => x.code === r.parent)!;
        expect(city.kind).toBe("kota");
        expect(html).toContain(`href="${P.regions[lang]}${city.code}/"`);
        expect(plain(html)).toContain(`${r.name} ${lang === "id" ? "dan" : "and"} ${city.name}`);
        expect(readPage(dist, `${P.regions[lang]}${city.code}/`)).toContain(`href="${P.regions[lang]}${r.code}/"`);
      }
    });
  }
});

/** Checks a comparison table (CompareTable.astro) of regions a and b against the CSVs. */
function checkCompareTable(table: string, a: RegionRow, b: RegionRow, lang: Lang) {
  expect(table).toContain(`data-a="${a.code}" data-b="${b.code}"`);
  expect(element(table, /<caption[^>]*>/)).not.toBeNull();
  const rows = elements(table, /<tr data-indicator="[^"]+"[^>]*>/);
  const ids = rows.map((row) => /data-indicator="([^"]+)"/.exec(row)![1]!);
  expect([...ids].sort()).toEqual(indicatorIds.filter((i) => totalsOf(i, a.code).length > 0 || totalsOf(i, b.code).length > 0).sort());
  for (const row of rows) {
    const id = /data-indicator="([^"]+)"/.exec(row)![1]!;
    const cells = elements(row, /<td class="num"[^>]*>/);
    const la = totalsOf(id, a.code).at(-1);
    const lb = totalsOf(id, b.code).at(-1);
    for (const [cell, obs] of [[cells[0]!, la], [cells[1]!, lb]] as const) {
      if (obs) {
        expect(shownNumber(plain(element(cell, /<strong[^>]*>/)!), lang)).toBeCloseTo(obs.value, 6);
        expect(cell).toContain(`data-period="${obs.period}"`);
      } else expect(cell).not.toContain("<strong");
    }
    const leader = /data-leader="([^"]+)"/.exec(row)?.[1] ?? null;
    if (la && lb && la.period === lb.period) {
      const good = improves(meta(id), diff(la.value, lb.value));
      expect(leader).toBe(good === null ? "equal" : good ? "a" : "b");
      if (good !== null) expect(plain(elements(row, /<td[\s>]/).at(-1)!)).toBe(good ? a.name : b.name);
    } else expect(leader).toBeNull();
  }
}

describe.each(LANGS)("region pages without JavaScript: parent, siblings, compare-with (%s)", (lang) => {
  for (const r of regions) {
    const parent = regions.find((x) => x.code === r.parent) ?? null;
    it(`${r.code}: ${parent ? `side by side with ${parent.name}` : "a province: no parent table"}, siblings linked`, () => {
      const html = readPage(dist, `${P.regions[lang]}${r.code}/`);
      const section = element(html, /<section class="vs-parent"[^>]*>/);
      if (parent) {
        expect(section).not.toBeNull();
        checkCompareTable(element(section!, /<table class="compare-table"[^>]*>/)!, r, parent, lang);
      } else expect(section).toBeNull();
      // Siblings: the other regions with the same parent (for a province, the other provinces).
      const siblings = regions.filter((x) => x.code !== r.code && (r.parent ? x.parent === r.parent : x.kind === "provinsi"));
      const nav = element(html, /<nav class="siblings[^"]*"[^>]*>/);
      if (siblings.length === 0) expect(nav).toBeNull();
      else {
        const links = startTags(nav!).filter((t) => t.name === "a").map((t) => t.attrs.href);
        expect(links.sort()).toEqual(siblings.map((x) => `${P.regions[lang]}${x.code}/`).sort());
      }
      // A plain form opens the comparison page with this region chosen.
      const form = element(html, /<form class="compare-with[^"]*"[^>]*>/)!;
      expect(form).toMatch(new RegExp(`action="${P.compare[lang]}"`));
      expect(form).toMatch(new RegExp(`<input type="hidden" name="a" value="${r.code}"`));
      expect(form).toMatch(/<label for="compare-with-b"/);
      const options = [...form.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
      expect(options.sort()).toEqual(regions.filter((x) => x.code !== r.code).map((x) => x.code).sort());
    });
  }
});

describe.each(LANGS)("comparison of two regions (%s)", (lang) => {
  it("is one page: no page per pair of regions", () => {
    for (const a of regions) for (const b of regions) if (a.code !== b.code) expect(exists(`${P.compare[lang]}${a.code}/${b.code}/`)).toBe(false);
  });

  it("the page carries the script-driven form, says that choosing needs JavaScript and links every region page", () => {
    const html = readPage(dist, P.compare[lang]);
    const form = element(html, /<fieldset class="compare-chooser[^"]*"[^>]*>/)!;
    // Hidden until the script runs.
    expect(form).toMatch(/^<fieldset[^>]*\shidden[\s>]/);
    for (const s of ["a", "b"]) {
      expect(form).toMatch(new RegExp(`<label for="compare-${s}"`));
      const select = element(form, new RegExp(`<select id="compare-${s}"[^>]*>`))!;
      expect([...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(regions.map((r) => r.code).sort());
    }
    expect(html).toMatch(/<p class="compare-status" role="status" aria-live="polite"[\s>]/);
    expect(plain(element(html, /<p class="compare-nojs[^"]*"[^>]*>/)!)).toMatch(/JavaScript/);
    const links = startTags(html).filter((t) => t.name === "a").map((t) => t.attrs.href);
    for (const r of regions) expect(links).toContain(`${P.regions[lang]}${r.code}/`);
    const app = startTags(html).find((t) => t.name === "div" && t.attrs.class === "compare-app")!;
    expect(app.attrs["data-src"]).toBe("/data/wilayah/terbaru.json");
  });
});

describe("the comparison data file", () => {
  const data = JSON.parse(readFileSync(join(dist, "data/wilayah/terbaru.json"), "utf8")) as {
    wilayah: [string, string][];
    indikator: { id: string; satuan: string; arah: string; nilai: ([number, string] | null)[] }[];
  };
  it("lists every region, and for every indicator each region's latest total (value, period) as in the CSV", () => {
    expect(data.wilayah.map(([c]) => c).sort()).toEqual(regions.map((r) => r.code).sort());
    for (const [code, name] of data.wilayah) expect(name).toBe(regions.find((r) => r.code === code)!.name);
    expect(data.indikator.map((i) => i.id).sort()).toEqual(indicatorIds.filter((id) => regions.some((r) => totalsOf(id, r.code).length > 0)).sort());
    for (const ind of data.indikator) {
      expect(ind.arah).toBe(meta(ind.id).arah);
      data.wilayah.forEach(([code], k) => {
        const last = totalsOf(ind.id, code).at(-1);
        if (!last) expect(ind.nilai[k]).toBeNull();
        else {
          expect(ind.nilai[k]![0]).toBeCloseTo(last.value, 9);
          expect(ind.nilai[k]![1]).toBe(last.period);
        }
      });
    }
  });
});
