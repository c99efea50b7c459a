/** RSS feed of Indonesian policy documents: one item per version, newest first. */
import type { APIRoute } from "astro";
import { getSite } from "../../lib/site.ts";
import { policyFeed } from "../../lib/feed.ts";

export const GET: APIRoute = (context) => policyFeed(getSite(), "id", context.site);
