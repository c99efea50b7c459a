/**
 * Policy documents as the pages need them: per language, sorted, with their translations, the
 * list filters (pre-rendered pages with stable URLs), consultation state and feed items. Pure
 * functions of the validated site, which callers pass in (routes read it with `getSite`).
 */
import type { Lang, PolicyKind, PolicyStatus } from "./data/model.ts";
import { POLICY_KINDS, POLICY_STATUSES } from "./data/model.ts";
import type { PolicyDoc, Site } from "./data/project.ts";
import type { PolicyFrontmatter } from "./data/schema/policy.ts";
import { regionsInOrder } from "./indicators.ts";
import { href } from "./i18n/routes.ts";
import { t } from "./i18n/ui.ts";

/** Newest first (by date, then title). */
export function policiesByDate(site: Site): PolicyDoc[] {
  return [...site.policies].sort((a, b) => b.fm.tanggal.localeCompare(a.fm.tanggal) || a.fm.judul.localeCompare(b.fm.judul));
}

/** The URL of a document: Indonesian ones under /kebijakan/, English ones under /en/policies/. */
export function policyHref(doc: PolicyDoc): string {
  return href(doc.fm.bahasa, "policies", doc.slug);
}

export function translationOf(site: Site, doc: PolicyDoc): PolicyDoc | undefined {
  return doc.fm.terjemahan ? site.policies.find((p) => p.slug === doc.fm.terjemahan) : undefined;
}

export interface ListedDoc {
  readonly doc: PolicyDoc;
  /** True when the document is in the other language (it has no translation into `lang`). */
  readonly otherLang: boolean;
}

/**
 * What a reader of `lang` sees in the list: every document in that language, plus the documents
 * of the other language that have no translation (marked as such).
 */
export function policiesFor(lang: Lang, site: Site): readonly ListedDoc[] {
  // Asked for by every indicator page (which documents cite it), the lists and the home page:
  // sorted and filtered once per site and language.
  let held = listedBy.get(site);
  if (!held) listedBy.set(site, (held = {}));
  return (held[lang] ??= policiesByDate(site)
    .filter((d) => d.fm.bahasa === lang || !translationOf(site, d))
    .map((doc) => ({ doc, otherLang: doc.fm.bahasa !== lang })));
}
const listedBy = new WeakMap<Site, Partial<Record<Lang, readonly ListedDoc[]>>>();

/** Documents that cite an indicator (in their `indikator` list or in their body). */
export function citing(indicatorId: string, lang: Lang, site: Site): PolicyDoc[] {
  return policiesFor(lang, site)
    .map((p) => p.doc)
    .filter((d) => d.fm.indikator.includes(indicatorId) || d.embeds.some((e) => e.attrs.id === indicatorId));
}

// ── Filters ─────────────────────────────────────────────────────────────────
// One facet at a time, each value a pre-rendered page, so filters are plain links:
//   /kebijakan/status/konsultasi/   /en/policies/status/consultation/
//   /kebijakan/wilayah/1373/        /en/policies/region/1373/
//   /kebijakan/jenis/evaluasi/      /en/policies/kind/evaluation/
//   /kebijakan/tahun/2026/          /en/policies/year/2026/

export const FACETS = ["status", "region", "kind", "year"] as const;
export type Facet = (typeof FACETS)[number];

/** The facet's path segment in each language. */
export const FACET_SEGMENT: Record<Facet, Record<Lang, string>> = {
  status: { id: "status", en: "status" },
  region: { id: "wilayah", en: "region" },
  kind: { id: "jenis", en: "kind" },
  year: { id: "tahun", en: "year" },
};

/** English slugs of statuses and kinds; Indonesian uses the data's own words. */
const EN_SLUG: Record<PolicyStatus | PolicyKind, string> = {
  draf: "draft",
  konsultasi: "consultation",
  ditetapkan: "adopted",
  dicabut: "withdrawn",
  evaluasi: "evaluation",
  kebijakan: "policy",
  strategi: "strategy",
  program: "programme",
};

/** The year a document is filed under: the year of its current version. */
export const docYear = (doc: PolicyDoc): string => doc.fm.tanggal.slice(0, 4);

/** A document's value for a facet, in the data's own terms (`konsultasi`, `1373`, `2026`). */
export function facetValue(doc: PolicyDoc, facet: Facet): string {
  switch (facet) {
    case "status":
      return doc.fm.status;
    case "region":
      return doc.fm.wilayah;
    case "kind":
      return doc.fm.jenis;
    case "year":
      return docYear(doc);
  }
}

/** The URL slug of a facet value in a language. */
export function valueSlug(facet: Facet, value: string, lang: Lang): string {
  if (lang === "en" && (facet === "status" || facet === "kind")) return EN_SLUG[value as PolicyStatus | PolicyKind];
  return value;
}

export function filterHref(lang: Lang, facet: Facet, value: string): string {
  return href(lang, "policies", FACET_SEGMENT[facet][lang], valueSlug(facet, value, lang));
}

export function facetValueLabel(site: Site, facet: Facet, value: string, lang: Lang): string {
  switch (facet) {
    case "status":
      return t(lang, `status.${value as PolicyStatus}`);
    case "kind":
      return t(lang, `kind.${value as PolicyKind}`);
    case "region":
      return site.regions.find((r) => r.code === value)?.name ?? value;
    case "year":
      return value;
  }
}

export interface FilterOption {
  readonly facet: Facet;
  readonly value: string;
  readonly label: string;
  /** Documents of the `lang` list with this value. */
  readonly count: number;
  /** The filtered page; `null` when no document has the value (shown, not linked, not built). */
  readonly href: string | null;
}

/** Every value a facet can take, in a reader's order, with its count in the `lang` list. */
export function filterOptions(site: Site, lang: Lang, facet: Facet): FilterOption[] {
  const listed = policiesFor(lang, site);
  const values: string[] =
    facet === "status"
      ? [...POLICY_STATUSES]
      : facet === "kind"
        ? [...POLICY_KINDS]
        : facet === "region"
          ? regionsInOrder(site.regions).map((r) => r.code)
          : [...new Set(listed.map((l) => docYear(l.doc)))].sort().reverse();
  return values.map((value) => {
    const count = listed.filter((l) => facetValue(l.doc, facet) === value).length;
    return { facet, value, label: facetValueLabel(site, facet, value, lang), count, href: count > 0 ? filterHref(lang, facet, value) : null };
  });
}

/** The documents of the `lang` list with a facet value. */
export function filtered(site: Site, lang: Lang, facet: Facet, value: string): ListedDoc[] {
  return policiesFor(lang, site).filter((l) => facetValue(l.doc, facet) === value);
}

/** Route params of every non-empty filter page of a language, for getStaticPaths. */
export function filterPaths(site: Site, lang: Lang) {
  return FACETS.flatMap((facet) =>
    filterOptions(site, lang, facet)
      .filter((o) => o.count > 0)
      .map((o) => ({ params: { facet: FACET_SEGMENT[facet][lang], value: valueSlug(facet, o.value, lang) }, props: { facet, value: o.value } })),
  );
}

// ── Consultation ────────────────────────────────────────────────────────────

export interface Consultation {
  /** Last day for comments (inclusive), `YYYY-MM-DD`; null when the document sets none. */
  readonly deadline: string | null;
  /** Open on `today` (the build's date): open through the whole deadline day. */
  readonly open: boolean;
  /** Where comments go: a `mailto:` or `https:` URL. */
  readonly contact: string;
  /** The contact as readers see it (`konsultasi@…`, `forms.example.go.id/…`). */
  readonly contactLabel: string;
}

/** A `mailto:` or `https:` link from an author's text; anything else (e.g. `javascript:`) is refused. */
export function safeContact(raw: string | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(s)) return s;
  if (/^[^\s@:/]+@[^\s@]+\.[^\s@]+$/.test(s)) return `mailto:${s}`;
  try {
    const u = new URL(s);
    return u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The consultation of a document in `konsultasi`: its deadline, whether it is still open on the
 * build's date, and where to send comments (`konsultasi.kontak`, else the site's `kontak`).
 */
export function consultationOf(fm: Pick<PolicyFrontmatter, "status" | "konsultasi"> & Partial<Pick<PolicyFrontmatter, "judul" | "versi" | "bahasa">>, today: string, siteContact: string): Consultation | null {
  if (fm.status !== "konsultasi") return null;
  const deadline = fm.konsultasi?.batas ?? null;
  const raw = safeContact(fm.konsultasi?.kontak) ?? safeContact(siteContact) ?? `mailto:${siteContact}`;
  // A mail link names the document and its version in the subject, so a reply says what it answers.
  const contact = raw.startsWith("mailto:") && !raw.includes("?") && fm.judul && fm.versi ? `${raw}?subject=${encodeURIComponent(`${fm.judul} (${fm.bahasa === "en" ? "version" : "versi"} ${fm.versi})`)}` : raw;
  const contactLabel = raw.startsWith("mailto:") ? raw.slice(7) : raw.replace(/^https:\/\//, "").replace(/\/$/, "");
  return { deadline, open: deadline === null || today <= deadline, contact, contactLabel };
}

/** The build's date as `YYYY-MM-DD`. */
export const todayIso = (site: Site): string => site.today.toISOString().slice(0, 10);

// ── Feed ────────────────────────────────────────────────────────────────────

export interface VersionItem {
  readonly doc: PolicyDoc;
  readonly otherLang: boolean;
  readonly versi: string;
  readonly tanggal: string;
  readonly catatan: string;
  /** The history entry's anchor on the document page. */
  readonly anchor: string;
  /** The document's first version (a new document) rather than a revision. */
  readonly first: boolean;
}

/** The anchor of a version in a document's revision history: `versi-1-1`, `version-1-1`. */
export const versionAnchor = (versi: string, lang: Lang): string => `${lang === "en" ? "version" : "versi"}-${versi.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

/** One item per version of every document of the `lang` list, newest first. */
export function versionItems(site: Site, lang: Lang): VersionItem[] {
  return policiesFor(lang, site)
    .flatMap(({ doc, otherLang }) =>
      doc.fm.riwayat.map((h, i) => ({ doc, otherLang, versi: h.versi, tanggal: h.tanggal, catatan: h.catatan, anchor: versionAnchor(h.versi, doc.fm.bahasa), first: i === 0 })),
    )
    .sort((a, b) => b.tanggal.localeCompare(a.tanggal) || a.doc.fm.judul.localeCompare(b.doc.fm.judul) || b.versi.localeCompare(a.versi, undefined, { numeric: true }));
}

/** The feed of a language: `/kebijakan/rss.xml`, `/en/policies/rss.xml`. */
export const feedHref = (lang: Lang): string => `${href(lang, "policies")}rss.xml`;
