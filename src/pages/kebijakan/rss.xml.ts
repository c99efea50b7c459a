/** RSS feed of Indonesian policy documents: one item per version, newest first. */
import type { APIRoute } from "astro";
import { policyFeed } from "../../lib/feed.ts";

export const GET: APIRoute = (context) => policyFeed("id", context.site);
