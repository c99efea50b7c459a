/**
 * `/catalog.jsonld`: a DCAT catalogue of the open data, in the style of DCAT-AP, for harvesters
 * such as the CKAN-based Satu Data portals (ckanext-dcat reads JSON-LD). One `dcat:Dataset` per
 * indicator, titled and described in Indonesian and English, with publisher, licence, themes
 * (`data/tema.yml`, as a SKOS concept scheme), temporal and spatial coverage, modification date,
 * keywords, a contact point, and one `dcat:Distribution` per download with its IANA media type.
 * Places (`dct:Location`, one per region, at the region page's address) are described once in the
 * graph and referred to by each dataset; the file is written without indentation (it grows with
 * every indicator).
 * Pure: addresses are made absolute from the site root the caller gives.
 */
import type { Indicator, LocalText } from "./data/model.ts";
import type { Site } from "./data/project.ts";
import { DOWNLOADS } from "./data/downloads.ts";
import { asset, href } from "./i18n/routes.ts";
import { t } from "./i18n/ui.ts";
import { regionNameEn } from "./i18n/region-names.ts";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  iana: "https://www.iana.org/assignments/media-types/",
  lang: "http://publications.europa.eu/resource/authority/language/",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  // Properties whose values are addresses, as plain strings (the file grows with every indicator).
  accessURL: { "@id": "dcat:accessURL", "@type": "@id" },
  downloadURL: { "@id": "dcat:downloadURL", "@type": "@id" },
  mediaType: { "@id": "dcat:mediaType", "@type": "@id" },
  landingPage: { "@id": "dcat:landingPage", "@type": "@id" },
  theme: { "@id": "dcat:theme", "@type": "@id" },
  spatial: { "@id": "dct:spatial", "@type": "@id" },
  language: { "@id": "dct:language", "@type": "@id" },
  license: { "@id": "dct:license", "@type": "@id" },
  publisher: { "@id": "dct:publisher", "@type": "@id" },
} as const;

const LANGS = { id: "lang:IND", en: "lang:ENG" } as const;

/** A bilingual text as language-tagged literals (English only where it exists). */
const both = (text: LocalText) => [{ "@value": text.id, "@language": "id" }, ...(text.en ? [{ "@value": text.en, "@language": "en" }] : [])];
const date = (d: string) => ({ "@value": d, "@type": "xsd:date" });
const day = (d: Date) => d.toISOString().slice(0, 10);

function temporal(ind: Indicator) {
  const withValue = ind.observations.filter((o) => o.value !== null);
  if (withValue.length === 0) return undefined;
  const start = Math.min(...withValue.map((o) => o.period.start.getTime()));
  const end = Math.max(...withValue.map((o) => o.period.end.getTime())) - 86_400_000;
  return { "@type": "dct:PeriodOfTime", "dcat:startDate": date(day(new Date(start))), "dcat:endDate": date(day(new Date(end))) };
}

/** The catalogue; `root` is the site's absolute address with its base (`https://host/base/`). */
export function dcatCatalogue(site: Site, root: string) {
  // Addresses are written as the site's own paths (`/data/ikm.csv`) and made absolute by the
  // context's @base: the file grows with every indicator, and the origin would repeat in each.
  const abs = (p: string) => p;
  const self = abs(asset("catalog.jsonld"));
  const home = abs(href("id", "home"));
  const publisher = { "@id": `${home}#penerbit`, "@type": "foaf:Agent", "foaf:name": both(site.config.penerbit), "foaf:mbox": { "@id": `mailto:${site.config.kontak}` } };
  const contact = { "@id": `${home}#kontak`, "@type": "vcard:Organization", "vcard:fn": both(site.config.penerbit), "vcard:hasEmail": { "@id": `mailto:${site.config.kontak}` } };
  const licence = { "@id": site.config.lisensi.url, "@type": "dct:LicenseDocument", "dct:title": site.config.lisensi.nama };
  const themeId = (id: string) => `${self}#tema-${id}`;
  const themesOf = (id: string) => site.themes.filter((th) => th.indikator.includes(id));
  // Places are described once, next to the catalogue, and referred to by every dataset.
  const placeId = (code: string) => abs(href("id", "regions", code));

  const dataset = (ind: Indicator) => {
    const m = ind.meta;
    const page = abs(href("id", "indicators", m.id));
    const codes = [...new Set(ind.observations.filter((o) => o.value !== null).map((o) => o.region))].sort();
    const themes = themesOf(m.id);
    const keywords = [
      ...themes.flatMap((th) => both(th.judul)),
      { "@value": t("id", `unit.${m.satuan}` as Parameters<typeof t>[1]), "@language": "id" },
      { "@value": t("en", `unit.${m.satuan}` as Parameters<typeof t>[1]), "@language": "en" },
    ];
    const period = temporal(ind);
    return {
      "@id": page,
      "@type": "dcat:Dataset",
      "dct:identifier": m.id,
      "dct:title": both(m.judul),
      "dct:description": both(m.deskripsi),
      publisher: publisher["@id"],
      license: licence["@id"],
      language: [LANGS.id, LANGS.en],
      "dct:modified": date(m.diperbarui),
      ...(period ? { "dct:temporal": period } : {}),
      spatial: codes.map(placeId),
      theme: themes.map((th) => themeId(th.id)),
      "dcat:keyword": keywords,
      landingPage: [page, abs(href("en", "indicators", m.id))],
      "dcat:contactPoint": { "@id": contact["@id"] },
      "dcat:distribution": DOWNLOADS.map((d) => {
        const url = abs(asset(`data/${d.file(m.id)}`));
        return {
          "@id": url,
          "@type": "dcat:Distribution",
          "dct:title": d.title[d.lang],
          mediaType: `iana:${d.mediaType}`,
          accessURL: url,
          downloadURL: url,
          language: LANGS[d.lang],
        };
      }),
    };
  };

  const updated = site.indicators.map((i) => i.meta.diperbarui).sort().at(-1);
  const used = new Set(site.indicators.flatMap((i) => i.observations.filter((o) => o.value !== null).map((o) => o.region)));
  const places = site.regions.filter((r) => used.has(r.code)).map((r) => ({
    "@id": placeId(r.code),
    "@type": "dct:Location",
    "dct:identifier": r.code,
    "skos:prefLabel": [{ "@value": r.name, "@language": "id" }, ...(regionNameEn(r) !== r.name ? [{ "@value": regionNameEn(r), "@language": "en" }] : [])],
  }));
  const catalogue = {
    "@id": self,
    "@type": "dcat:Catalog",
    "dct:title": both(site.config.nama),
    "dct:description": both(site.config.tagline),
    "dct:publisher": publisher,
    "dct:license": licence,
    "dcat:contactPoint": contact,
    "dct:language": [{ "@id": LANGS.id }, { "@id": LANGS.en }],
    ...(updated ? { "dct:modified": date(updated) } : {}),
    "foaf:homepage": { "@id": home },
    "dcat:themeTaxonomy": {
      "@id": `${self}#tema`,
      "@type": "skos:ConceptScheme",
      "dct:title": both({ id: "Tema", en: "Themes" }),
      "skos:hasTopConcept": site.themes.map((th) => ({
        "@id": themeId(th.id),
        "@type": "skos:Concept",
        "skos:prefLabel": both(th.judul),
        "skos:definition": both(th.deskripsi),
        "skos:inScheme": { "@id": `${self}#tema` },
      })),
    },
    "dcat:dataset": site.indicators.map(dataset),
  };
  return { "@context": { "@base": new URL(root).origin, ...DCAT_CONTEXT }, "@graph": [catalogue, ...places] };
}
