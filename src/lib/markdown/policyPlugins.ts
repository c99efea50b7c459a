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

/** Ids that PolicyPage.astro uses around the document body; headings never take them. */
export const PAGE_IDS = ["isi", "doc-toc", "doc-cited", "doc-history", "doc-consultation", "footnote-label"] as const;

export function policyHastPlugins(): HastPluginDefinition[] {
  return [
    footnoteLabels(),
    headingAnchors({ reserved: PAGE_IDS }),
    glossaryTerms({ entries: () => getSite().glossary, pageHref: (lang) => href(lang, "glossary") }),
  ];
}
