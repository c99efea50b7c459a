/** `/data/regions.csv`: the regions every indicator CSV refers to, in canonical form (lib/datapackage.ts). */
import type { APIRoute } from "astro";
import { regionsCsv } from "../../lib/datapackage.ts";
import { getSite } from "../../lib/site.ts";

export const GET: APIRoute = () => new Response(regionsCsv(getSite().regions), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
