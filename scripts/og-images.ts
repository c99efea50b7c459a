/**
 * The build's worker pool, for the work that needs no page: share images (src/lib/og.ts), drawn
 * off Astro's thread and cached between builds, and, first, the open-data files of every indicator
 * (scripts/data-files.ts) when `data` is given. One pool rather than a worker per kind of work:
 * each thread costs its own heap, and the data files are done in the first seconds.
 *
 * `startOgImages` runs before `astro build`: it computes every card on this thread (plain data),
 * keys each by a hash of the card and the renderer (src/lib/og-key.ts `rendererKey`: drawing
 * code, fonts, library versions), and sends the cards whose PNG is not in the cache to a pool of
 * `worker_threads` (scripts/og-worker.ts; one fewer than the cores, at least one), which draws
 * them into the cache while Astro renders the HTML on this thread. `writeOgImages` then links
 * every image into the scratch output as `og/<name>.png` and drops the cache entries this build
 * did not use, so the cache holds one site's images. A failed drawing fails the build.
 *
 * The cache lives next to the output, like the scratch folders of scripts/publish.ts:
 * `<dist's parent>/.terang/cache/og/<hash>.png` (git-ignored with `.terang/`), so it follows
 * TERANG_DIST and stays on the output's disk. Only `.terang/<dist's name>/` is cleared by
 * recovery, so the cache survives failed builds (an output folder named `cache` would merely
 * lose it). Builds that share a cache keep each other's fresh entries: only entries older than
 * the build and unused by it are dropped.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { copyFileSync, constants, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Site } from "../src/lib/data/project.ts";
import { regionsInOrder } from "../src/lib/indicators.ts";
import { ogCards, type OgCard } from "../src/lib/og.ts";
import { cardHash, rendererKey } from "../src/lib/og-key.ts";
import type { OgJob, OgReply } from "./og-worker.ts";
import type { DataFilesSetup } from "./data-files.ts";

export interface OgStats {
  /** Images in the site. */
  readonly images: number;
  /** Drawn by this build (distinct cards). */
  readonly drawn: number;
  /** Taken from the cache. */
  readonly reused: number;
  readonly workers: number;
  /** Drawing time summed over the workers. */
  readonly drawMs: number;
  /** Indicators whose open-data files the pool wrote. */
  readonly dataFiles: number;
}

export interface OgImages {
  readonly cacheDir: string;
  /** `og/<name>.png` → its cache key. */
  readonly files: ReadonlyMap<string, string>;
  /** Resolves when every missing image is in the cache; rejects on the first failure. */
  readonly done: Promise<OgStats>;
  /** Stops the workers (after a failure elsewhere). */
  stop(): Promise<void>;
}

export function ogCacheDir(dist: string): string {
  return join(dirname(dist), ".terang", "cache", "og");
}

/** `host/base` as the cards print it, from the site's root URL (`https://host/base/`). */
export function cardHost(siteRoot: string): string {
  const u = new URL(siteRoot);
  return (u.host + u.pathname).replace(/\/$/, "");
}

/** Jobs sent to each worker ahead of the one it is doing (see `feed`). */
const AHEAD = 8;

export function startOgImages(site: Site, opts: { cacheDir: string; host: string; workers?: number; data?: DataFilesSetup }): OgImages {
  const { cacheDir } = opts;
  mkdirSync(cacheDir, { recursive: true });
  const renderer = rendererKey();
  const cards = ogCards(site.indicators, regionsInOrder(site.regions), site.config, opts.host);
  const files = new Map<string, string>();
  const missing = new Map<string, OgCard>();
  for (const { path, card } of cards) {
    const key = cardHash(card, renderer);
    files.set(path, key);
    if (!missing.has(key) && !existsSync(join(cacheDir, `${key}.png`))) missing.set(key, card);
  }
  const reused = new Set(files.values()).size - missing.size;
  // The open-data files first (a few milliseconds each), then the images.
  const dataJobs: OgJob[] = opts.data ? site.indicators.map((indicator, id) => ({ id, indicator })) : [];
  const jobs: OgJob[] = [...dataJobs, ...[...missing].map(([key, card], i) => ({ id: dataJobs.length + i, card, file: join(cacheDir, `${key}.png`) }))];
  const size = Math.min(jobs.length, opts.workers ?? Math.max(1, availableParallelism() - 1));
  const workers: Worker[] = [];
  const stop = async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  };
  const done = new Promise<OgStats>((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let drawMs = 0;
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      void stop();
      reject(err);
    };
    // Each worker holds a few jobs ahead: its next one is already in its queue when it finishes
    // one, instead of waiting until this thread, busy rendering pages for Astro, gets round to
    // sending it (a region page takes over 100 ms; with one job at a time the worker stood idle
    // for about a quarter of the 1,000-indicator build). A few only: a data job carries its
    // indicator's observations.
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage(jobs[next++]);
    };
    const spawn = () => {
      // A young generation below the default: the default's reserve stood at the build's peak of
      // memory (1,000 × 20: 1.50–1.51 GiB in one process, when the peak was higher than it is now).
      // 4 MB made the open-data files (many short strings) collect too often: at 1,000 × 20 the
      // worker threads took 21.6 s of CPU with 4 MB and 19.9 s with 16 MB, at the same peak (1.18
      // and 1.16 GiB in one process); at 100 × 20 this worker's garbage collection, 0.75 and 0.55 s.
      const w = new Worker(new URL("./og-worker.ts", import.meta.url), { workerData: { data: opts.data }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      workers.push(w);
      w.on("message", (r: OgReply) => {
        if ("error" in r) {
          const job = jobs[r.id];
          return fail(new Error(job && "indicator" in job ? `The open-data files of ${job.indicator.meta.id} could not be written:\n${r.error}` : `Share image ${job?.file} could not be drawn:\n${r.error}`));
        }
        if (r.id >= dataJobs.length) drawMs += r.ms;
        if (++finished === jobs.length) {
          void stop();
          resolve({ images: files.size, drawn: missing.size, reused, workers: size, drawMs: Math.round(drawMs), dataFiles: dataJobs.length });
        } else feed(w);
      });
      w.on("error", (e) => fail(e));
      w.on("exit", (code) => {
        if (finished < jobs.length) fail(new Error(`A share image worker stopped (exit code ${code}) before its work was done.`));
      });
      for (let k = 0; k < AHEAD; k++) feed(w);
    };
    if (jobs.length === 0) resolve({ images: files.size, drawn: 0, reused, workers: 0, drawMs: 0, dataFiles: 0 });
    for (let i = 0; i < size; i++) spawn();
  });
  // Awaited after Astro; until then a failure must not count as an unhandled rejection.
  done.catch(() => {});
  return { cacheDir, files, done, stop };
}

/**
 * Puts the images into the built folder (`out/og/…`) and drops cache entries this build did not
 * use (and temporary files that killed builds left), keeping those another build wrote since this
 * one started.
 *
 * Each image is a hard link to its cache entry, on the same disk (ogCacheDir), rather than a copy:
 * copying 2,000 images took 0.4 s at 1,000 indicators, when this thread feeds the search index. A
 * cache entry is never changed in place (the worker writes a new file and renames it over), and
 * dropping one only removes its name, so the published image stays as it was. Where links cannot
 * be made (a file system without them), the images are copied.
 */
export function writeOgImages(out: string, og: OgImages, startedAt: number): void {
  mkdirSync(join(out, "og"), { recursive: true });
  let link = true;
  for (const [path, key] of og.files) {
    const from = join(og.cacheDir, `${key}.png`);
    const to = join(out, path);
    if (link) {
      try {
        linkSync(from, to);
        continue;
      } catch (e) {
        if (!["EXDEV", "EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e;
        link = false;
      }
    }
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
  const used = new Set([...og.files.values()].map((k) => `${k}.png`));
  for (const name of readdirSync(og.cacheDir)) {
    if (used.has(name)) continue;
    const p = join(og.cacheDir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st && st.mtimeMs < startedAt) rmSync(p, { force: true });
  }
}
