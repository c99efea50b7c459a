/**
 * Page model of the data changes (/perubahan-data/, /en/data-changes/): the latest revisions of
 * every indicator, newest first, as the page prints them. The feed (lib/changesFeed.ts) prints the
 * same items, computed once per site and language.
 */
import type { Site } from "../data/project.ts";
import type { Lang } from "../data/model.ts";
import { pageFrame, type PageFrame } from "./chrome.ts";
import { changeItems, changesFeedHref, type ChangeItem } from "../changesFeed.ts";
import { formatDate } from "../i18n/format.ts";
import { revisionNote } from "../revisionText.ts";

export interface ChangeEntry extends ChangeItem {
  /** The revision's date, written out. */
  readonly dateText: string;
  /** The maintainer's public note (revisionNote), or null. */
  readonly note: { readonly text: string; readonly lang: Lang } | null;
}

export interface ChangesView extends PageFrame {
  readonly feedHref: string;
  readonly anyHistory: boolean;
  readonly entries: readonly ChangeEntry[];
}

export function changesView(site: Site, lang: Lang): ChangesView {
  const { items, anyHistory } = changeItems(site, lang);
  return {
    ...pageFrame(site, lang, "changes"),
    feedHref: changesFeedHref(lang),
    anyHistory,
    entries: items.map((it) => ({ ...it, dateText: formatDate(it.revision.date, lang), note: revisionNote(it.revision, lang) })),
  };
}
