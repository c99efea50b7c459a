/**
 * Atomic publishing. `dist` is a symbolic link to a complete site kept in `.terang/<dist name>/`
 * next to it (`dist -> .terang/dist/site-<pid>-<time>`). A build writes a new site there, then
 * points `dist` at it with one rename(2) of a new link over the old one: at every instant `dist`
 * exists and is either the previous complete site or the new one, never absent and never half
 * written. The site it replaced is kept until the next build starts (`recover()`), not deleted right
 * after the swap: a reader (a web server, a copy step) that resolved a path through the old link an
 * instant before the rename must still find the file it is opening. Sites older than that are
 * deleted after the swap.
 *
 * The first build after an update finds `dist` as a real folder, which no single rename can turn
 * into a link: that folder is parked as `.terang/<dist name>/previous` and the link put in its place
 * right after (two renames, once); if the process dies in between, `recover()` puts it back.
 * Windows junctions cannot be replaced by a rename, so there every build swaps that way.
 *
 * Call these with the build lock held (scripts/build-lock.ts): `recover()` deletes every folder of
 * `.terang/<dist name>/` but the published one, so between builds it holds at most two sites.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { dirname, join, basename, relative, resolve } from "node:path";

export interface Slots {
  readonly dist: string;
  /** Folder of built and published sites, on the same file system as `dist` (so renames are atomic). */
  readonly work: string;
  /** The build lock of `dist`'s parent folder. */
  readonly lock: string;
}

export function slotsFor(dist: string): Slots {
  const terang = join(dirname(dist), ".terang");
  return { dist, work: join(terang, basename(dist)), lock: join(terang, "build.lock") };
}

/** A problem with the output place, in both languages. */
export class PublishError extends Error {
  readonly id: string;
  readonly en: string;
  constructor(id: string, en: string) {
    super(en);
    this.id = id;
    this.en = en;
  }
}

const LINKED = process.platform !== "win32";
const PARKED = "previous";

const lstat = (p: string) => lstatSync(p, { throwIfNoEntry: false });

/** The name, inside `work`, of the site `dist` links to; null when `dist` is not such a link. */
export function publishedVersion({ dist, work }: Slots): string | null {
  if (!lstat(dist)?.isSymbolicLink()) return null;
  const target = resolve(dirname(dist), readlinkSync(dist));
  return dirname(target) === work ? basename(target) : null;
}

/**
 * Refuses, before anything is built, an output place where the swap cannot be atomic: `dist` a
 * mount point (a real folder on another file system than its parent, e.g. a Docker volume), a
 * `.terang/` on another file system, or a file system without symbolic links. Probes by doing what
 * the swap does: a link made in `work` and renamed into `dist`'s folder.
 */
export function checkPlace(slots: Slots): void {
  const { dist, work } = slots;
  const parent = dirname(dist);
  mkdirSync(parent, { recursive: true });
  const d = lstat(dist);
  const parentDev = statSync(parent).dev;
  if (d?.isDirectory() && statSync(dist).dev !== parentDev) {
    throw new PublishError(
      `${dist} adalah titik kait (mount point) di sistem berkas lain daripada folder induknya ${parent}, sehingga situs baru tidak dapat ditukar masuk sekaligus. Arahkan TERANG_DIST ke folder di dalamnya (mis. TERANG_DIST=${join(dist, "situs")}) dan sajikan folder itu, atau bangun di disk lokal lalu salin dengan rsync -a --delete dist/ ${dist}/.`,
      `${dist} is a mount point, on another file system than its parent folder ${parent}, so a new site cannot be swapped in whole. Point TERANG_DIST at a folder inside it (e.g. TERANG_DIST=${join(dist, "site")}) and serve that folder, or build on a local disk and copy with rsync -a --delete dist/ ${dist}/.`,
    );
  }
  mkdirSync(work, { recursive: true });
  if (statSync(work).dev !== parentDev) {
    throw new PublishError(
      `${work} ada di sistem berkas lain daripada ${parent}; folder kerja harus berada di disk yang sama dengan dist. Lepaskan kaitan (mount) pada ${dirname(work)} atau pilih TERANG_DIST lain.`,
      `${work} is on another file system than ${parent}; the working folder must be on the same disk as dist. Unmount ${dirname(work)} or choose another TERANG_DIST.`,
    );
  }
  if (!LINKED) return;
  const probe = join(work, `probe-${process.pid}`);
  const landed = join(parent, `.terang-probe-${process.pid}`);
  try {
    rmSync(probe, { force: true });
    symlinkSync(".", probe);
    renameSync(probe, landed);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new PublishError(
      `Folder ${parent} tidak mendukung penukaran situs secara atomik (tautan simbolik lalu rename: ${code}). Pilih TERANG_DIST di disk lokal (mis. ext4, APFS, NTFS) lalu salin hasilnya ke tujuan.`,
      `The folder ${parent} does not support swapping the site in atomically (a symbolic link, then a rename: ${code}). Choose a TERANG_DIST on a local disk (ext4, APFS, NTFS, …) and copy the result to its destination.`,
    );
  } finally {
    rmSync(probe, { force: true });
    rmSync(landed, { force: true });
  }
}

/**
 * Undoes what an interrupted run left: a parked previous site comes back if `dist` is missing;
 * every other folder of `work` except the published site (half-built sites, links never swapped
 * in, sites already replaced) is deleted.
 */
export function recover(slots: Slots): void {
  const { dist, work } = slots;
  if (!existsSync(work)) return;
  const parked = join(work, PARKED);
  if (!lstat(dist) && existsSync(parked)) renameSync(parked, dist);
  const keep = publishedVersion(slots);
  for (const name of readdirSync(work)) if (name !== keep) rmSync(join(work, name), { recursive: true, force: true });
}

export function newBuildDir({ work }: Slots): string {
  mkdirSync(work, { recursive: true });
  return join(work, `build-${process.pid}-${Date.now()}`);
}

/** Steps of `swapIn`, for tests that stop a process between two of them. */
export type SwapStep = "renamed" | "linked" | "parked" | "swapped";

/** Publishes `built` as `dist`, whole (see the top of this file). */
export function swapIn(slots: Slots, built: string, step: (s: SwapStep) => void = () => {}): void {
  if (!LINKED) return swapByRenames(slots, built);
  const { dist, work } = slots;
  const old = publishedVersion(slots);
  const site = join(work, basename(built).replace(/^build-/, "site-"));
  renameSync(built, site);
  step("renamed");
  const link = join(work, `link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(dist), site), link);
  step("linked");
  const parked = join(work, PARKED);
  const d = lstat(dist);
  if (d && !d.isSymbolicLink()) {
    // A real folder (the first build after an update): park it, the link takes its place next.
    rmSync(parked, { recursive: true, force: true });
    renameSync(dist, parked);
    step("parked");
  }
  renameSync(link, dist);
  step("swapped");
  // Keep the new site and the one it replaced (a reader may be inside it); drop the rest.
  const keep = new Set([basename(site), old ?? PARKED]);
  for (const name of readdirSync(work)) if (!keep.has(name)) rmSync(join(work, name), { recursive: true, force: true });
}

/** Windows: `dist` a real folder, replaced by two renames (recover() undoes a death in between). */
function swapByRenames({ dist, work }: Slots, built: string): void {
  const parked = join(work, PARKED);
  rmSync(parked, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, parked);
  renameSync(built, dist);
  rmSync(parked, { recursive: true, force: true });
}
