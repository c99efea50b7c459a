/**
 * The RSS feed of policy documents of a language: one item per version in `riwayat` (new
 * documents and revisions alike), newest first, its catalogue note as the description, linking
 * to that version's entry in the document's revision history. Descriptions are plain text,
 * escaped as HTML (readers render them as HTML); titles are plain text.
 */
import { escapeMarkup } from "./html.ts";
import rss from "@astrojs/rss";
import type { Lang } from "./data/model.ts";
import type { Site } from "./data/project.ts";
import { feedHref, policyHref, versionItems } from "./policies.ts";
import { href } from "./i18n/routes.ts";
import { tx } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";


export function policyFeed(data: Site, lang: Lang, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error("The feed needs `site` in astro.config.mjs (TERANG_SITE).");
  const abs = (path: string) => new URL(path, site).href;
  const config = data.config;
  const items = versionItems(data, lang).map((v) => {
    const foreign = v.otherLang ? ` (${t(lang, `policies.onlyIn.${v.doc.fm.bahasa}`)})` : "";
    const change = t(lang, v.first ? "policies.feed.new" : "policies.feed.revised");
    return {
      title: `${change}: ${v.doc.fm.judul}, ${t(lang, "policies.feed.version", { v: v.versi })}${foreign}`,
      // Absolute, so @astrojs/rss keeps the fragment as written.
      link: abs(`${policyHref(v.doc)}#${v.anchor}`),
      pubDate: new Date(`${v.tanggal}T00:00:00Z`),
      // Feed readers render a description as HTML: the note is text, so its markup characters are
      // escaped once more (a note "<b>" shows as "<b>", never as bold or as a tag that runs).
      description: escapeMarkup(v.catatan),
      categories: [change, t(lang, `status.${v.doc.fm.status}`), t(lang, `kind.${v.doc.fm.jenis}`)],
    };
  });
  return rss({
    title: `${t(lang, "policies.title")} · ${tx(config.nama, lang)}`,
    description: t(lang, "policies.feed.description"),
    // The channel links to the list page; item links are absolute already.
    site: abs(href(lang, "policies")),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${lang}</language><atom:link href="${escapeMarkup(abs(feedHref(lang)))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
}
