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
import { join } from "node:path";
import type { PolicyDoc } from "./data/project.ts";
import { blobs, fileVersions, repoOf, specOf, type Version } from "./revisions.ts";
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
const cacheKey = (root: string, doc: PolicyDoc) => `${root}\u0000${doc.slug}`;

/** What one document has before git is asked: its versions from files, and the commits to read. */
interface Plan {
  readonly doc: PolicyDoc;
  readonly texts: Map<string, VersionText>;
  readonly missing: readonly string[];
  readonly git: GitState;
  readonly commits: readonly Version[];
}

function plan(root: string, doc: PolicyDoc): Plan {
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
  const commits = repo && missing.length > 0 ? fileVersions(root, repo, doc.file, GIT_LIMIT) : [];
  return { doc, texts, missing, git, commits };
}

/**
 * The versions of each of `docs`, kept for the build. Every document's older texts are read from
 * git together, in one `git cat-file` per 500 (`blobs`): at a hundred documents, one call each was
 * a hundred processes started on Astro's thread.
 */
export function policyVersionsOf(root: string, docs: readonly PolicyDoc[]): PolicyVersions[] {
  const plans = docs.filter((d) => !cache.has(cacheKey(root, d))).map((d) => plan(root, d));
  const specs = plans.flatMap((p) => p.commits.map(specOf));
  const repo = specs.length > 0 ? repoOf(root) : null;
  const sources = repo ? blobs(repo.top, specs) : [];
  let at = 0;
  for (const p of plans) {
    const mine = sources.slice(at, at + p.commits.length);
    at += p.commits.length;
    // Newest first: the first commit declaring a version is its last state.
    for (const b of mine) {
      if (!b) continue;
      const text = new TextDecoder().decode(b);
      const v = declaredVersion(text);
      if (v !== null && p.missing.includes(v) && !p.texts.has(v)) p.texts.set(v, { versi: v, source: "git", text });
    }
    cache.set(cacheKey(root, p.doc), { git: p.git, texts: p.texts });
  }
  return docs.map((d) => cache.get(cacheKey(root, d))!);
}

export function policyVersions(root: string, doc: PolicyDoc): PolicyVersions {
  return policyVersionsOf(root, [doc])[0]!;
}

/**
 * The versions of the document being built (project root TERANG_ROOT, as the build read it). With
 * `all` (the site's documents), the first call reads every document's versions at once.
 */
export function buildPolicyVersions(doc: PolicyDoc, all: readonly PolicyDoc[] = [doc]): PolicyVersions {
  const root = process.env.TERANG_ROOT || process.cwd();
  if (!cache.has(cacheKey(root, doc))) policyVersionsOf(root, all.includes(doc) ? all : [...all, doc]);
  return policyVersions(root, doc);
}
