/**
 * `/catalog.jsonld` parsed by a JSON-LD processor (`jsonld`, the reference implementation of the
 * W3C JSON-LD API) into RDF triples, on the built sample site: one dcat:Dataset per indicator
 * with the DCAT-AP properties in both languages, a dcat:Distribution per download whose URL is a
 * built file, and the catalogue linked from every page's head and from the open-data section.
 */
import { describe, it, expect, inject } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
// @ts-expect-error -- the library ships no types (its @types package lags its major version)
import jsonld from "jsonld";
import { parse } from "yaml";
import { APP, readPage, siteDist } from "../helpers/site.ts";

const dist = siteDist(inject("siteDist"));
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

interface Quad { subject: { value: string }; predicate: { value: string }; object: { value: string; termType: string; language?: string; datatype?: { value: string } } }

const doc = JSON.parse(readFileSync(join(dist, "catalog.jsonld"), "utf8"));
const ids: string[] = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8")).indikator.map((i: { id: string }) => i.id);

/** The site's own URL of a built file → its path under dist/. */
const toFile = (url: string) => join(dist, decodeURIComponent(new URL(url).pathname));

describe("/catalog.jsonld as RDF", () => {
  it("holds one dcat:Dataset per indicator with titles, descriptions, publisher, licence, themes, coverage, date and keywords", async () => {
    const quads = (await jsonld.toRDF(doc)) as unknown as Quad[];
    const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
    const datasets = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`).map((q) => q.subject.value);
    expect(datasets).toHaveLength(ids.length);
    const catalogue = quads.find((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Catalog`)!.subject.value;
    expect(objects(catalogue, `${DCAT}dataset`).map((o) => o.value).sort()).toEqual([...datasets].sort());
    const themes = parse(readFileSync(join(APP, "data/tema.yml"), "utf8")) as { id: string; indikator: string[] }[];
    for (const d of datasets) {
      const id = objects(d, `${DCT}identifier`)[0]!.value;
      expect(ids).toContain(id);
      for (const p of ["title", "description"]) expect(objects(d, `${DCT}${p}`).map((o) => o.language).sort(), `${id} ${p}`).toEqual(["en", "id"]);
      expect(objects(d, `${DCT}publisher`)).toHaveLength(1);
      expect(objects(d, `${DCT}license`)[0]!.value).toMatch(/^https:\/\/creativecommons\.org\//);
      const mine = themes.filter((th) => th.indikator.includes(id)).map((th) => th.id).sort();
      expect(objects(d, `${DCAT}theme`).map((o) => o.value.split("#tema-")[1]).sort(), `${id} themes`).toEqual(mine);
      for (const th of objects(d, `${DCAT}theme`)) expect(objects(th.value, "http://www.w3.org/2004/02/skos/core#prefLabel").length).toBeGreaterThanOrEqual(1);
      const modified = objects(d, `${DCT}modified`)[0]!;
      expect(modified.datatype?.value).toBe("http://www.w3.org/2001/XMLSchema#date");
      const temporal = objects(d, `${DCT}temporal`)[0]!;
      expect(objects(temporal.value, `${DCAT}startDate`)[0]!.value <= objects(temporal.value, `${DCAT}endDate`)[0]!.value).toBe(true);
      expect(objects(d, `${DCT}spatial`).length, `${id} spatial`).toBeGreaterThanOrEqual(1);
      expect(objects(d, `${DCAT}keyword`).length, `${id} keywords`).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives every indicator a distribution per download format, each with a media type and a URL that is a built file", async () => {
    const quads = (await jsonld.toRDF(doc)) as unknown as Quad[];
    const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
    const datasets = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`).map((q) => q.subject.value);
    for (const d of datasets) {
      const id = objects(d, `${DCT}identifier`)[0]!.value;
      const dists = objects(d, `${DCAT}distribution`).map((o) => o.value);
      const urls = dists.map((x) => objects(x, `${DCAT}downloadURL`)[0]!.value);
      const files = urls.map((u) => relative(join(dist, "data"), toFile(u))).sort();
      expect(files).toEqual([`${id}-en.csv`, `${id}-excel.csv`, `${id}.csv`, `${id}.json`, `${id}.xlsx`, `${id}.zip`].sort());
      for (const u of urls) expect(existsSync(toFile(u)) && statSync(toFile(u)).size > 0, u).toBe(true);
      const types = Object.fromEntries(dists.map((x) => [objects(x, `${DCAT}downloadURL`)[0]!.value.split("/").pop(), objects(x, `${DCAT}mediaType`)[0]!.value.replace("https://www.iana.org/assignments/media-types/", "")]));
      expect(types[`${id}.xlsx`]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(types[`${id}.csv`]).toBe("text/csv");
      expect(types[`${id}.json`]).toBe("application/json");
      expect(types[`${id}.zip`]).toBe("application/zip");
    }
  });

  it("is linked from the head of every page and from the open-data section of the guide", () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) { if (!["_astro", "pagefind", "og", "data"].includes(e.name)) walk(p); }
        else if (e.name === "index.html") pages.push(p);
      }
    };
    walk(dist);
    expect(pages.length).toBeGreaterThan(20);
    const missing = pages.filter((p) => {
      const head = readFileSync(p, "utf8").split("</head>")[0]!;
      return !/<link rel="alternate" type="application\/ld\+json" href="[^"]*\/catalog\.jsonld"/.test(head);
    });
    expect(missing.map((p) => relative(dist, p))).toEqual([]);
    for (const guide of ["/panduan-data/", "/en/data-guide/"]) expect(readPage(dist, guide)).toMatch(/href="\/catalog\.jsonld"/);
  });
});
