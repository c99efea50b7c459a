/**
 * The recommendation tracker on the built sample site (built on 2026-11-23), in both languages:
 * /rekomendasi/ and /en/recommendations/ list every recommendation with counts per status and
 * overdue ones marked in words; link filters by status, unit, region and document; a document's
 * page shows its recommendations (an English translation shows its pair's in English); an
 * indicator page lists the recommendations that cite it; the RSS feed has one item per dated
 * status step. Expected numbers are counted by hand from the frontmatter of content/policies:
 *
 * - evaluasi-pengembangan-asn-sawahlunto (1373): tatap-muka berjalan (due 2026-12-31),
 *   jadwal-bersama belum_dimulai (due 2026-06-30: overdue), pengakuan-pembimbing selesai,
 *   keterbukaan-hasil belum_dimulai (due 2027-03-31);
 * - strategi-kompetensi-asn-sawahlunto (1373): pemetaan-kebutuhan berjalan (due 2026-10-31:
 *   overdue), pelatihan-digital belum_dimulai, pengumuman-penghargaan dibatalkan;
 * - evaluasi-pembinaan-asn-solok (1372): format-pelaporan berjalan.
 *
 * So 8 recommendations: 3 not started, 3 in progress, 1 done, 1 dropped; 2 overdue; 12 steps.
 */
import { describe, expect, inject, it } from "vitest";
import { readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities } from "../helpers/html.ts";
import { element, elements, text } from "./_helpers.ts";

const dist = siteDist(inject("siteDist"));
const plain = (html: string) => decodeEntities(text(html)).replace(/\s+/g, " ").trim();
const LIST = { id: "/rekomendasi/", en: "/en/recommendations/" } as const;
const SEG = { id: { status: "status", unit: "unit", region: "wilayah", document: "dokumen" }, en: { status: "status", unit: "unit", region: "region", document: "document" } } as const;
const OVERDUE = { id: "Lewat tenggat", en: "Overdue" } as const;
const items = (html: string) => elements(html, /<li class="rec card"[^>]*>/);
const keyOf = (li: string) => /data-rec="([^"]+)"/.exec(li)![1];

describe.each(["id", "en"] as const)("recommendation tracker (%s)", (lang) => {
  const html = readPage(dist, LIST[lang]);

  it("lists all 8 recommendations with counts per status and the overdue count", () => {
    expect(items(html)).toHaveLength(8);
    const counts = element(html, /<section aria-labelledby="rec-counts"[^>]*>/)!;
    const byStatus = Object.fromEntries([...counts.matchAll(/<li data-status="([a-z_]+)"[^>]*>[\s\S]*?<strong[^>]*>(\d+)<\/strong>/g)].map((m) => [m[1], Number(m[2])]));
    expect(byStatus).toEqual({ belum_dimulai: 3, berjalan: 3, selesai: 1, dibatalkan: 1 });
    expect(plain(counts)).toContain(lang === "id" ? "2 rekomendasi lewat tenggat" : "2 recommendations overdue");
  });

  it("marks the overdue ones in words, and only those", () => {
    const overdue = items(html).filter((li) => plain(li).includes(OVERDUE[lang])).map(keyOf).sort();
    expect(overdue).toEqual(["evaluasi-pengembangan-asn-sawahlunto/jadwal-bersama", "strategi-kompetensi-asn-sawahlunto/pemetaan-kebutuhan"]);
    for (const li of items(html)) expect(li.includes('data-overdue="true"')).toBe(plain(li).includes(OVERDUE[lang]));
  });

  it("gives each its status in words, unit, deadline, document and evidence", () => {
    const done = items(html).find((li) => keyOf(li) === "evaluasi-pengembangan-asn-sawahlunto/pengakuan-pembimbing")!;
    expect(plain(done)).toContain(lang === "id" ? "Selesai sejak 1 September 2026" : "Done since 1 September 2026");
    expect(plain(done)).toContain("BKPSDM Kota Sawahlunto");
    expect(done).toContain('datetime="2026-09-30"');
    expect(done).toContain(lang === "id" ? 'href="/kebijakan/evaluasi-pengembangan-asn-sawahlunto/#rekomendasi-pengakuan-pembimbing"' : 'href="/en/policies/evaluation-asn-development-sawahlunto/#recommendation-pengakuan-pembimbing"');
    // Evidence: the indicator, with its progress status for the document's region.
    expect(done).toContain(`href="${lang === "id" ? "/indikator/" : "/en/indicators/"}cakupan-mentoring/"`);
    expect(done).toMatch(/data-progress="[a-z_]+"/);
    // English readers get the English text.
    expect(plain(done)).toContain(lang === "id" ? "Memperhitungkan tugas mentoring" : "Count mentoring duties");
  });

  it.each([
    ["status", "selesai", ["evaluasi-pengembangan-asn-sawahlunto/pengakuan-pembimbing"]],
    ["unit", "bkpsdm-kota-solok", ["evaluasi-pembinaan-asn-solok/format-pelaporan"]],
    ["region", "1372", ["evaluasi-pembinaan-asn-solok/format-pelaporan"]],
    ["document", "strategi-kompetensi-asn-sawahlunto", ["strategi-kompetensi-asn-sawahlunto/pelatihan-digital", "strategi-kompetensi-asn-sawahlunto/pemetaan-kebutuhan", "strategi-kompetensi-asn-sawahlunto/pengumuman-penghargaan"]],
  ] as const)("filters by %s (%s) on a page of its own, linked from the list", (facet, value, expected) => {
    const path = `${LIST[lang]}${SEG[lang][facet]}/${value}/`;
    expect(html).toContain(`href="${path}"`);
    const page = readPage(dist, path);
    expect(items(page).map(keyOf).sort()).toEqual([...expected].sort());
    expect(page).toMatch(/aria-current="page"/);
  });

  it("links its RSS feed, with one item per dated status step", () => {
    const feed = lang === "id" ? "/rekomendasi/rss.xml" : "/en/recommendations/rss.xml";
    expect(html).toContain(`href="${feed}"`);
    const xml = readPage(dist, feed);
    expect([...xml.matchAll(/<item>/g)]).toHaveLength(12);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => new Date(m[1]!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(xml).toContain(lang === "id" ? "<title>Selesai: Memperhitungkan tugas mentoring" : "<title>Done: Count mentoring duties");
  });
});

describe("recommendations on documents and indicator pages", () => {
  it("a document shows its recommendations with status; its English translation shows them in English", () => {
    const id = readPage(dist, "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/");
    const sec = element(id, /<section class="recommendations"[^>]*>/)!;
    expect(items(sec).map(keyOf)).toEqual(["tatap-muka", "jadwal-bersama", "pengakuan-pembimbing", "keterbukaan-hasil"].map((r) => `evaluasi-pengembangan-asn-sawahlunto/${r}`));
    expect(plain(sec)).toContain("Lewat tenggat");
    const en = readPage(dist, "/en/policies/evaluation-asn-development-sawahlunto/");
    const enSec = element(en, /<section class="recommendations"[^>]*>/)!;
    expect(items(enSec)).toHaveLength(4);
    expect(plain(enSec)).toContain("Schedule training with the heads of units");
    expect(plain(enSec)).toContain("Overdue");
    expect(enSec).toContain('id="recommendation-jadwal-bersama"');
  });

  it.each([["/kebijakan/", "/rekomendasi/"], ["/en/policies/", "/en/recommendations/"]])("the policy list %s links the tracker %s", (list, tracker) => {
    expect(readPage(dist, list)).toContain(`href="${tracker}"`);
  });

  it("a document without recommendations has no such section", () => {
    const html = readPage(dist, "/kebijakan/program-pelatihan-asn-sawahlunto/");
    expect(html).not.toContain('class="recommendations"');
  });

  it.each(["id", "en"] as const)("the indicator page of partisipasi-pelatihan lists the three recommendations citing it (%s)", (lang) => {
    const html = readPage(dist, lang === "id" ? "/indikator/partisipasi-pelatihan/" : "/en/indicators/partisipasi-pelatihan/");
    const sec = element(html, /<section aria-labelledby="recs-title"[^>]*>/)!;
    const links = [...sec.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(links).toEqual(
      (lang === "id"
        ? ["/kebijakan/evaluasi-pembinaan-asn-solok/#rekomendasi-format-pelaporan", "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/#rekomendasi-jadwal-bersama", "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/#rekomendasi-tatap-muka"]
        : ["/en/policies/evaluation-asn-coaching-solok/#recommendation-format-pelaporan", "/en/policies/evaluation-asn-development-sawahlunto/#recommendation-jadwal-bersama", "/en/policies/evaluation-asn-development-sawahlunto/#recommendation-tatap-muka"]
      ).sort(),
    );
  });
});
