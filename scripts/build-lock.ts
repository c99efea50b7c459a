/**
 * One build at a time per output folder: a lock file `<dist's parent>/.terang/build.lock` holding
 * the owner's process id, host, start time and (on Linux) the kernel's start tick of that process.
 *
 * Written here rather than taken from `proper-lockfile`: that library decides a lock is stale when
 * its owner has not touched it for a few seconds, and a build's event loop can stay busy longer
 * than that (validation, Astro rendering a large page), which would hand the lock to a second build
 * in the middle of the first. Here a lock is stale only when its owner process is gone: no
 * heartbeat, and a `kill -9`ed build never blocks the next one.
 *
 * The lock covers the parent folder, not only `dist/`: builds into sibling folders share the share
 * image cache in `.terang/cache/` too.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { hostname } from "node:os";

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly since: string;
  /** Linux: start time of the process in clock ticks since boot (tells a reused pid apart). */
  readonly tick?: string;
}

/** Another live build holds the lock. */
export class LockHeld extends Error {
  readonly file: string;
  readonly owner: LockOwner | null;
  constructor(file: string, owner: LockOwner | null) {
    super(`build lock ${file} is held by ${owner ? `pid ${owner.pid} on ${owner.host} since ${owner.since}` : "another build"}`);
    this.file = file;
    this.owner = owner;
  }
}

/** Is a process with this id running (on this machine)? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Linux only: field 22 of /proc/<pid>/stat, the process's start time; undefined elsewhere. */
function startTick(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Creates `file` with `text` only if it does not exist (O_EXCL); false when it already does. */
function create(file: string, text: string): boolean {
  try {
    writeFileSync(file, text, { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

type Read = { raw: string; owner: LockOwner | null } | "gone";

function read(file: string): Read {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw e;
  }
  try {
    const o = JSON.parse(raw) as LockOwner;
    return { raw, owner: Number.isInteger(o.pid) && typeof o.host === "string" ? o : null };
  } catch {
    return { raw, owner: null };
  }
}

/** The suffix of the short-lived lock `acquireLock` takes beside `file` while it takes over a dead build's. */
export const TAKEOVER = ".takeover";

/** Who holds the lock `file`: null when there is none, or while it is being written. */
export function lockOwner(file: string): LockOwner | null {
  const r = read(file);
  return r === "gone" ? null : r.owner;
}

/**
 * Stale: its owner ran on this machine and is gone (or its pid now belongs to a younger process).
 * A lock whose content cannot be read is being written (O_EXCL create, then write) unless it is
 * older than a few seconds. A lock from another host is never taken over.
 */
function stale(file: string, r: Exclude<Read, "gone">): boolean {
  if (!r.owner) {
    const st = statSync(file, { throwIfNoEntry: false });
    return !!st && Date.now() - st.mtimeMs > 5_000;
  }
  const { pid, host, tick } = r.owner;
  if (host !== hostname()) return false;
  if (!alive(pid)) return true;
  const now = startTick(pid);
  return tick !== undefined && now !== undefined && now !== tick;
}

/**
 * Takes the lock or throws `LockHeld` naming its live owner. A lock left by a dead build is taken
 * over; two builds doing so at once serialise on a second, short-lived lock (`<file>.takeover`) so
 * neither removes the lock the other has just taken. Returns the release function (also run when
 * the process exits).
 */
export function acquireLock(file: string): () => void {
  mkdirSync(dirname(file), { recursive: true });
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), tick: startTick(process.pid) };
  const text = JSON.stringify(mine);
  const release = () => {
    const r = read(file);
    if (r !== "gone" && r.raw === text) rmSync(file, { force: true });
  };
  let last: Read = "gone";
  for (let attempt = 0; attempt < 50; attempt++) {
    if (create(file, text)) {
      process.once("exit", release);
      return release;
    }
    last = read(file);
    if (last === "gone") continue; // released in between: try again
    if (!stale(file, last)) throw new LockHeld(file, last.owner);
    const mutex = `${file}${TAKEOVER}`;
    if (create(mutex, text)) {
      try {
        // Still the same dead owner's lock (not one a third build has just taken)? Then remove it.
        const again = read(file);
        if (again !== "gone" && again.raw === last.raw) rmSync(file, { force: true });
      } finally {
        rmSync(mutex, { force: true });
      }
    } else {
      const m = read(mutex);
      if (m !== "gone" && stale(mutex, m)) rmSync(mutex, { force: true });
      sleep(20);
    }
  }
  throw new LockHeld(file, last === "gone" ? null : last.owner);
}
