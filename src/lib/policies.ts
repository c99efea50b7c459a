/** Policy documents as the pages need them: per language, sorted, with their translations. */
import type { Lang } from "./data/model.ts";
import type { PolicyDoc } from "./data/project.ts";
import { getSite } from "./site.ts";
import { href } from "./i18n/routes.ts";

/** Newest first (by date, then title). */
export function policiesByDate(): PolicyDoc[] {
  return [...getSite().policies].sort((a, b) => b.fm.tanggal.localeCompare(a.fm.tanggal) || a.fm.judul.localeCompare(b.fm.judul));
}

/** The URL of a document: Indonesian ones under /kebijakan/, English ones under /en/policies/. */
export function policyHref(doc: PolicyDoc): string {
  return href(doc.fm.bahasa, "policies", doc.slug);
}

export function translationOf(doc: PolicyDoc): PolicyDoc | undefined {
  return doc.fm.terjemahan ? getSite().policies.find((p) => p.slug === doc.fm.terjemahan) : undefined;
}

/**
 * What a reader of `lang` sees in the list: every document in that language, plus the documents
 * of the other language that have no translation (marked as such).
 */
export function policiesFor(lang: Lang): { doc: PolicyDoc; otherLang: boolean }[] {
  return policiesByDate()
    .filter((d) => d.fm.bahasa === lang || !translationOf(d))
    .map((doc) => ({ doc, otherLang: doc.fm.bahasa !== lang }));
}

/** Documents that cite an indicator (in their `indikator` list or in their body). */
export function citing(indicatorId: string, lang: Lang): PolicyDoc[] {
  return policiesFor(lang)
    .map((p) => p.doc)
    .filter((d) => d.fm.indikator.includes(indicatorId) || d.embeds.some((e) => e.attrs.id === indicatorId));
}
