/**
 * A git history for a synthetic project (`npm run bench -- --git N`), as a real deployment has:
 * staff commit their CSVs, and the build reads every indicator's revisions from git. Without it
 * the bench never measured the revision log (src/lib/revisions.ts), which once cost 85 s of a
 * 1,000-indicator build.
 *
 * The project is committed as it was generated, then N revisions follow, a month apart: in each,
 * every tenth indicator (a different tenth each time) has the values of two of its rows swapped,
 * so each revision changes two values and the file stays valid (same periods, regions, format
 * and ranges). Deterministic: the same project and N give the same files and commit dates.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Indicators changed per revision: one in this many. */
export const CHANGED_EVERY = 10;

export interface GitHistory {
  /** Commits in all: the first, then the revisions. */
  readonly commits: number;
  /** CSV files changed over all revisions. */
  readonly changes: number;
}

/**
 * `text` with the values of two of its rows swapped (the `k`-th pair of rows without quotes whose
 * values are both present and differ), or null when it has no such pair.
 */
export function swapTwoValues(text: string, k: number): string | null {
  const lines = text.split("\n");
  const delim = lines[0]!.includes(";") ? ";" : ",";
  const header = lines[0]!.split(delim);
  const col = header.indexOf("nilai");
  if (col < 0) return null;
  const plain = lines
    .map((l, i) => ({ i, cells: l.split(delim) }))
    .filter(({ i, cells }) => i > 0 && !lines[i]!.includes('"') && cells.length === header.length && cells[col] !== "");
  const pairs = Math.floor(plain.length / 2);
  for (let tried = 0; tried < pairs; tried++) {
    const a = plain[(2 * (k + tried)) % (2 * pairs)]!;
    const b = plain[(2 * (k + tried) + 1) % (2 * pairs)]!;
    if (a.cells[col] === b.cells[col]) continue;
    [a.cells[col], b.cells[col]] = [b.cells[col]!, a.cells[col]!];
    lines[a.i] = a.cells.join(delim);
    lines[b.i] = b.cells.join(delim);
    return lines.join("\n");
  }
  return null;
}

/** Makes `root` a git repository holding the project and `revisions` commits after it. */
export function commitHistory(root: string, revisions: number): GitHistory {
  const at = (month: number) => new Date(Date.UTC(2025, month, 1, 9)).toISOString();
  const git = (args: string[], date: string) =>
    execFileSync("git", args, {
      cwd: root,
      stdio: "pipe",
      env: { ...process.env, GIT_AUTHOR_NAME: "Staf Data", GIT_AUTHOR_EMAIL: "staf@example.go.id", GIT_COMMITTER_NAME: "Staf Data", GIT_COMMITTER_EMAIL: "staf@example.go.id", GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  // What the bench writes next to the project (the built site, logs, profiles) stays out of it.
  writeFileSync(join(root, ".gitignore"), "/dist\n/dist.*\n/.terang/\n/profile/\n/*.log\n");
  git(["init", "-q", "-b", "main"], at(0));
  git(["add", "-A"], at(0));
  git(["commit", "-q", "-m", "Data awal"], at(0));
  const dir = join(root, "data", "indicators");
  const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort();
  let commits = 1;
  let changes = 0;
  for (let k = 1; k <= revisions; k++) {
    let changed = 0;
    csvs.forEach((f, i) => {
      if ((i + k) % CHANGED_EVERY !== 0) return;
      const file = join(dir, f);
      const next = swapTwoValues(readFileSync(file, "utf8"), k);
      if (next === null) return;
      writeFileSync(file, next);
      changed++;
    });
    if (changed === 0) continue;
    git(["commit", "-q", "-am", `Revisi data ${k}`], at(k));
    commits++;
    changes += changed;
  }
  return { commits, changes };
}
