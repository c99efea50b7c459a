/** RSS feed of policy documents for English readers: one item per version, newest first. */
import type { APIRoute } from "astro";
import { getSite } from "../../../lib/site.ts";
import { policyFeed } from "../../../lib/feed.ts";

export const GET: APIRoute = (context) => policyFeed(getSite(), "en", context.site);
