/**
 * The revision log of published data: for each indicator CSV, which values were added, changed or
 * removed between its committed versions, with dates. Computed at build time from the
 * repository's git history (when the build runs in a git checkout): the commits touching the file
 * (renames followed, newest first, at most `LIMIT`; one `git log` for the whole build), each
 * version read with `git cat-file` and parsed with the real CSV reader, then compared by key:
 * period + region + dimension values.
 * Node only (runs git). Outside a git checkout, or for a file never committed, it says so.
 */
import { spawnSync } from "node:child_process";
import { join, relative, sep } from "node:path";
import { checkIndicatorCsv } from "./data/indicator-csv.ts";
import type { Indicator, Observation, Region } from "./data/model.ts";
import type { Period } from "./data/period.ts";
import type { Site } from "./data/project.ts";

/** Commits walked per file: enough for years of monthly updates, and the build stays fast. */
export const LIMIT = 50;

export interface ValueChange {
  readonly kind: "added" | "changed" | "removed";
  readonly period: Period;
  readonly region: string;
  /** Dimension column → value; `null` is the total. */
  readonly dims: Readonly<Record<string, string | null>>;
  /** Value before (null: not there, or "not available"), and after. */
  readonly from: number | null;
  readonly to: number | null;
}

/** The trailer keys a maintainer writes a public note with (git interpret-trailers syntax). */
export const NOTE_TRAILERS = { id: "Catatan-publik", en: "Public-note" } as const;

export interface PublicNote {
  readonly id: string;
  readonly en: string;
}

export interface Revision {
  readonly indicator: string;
  readonly commit: string;
  /** Commit (publication) date, `YYYY-MM-DD`, and the full timestamp. */
  readonly date: string;
  readonly datetime: string;
  /**
   * A note for readers, when the maintainer wrote one: the commit message's `Catatan-publik:`
   * (Indonesian) and `Public-note:` (English) trailers; "" when absent. The commit message itself,
   * written for maintainers, and the commit hash are never shown to readers.
   */
  readonly note: PublicNote;
  /** The first version of the file: its values were published, not revised. */
  readonly initial: boolean;
  /** Values (rows) in this version. */
  readonly count: number;
  readonly changes: readonly ValueChange[];
}

export type HistoryStatus = "ok" | "no-git" | "untracked";

export interface IndicatorHistory {
  readonly status: HistoryStatus;
  /** Newest first. */
  readonly revisions: readonly Revision[];
  /** Older versions exist but were not walked (limit, or a shallow clone). */
  readonly truncated: boolean;
}

const git = (cwd: string, args: string[], input?: Buffer) =>
  spawnSync("git", args, { cwd, input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_PAGER: "cat", LC_ALL: "C" } });

interface Repo {
  readonly top: string;
  readonly shallow: boolean;
}

const repos = new Map<string, Repo | null>();

/** The git work tree `root` lies in, or null outside git (or without git installed). */
export function repoOf(root: string): Repo | null {
  if (repos.has(root)) return repos.get(root)!;
  const r = git(root, ["rev-parse", "--show-toplevel", "--is-shallow-repository"]);
  const out = r.status === 0 ? r.stdout.toString().trim().split("\n") : [];
  const repo = out.length === 2 ? { top: out[0]!, shallow: out[1] === "true" } : null;
  repos.set(root, repo);
  return repo;
}

const trackedCache = new Map<string, Set<string> | null>();

/**
 * Paths (from the top of the work tree) of the files under `root` that git tracks, listed once
 * per root; null if git cannot list them (then every file is asked about).
 */
function trackedFiles(root: string): Set<string> | null {
  if (trackedCache.has(root)) return trackedCache.get(root)!;
  const r = git(root, ["ls-files", "-z", "--full-name", "--", "."]);
  const set = r.status === 0 ? new Set(r.stdout.toString().split("\0").filter(Boolean)) : null;
  trackedCache.set(root, set);
  return set;
}

/**
 * Whether git may have a history of `path` (from the top of the work tree): false only when git
 * lists the files under `root` and `path` is not one of them. A file git has never seen needs no
 * `git log` (one call per file adds up at a thousand indicators or a hundred documents).
 */
export const mayHaveHistory = (root: string, path: string): boolean => trackedFiles(root)?.has(path) ?? true;

/** Key of an observation: period, region and dimension values (in the YAML's order). */
export const keyOf = (o: Pick<Observation, "period" | "region" | "dims">, dimCols: readonly string[]): string =>
  [o.period.code, o.region, ...dimCols.map((d) => o.dims[d] ?? "")].join("\u0000");

/** Differences between two versions' observations, in the newer version's row order. */
export function diffObservations(before: readonly Observation[], after: readonly Observation[], dimCols: readonly string[]): ValueChange[] {
  const old = new Map(before.map((o) => [keyOf(o, dimCols), o]));
  const out: ValueChange[] = [];
  const seen = new Set<string>();
  for (const o of after) {
    const k = keyOf(o, dimCols);
    seen.add(k);
    const p = old.get(k);
    const base = { period: o.period, region: o.region, dims: o.dims };
    if (!p) out.push({ kind: "added", ...base, from: null, to: o.value });
    else if (p.value !== o.value) out.push({ kind: "changed", ...base, from: p.value, to: o.value });
  }
  for (const [k, p] of old) if (!seen.has(k)) out.push({ kind: "removed", period: p.period, region: p.region, dims: p.dims, from: p.value, to: null });
  return out;
}

export interface Version {
  readonly commit: string;
  readonly datetime: string;
  readonly note: PublicNote;
  readonly path: string;
}

/** A commit of the repository's log: its head fields and the files it changed. */
interface LoggedCommit {
  readonly commit: string;
  readonly datetime: string;
  readonly note: PublicNote;
  /** Changed files: [status letter, path before (renames and copies), path after]. */
  readonly files: readonly (readonly [string, string, string])[];
}

const logs = new Map<string, readonly LoggedCommit[]>();

/**
 * Every commit of the work tree at `top` with the files it changed (renames detected), newest
 * first: one `git log` for the whole build, read once. Asking git for each file's history instead
 * (`git log --follow -- file`) walks the whole history again per file, about 90 ms a file in this
 * repository, which a thousand indicators would turn into minutes of the build's main thread.
 */
function repoLog(top: string): readonly LoggedCommit[] {
  const hit = logs.get(top);
  if (hit) return hit;
  const trailer = (key: string) => `%(trailers:key=${key},valueonly,separator=%x20,unfold)`;
  const format = `%x1e%H%x1f%cI%x1f${trailer(NOTE_TRAILERS.id)}%x1f${trailer(NOTE_TRAILERS.en)}%x1f`;
  const r = git(top, ["-c", "core.quotePath=false", "log", "-M", "--name-status", `--format=${format}`]);
  const out: LoggedCommit[] = [];
  if (r.status === 0) {
    for (const chunk of r.stdout.toString().split("\x1e")) {
      if (!chunk.trim()) continue;
      // Head fields end with \x1f; the changed files follow, one per line: status, tab, path(s).
      const [commit, datetime, noteId = "", noteEn = "", tail = ""] = chunk.split("\x1f");
      if (!commit || !datetime) continue;
      const files = tail
        .split("\n")
        .filter((l) => l.includes("\t"))
        .map((l) => {
          const [status = "", a = "", b] = l.split("\t");
          return [status[0]!, a, b ?? a] as const;
        });
      out.push({ commit, datetime, note: { id: noteId.trim(), en: noteEn.trim() }, files });
    }
  }
  logs.set(top, out);
  return out;
}

/**
 * Commits touching `path`, newest first, at most `limit`, with the file's path in each, read from
 * the repository's log (`repoLog`). A rename is followed to the file's older name; a copy is not
 * (`git log --follow` would go on into the history of the file copied, so a new indicator made
 * from another's CSV would show the other's revisions as its own).
 */
export function versionsOf(top: string, path: string, limit: number): Version[] {
  const out: Version[] = [];
  let current = path;
  for (const c of repoLog(top)) {
    if (out.length >= limit) break;
    const change = c.files.find(([, , after]) => after === current);
    if (!change) continue;
    out.push({ commit: c.commit, datetime: c.datetime, note: c.note, path: current });
    // Older commits know the file by its name before the rename (a copy keeps the source).
    if (change[0] === "R") current = change[1];
  }
  return out;
}

/** Versions read per `git cat-file`, so that one call's output stays well inside spawnSync's buffer. */
const BLOB_BATCH = 500;

/** The bytes of each `commit:path` (null when missing), read by `git cat-file --batch`, BLOB_BATCH at a time. */
export function blobs(top: string, specs: readonly string[]): (Uint8Array | null)[] {
  const out: (Uint8Array | null)[] = [];
  for (let i = 0; i < specs.length; i += BLOB_BATCH) out.push(...catFile(top, specs.slice(i, i + BLOB_BATCH)));
  return out;
}

/** One `git cat-file --batch` call: an entry per spec, null for a missing one or one cut short. */
function catFile(top: string, specs: readonly string[]): (Uint8Array | null)[] {
  const out: (Uint8Array | null)[] = specs.map(() => null);
  if (specs.length === 0) return out;
  const buf = git(top, ["cat-file", "--batch"], Buffer.from(specs.join("\n") + "\n")).stdout;
  let pos = 0;
  for (let i = 0; i < specs.length; i++) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl === -1) break;
    const m = / blob (\d+)$/.exec(buf.subarray(pos, nl).toString());
    pos = nl + 1;
    if (!m) continue;
    const size = Number(m[1]);
    out[i] = new Uint8Array(buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}

/** The `commit:path` that `blobs` reads a version by. */
export const specOf = (v: Pick<Version, "commit" | "path">): string => `${v.commit}:${v.path}`;

/** The commits of an indicator's CSV to read: one more than `limit`, the baseline of the oldest shown. */
function versionsToRead(root: string, repo: Repo, ind: Indicator, limit: number): Version[] {
  return fileVersions(root, repo, ind.csvFile, limit + 1);
}

/** Commits of the project file `file` (relative to `root`), newest first, at most `limit`; none when git cannot have any. */
export function fileVersions(root: string, repo: Repo, file: string, limit: number): Version[] {
  const path = relative(repo.top, join(root, file)).split(sep).join("/");
  return mayHaveHistory(root, path) ? versionsOf(repo.top, path, limit) : [];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The revision log of one indicator. */
export function indicatorHistory(root: string, ind: Indicator, regions: readonly Region[], today: Date, limit = LIMIT): IndicatorHistory {
  const repo = repoOf(root);
  if (!repo) return { status: "no-git", revisions: [], truncated: false };
  const versions = versionsToRead(root, repo, ind, limit);
  return historyOf(ind, versions, blobs(repo.top, versions.map(specOf)), repo.shallow, regions, today, limit);
}

/**
 * The revision log of an indicator from the versions of its CSV (newest first, one more than
 * `limit` when there are more) and their bytes.
 */
function historyOf(ind: Indicator, versions: readonly Version[], bytes: readonly (Uint8Array | null)[], shallow: boolean, regions: readonly Region[], today: Date, limit: number): IndicatorHistory {
  if (versions.length === 0) return { status: "untracked", revisions: [], truncated: false };
  // One version more than shown: the baseline of the oldest revision shown.
  const truncated = versions.length > limit || shallow;
  const shown = versions.slice(0, limit);
  const dimCols = (ind.meta.dimensi ?? []).map((d) => d.kolom);
  // A version holding the text the build validated (with or without a BOM, which changes no
  // value) has its observations already: the same reader, file name, YAML, regions and date. At a
  // thousand indicators, most of the versions read.
  const published = Buffer.from(ind.csvText, "utf8");
  const isPublished = (b: Uint8Array) => published.equals(UTF8_BOM.every((x, i) => b[i] === x) ? b.subarray(3) : b);
  // Oldest first; a version the reader rejects (it could not have been published) is skipped.
  const parsed = versions
    .map((v, i) => ({ v, b: bytes[i] ?? null }))
    .reverse()
    .map(({ v, b }) => {
      if (!b) return null;
      if (isPublished(b)) return { v, obs: ind.observations };
      const r = checkIndicatorCsv(b, ind.csvFile, ind.meta, regions, { today });
      return r.problems.length === 0 ? { v, obs: r.observations } : null;
    });
  const revisions: Revision[] = [];
  let prev: readonly Observation[] | null = null;
  parsed.forEach((p, i) => {
    if (!p) return;
    const isShown = shown.includes(p.v);
    const base = { indicator: ind.meta.id, commit: p.v.commit, date: p.v.datetime.slice(0, 10), datetime: p.v.datetime, note: p.v.note, count: p.obs.length };
    if (prev === null) {
      // The oldest readable version: the file's first publication, unless older ones were not walked.
      if (i === 0 && !truncated) revisions.push({ ...base, initial: true, changes: [] });
    } else if (isShown) {
      const changes = diffObservations(prev, p.obs, dimCols);
      if (changes.length > 0) revisions.push({ ...base, initial: false, changes });
    }
    prev = p.obs;
  });
  return { status: "ok", revisions: revisions.reverse(), truncated };
}

const cache = new Map<string, IndicatorHistory>();
const cacheKey = (root: string, ind: Indicator) => `${root}\u0000${ind.meta.id}`;

/** The history of one indicator of a site, computed once per build. */
function cachedHistory(root: string, ind: Indicator, regions: readonly Region[], today: Date): IndicatorHistory {
  const key = cacheKey(root, ind);
  let h = cache.get(key);
  if (!h) cache.set(key, (h = indicatorHistory(root, ind, regions, today)));
  return h;
}

/**
 * The history of every indicator of a site (each computed once per build). The versions of all
 * the indicators not yet read are read together (`blobs`), not one `git cat-file` per file.
 */
export function siteHistory(root: string, indicators: readonly Indicator[], regions: readonly Region[], today: Date): Map<string, IndicatorHistory> {
  const repo = repoOf(root);
  const todo = repo ? indicators.filter((ind) => !cache.has(cacheKey(root, ind))) : [];
  if (repo && todo.length > 1) {
    const versions = todo.map((ind) => versionsToRead(root, repo, ind, LIMIT));
    const specs = [...new Set(versions.flat().map(specOf))];
    const read = blobs(repo.top, specs);
    const bytes = new Map(specs.map((spec, i) => [spec, read[i] ?? null]));
    todo.forEach((ind, i) => cache.set(cacheKey(root, ind), historyOf(ind, versions[i]!, versions[i]!.map((v) => bytes.get(specOf(v)) ?? null), repo.shallow, regions, today, LIMIT)));
  }
  return new Map(indicators.map((ind) => [ind.meta.id, cachedHistory(root, ind, regions, today)]));
}

/** The project root of the site being built: TERANG_ROOT, where the build read it. */
const buildRoot = () => process.env.TERANG_ROOT || process.cwd();

/** The history of every indicator of the site being built. */
export function buildHistory(site: Pick<Site, "indicators" | "regions" | "today">): Map<string, IndicatorHistory> {
  return siteHistory(buildRoot(), site.indicators, site.regions, site.today);
}

/** The history of one indicator of the site being built (an indicator page needs only its own). */
export function buildIndicatorHistory(site: Pick<Site, "regions" | "today">, ind: Indicator): IndicatorHistory {
  return cachedHistory(buildRoot(), ind, site.regions, site.today);
}

/** Every revision of the site (value changes and first publications), newest first. */
export function recentRevisions(history: Map<string, IndicatorHistory>, max = 100): Revision[] {
  return [...history.values()]
    .flatMap((h) => h.revisions)
    .sort((a, b) => Date.parse(b.datetime) - Date.parse(a.datetime) || a.indicator.localeCompare(b.indicator))
    .slice(0, max);
}
