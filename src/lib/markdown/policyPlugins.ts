/**
 * The build-time plugins of policy documents, for `mdx({ processor: satteri({ hastPlugins }) })`
 * in astro.config.mjs. Astro 7 compiles MDX with Sätteri, whose hast plugins play the part of
 * rehype plugins; they run before Astro collects the headings.
 */
import type { HastPluginDefinition } from "satteri";
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
