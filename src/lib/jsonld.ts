/**
 * schema.org `Dataset` description of an indicator, for search engines and data catalogues
 * (Google Dataset Search reads it from the page as JSON-LD). Pure: URLs are made absolute from
 * the site's root URL the caller gives.
 */
import type { Indicator, Lang, Region } from "./data/model.ts";
import type { SiteConfig } from "./data/schema/site.ts";
import { asset, href } from "./i18n/routes.ts";
import { tx } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";

export interface DatasetContext {
  readonly lang: Lang;
  readonly config: SiteConfig;
  readonly regions: readonly Region[];
  /** Origin of the site (`https://terang.example.go.id`); paths already carry the base. */
  readonly site: URL | string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function datasetJsonLd(ind: Indicator, c: DatasetContext): Record<string, unknown> {
  const m = ind.meta;
  const abs = (path: string) => new URL(path, c.site).href;
  const withValue = ind.observations.filter((o) => o.value !== null);
  const starts = withValue.map((o) => o.period.start.getTime());
  const ends = withValue.map((o) => o.period.end.getTime());
  // ISO 8601 interval of the periods with data: the first day of the first to the last day of the last.
  const temporal = withValue.length ? `${day(new Date(Math.min(...starts)))}/${day(new Date(Math.max(...ends) - 86_400_000))}` : undefined;
  const codes = new Set(withValue.map((o) => o.region));
  const places = c.regions.filter((r) => codes.has(r.code)).map((r) => ({ "@type": "Place", name: r.name, identifier: r.code }));
  const org = { "@type": "Organization", name: tx(c.config.penerbit, c.lang), email: c.config.kontak, url: abs(href(c.lang, "home")) };
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: tx(m.judul, c.lang),
    description: tx(m.deskripsi, c.lang),
    url: abs(href(c.lang, "indicators", m.id)),
    identifier: m.id,
    inLanguage: c.lang,
    license: c.config.lisensi.url,
    isAccessibleForFree: true,
    creator: org,
    publisher: org,
    ...(temporal ? { temporalCoverage: temporal } : {}),
    spatialCoverage: places,
    dateModified: m.diperbarui,
    measurementTechnique: tx(m.metode, c.lang),
    variableMeasured: {
      "@type": "PropertyValue",
      name: tx(m.judul, c.lang),
      unitText: t(c.lang, `unit.${m.satuan}` as Parameters<typeof t>[1]),
      minValue: m.rentang[0],
      maxValue: m.rentang[1],
    },
    distribution: [
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: abs(asset(`data/${m.id}.csv`)) },
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: abs(asset(`data/${m.id}.json`)) },
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as \u escapes, so no
 * text from the data can close the element or open a comment; U+2028/2029 escaped as well.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
