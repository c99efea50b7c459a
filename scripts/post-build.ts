/** Steps on the built folder before it is swapped in (search index, checks of the output). */
import type { Site } from "../src/lib/data/project.ts";
import { writeSitemap } from "./sitemap.ts";

export async function postBuild(out: string, _site: Site): Promise<void> {
  writeSitemap(out);
}
