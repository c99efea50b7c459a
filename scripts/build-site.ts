/**
 * The build proper, after scripts/build.ts has started the validation: take the output folder's
 * build lock (a second build stops, exit code 75), build the site in a scratch folder while the
 * data are validated, then swap it in as `dist/` whole (scripts/publish.ts). On any error nothing
 * is written to `dist/`.
 *
 * Astro, here, loads its configuration and bundles the site (policy documents included) while the
 * validation worker checks the data: none of that reads the data.
 * Policy documents, marked up with the glossary, compile with the glossary read alone (as the
 * validation reads it); no page is generated before the validated site is handed over
 * (`waitForData`), which happens as soon as the data are checked, while the validation thread
 * still compiles the documents; nothing is published before that is done too. Until the whole
 * validation is known, Astro's console output is held back: with bad data or documents the staff
 * member reads the validation's errors only, as before, even when Astro stumbled on a broken
 * document first (Vite logs a failed bundle itself); the scratch folder is removed and dist/ is
 * untouched.
 */
import { createHash } from "node:crypto";
import { rmSync, mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { PerformanceObserver } from "node:perf_hooks";
import { tmpdir } from "node:os";
import type { Plugin } from "vite";
import { readGlossary, type Site } from "../src/lib/data/project.ts";
import { cliLang, report } from "./cli.ts";
import { slotsFor, recover, newBuildDir, swapIn, checkPlace, PublishError, type Slots } from "./publish.ts";
import { acquireLock, alive, LockHeld, TAKEOVER } from "./build-lock.ts";
import { postBuild } from "./post-build.ts";
import { dataFilesSetup } from "./data-files.ts";
import { handOffGlossary, handOffSite } from "../src/lib/site.ts";
import { cardHost, ogCacheDir, startOgImages, type OgImages } from "./og-images.ts";
import { siteRoot } from "./sitemap.ts";
import { COMPILE_CACHE, pruneDaily } from "./compile-cache.ts";
import type { WorkerValidation } from "./validate-start.ts";

/**
 * The build, from the lock to the swap, given the validation that scripts/build.ts started first.
 * Never returns on failure: it reports, cleans up and exits.
 */
export async function buildSite(root: string, validation: WorkerValidation): Promise<void> {
  const lang = cliLang();
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(process.env.TERANG_DIST || join(root, "dist"));
  const slots = slotsFor(dist);

  // One build at a time per output folder: a second one stops here, before it touches anything.
  try {
    acquireLock(slots.lock);
    checkPlace(slots);
  } catch (e) {
    if (e instanceof LockHeld) {
      const o = e.owner;
      const who = o ? (lang === "id" ? `proses ${o.pid} di ${o.host}, sejak ${o.since}` : `process ${o.pid} on ${o.host}, since ${o.since}`) : lang === "id" ? "proses lain" : "another process";
      console.error(
        lang === "id"
          ? `Pembangunan lain (${who}) sedang menerbitkan ke ${dirname(dist)}; pembangunan ini berhenti dan dist/ tidak diubah. Tunggu sampai yang lain selesai, lalu jalankan lagi. Jika proses itu sudah tidak berjalan, hapus ${e.file}.`
          : `Another build (${who}) is publishing into ${dirname(dist)}; this build stops and dist/ is unchanged. Wait for the other one to finish, then run again. If that process no longer runs, delete ${e.file}.`,
      );
      process.exit(75);
    }
    if (e instanceof PublishError) {
      console.error(lang === "id" ? e.id : e.en);
      process.exit(1);
    }
    throw e;
  }
  recover(slots);
  // With TERANG_LOG=debug (the bench): the garbage collector's pauses on this thread, where Astro
  // renders, summed and printed at the end (a figure the machine's load does not blur much).
  const gcPauses = { ms: 0, count: 0 };
  const gcWatch = process.env.TERANG_LOG === "debug" ? new PerformanceObserver((list) => list.getEntries().forEach((e) => ((gcPauses.ms += e.duration), gcPauses.count++))) : null;
  gcWatch?.observe({ entryTypes: ["gc"] });
  // Astro's console output waits for the data (see holdOutput).
  const held = holdOutput();

  const astroDir = join(appRoot, ".astro");
  mkdirSync(astroDir, { recursive: true });
  // A build killed outright (kill -9) leaves its folder behind (with Astro's cache inside): clear
  // those whose process is gone (see workFolder).
  clearAbandoned(astroDir);
  // Earlier versions of this script kept Astro's cache in the system's temp folder (terang-cache-*), where
  // a killed one stayed for good: clear those a day old (no build runs that long).
  for (const n of readdirSync(tmpdir())) {
    const p = join(tmpdir(), n);
    if (n.startsWith("terang-cache-") && (statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) < Date.now() - 86_400_000) rmSync(p, { recursive: true, force: true });
  }
  const out = newBuildDir(slots);
  // Astro moves its assets from the working folder into the output with rename(2), which cannot
  // cross file systems: when dist/ lies on another disk than the app (a tmpfs /tmp, a mounted
  // volume), the working folder goes next to the output instead, with a link to the app's
  // node_modules so the chunks still find their packages. recover() clears it if the build dies.
  const workDir = workFolder(statSync(astroDir).dev === statSync(dirname(out)).dev ? astroDir : null, slots);
  if (!workDir.startsWith(astroDir)) symlinkSync(join(appRoot, "node_modules"), join(workDir, "node_modules"), "junction");
  const cacheDir = join(workDir, "cache");

  const cleanUp = () => {
    rmSync(out, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      held.release(true);
      cleanUp();
      console.error(lang === "id" ? "Pembangunan dihentikan; dist/ tidak diubah." : "Build interrupted; dist/ is unchanged.");
      process.exit(130);
    });
  }

  // The open-data files are written by the share-image workers, into a folder outside Astro's output.
  const dataDir = join(workDir, "data-files");
  // Any failure: what Astro wrote meanwhile, the error, the scratch folder removed, exit 1; dist/ is
  // untouched. Called at once by what fails while Astro may be anywhere in its start-up.
  const fail = (e: unknown): never => {
    held.release(true);
    cleanUp();
    console.error(e);
    console.error(lang === "id" ? "Pembangunan gagal; dist/ tidak diubah." : "Build failed; dist/ is unchanged.");
    process.exit(1);
  };
  // The whole validation (the policy documents compiled too): the report ("Data valid", warnings),
  // then what Astro wrote meanwhile. Any error: the report of every error, the share-image workers
  // stopped, the scratch folder removed, exit 1, wherever Astro is. The build awaits `checked`
  // before it publishes.
  let og: OgImages | undefined;
  const checked: Promise<void> = validation.full.then(async (v) => {
    let ok = false;
    held.release(v.errors.length === 0, () => (ok = report(v, lang)));
    if (!ok) {
      await og?.stop();
      cleanUp();
      process.exit(1);
    }
  }, fail);
  // Valid data (the documents may still be compiling in the validation thread): the site handed to
  // Astro, and the share-image workers started (the other core) while Astro renders the pages here;
  // `ready` gives the site and the workers. Bad data: `checked` reports and exits.
  const ready: Promise<{ site: Site; og: OgImages; ogStart: number }> = validation.data.then((v) => {
    if (!v.site) return new Promise<never>(() => {});
    try {
      // Astro renders in this process: hand it the validated site, so it is not validated again.
      const site = v.site;
      handOffSite(site);
      const ogStart = Date.now();
      og = startOgImages(site, { cacheDir: ogCacheDir(dist), host: cardHost(siteRoot(out)), data: dataFilesSetup(site, dataDir, siteRoot(out)) });
      return { site, ogStart, og };
    } catch (e) {
      return fail(e);
    }
  }, fail);
  try {
    process.env.TERANG_ROOT = root;
    process.env.TERANG_HANDOFF = "1";
    handOffGlossary(readGlossary(root));
    // Astro keeps its prerender chunks under `<cwd>/.astro/` when outDir lies outside the working
    // folder, so two builds from one checkout (tests, the bench) would share and break that folder.
    // Each build works from its own folder inside the app (the chunks still find node_modules).
    process.chdir(workDir);
    const { build } = await import("astro");
    // `sync: false` (an option of Astro's builder that its public type does not list): no type
    // generation and no content-layer sync before bundling. The site has no content collections
    // (documents are compiled from content/policies/ directly) and a build reads no generated type;
    // `astro check` and `astro dev` still generate them. That sync started a Vite dev server of
    // its own: 0.1–0.6 s of every build, for the same pages (all files compared at 100 × 20).
    try {
      await build({ root: appRoot, outDir: out, cacheDir, logLevel: process.env.TERANG_LOG === "debug" ? "info" : "warn", vite: { plugins: [waitForData(ready)] } }, { sync: false } as Parameters<typeof build>[1]);
    } catch (err) {
      // Astro failed before the validation was known (a document's frontmatter or markup it cannot
      // read, say): the validation's errors, if any, are what the staff member needs; `checked`
      // exits with them.
      await checked;
      throw err;
    }
    await checked;
    const { site, og, ogStart } = await ready;
    const ogStats = await postBuild(out, site, og, ogStart, dataDir);
    console.log(
      lang === "id"
        ? `Gambar berbagi: ${ogStats.drawn} digambar (${ogStats.workers} worker, ${ogStats.drawMs} ms), ${ogStats.reused} dari cache`
        : `Share images: ${ogStats.drawn} drawn (${ogStats.workers} worker${ogStats.workers === 1 ? "" : "s"}, ${ogStats.drawMs} ms), ${ogStats.reused} from the cache`,
    );
    swapIn(slots, out);
    rmSync(workDir, { recursive: true, force: true });
    // Node's compile cache is ours only at its default place (a NODE_COMPILE_CACHE set by the user is theirs).
    if (process.env.NODE_COMPILE_CACHE === COMPILE_CACHE) pruneDaily(COMPILE_CACHE);
    if (gcWatch) {
      gcWatch.disconnect();
      console.log(`[build] main thread GC: ${Math.round(gcPauses.ms)} ms in ${gcPauses.count} pauses`);
    }
    console.log(lang === "id" ? `Situs diterbitkan ke ${dist}` : `Site published to ${dist}`);
  } catch (err) {
    // The data were valid (bad data exit with their report): stop the share-image workers first.
    await (await ready).og.stop();
    fail(err);
  }
}

/** The lock beside a working folder under the app's .astro/. */
const workLock = (dir: string) => `${dir}.lock`;

/**
 * Astro's working folder for a build into `slots.dist`, made empty and held by this process: under
 * `astroDir` (the app's .astro/) when given, with a build lock of its own beside it
 * (`build-<hash>.lock`, scripts/build-lock.ts, released when the process exits), else in the
 * output's own work folder, which the output's build lock already covers.
 *
 * Its path is the same at every build into the same dist/ (the output's build lock keeps those
 * builds to one at a time): Astro loads the site's bundled code from it, and Node's compile cache,
 * which keys its entries by a module's path, then finds the last build's entries for the same
 * chunks instead of adding about 120 new ones at every build (a folder named after the process, as
 * before, grew the cache in node_modules/.cache/ by about a megabyte a build, for good).
 */
function workFolder(astroDir: string | null, slots: Slots): string {
  const dir = astroDir ? join(astroDir, `build-${createHash("sha256").update(slots.dist).digest("hex").slice(0, 16)}`) : join(slots.work, "astro");
  if (astroDir) acquireLock(workLock(dir));
  rmSync(dir, { recursive: true, force: true }); // left by a build of this dist/ that was killed
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Removes the working folders under the app's .astro/ that builds now gone left behind, with their
 * locks: a folder is cleared when its lock can be taken (its owner is not running; see
 * scripts/build-lock.ts), and kept while its build runs. Folders of earlier versions of this
 * script are named `build-<pid>-<random>` and have no lock.
 */
function clearAbandoned(astroDir: string): void {
  // Each folder once, also when only its lock (or the lock's takeover file) is left.
  const lock = workLock("");
  const folderOf = (n: string) => {
    const end = [lock + TAKEOVER, lock].find((e) => n.endsWith(e));
    return end ? n.slice(0, -end.length) : n;
  };
  const folders = new Set(readdirSync(astroDir).filter((n) => n.startsWith("build-")).map(folderOf));
  for (const n of folders) {
    const dir = join(astroDir, n);
    const old = /^build-(\d+)-/.exec(n);
    if (old) {
      if (!alive(Number(old[1]))) rmSync(dir, { recursive: true, force: true });
      continue;
    }
    let release: () => void;
    try {
      release = acquireLock(workLock(dir));
    } catch (e) {
      if (e instanceof LockHeld) continue;
      throw e;
    }
    rmSync(dir, { recursive: true, force: true });
    release();
  }
}

/**
 * Holds what is written to stdout and stderr until `release`: then the streams write directly
 * again, `first` writes, and what was held is written out (`keep`) or dropped. Astro and Vite
 * write their log lines through these streams.
 */
function holdOutput(): { release(keep: boolean, first?: () => void): void } {
  const streams = [process.stdout, process.stderr] as const;
  const originals = streams.map((s) => s.write);
  const chunks: [number, unknown[]][] = [];
  streams.forEach((s, i) => {
    s.write = ((...args: unknown[]) => (chunks.push([i, args]), true)) as typeof s.write;
  });
  let open = true;
  return {
    release(keep, first) {
      if (!open) return;
      open = false;
      streams.forEach((s, i) => (s.write = originals[i]!));
      first?.();
      if (keep) for (const [i, args] of chunks) (streams[i]!.write as (...a: unknown[]) => boolean)(...args);
      chunks.length = 0;
    },
  };
}

/**
 * A Vite plugin that keeps Astro from generating pages before the data are validated and handed
 * over: its buildApp hook waits for `ready`, after Vite has bundled the site and before Astro's own
 * generation step (a later "post" buildApp hook, added by Astro after the configured plugins).
 */
function waitForData(ready: Promise<unknown>): Plugin {
  return {
    name: "terang:wait-for-data",
    buildApp: {
      order: "post",
      async handler() {
        await ready;
      },
    },
  };
}
