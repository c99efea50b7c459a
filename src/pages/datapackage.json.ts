/** `/datapackage.json`: the Frictionless Data Package of every published CSV (lib/datapackage.ts). */
import type { APIRoute } from "astro";
import { getSite } from "../lib/site.ts";
import { dataPackage } from "../lib/datapackage.ts";
import { href } from "../lib/i18n/routes.ts";

export const GET: APIRoute = ({ site }) => {
  const body = dataPackage(getSite(), new URL(href("id", "home"), site).href);
  // Not indented: the file grows with every indicator.
  return new Response(`${JSON.stringify(body)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
