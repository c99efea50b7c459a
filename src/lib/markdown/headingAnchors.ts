/**
 * Makes the headings of a policy document self-linkable: each `h2`–`h4` gets a stable id (its
 * slug, deduplicated; ids the page itself uses are reserved) and a link to itself placed right
 * after it, `<div class="heading">[h2, a.heading-anchor]</div>`. The link stays outside the
 * heading so the heading's text, and so the table of contents Astro builds from it, stays clean.
 * Astro's own heading-id step runs after this one and keeps ids that are already set.
 */
import type { Element } from "hast";
import type { HastPluginDefinition } from "satteri";
import { t } from "../i18n/ui.ts";
// The same ids as the validator's reading of the document, from which the page builds its contents.
import { uniqueSlug } from "../data/policy-mdx.ts";
import { docLang, h, isElement, text, walk } from "./hast.ts";

export function headingAnchors(options: { reserved?: readonly string[] } = {}): HastPluginDefinition {
  return {
    name: "terang-heading-anchors",
    before(root, ctx) {
      const lang = docLang(ctx.data);
      const used = new Set(options.reserved ?? []);
      const headings: Element[] = [];
      walk(root, (n) => {
        if (isElement(n, "h2", "h3", "h4")) {
          headings.push(n);
          return "skip";
        }
        return undefined;
      });
      // Ids written by the author (or by the footnotes step) are taken first.
      for (const el of headings) if (typeof el.properties.id === "string") used.add(el.properties.id);
      for (const el of headings) {
        const title = ctx.textContent(el);
        let id = typeof el.properties.id === "string" ? el.properties.id : null;
        if (id === null) {
          id = uniqueSlug(title, used);
          ctx.setProperty(el, "id", id);
        }
        const anchor = h("a", { className: ["heading-anchor"], href: `#${id}` }, [
          h("span", { ariaHidden: "true" }, [text("#")]),
          h("span", { className: ["visually-hidden"] }, [text(t(lang, "policy.anchor", { title }))]),
        ]);
        ctx.wrapNode(el, h("div", { className: ["heading", `heading-${el.tagName}`] }, [anchor]));
      }
    },
  };
}
