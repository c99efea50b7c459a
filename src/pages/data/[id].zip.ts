/** `/data/<id>.zip`: one indicator's CSV, metadata JSON, regions, README and datapackage.json. */
import type { APIRoute } from "astro";
import { getSite } from "../../lib/site.ts";
import type { Indicator } from "../../lib/data/model.ts";
import { indicatorZip } from "../../lib/datapackage.ts";
import { asset, href } from "../../lib/i18n/routes.ts";

export function getStaticPaths() {
  return getSite().indicators.map((indicator) => ({ params: { id: indicator.meta.id }, props: { indicator } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const ind = (props as { indicator: Indicator }).indicator;
  const abs = (p: string) => new URL(p, site).href;
  const zip = indicatorZip(ind, getSite(), {
    pageId: abs(href("id", "indicators", ind.meta.id)),
    pageEn: abs(href("en", "indicators", ind.meta.id)),
    csv: abs(asset(`data/${ind.meta.id}.csv`)),
    homepage: abs(href("id", "home")),
  });
  return new Response(new Uint8Array(zip), { headers: { "Content-Type": "application/zip" } });
};
