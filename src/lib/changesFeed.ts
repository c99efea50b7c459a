/**
 * The data-changes page and feed of a language: every revision of every indicator (lib/revisions.ts),
 * newest first. A feed item is one version of one indicator CSV; its text lists the changes.
 */
import rss from "@astrojs/rss";
import type { Lang } from "./data/model.ts";
import { getSite, regionName } from "./site.ts";
import { buildHistory, recentRevisions, type Revision } from "./revisions.ts";
import { changeSentence, summaryText, revisionAnchor } from "./revisionText.ts";
import { href, asset, route } from "./i18n/routes.ts";
import { tx } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";

/** Items on the page and in the feed. */
export const MAX_ITEMS = 100;
/** Changes listed per item before pointing to the indicator page. */
export const MAX_CHANGES = 10;

export const changesFeedHref = (lang: Lang): string => asset(`${route(lang, "changes")}rss.xml`);

export function recentChanges(): { revisions: Revision[]; anyHistory: boolean } {
  const history = buildHistory(getSite());
  return { revisions: recentRevisions(history, MAX_ITEMS), anyHistory: [...history.values()].some((h) => h.status === "ok") };
}

export const indicatorOf = (id: string) => getSite().indicators.find((i) => i.meta.id === id)!;

export const revisionHref = (lang: Lang, r: Revision): string => `${href(lang, "indicators", r.indicator)}#${revisionAnchor(r)}`;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function changesFeed(lang: Lang, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("The feed needs `site` in astro.config.mjs (TERANG_SITE).");
  const abs = (path: string) => new URL(path, site).href;
  const config = getSite().config;
  const items = recentChanges().revisions.map((r) => {
    const ind = indicatorOf(r.indicator);
    const lines = r.changes.slice(0, MAX_CHANGES).map((c) => changeSentence(ind, c, lang, regionName));
    if (r.changes.length > MAX_CHANGES) lines.push(t(lang, "revisions.more", { count: r.changes.length - MAX_CHANGES }));
    return {
      title: t(lang, "changes.feedItem", { indicator: tx(ind.meta.judul, lang), summary: summaryText(r, lang) }),
      link: abs(revisionHref(lang, r)),
      pubDate: new Date(r.datetime),
      description: [r.subject, ...lines].filter(Boolean).join("\n"),
      customData: `<guid isPermaLink="false">${escapeXml(`${r.indicator}@${r.commit}`)}</guid>`,
    };
  });
  return rss({
    title: `${t(lang, "changes.title")} · ${tx(config.nama, lang)}`,
    description: t(lang, "changes.description"),
    site: abs(href(lang, "changes")),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${lang}</language><atom:link href="${escapeXml(abs(changesFeedHref(lang)))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
}
