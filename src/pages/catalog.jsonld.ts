/** `/catalog.jsonld`: the DCAT catalogue of every indicator and its downloads (lib/dcat.ts). */
import type { APIRoute } from "astro";
import { getSite } from "../lib/site.ts";
import { dcatCatalogue } from "../lib/dcat.ts";
import { href } from "../lib/i18n/routes.ts";

export const GET: APIRoute = ({ site }) => {
  const body = dcatCatalogue(getSite(), new URL(href("id", "home"), site).href);
  return new Response(`${JSON.stringify(body)}\n`, { headers: { "Content-Type": "application/ld+json; charset=utf-8" } });
};
