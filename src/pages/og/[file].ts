/**
 * Share preview images, drawn at build time (src/lib/og.ts): /og/indikator-<id>-<lang>.png for
 * each indicator and /og/situs-<lang>.png for every other page. Base.astro points og:image and
 * twitter:image at them.
 */
import type { APIRoute } from "astro";
import { getSite } from "../../lib/site.ts";
import { regionsInOrder } from "../../lib/indicators.ts";
import { asset } from "../../lib/i18n/routes.ts";
import { indicatorCard, ogImagePath, renderOgPng, siteCard, type OgCard } from "../../lib/og.ts";

export function getStaticPaths() {
  const site = getSite();
  return (["id", "en"] as const).flatMap((lang) => [
    { params: { file: ogImagePath(lang).slice(3) }, props: { lang, indicator: null } },
    ...site.indicators.map((ind) => ({ params: { file: ogImagePath(lang, ind.meta.id).slice(3) }, props: { lang, indicator: ind.meta.id } })),
  ]);
}

export const GET: APIRoute = async ({ props, site: siteUrl }) => {
  const site = getSite();
  const { lang, indicator } = props as { lang: "id" | "en"; indicator: string | null };
  const root = new URL(asset(""), siteUrl);
  const host = (root.host + root.pathname).replace(/\/$/, "");
  const ind = indicator ? site.indicators.find((i) => i.meta.id === indicator)! : null;
  const card: OgCard = ind ? indicatorCard(ind, regionsInOrder(site.regions), site.config, lang, host) : siteCard(site.config, lang, host);
  const png = await renderOgPng(card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
