/**
 * Standalone SVG files of every indicator chart, both languages: /data/grafik/<id>-tren-id.svg,
 * <id>-perbandingan-en.svg, <id>-rincian-<dimension>-<region>-id.svg. The same drawing as on the
 * page, with colours inlined on a white background so it opens anywhere (slides, documents).
 *
 * The paths carry only names; each file is drawn when it is written, from its indicator's charts,
 * kept for one indicator at a time (its files are written one after another). Handing every drawing
 * to Astro as a prop held them all in memory at once: about 58 files per indicator, which ran a
 * 1,000-indicator build out of memory.
 */
import type { APIRoute } from "astro";
import { getSite } from "../../../lib/site.ts";
import { regionsInOrder } from "../../../lib/indicators.ts";
import { chartFiles, standaloneScene, type ChartSpec } from "../../../lib/charts/indicatorCharts.ts";
import { serializeSvg } from "../../../lib/charts/svg.ts";

export function getStaticPaths() {
  const site = getSite();
  const regions = regionsInOrder(site.regions);
  return site.indicators.flatMap((ind) => [...chartFiles(ind, regions).keys()].map((file) => ({ params: { file }, props: { indicator: ind.meta.id } })));
}

let cached: { indicator: string; files: Map<string, ChartSpec> } | null = null;

function specOf(indicator: string, file: string): ChartSpec {
  if (cached?.indicator !== indicator) {
    const site = getSite();
    const ind = site.indicators.find((i) => i.meta.id === indicator)!;
    cached = { indicator, files: chartFiles(ind, regionsInOrder(site.regions)) };
  }
  return cached.files.get(file)!;
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(serializeSvg(standaloneScene(specOf((props as { indicator: string }).indicator, params.file!))), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
