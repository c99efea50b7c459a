/**
 * Standalone SVG files of every indicator chart, both languages: /data/grafik/<id>-tren-id.svg,
 * <id>-perbandingan-en.svg, <id>-rincian-<dimension>-<region>-id.svg. The same drawing as on the
 * page, with colours inlined on a white background so it opens anywhere (slides, documents).
 */
import type { APIRoute } from "astro";
import { getSite } from "../../../lib/site.ts";
import { regionsInOrder } from "../../../lib/indicators.ts";
import { chartFiles, standaloneScene } from "../../../lib/charts/indicatorCharts.ts";
import { serializeSvg } from "../../../lib/charts/svg.ts";

export function getStaticPaths() {
  const site = getSite();
  const regions = regionsInOrder(site.regions);
  return site.indicators.flatMap((ind) => [...chartFiles(ind, regions)].map(([file, spec]) => ({ params: { file }, props: { svg: serializeSvg(standaloneScene(spec)) } })));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
