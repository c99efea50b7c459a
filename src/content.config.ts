/**
 * The one place where loaders meet schemas. Policy documents are validated by our own checker
 * (src/lib/data/project.ts) before Astro runs, so the collection only renders them.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

const root = process.env.TERANG_ROOT || process.cwd();

export const collections = {
  policies: defineCollection({
    loader: glob({ pattern: "*.mdx", base: `${root}/content/policies` }),
  }),
};
