/**
 * Page model of a comparison between two versions of a policy document
 * (`/kebijakan/<slug>/perubahan/<from>-<to>/`, `/en/policies/<slug>/changes/<from>-<to>/`): the
 * two versions with their dates and notes, where each text came from, and the word-by-word diff
 * (src/lib/data/policy-diff.ts). One page per pair of consecutive versions in `riwayat`.
 */
import type { Lang } from "../data/model.ts";
import type { PolicyDoc, Site } from "../data/project.ts";
import { diffBlocks, plain, policyBlocks, type BlockKind, type Op } from "../data/policy-diff.ts";
import { href } from "../i18n/routes.ts";
import { t, type UiKey } from "../i18n/ui.ts";
import { policyHref, translationOf, versionAnchor } from "../policies.ts";
import { buildPolicyVersions, type GitState, type PolicyVersions, type VersionSource, type VersionText } from "../policyVersions.ts";
import { chromeView, type Chrome } from "./chrome.ts";

export const CHANGES_SEGMENT: Record<Lang, string> = { id: "perubahan", en: "changes" };

export interface VersionPair {
  readonly from: string;
  readonly to: string;
}

/** Each version with the one before it, oldest first. */
export const versionPairs = (doc: PolicyDoc): VersionPair[] =>
  doc.fm.riwayat.slice(1).map((h, i) => ({ from: doc.fm.riwayat[i]!.versi, to: h.versi }));

export const pairSlug = (p: VersionPair): string => `${p.from}-${p.to}`.replace(/[^A-Za-z0-9._-]+/g, "-");

export const changesHref = (doc: PolicyDoc, p: VersionPair): string =>
  href(doc.fm.bahasa, "policies", doc.slug, CHANGES_SEGMENT[doc.fm.bahasa], pairSlug(p));

export interface ChangesVersion {
  readonly versi: string;
  readonly tanggal: string;
  readonly catatan: string;
  readonly anchor: string;
  readonly source: VersionSource | null;
}

export interface DiffBlockView {
  readonly kind: BlockKind;
  readonly depth: number;
  readonly op: "same" | "changed" | "ins" | "del";
  readonly parts: readonly { readonly op: Op; readonly text: string }[];
}

export interface PolicyChangesView {
  readonly chrome: Chrome;
  readonly lang: Lang;
  readonly title: string;
  readonly docTitle: string;
  readonly docHref: string;
  readonly from: ChangesVersion;
  readonly to: ChangesVersion;
  /** The diff, or null when a version's text is not available (`missing` says which). */
  readonly diff: { readonly blocks: readonly DiffBlockView[]; readonly inserted: number; readonly deleted: number } | null;
  readonly missing: readonly string[];
  /** Say that the build had no (or an incomplete) git history; null when it had all of it. */
  readonly git: Exclude<GitState, "ok"> | null;
  readonly others: readonly { readonly text: string; readonly href: string; readonly current: boolean }[];
  /** The same comparison in the translation, when it has the same two versions. */
  readonly alternate: string | null;
}

const embedLabel = (lang: Lang) => (tag: string, attrs: Readonly<Record<string, string>>) =>
  t(lang, `policyDiff.embed.${tag === "Chart" ? "Chart" : "Indicator"}` as UiKey, { id: attrs.id ?? "?" }) + (attrs.wilayah ? ` (${attrs.wilayah})` : "");

/** The comparison page of `pair` in `doc`, from the versions' texts (`versions`, by default read for the build). */
export function policyChangesView(site: Site, doc: PolicyDoc, pair: VersionPair, versions: PolicyVersions = buildPolicyVersions(doc, site.policies)): PolicyChangesView {
  const lang = doc.fm.bahasa;
  const entry = (v: string): ChangesVersion => {
    const h = doc.fm.riwayat.find((r) => r.versi === v)!;
    return { versi: h.versi, tanggal: h.tanggal, catatan: h.catatan, anchor: versionAnchor(h.versi, lang), source: versions.texts.get(v)?.source ?? null };
  };
  const a = versions.texts.get(pair.from);
  const b = versions.texts.get(pair.to);
  const label = embedLabel(lang);
  // A version from git that no longer parses (kept copies are checked by the validator) counts as missing.
  const blocks = (v: VersionText | undefined) => {
    if (!v) return null;
    try {
      return policyBlocks(v.text, label);
    } catch {
      return null;
    }
  };
  const before = blocks(a);
  const after = blocks(b);
  const d = before && after ? diffBlocks(before, after) : null;
  const translation = translationOf(site, doc);
  const sameInTranslation = translation && versionPairs(translation).some((p) => p.from === pair.from && p.to === pair.to);
  return {
    chrome: chromeView(site, lang),
    lang,
    title: t(lang, "policyDiff.title", { doc: doc.fm.judul, from: pair.from, to: pair.to }),
    docTitle: doc.fm.judul,
    docHref: policyHref(doc),
    from: entry(pair.from),
    to: entry(pair.to),
    diff: d && {
      blocks: d.blocks.map((bl) => ({ kind: bl.kind, depth: bl.depth, op: bl.op, parts: bl.parts.map((p) => ({ op: p.op, text: plain(p.text) })) })),
      inserted: d.inserted,
      deleted: d.deleted,
    },
    missing: [before ? null : pair.from, after ? null : pair.to].filter((v): v is string => v !== null),
    git: versions.git === "ok" ? null : versions.git,
    others: versionPairs(doc).map((p) => ({ text: t(lang, "policyDiff.pair", { from: p.from, to: p.to }), href: changesHref(doc, p), current: p.from === pair.from && p.to === pair.to })),
    alternate: translation && sameInTranslation ? changesHref(translation, pair) : translation ? policyHref(translation) : null,
  };
}
