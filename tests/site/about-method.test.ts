/**
 * The about page (publisher, data licence from data/situs.yml with CC BY 4.0 by default, how to
 * cite, contact) and the methodology page (every indicator's definition, method and source from
 * its YAML), in both languages, on the built site; one extra build shows the licence follows
 * situs.yml.
 */
import { describe, expect, inject, it, beforeAll } from "vitest";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { buildSite, copyProject, readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities, startTags } from "../helpers/html.ts";
import { element, text } from "../policies/_helpers.ts";
import { siteConfig } from "../../src/lib/data/schema/site.ts";
import { LANGS, P, indicatorIds, local, meta, situs } from "./_data.ts";

const dist = siteDist(inject("siteDist"));
const plain = (html: string) => decodeEntities(text(html)).replace(/\s+/g, " ").trim();
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

describe.each(LANGS)("about page (%s)", (lang) => {
  const html = readPage(dist, P.about[lang]);
  const section = (id: string) => element(html, new RegExp(`<section aria-labelledby="${id}"[^>]*>`))!;

  it("names the publisher from situs.yml", () => {
    expect(plain(section("publisher"))).toContain(norm(local(situs.penerbit, lang)));
  });

  it("links the data licence of situs.yml with rel=license", () => {
    const links = startTags(section("licence")).filter((t) => t.name === "a" && t.attrs.rel === "license");
    expect(links.map((l) => l.attrs.href)).toEqual([situs.lisensi.url]);
    expect(plain(section("licence"))).toContain(situs.lisensi.nama);
  });

  it("shows how to cite the site and an indicator, with their absolute addresses", () => {
    const cite = plain(section("cite"));
    expect(cite).toContain(norm(local(situs.penerbit, lang)));
    expect(cite).toMatch(new RegExp(`https?://[^ ]+${P.home[lang].replace(/\//g, "\\/")} `));
    expect(cite).toMatch(new RegExp(`https?://[^ ]+${P.indicators[lang].replace(/\//g, "\\/")}${situs.utama[0]}/`));
    expect(cite).toContain(local(meta(situs.utama[0]!).judul, lang));
  });

  it("gives the contact address as a mailto link", () => {
    expect(startTags(section("contact")).some((t) => t.name === "a" && t.attrs.href === `mailto:${situs.kontak}`)).toBe(true);
  });

  it("links the methodology", () => {
    expect(section("method")).toContain(`href="${P.method[lang]}"`);
  });
});

describe.each(LANGS)("methodology page (%s)", (lang) => {
  const html = readPage(dist, P.method[lang]);

  it("has one section per indicator, listed in the table of contents", () => {
    const sections = [...html.matchAll(/<section class="indicator" id="([^"]+)"/g)].map((m) => m[1]);
    expect([...sections].sort()).toEqual(indicatorIds);
    const toc = element(html, /<nav aria-labelledby="toc"[^>]*>/)!;
    for (const id of indicatorIds) expect(toc).toContain(`href="#${id}"`);
  });

  for (const id of indicatorIds) {
    it(`${id}: definition, method and source as in its YAML`, () => {
      const m = meta(id);
      const sec = element(html, new RegExp(`<section class="indicator" id="${id}"[^>]*>`))!;
      expect(plain(element(sec, /<h3[^>]*>/)!)).toContain(norm(local(m.judul, lang)));
      expect(plain(element(sec, /<dd class="definition"[^>]*>/)!)).toContain(norm(local(m.deskripsi, lang)));
      expect(plain(element(sec, /<dd class="method"[^>]*>/)!)).toContain(norm(local(m.metode, lang)));
      expect(plain(element(sec, /<dd class="source"[^>]*>/)!)).toContain(norm(local(m.sumber, lang)));
      expect(sec).toContain(`href="${P.indicators[lang]}${id}/"`);
    });
  }
});

describe("data licence", () => {
  it("is CC BY 4.0 when situs.yml leaves it out", () => {
    const { lisensi, ...rest } = parseYaml(readFileSync(join(import.meta.dirname, "../../data/situs.yml"), "utf8")) as Record<string, unknown>;
    expect(lisensi).toBeDefined();
    const parsed = siteConfig.parse(rest);
    expect(parsed.lisensi).toEqual({ nama: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
  });

  describe("follows situs.yml on the built site", () => {
    let root = "";
    beforeAll(() => {
      root = copyProject();
      const file = join(root, "data/situs.yml");
      const yml = readFileSync(file, "utf8").replace(/lisensi:[\s\S]*?(?=\n\S)/, 'lisensi:\n  nama: "CC0 1.0"\n  url: "https://creativecommons.org/publicdomain/zero/1.0/"');
      writeFileSync(file, yml);
      const r = buildSite(root);
      if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
      return () => rmSync(root, { recursive: true, force: true });
    });
    it.each(LANGS)("about page (%s) names and links the configured licence", (lang) => {
      const html = readPage(join(root, "dist"), P.about[lang]);
      const sec = element(html, /<section aria-labelledby="licence"[^>]*>/)!;
      expect(plain(sec)).toContain("CC0 1.0");
      expect(startTags(sec).filter((t) => t.attrs.rel === "license").map((t) => t.attrs.href)).toEqual(["https://creativecommons.org/publicdomain/zero/1.0/"]);
    });
  });
});
