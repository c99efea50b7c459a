/**
 * The build-time plugins of policy documents, for `mdx({ processor: satteri({ hastPlugins }) })`
 * in astro.config.mjs. Astro 7 compiles MDX with Sätteri, whose hast plugins play the part of
 * rehype plugins; they run before Astro collects the headings.
 */
import type { HastPluginDefinition } from "satteri";
import { satteri } from "@astrojs/markdown-satteri";
import type { GlossaryEntry } from "../data/schema/site.ts";
import { href } from "../i18n/routes.ts";
import { headingAnchors } from "./headingAnchors.ts";
import { footnoteLabels } from "./footnoteLabels.ts";
import { glossaryTerms } from "./glossaryTerms.ts";
import { embedIndex } from "./embedIndex.ts";
import { PAGE_IDS } from "../data/policy-mdx.ts";

/** Ids that PolicyPage.astro uses around the document body; headings never take them. */
export { PAGE_IDS };

/**
 * `glossary` gives the validated glossary when a document is compiled: astro.config.mjs reads it
 * from the site the build handed over, so this module never reaches for it.
 */
export function policyHastPlugins(glossary: () => readonly GlossaryEntry[]): HastPluginDefinition[] {
  return [
    embedIndex(),
    footnoteLabels(),
    headingAnchors({ reserved: PAGE_IDS }),
    glossaryTerms({ entries: glossary, pageHref: (lang) => href(lang, "glossary") }),
  ];
}

/**
 * The MDX processor of policy documents: astro.config.mjs hands it to `mdx({ processor })`, and
 * `npm run validate` compiles every document with it (src/lib/policyCompile.ts), so a document
 * that validates is one the build can compile.
 */
export function policyProcessor(glossary: () => readonly GlossaryEntry[]) {
  return satteri({ hastPlugins: policyHastPlugins(glossary) });
}

/**
 * The options @astrojs/mdx gives the processor for this project: Markdown settings of
 * astro.config.mjs (`syntaxHighlight: false`; GFM and smart punctuation on, Astro's defaults) and
 * no static optimisation.
 */
export const POLICY_MDX_SHARED = { syntaxHighlight: false, gfm: true, smartypants: true } as const;
