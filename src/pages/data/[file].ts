/**
 * Downloads and the JSON API: /data/<id>.csv (as published), /data/<id>-excel.csv,
 * /data/<id>.json, /data/index.json.
 */
import type { APIRoute } from "astro";
import { getSite } from "../../lib/site.ts";
import { toJson, toExcelCsv } from "../../lib/data/export.ts";
import { asset } from "../../lib/i18n/routes.ts";

export function getStaticPaths() {
  const site = getSite();
  const files: { params: { file: string } }[] = [{ params: { file: "index.json" } }];
  for (const ind of site.indicators) {
    for (const f of [`${ind.meta.id}.csv`, `${ind.meta.id}-excel.csv`, `${ind.meta.id}.json`]) files.push({ params: { file: f } });
  }
  return files;
}

export const GET: APIRoute = ({ params, site: siteUrl }) => {
  const site = getSite();
  const file = params.file!;
  const abs = (p: string) => new URL(asset(p), siteUrl).href;
  if (file === "index.json") {
    const body = {
      lisensi: site.config.lisensi,
      indikator: site.indicators.map((i) => ({
        id: i.meta.id,
        judul: i.meta.judul,
        satuan: i.meta.satuan,
        frekuensi: i.meta.frekuensi,
        diperbarui: i.meta.diperbarui,
        json: abs(`data/${i.meta.id}.json`),
        csv: abs(`data/${i.meta.id}.csv`),
      })),
      wilayah: site.regions,
    };
    return new Response(JSON.stringify(body, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
  }
  const m = /^(.*?)(-excel)?\.(csv|json)$/.exec(file)!;
  const ind = site.indicators.find((i) => i.meta.id === m[1])!;
  if (m[3] === "json") {
    return new Response(toJson(ind, { lisensi: site.config.lisensi, csv: abs(`data/${ind.meta.id}.csv`) }), {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
  }
  return new Response(m[2] ? toExcelCsv(ind) : ind.csvText, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
