/** `/data/regions.csv`: the regions every indicator CSV refers to, as published (the source file). */
import type { APIRoute } from "astro";
import { regionsCsv } from "../../lib/datapackage.ts";

export const GET: APIRoute = () => new Response(regionsCsv(), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
