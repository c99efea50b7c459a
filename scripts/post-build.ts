/** Steps on the built folder before it is swapped in (search index, checks of the output). */
import type { Site } from "../src/lib/data/project.ts";
import { writeSitemap } from "./sitemap.ts";
import { writeSearchIndex } from "./search-index.ts";

export async function postBuild(out: string, site: Site): Promise<void> {
  writeSitemap(out);
  await writeSearchIndex(out, site);
}
