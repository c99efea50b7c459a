/**
 * The home page of the built site (both languages): a card per headline indicator of
 * data/situs.yml `utama` with the latest value computed here from the CSV, its band or target
 * status, the change since the previous period as an arrow AND in words, and a sparkline; links
 * into every theme and region; the list of overdue indicators.
 */
import { describe, expect, inject, it } from "vitest";
import { readPage, siteDist } from "../helpers/site.ts";
import { TODAY } from "../helpers/site.ts";
import { decodeEntities } from "../helpers/html.ts";
import { element, elements, expectedBand, expectedTarget, shownNumber, text } from "../policies/_helpers.ts";
import { PUBLICATION_LAG_MONTHS } from "../../src/lib/data/staleness.ts";
import { LANGS, P, diff, improves, local, meta, regions, situs, themes, totalsOf, indicatorIds, type Lang } from "./_data.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APP } from "../helpers/site.ts";

const dist = siteDist(inject("siteDist"));
const plain = (html: string) => decodeEntities(text(html)).trim();

/** The region a card speaks for: the province when it has data, else the first region (by name) with data. */
function headlineRegion(id: string): string | null {
  // The cities this site is for come first (the first by name), then the province, then any region.
  const withData = regions.filter((r) => totalsOf(id, r.code).length > 0).sort((a, b) => a.name.localeCompare(b.name, "id"));
  const city = withData.find((r) => r.kind === "kota");
  if (city) return city.code;
  const prov = withData.find((r) => r.kind === "provinsi");
  if (prov) return prov.code;
  return withData[0]?.code ?? null;
}

const ROMAN = ["I", "II", "III", "IV"];
const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A CSV period as a reader sees it. */
function periodWords(code: string, lang: Lang): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-S([12])$/.exec(code))) return lang === "id" ? `Semester ${ROMAN[+m[2]! - 1]} ${m[1]}` : `H${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(code))) return lang === "id" ? `Triwulan ${ROMAN[+m[2]! - 1]} ${m[1]}` : `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(code))) return `${(lang === "id" ? MONTHS_ID : MONTHS_EN)[+m[2]! - 1]} ${m[1]}`;
  return code;
}

describe.each(LANGS)("home page (%s)", (lang) => {
  const html = readPage(dist, P.home[lang]);
  const cards = elements(html, /<li class="card indicator-card"[^>]*>/);

  it("has one card per headline indicator, in the order of situs.yml", () => {
    expect(cards.map((c) => /data-indicator="([^"]+)"/.exec(c)![1])).toEqual(situs.utama);
  });

  it("has a plain-language intro paragraph", () => {
    const lede = element(html, /<p class="lede"[^>]*>/);
    expect(lede).not.toBeNull();
    expect(plain(lede!).split(" ").length).toBeGreaterThan(20);
  });

  for (const id of situs.utama) {
    it(`card ${id}: latest value from the CSV, status, change (arrow + words), sparkline`, () => {
      const card = cards.find((c) => c.includes(`data-indicator="${id}"`))!;
      const m = meta(id);
      const region = headlineRegion(id)!;
      expect(card).toContain(`data-region="${region}"`);
      const obs = totalsOf(id, region);
      const last = obs.at(-1)!;
      const prev = obs.at(-2);
      const regionName = regions.find((r) => r.code === region)!.name;

      const forLine = plain(element(card, /<p class="for[^"]*"[^>]*>/)!);
      expect(forLine).toBe(`${regionName}, ${periodWords(last.period, lang)}`);
      const value = plain(element(card, /<strong class="value"[^>]*>/)!);
      expect(shownNumber(value, lang)).toBeCloseTo(last.value, 6);
      if (m.satuan === "persen") expect(value).toMatch(/%$/);

      const status = element(card, /<p class="status"[^>]*>/)!;
      const band = expectedBand(m, last.value);
      if (band) expect(status).toContain(`data-band="${band}"`);
      else expect(status).not.toContain("data-band=");
      const target = expectedTarget(m, last.value);
      if (target) expect(status).toMatch(new RegExp(`class="badge ${target}"`));
      expect(band !== null || target !== null).toBe(true);

      const delta = element(card, /<p class="delta"[^>]*>/)!;
      if (!prev) return expect(plain(delta)).toBe("");
      const d = diff(last.value, prev.value);
      const arrow = d > 0 ? "↑" : d < 0 ? "↓" : "→";
      expect(delta).toMatch(new RegExp(`<span class="arrow" aria-hidden="true"[^>]*>${arrow}</span>`));
      const words = plain(delta).replace(arrow, "").trim();
      const verb = lang === "id" ? (d > 0 ? "naik" : d < 0 ? "turun" : "tidak berubah") : d > 0 ? "up" : d < 0 ? "down" : "unchanged";
      const since = lang === "id" ? "sejak" : "since";
      expect(words.startsWith(`${verb} `)).toBe(true);
      expect(words).toContain(`${since} ${periodWords(prev.period, lang)}`);
      if (d !== 0) expect(shownNumber(words.slice(verb.length), lang)).toBeCloseTo(Math.abs(d), 6);
      const good = improves(m, d);
      if (good !== null) expect(words.endsWith(lang === "id" ? (good ? "membaik" : "memburuk") : good ? "better" : "worse")).toBe(true);

      const spark = element(card, /<span class="sparkline"[^>]*>/);
      expect(spark).toMatch(/<svg[\s>]/);
    });
  }

  it("links into every theme and every region, and to the comparison", () => {
    for (const th of themes) expect(html).toContain(`href="${P.themes[lang]}${th.id}/"`);
    for (const r of regions) expect(html).toContain(`href="${P.regions[lang]}${r.code}/"`);
    expect(html).toContain(`href="${P.compare[lang]}"`);
  });

  it("lists the latest policy documents", () => {
    const docs = element(html, /<section aria-labelledby="docs-title"[^>]*>/)!;
    expect(elements(docs, /<li[\s>]/).length).toBeGreaterThan(0);
  });

  it("lists exactly the overdue indicators (latest period with data older than the last one due)", () => {
    // Due: a period's data are due PUBLICATION_LAG_MONTHS after it ends. Overdue: the period after
    // the latest one with data has ended that long ago by TODAY.
    const today = new Date(`${TODAY}T00:00:00Z`);
    const span: Record<string, number> = { tahunan: 12, semesteran: 6, triwulanan: 3, bulanan: 1 };
    const endOf = (code: string): Date => {
      const y = +code.slice(0, 4);
      let m: RegExpExecArray | null;
      if ((m = /-S(\d)$/.exec(code))) return new Date(Date.UTC(y, +m[1]! * 6, 1));
      if ((m = /-Q(\d)$/.exec(code))) return new Date(Date.UTC(y, +m[1]! * 3, 1));
      if ((m = /-(\d{2})$/.exec(code))) return new Date(Date.UTC(y, +m[1]!, 1));
      return new Date(Date.UTC(y + 1, 0, 1));
    };
    const expected = indicatorIds.filter((id) => {
      const m = meta(id);
      const raw = readFileSync(join(APP, "data/indicators", `${id}.csv`), "utf8");
      const periods = raw.split(/\r?\n/).slice(1).map((l) => l.split(/[,;]/)).filter((c) => c.length > 2).map((c) => c[0]!);
      const withValue = regions.flatMap((r) => totalsOf(id, r.code).map((o) => o.period));
      const latest = (withValue.length ? withValue : periods).sort().at(-1)!;
      const nextEnd = endOf(latest);
      const due = new Date(Date.UTC(nextEnd.getUTCFullYear(), nextEnd.getUTCMonth() + span[m.frekuensi]! + PUBLICATION_LAG_MONTHS[m.frekuensi]!, 1));
      return due.getTime() <= today.getTime();
    });
    const section = element(html, /<section aria-labelledby="overdue-title"[^>]*>/);
    const listed = section ? [...section.matchAll(/<li data-indicator="([^"]+)"/g)].map((x) => x[1]) : [];
    expect(listed.sort()).toEqual(expected.sort());
    if (expected.length) expect(plain(section!)).toContain(local(meta(expected[0]!).judul, lang));
  });
});
