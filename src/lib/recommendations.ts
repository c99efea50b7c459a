/**
 * Recommendations of policy documents, tracked to done: every recommendation of every document
 * with where it stands (the last step of its history), whether it is overdue (past its deadline
 * and neither selesai nor dibatalkan), and the facets the list filters by (status, unit, region,
 * document). Pure functions of the validated site.
 */
import type { Lang } from "./data/model.ts";
import type { Site, PolicyDoc } from "./data/project.ts";
import { RECOMMENDATION_STATUSES, type Recommendation, type RecommendationStatus } from "./data/schema/policy.ts";
import { todayIso, translationOf } from "./policies.ts";

export interface TrackedRecommendation {
  /** The document that declares it. */
  readonly doc: PolicyDoc;
  readonly rec: Recommendation;
  /** Where it stands: the last step of its history. */
  readonly current: Recommendation["status"][number];
  /** Past its deadline and neither done nor dropped. */
  readonly overdue: boolean;
}

export const CLOSED: readonly RecommendationStatus[] = ["selesai", "dibatalkan"];

export function isOverdue(rec: Recommendation, today: string): boolean {
  const current = rec.status[rec.status.length - 1]!;
  return rec.tenggat < today && !CLOSED.includes(current.status);
}

const memo = new WeakMap<Site, readonly TrackedRecommendation[]>();

/** Every recommendation of the site, by document (newest first) then in the document's order. */
export function allRecommendations(site: Site): readonly TrackedRecommendation[] {
  const held = memo.get(site);
  if (held) return held;
  const today = todayIso(site);
  const docs = [...site.policies].sort((a, b) => b.fm.tanggal.localeCompare(a.fm.tanggal) || a.slug.localeCompare(b.slug));
  const out = docs.flatMap((doc) => doc.fm.rekomendasi.map((rec) => ({ doc, rec, current: rec.status[rec.status.length - 1]!, overdue: isOverdue(rec, today) })));
  memo.set(site, out);
  return out;
}

/** The recommendations a document's page shows: its own, else those of its translation. */
export function recommendationsOf(site: Site, doc: PolicyDoc): readonly TrackedRecommendation[] {
  const own = allRecommendations(site).filter((r) => r.doc === doc);
  if (own.length > 0) return own;
  const pair = translationOf(site, doc);
  return pair ? allRecommendations(site).filter((r) => r.doc === pair) : [];
}

/** The recommendations measured by an indicator. */
export function recommendationsCiting(site: Site, indicatorId: string): readonly TrackedRecommendation[] {
  return allRecommendations(site).filter((r) => r.rec.indikator.includes(indicatorId));
}

export const REC_FACETS = ["status", "unit", "region", "document"] as const;
export type RecFacet = (typeof REC_FACETS)[number];
export const REC_FACET_SEGMENT: Record<RecFacet, Record<Lang, string>> = {
  status: { id: "status", en: "status" },
  unit: { id: "unit", en: "unit" },
  region: { id: "wilayah", en: "region" },
  document: { id: "dokumen", en: "document" },
};

/** A unit's name as an address segment: "BKPSDM Kota Sawahlunto" → "bkpsdm-kota-sawahlunto". */
export const unitSlug = (unit: string): string =>
  unit.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The value of a facet for a recommendation (the document facet is the declaring document's slug). */
export function recFacetValue(r: TrackedRecommendation, facet: RecFacet): string {
  switch (facet) {
    case "status": return r.current.status;
    case "unit": return unitSlug(r.rec.unit);
    case "region": return r.doc.fm.wilayah;
    case "document": return r.doc.slug;
  }
}

export const STATUS_ORDER: readonly RecommendationStatus[] = RECOMMENDATION_STATUSES;
