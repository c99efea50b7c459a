/**
 * /data/wilayah/terbaru.json: the latest total of every indicator for every region, in one compact
 * file written once per build, which the comparison page's script fetches (src/lib/views/compare.ts).
 */
import type { APIRoute } from "astro";
import { getSite } from "../../../lib/site.ts";
import { compareData } from "../../../lib/views/compare.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareData(getSite())), { headers: { "Content-Type": "application/json; charset=utf-8" } });
