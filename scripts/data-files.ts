/**
 * The open-data files of every indicator, written by the build itself rather than rendered by
 * Astro as routes: `/data/<id>.csv` (canonical: UTF-8, `,`, `.`), `/data/<id>-en.csv` (English
 * headers and region names), `/data/<id>-excel.csv`, `/data/<id>.xlsx`, `/data/<id>.json`,
 * `/data/<id>.zip` and the index `/data/index.json`. Astro's per-route cost (a request, a response,
 * a file) was larger than making the files themselves, four times per indicator. Contents are the
 * same functions the site has always used (src/lib/data/export.ts, src/lib/datapackage.ts).
 *
 * The build makes them in its worker pool (scripts/og-images.ts, first, before the share images)
 * while Astro renders the pages on the main thread: `dataFilesSetup` writes the index to a staging
 * folder outside Astro's output and says what the workers need, and `moveDataFiles` moves the
 * files into `<out>/data/` once Astro has finished.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Site } from "../src/lib/data/project.ts";
import type { Indicator } from "../src/lib/data/model.ts";
import { toExcelCsv, toJson } from "../src/lib/data/export.ts";
import { toCanonicalCsv, toEnglishCsv } from "../src/lib/data/downloads.ts";
import { toXlsx } from "../src/lib/data/xlsx.ts";
import { indicatorZip, regionsCsv } from "../src/lib/datapackage.ts";
import { asset, href } from "../src/lib/i18n/routes.ts";

/** What an indicator's files need of the site besides the indicator. */
export type DataFilesSite = Pick<Site, "regions" | "config">;

/** The files of one indicator: name under data/ → contents. */
export function indicatorDataFiles(site: DataFilesSite, ind: Indicator, root: string, regionsText: string): Map<string, string | Uint8Array> {
  const id = ind.meta.id;
  const abs = (p: string) => new URL(p, root).href;
  const csv = abs(asset(`data/${id}.csv`));
  // The canonical CSV is published alone and inside the ZIP: written once.
  const canonical = toCanonicalCsv(ind, site.regions);
  return new Map<string, string | Uint8Array>([
    [`${id}.csv`, canonical],
    [`${id}-en.csv`, toEnglishCsv(ind, site.regions)],
    [`${id}-excel.csv`, toExcelCsv(ind)],
    [`${id}.xlsx`, toXlsx(ind, site.regions, site.config, abs(href("id", "indicators", id)))],
    [`${id}.json`, toJson(ind, { lisensi: site.config.lisensi, csv })],
    [`${id}.zip`, indicatorZip(ind, site, { pageId: abs(href("id", "indicators", id)), pageEn: abs(href("en", "indicators", id)), csv, homepage: abs(href("id", "home")) }, regionsText, canonical)],
  ]);
}

/** `/data/index.json`: every indicator with its title, unit, frequency, update and file URLs. */
export function dataIndex(site: Site, root: string): string {
  const abs = (p: string) => new URL(p, root).href;
  const body = {
    lisensi: site.config.lisensi,
    indikator: site.indicators.map((i) => ({
      id: i.meta.id,
      judul: i.meta.judul,
      satuan: i.meta.satuan,
      frekuensi: i.meta.frekuensi,
      diperbarui: i.meta.diperbarui,
      json: abs(asset(`data/${i.meta.id}.json`)),
      csv: abs(asset(`data/${i.meta.id}.csv`)),
    })),
    wilayah: site.regions,
  };
  return JSON.stringify(body, null, 1);
}

/**
 * Prepares the staging folder `dir` (with `/data/index.json` already in it) and returns what a
 * worker needs to write an indicator's files there. `root` is the site's absolute address with its
 * base (`https://host/base/`), as pages link it.
 */
export function dataFilesSetup(site: Site, dir: string, root: string): DataFilesSetup {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.json"), dataIndex(site, root));
  return { site: { regions: site.regions, config: site.config }, root, dir, regionsText: regionsCsv(site.regions) };
}

/** Moves the staged files into `<out>/data/` (same file system: renames) and removes the staging folder. */
export function moveDataFiles(dir: string, out: string): void {
  const target = join(out, "data");
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(dir)) renameSync(join(dir, name), join(target, name));
  rmSync(dir, { recursive: true, force: true });
}

/** What a worker needs, once, to write indicators' files (`workerData`). */
export interface DataFilesSetup {
  readonly site: DataFilesSite;
  readonly root: string;
  readonly dir: string;
  readonly regionsText: string;
}
