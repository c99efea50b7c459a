/**
 * The text of each version of a policy document listed in its `riwayat`, for the comparison pages.
 *
 * - The version the document is at (`versi`) is the file itself.
 * - An earlier version is a kept copy, `content/policy-versions/<slug>/<versi>.mdx` (the document
 *   as it was published, frontmatter optional), when there is one: staff keep it when a version is
 *   adopted, and it is read whatever the checkout (a clone without history, a release archive).
 * - Otherwise it comes from the git history of the document's file: the newest commit whose
 *   frontmatter says `versi: <that version>`, i.e. the text as it stood when that version was last
 *   edited before the next one was written. A build without git history (or a shallow clone that
 *   lacks the commit) cannot find it; the page then says so.
 *
 * See README, "What changed between versions". Node only (reads files, runs git).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { PolicyDoc } from "./data/project.ts";
import { blobs, mayHaveHistory, repoOf, versionsOf } from "./revisions.ts";
import { KEPT_DIR, keptName } from "./data/policy-kept.ts";

export { KEPT_DIR, keptName };


export type VersionSource = "current" | "kept" | "git";

export interface VersionText {
  readonly versi: string;
  readonly source: VersionSource;
  readonly text: string;
}

/** `ok`: full history; `shallow`: a shallow clone (older commits missing); `no-git`: none at all. */
export type GitState = "ok" | "shallow" | "no-git";

export interface PolicyVersions {
  readonly git: GitState;
  /** Text of each version found, by `versi`. */
  readonly texts: ReadonlyMap<string, VersionText>;
}

/** Commits of a document's file walked at most (versions are few; edits between them many). */
export const GIT_LIMIT = 200;


/** The `versi` a document's source declares in its frontmatter, or null. */
export function declaredVersion(source: string): string | null {
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const m = fm && /^versi:[ \t]*(["']?)([^"'\r\n#]*?)\1[ \t]*(?:#.*)?$/m.exec(fm[1]!);
  return m ? m[2]!.trim() : null;
}

const cache = new Map<string, PolicyVersions>();

export function policyVersions(root: string, doc: PolicyDoc): PolicyVersions {
  const key = `${root}\u0000${doc.slug}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const texts = new Map<string, VersionText>();
  texts.set(doc.fm.versi, { versi: doc.fm.versi, source: "current", text: readFileSync(join(root, doc.file), "utf8") });
  const wanted = doc.fm.riwayat.map((h) => h.versi).filter((v) => v !== doc.fm.versi);
  for (const v of wanted) {
    const kept = join(root, KEPT_DIR, doc.slug, keptName(v));
    if (existsSync(kept)) texts.set(v, { versi: v, source: "kept", text: readFileSync(kept, "utf8") });
  }
  const repo = repoOf(root);
  const git: GitState = !repo ? "no-git" : repo.shallow ? "shallow" : "ok";
  const missing = wanted.filter((v) => !texts.has(v));
  const path = repo && relative(repo.top, join(root, doc.file)).split(sep).join("/");
  if (repo && path && missing.length > 0 && mayHaveHistory(root, path)) {
    const commits = versionsOf(repo.top, path, GIT_LIMIT);
    const sources = blobs(repo.top, commits.map((c) => `${c.commit}:${c.path}`));
    // Newest first: the first commit declaring a version is its last state.
    sources.forEach((b) => {
      if (!b) return;
      const text = new TextDecoder().decode(b);
      const v = declaredVersion(text);
      if (v !== null && missing.includes(v) && !texts.has(v)) texts.set(v, { versi: v, source: "git", text });
    });
  }
  const out = { git, texts };
  cache.set(key, out);
  return out;
}

/** The versions of the document being built (project root TERANG_ROOT, as the build read it). */
export function buildPolicyVersions(doc: PolicyDoc): PolicyVersions {
  return policyVersions(process.env.TERANG_ROOT || process.cwd(), doc);
}
