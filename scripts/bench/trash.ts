/**
 * What the bench would delete between builds (the last run's output, the share-image cache, the
 * last project and code snapshot) is moved aside into a trash folder instead, and deleted only
 * when the bench ends.
 *
 * Deleting thousands of files seconds before a timed build made that build slower: on ext4 without
 * a journal (the bench machine's disk), creating a file skips every inode freed in the last minute,
 * or in the last six minutes while its inode table block waits to be written back
 * (`recently_deleted` in the kernel's inode allocator), and each skip looks that block up. With the
 * 1,739 files of the last 100 × 20 output just deleted, a build spent about 0.5 s of CPU there
 * (perf, `recently_deleted` and `find_get_block_common` under `ext4_create`); four alternated pairs
 * of hand builds, output moved aside against deleted: 9.3–10.9 s against 10.0–10.8 s, system time
 * 2.3–2.8 s against 2.8–3.2 s (bench/README.md, twenty-first round). A site's first build, which
 * the budgets are about, follows no such deletion. A rename frees no inode, so the next build
 * starts as a first one would. The deletion at the end still slows a bench run started within
 * minutes of it (bench/README.md, twenty-second round).
 */
import { lstatSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, join } from "node:path";

let moved = 0;

/** Moves `path` (if it exists; a link is moved, not what it points to) into `trash`, a folder on the same disk. */
export function discard(path: string, trash: string): void {
  if (!lstatSync(path, { throwIfNoEntry: false })) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${process.pid}-${++moved}-${basename(path)}`));
}

/** Deletes `trash` and all it holds. */
export function emptyTrash(trash: string): void {
  rmSync(trash, { recursive: true, force: true });
}
