/**
 * What the build does after Astro has written the pages, before the folder is swapped in. The
 * parts run side by side, because Astro's thread is free and the share images may still be drawing
 * on the other core:
 * - Pagefind indexes the pages in its own processes, one per language (scripts/search-index.ts);
 * - the worker pool (scripts/og-images.ts) has made the open-data files and the share images
 *   while Astro rendered (at 1,000 indicators it ends with Astro) and may have a few left; they
 *   are moved or copied in. The pool does not grow after Astro: Pagefind's processes take both
 *   cores, and a second drawing thread cost 120 MB at the build's peak of memory;
 * - the sitemap is written from the finished pages while Pagefind's processes build the index from
 *   the pages they were handed (this thread waits then; at 1,000 indicators the sitemap reads the
 *   head of 4,400 pages, a second that was added to the end of the build before).
 * Any failure rejects, and the build leaves dist/ as it was.
 */
import type { Site } from "../src/lib/data/project.ts";
import { writeSitemap } from "./sitemap.ts";
import { writeSearchIndex } from "./search-index.ts";
import { moveDataFiles } from "./data-files.ts";
import { writeOgImages, type OgImages, type OgStats } from "./og-images.ts";

export async function postBuild(out: string, site: Site, og: OgImages, ogStart: number, dataDir: string): Promise<OgStats> {
  // With TERANG_LOG=debug (the bench), when each part was done, in ms after Astro finished.
  const t0 = performance.now();
  const done = (what: string) => {
    if (process.env.TERANG_LOG === "debug") console.log(`[post-build] ${what} done at +${Math.round(performance.now() - t0)} ms`);
  };
  const search = writeSearchIndex(out, site, () => {
    writeSitemap(out);
    done("sitemap");
  }).then((r) => (done("search index"), r));
  search.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
  const stats = await og.done;
  moveDataFiles(dataDir, out);
  writeOgImages(out, og, ogStart);
  done("open-data files and share images");
  await search;
  return stats;
}
