/**
 * Region pages and the comparison of two regions on the built site, both languages: a page for
 * every region of data/regions.csv with all its indicators, each compared (values computed here
 * from the CSVs) with the province in the same period; a page for every ordered pair of distinct
 * regions; a chooser made of links that works without JavaScript.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities, startTags } from "../helpers/html.ts";
import { element, elements, shownNumber, text } from "../policies/_helpers.ts";
import { LANGS, P, diff, improves, indicatorIds, meta, provinceOf, regions, reportsOn, totalsOf, type Lang } from "./_data.ts";

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
      if (prov) expect(compared).toBeGreaterThan(0);
    });
  }
});

const pairs = regions.flatMap((a) => regions.filter((b) => b.code !== a.code).map((b) => [a, b] as const));

describe.each(LANGS)("comparison of two regions (%s)", (lang) => {
  it("the chooser page links every ordered pair, as plain links, and carries the script-driven form", () => {
    const html = readPage(dist, P.compare[lang]);
    const links = startTags(html).filter((t) => t.name === "a").map((t) => t.attrs.href);
    for (const [a, b] of pairs) expect(links).toContain(`${P.compare[lang]}${a.code}/${b.code}/`);
    const form = element(html, /<form class="compare-chooser[^"]*"[^>]*>/)!;
    // Hidden until the script runs; without it the links above do the job.
    expect(form).toMatch(/^<form[^>]*\shidden[\s>]/);
    expect(form).toMatch(/<select id="compare-a"/);
    expect(form).toMatch(/<select id="compare-b"/);
    expect(form).toMatch(/<label for="compare-a"/);
  });

  for (const [a, b] of pairs) {
    it(`${a.code} vs ${b.code}: both regions' latest values side by side`, () => {
      const path = `${P.compare[lang]}${a.code}/${b.code}/`;
      const html = readPage(dist, path);
      const table = element(html, /<table class="compare-table"[^>]*>/)!;
      expect(table).toContain(`data-a="${a.code}" data-b="${b.code}"`);
      const rows = elements(table, /<tr data-indicator="[^"]+"[^>]*>/);
      const ids = rows.map((row) => /data-indicator="([^"]+)"/.exec(row)![1]!);
      expect([...ids].sort()).toEqual(indicatorIds.filter((i) => reportsOn(i, a.code) || reportsOn(i, b.code)).sort());
      for (const row of rows) {
        const id = /data-indicator="([^"]+)"/.exec(row)![1]!;
        const cells = elements(row, /<td class="num"[^>]*>/);
        const la = totalsOf(id, a.code).at(-1);
        const lb = totalsOf(id, b.code).at(-1);
        for (const [cell, obs] of [[cells[0]!, la], [cells[1]!, lb]] as const) {
          if (obs) expect(shownNumber(plain(element(cell, /<strong[^>]*>/)!), lang)).toBeCloseTo(obs.value, 6);
          else expect(cell).not.toContain("<strong");
        }
        const leader = /data-leader="([^"]+)"/.exec(row)?.[1] ?? null;
        if (la && lb && la.period === lb.period) {
          const good = improves(meta(id), diff(la.value, lb.value));
          expect(leader).toBe(good === null ? "equal" : good ? "a" : "b");
          if (good !== null) expect(plain(elements(row, /<td[\s>]/).at(-1)!)).toBe(good ? a.name : b.name);
        } else expect(leader).toBeNull();
      }
      // The choice lives in the URL: swapping and changing either side are links to other pair pages.
      const links = startTags(html).filter((t) => t.name === "a").map((t) => t.attrs.href!);
      expect(links).toContain(`${P.compare[lang]}${b.code}/${a.code}/`);
      for (const c of regions.filter((x) => x.code !== a.code && x.code !== b.code)) {
        expect(links).toContain(`${P.compare[lang]}${c.code}/${b.code}/`);
        expect(links).toContain(`${P.compare[lang]}${a.code}/${c.code}/`);
      }
      for (const l of links.filter((h) => h.startsWith(P.compare[lang]))) expect(exists(l), l).toBe(true);
      // The form starts on the current pair.
      expect(html).toMatch(new RegExp(`<select id="compare-a"[\\s\\S]*?<option value="${a.code}" selected`));
      expect(html).toMatch(new RegExp(`<select id="compare-b"[\\s\\S]*?<option value="${b.code}" selected`));
    });
  }
});
