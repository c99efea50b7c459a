/** RSS feed of policy documents for English readers: one item per version, newest first. */
import type { APIRoute } from "astro";
import { policyFeed } from "../../../lib/feed.ts";

export const GET: APIRoute = (context) => policyFeed("en", context.site);
