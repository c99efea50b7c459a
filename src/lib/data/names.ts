/**
 * Names the site itself uses, so that an indicator id can never collide with them: the route
 * segments (from the route table), the files the build writes next to the pages, and the open-data
 * files of each indicator (`data/<id>.csv`, `data/<id>-excel.csv`, …; scripts/data-files.ts writes
 * exactly `dataFileNames(id)`). The validator, the staff guide and the build all read this one
 * module; tests/contract/names.test.ts checks it against the folders of src/pages.
 */
import { SEGMENTS } from "../i18n/routes.ts";

/** Open-data files written per indicator under `data/` (scripts/data-files.ts), by kind. */
export const DATA_FILE_KINDS = {
  csv: (id: string) => `${id}.csv`,
  english: (id: string) => `${id}-en.csv`,
  excel: (id: string) => `${id}-excel.csv`,
  xlsx: (id: string) => `${id}.xlsx`,
  json: (id: string) => `${id}.json`,
  zip: (id: string) => `${id}.zip`,
} as const;

/** The names of one indicator's open-data files under `data/`. */
export function dataFileNames(id: string): string[] {
  return Object.values(DATA_FILE_KINDS).map((f) => f(id));
}

/** The index of the open data, written next to the indicators' files (`data/index.json`). */
export const DATA_INDEX_FILE = "index.json";

/**
 * Other entries of the output's `data/` folder: the index, and the routes under src/pages/data
 * (`regions.csv`, `wilayah/`).
 */
export const DATA_DIR_ENTRIES = [DATA_INDEX_FILE, "regions.csv", "wilayah"] as const;

/**
 * Top-level entries of the output that are not route segments of the table in routes.ts: the
 * English tree, data, share images, search index, Astro's assets, and single files.
 */
const SITE_ENTRIES = ["en", "data", "og", "pagefind", "_astro", "404", "index", "datapackage", "catalog", "manifest", "robots", "sitemap", "rss"] as const;

const stem = (name: string) => name.replace(/\/$/, "").replace(/\.[a-z]+$/i, "");

/**
 * Every id an indicator may not have, sorted: each route segment in both languages, each top-level
 * entry of the site, and each stem of the `data/` folder's own entries (`index`, `regions`).
 */
export const RESERVED_IDS: readonly string[] = [
  ...new Set([
    ...Object.values(SEGMENTS).flatMap((s) => [s.id, s.en]),
    ...SITE_ENTRIES,
    ...DATA_DIR_ENTRIES.map(stem),
  ]),
]
  .filter((s) => s !== "")
  .sort();

export interface IdClash {
  /** What the id collides with, in both languages. */
  readonly id: string;
  readonly en: string;
}

/**
 * For the ids of every indicator, a function telling why one of them cannot be used, or null when
 * it can: a reserved name, or one of its data files being another indicator's (`ikm-excel` next to
 * `ikm`: both would write `data/ikm-excel.csv`) or one of the `data/` folder's own entries. The index
 * of data file names is built once (a thousand indicators made the check a million comparisons), and
 * an id is compared only with the ids that share a file name with it, in the order of `ids`.
 */
export function idClashes(ids: Iterable<string>): (id: string) => IdClash | null {
  const owners = new Map<string, string[]>();
  const order = new Map<string, number>();
  for (const id of ids) {
    if (order.has(id)) continue;
    order.set(id, order.size);
    for (const n of dataFileNames(id)) owners.set(n, [...(owners.get(n) ?? []), id]);
  }
  return (id) => {
    if (RESERVED_IDS.includes(id)) return { id: "nama yang dipakai situs sendiri", en: "a name the site itself uses" };
    const mine = dataFileNames(id);
    const own = mine.find((f) => (DATA_DIR_ENTRIES as readonly string[]).includes(f));
    if (own) return { id: `berkas data/${own} milik situs`, en: `the site's own file data/${own}` };
    const others = [...new Set(mine.flatMap((n) => owners.get(n) ?? []))].filter((o) => o !== id).sort((a, b) => order.get(a)! - order.get(b)!);
    for (const other of others) {
      const theirs = new Set(dataFileNames(other));
      const f = mine.find((n) => theirs.has(n));
      // Reported once, on the id that reads like the other's file (`ikm-excel`, not `ikm`).
      if (f && (theirs.has(DATA_FILE_KINDS.csv(id)) || id.length > other.length)) return { id: `berkas data/${f} milik indikator ${other}`, en: `the file data/${f} of the indicator ${other}` };
    }
    return null;
  };
}
