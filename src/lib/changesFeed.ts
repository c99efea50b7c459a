/**
 * The data-changes page and feed of a language: every revision of every indicator (lib/revisions.ts),
 * newest first. A feed item is one version of one indicator CSV; its text lists the changes.
 * Pure functions of the validated site, which they take as a parameter (the page model is
 * src/lib/views/changes.ts; the feed routes call `changesFeed`).
 */
import { escapeMarkup } from "./html.ts";
import { regionNameIn } from "./catalogue.ts";
import rss from "@astrojs/rss";
import type { Indicator, Lang } from "./data/model.ts";
import type { Site } from "./data/project.ts";
import { buildHistory, recentRevisions, type Revision } from "./revisions.ts";
import { changeSentence, summaryText, revisionAnchor, revisionNote } from "./revisionText.ts";
import { href, asset, route } from "./i18n/routes.ts";
import { localise, tx, type Localised } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";

/** What the changes page and feed read of the validated site. */
export type ChangesSite = Pick<Site, "indicators" | "regions" | "today">;

/** Items on the page and in the feed. */
export const MAX_ITEMS = 100;
/** Changes listed per item before pointing to the indicator page. */
export const MAX_CHANGES = 10;

export const changesFeedHref = (lang: Lang): string => asset(`${route(lang, "changes")}rss.xml`);

export function recentChanges(site: ChangesSite): { revisions: Revision[]; anyHistory: boolean } {
  const history = buildHistory(site);
  return { revisions: recentRevisions(history, MAX_ITEMS), anyHistory: [...history.values()].some((h) => h.status === "ok") };
}

export const indicatorOf = (site: Pick<Site, "indicators">, id: string): Indicator => site.indicators.find((i) => i.meta.id === id)!;

export const revisionHref = (lang: Lang, r: Revision): string => `${href(lang, "indicators", r.indicator)}#${revisionAnchor(r)}`;

/** One revision as the page and the feed print it. */
export interface ChangeItem {
  readonly revision: Revision;
  readonly indicator: Indicator;
  readonly title: Localised;
  /** The revision in the indicator page's log. */
  readonly href: string;
  /** "2 values changed" and the like. */
  readonly summary: string;
  /** The first MAX_CHANGES changes, as sentences. */
  readonly lines: readonly string[];
  /** How many changes are not listed. */
  readonly more: number;
}

export interface Changes {
  readonly items: readonly ChangeItem[];
  /** Whether any indicator has a history (false: no git repository). */
  readonly anyHistory: boolean;
}

const memo = new WeakMap<ChangesSite, Partial<Record<Lang, Changes>>>();

/** The latest revisions of a language, computed once per site and language (page and feed). */
export function changeItems(site: ChangesSite, lang: Lang): Changes {
  const held = memo.get(site) ?? {};
  memo.set(site, held);
  return (held[lang] ??= (() => {
    const { revisions, anyHistory } = recentChanges(site);
    const regionName = (code: string) => regionNameIn(site.regions, code);
    const items = revisions.map((r): ChangeItem => {
      const ind = indicatorOf(site, r.indicator);
      return {
        revision: r,
        indicator: ind,
        title: localise(ind.meta.judul, lang),
        href: revisionHref(lang, r),
        summary: summaryText(r, lang),
        lines: r.changes.slice(0, MAX_CHANGES).map((c) => changeSentence(ind, c, lang, regionName)),
        more: Math.max(0, r.changes.length - MAX_CHANGES),
      };
    });
    return { items, anyHistory };
  })());
}


/** The RSS feed of a language; `siteUrl` is Astro's `site` (absolute links). */
export function changesFeed(site: ChangesSite & Pick<Site, "config">, lang: Lang, siteUrl: URL | undefined): Promise<Response> {
  if (!siteUrl) throw new Error("The feed needs `site` in astro.config.mjs (TERANG_SITE).");
  const abs = (path: string) => new URL(path, siteUrl).href;
  const items = changeItems(site, lang).items.map((it) => {
    const r = it.revision;
    const lines = [...it.lines];
    if (it.more > 0) lines.push(t(lang, "revisions.more", { count: it.more }));
    return {
      title: t(lang, "changes.feedItem", { indicator: tx(it.indicator.meta.judul, lang), summary: it.summary }),
      link: abs(it.href),
      pubDate: new Date(r.datetime),
      // Text, escaped as HTML: readers render a description as HTML, and the maintainer's public
      // note and the change sentences (region names, values) come from data.
      description: escapeMarkup([revisionNote(r, lang)?.text ?? "", ...lines].filter(Boolean).join("\n")),
      customData: `<guid isPermaLink="false">${escapeMarkup(`${r.indicator}@${r.commit}`)}</guid>`,
    };
  });
  return rss({
    title: `${t(lang, "changes.title")} · ${tx(site.config.nama, lang)}`,
    description: t(lang, "changes.description"),
    site: abs(href(lang, "changes")),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${lang}</language><atom:link href="${escapeMarkup(abs(changesFeedHref(lang)))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
}
