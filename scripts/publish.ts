/**
 * Atomic publishing: a site is built in a scratch folder next to `dist/` and swapped in whole.
 * At every instant `dist/` is either the previous complete site or the new complete site; if the
 * process dies between the two renames of the swap, the next run puts the previous site back.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, basename } from "node:path";

export interface Slots {
  readonly dist: string;
  /** Scratch folder on the same file system as `dist` (so renames are atomic). */
  readonly work: string;
}

export function slotsFor(dist: string): Slots {
  return { dist, work: join(dirname(dist), ".terang", basename(dist)) };
}

/** Undo what an interrupted run left: restore a parked previous site, remove half-built ones. */
export function recover({ dist, work }: Slots): void {
  if (!existsSync(work)) return;
  const parked = join(work, "previous");
  if (!existsSync(dist) && existsSync(parked)) renameSync(parked, dist);
  for (const name of readdirSync(work)) rmSync(join(work, name), { recursive: true, force: true });
}

export function newBuildDir({ work }: Slots): string {
  mkdirSync(work, { recursive: true });
  return join(work, `build-${process.pid}-${Date.now()}`);
}

/** Replaces `dist` with `built`, whole. */
export function swapIn({ dist, work }: Slots, built: string): void {
  const parked = join(work, "previous");
  rmSync(parked, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, parked);
  renameSync(built, dist);
  rmSync(parked, { recursive: true, force: true });
}
