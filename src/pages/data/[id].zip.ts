/** `/data/<id>.zip`: one indicator's CSV, metadata JSON, regions, README and datapackage.json. */
import type { APIRoute } from "astro";
import { getSite, getIndicator } from "../../lib/site.ts";
import { indicatorZip } from "../../lib/datapackage.ts";
import { asset, href } from "../../lib/i18n/routes.ts";

export function getStaticPaths() {
  return getSite().indicators.map((i) => ({ params: { id: i.meta.id } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const ind = getIndicator(params.id!);
  const abs = (p: string) => new URL(p, site).href;
  const zip = indicatorZip(ind, getSite(), {
    pageId: abs(href("id", "indicators", ind.meta.id)),
    pageEn: abs(href("en", "indicators", ind.meta.id)),
    csv: abs(asset(`data/${ind.meta.id}.csv`)),
    homepage: abs(href("id", "home")),
  });
  return new Response(new Uint8Array(zip), { headers: { "Content-Type": "application/zip" } });
};
