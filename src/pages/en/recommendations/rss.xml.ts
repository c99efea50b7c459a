/** RSS feed of recommendation status changes (en): one item per dated step, newest first. */
import type { APIRoute } from "astro";
import { getSite } from "../../../lib/site.ts";
import { recommendationFeed } from "../../../lib/views/recommendations.ts";

export const GET: APIRoute = (context) => recommendationFeed(getSite(), "en", context.site);
