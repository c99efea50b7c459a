/**
 * `/manifest.webmanifest`: the web app manifest (the site's name, its icons from public/, the
 * colours of its header). Paths are relative to the manifest, so a build under a sub-path works.
 */
import type { APIRoute } from "astro";
import { getSite } from "../lib/site.ts";
import { chromeView } from "../lib/views/chrome.ts";

export const GET: APIRoute = () => {
  const chrome = chromeView(getSite(), "id");
  const body = {
    name: chrome.siteName,
    short_name: chrome.siteName.length > 12 ? chrome.siteName.slice(0, 12) : chrome.siteName,
    description: chrome.tagline,
    lang: "id",
    start_url: "./",
    scope: "./",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#f3f5f7",
    icons: [
      { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } });
};
