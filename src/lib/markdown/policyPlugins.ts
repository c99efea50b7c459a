/**
 * The build-time plugins of policy documents, for `mdx({ processor: satteri({ hastPlugins }) })`
 * in astro.config.mjs. Astro 7 compiles MDX with Sätteri, whose hast plugins play the part of
 * rehype plugins; they run before Astro collects the headings.
 */
import type { HastPluginDefinition } from "satteri";
import { getSite } from "../site.ts";
import { href } from "../i18n/routes.ts";
import { headingAnchors } from "./headingAnchors.ts";
import { footnoteLabels } from "./footnoteLabels.ts";
import { glossaryTerms } from "./glossaryTerms.ts";
import { embedIndex } from "./embedIndex.ts";
import { PAGE_IDS } from "../data/policy-mdx.ts";

/** Ids that PolicyPage.astro uses around the document body; headings never take them. */
export { PAGE_IDS };

export function policyHastPlugins(): HastPluginDefinition[] {
  return [
    embedIndex(),
    footnoteLabels(),
    headingAnchors({ reserved: PAGE_IDS }),
    glossaryTerms({ entries: () => getSite().glossary, pageHref: (lang) => href(lang, "glossary") }),
  ];
}
