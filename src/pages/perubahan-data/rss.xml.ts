/** RSS feed of data changes, in Indonesian: one item per revised version of an indicator CSV. */
import type { APIRoute } from "astro";
import { changesFeed } from "../../lib/changesFeed.ts";

export const GET: APIRoute = (context) => changesFeed("id", context.site);
