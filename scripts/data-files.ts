/**
 * The open-data files of every indicator, written by the build straight into the output folder
 * rather than rendered by Astro as routes: `/data/<id>.csv` (canonical: UTF-8, `,`, `.`),
 * `/data/<id>-en.csv` (English headers and region names), `/data/<id>-excel.csv`, `/data/<id>.xlsx`,
 * `/data/<id>.json`, `/data/<id>.zip` and the index `/data/index.json`. Astro's per-route cost
 * (a request, a response, a file) was larger than making the files themselves, four times per
 * indicator. Contents are the same functions the site has always used (src/lib/data/export.ts,
 * src/lib/datapackage.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Site } from "../src/lib/data/project.ts";
import type { Indicator } from "../src/lib/data/model.ts";
import { toExcelCsv, toJson } from "../src/lib/data/export.ts";
import { toCanonicalCsv, toEnglishCsv } from "../src/lib/data/downloads.ts";
import { toXlsx } from "../src/lib/data/xlsx.ts";
import { indicatorZip, regionsCsv } from "../src/lib/datapackage.ts";
import { asset, href } from "../src/lib/i18n/routes.ts";

/** The files of one indicator: name under data/ → contents. */
export async function indicatorDataFiles(site: Site, ind: Indicator, root: string, regionsText: string): Promise<Map<string, string | Uint8Array>> {
  const id = ind.meta.id;
  const abs = (p: string) => new URL(p, root).href;
  const csv = abs(asset(`data/${id}.csv`));
  return new Map<string, string | Uint8Array>([
    [`${id}.csv`, toCanonicalCsv(ind, site.regions)],
    [`${id}-en.csv`, toEnglishCsv(ind, site.regions)],
    [`${id}-excel.csv`, toExcelCsv(ind)],
    [`${id}.xlsx`, await toXlsx(ind, site.regions, site.config, abs(href("id", "indicators", id)))],
    [`${id}.json`, toJson(ind, { lisensi: site.config.lisensi, csv })],
    [`${id}.zip`, indicatorZip(ind, site, { pageId: abs(href("id", "indicators", id)), pageEn: abs(href("en", "indicators", id)), csv, homepage: abs(href("id", "home")) }, regionsText)],
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
 * Writes every indicator's files and the index into `<out>/data/`. `root` is the site's absolute
 * address with its base (`https://host/base/`), as pages link it.
 */
export async function writeDataFiles(out: string, site: Site, root: string): Promise<number> {
  const dir = join(out, "data");
  mkdirSync(dir, { recursive: true });
  const regionsText = regionsCsv();
  let n = 0;
  for (const ind of site.indicators) {
    for (const [name, body] of await indicatorDataFiles(site, ind, root, regionsText)) {
      writeFileSync(join(dir, name), body);
      n++;
    }
    // Let other work on this thread's event loop (Pagefind's messages) through.
    await new Promise((resolve) => setImmediate(resolve));
  }
  writeFileSync(join(dir, "index.json"), dataIndex(site, root));
  return n + 1;
}
