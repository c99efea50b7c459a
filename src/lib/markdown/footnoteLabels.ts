/**
 * GFM footnotes speak the document's language: the section title (`Footnotes` → `Catatan kaki`,
 * shown, not screen-reader-only, so it also prints) and each back-link's label
 * (`Back to reference 1` → `Kembali ke rujukan 1`).
 */
import type { HastPluginDefinition } from "satteri";
import { t } from "../i18n/ui.ts";
import { classes, docLang, h, isElement, text, walk } from "./hast.ts";

export function footnoteLabels(): HastPluginDefinition {
  return {
    name: "terang-footnote-labels",
    before(root, ctx) {
      const lang = docLang(ctx.data);
      walk(root, (n) => {
        if (!isElement(n)) return undefined;
        if (n.tagName === "h2" && n.properties.id === "footnote-label") {
          const className = [...classes(n).filter((c) => c !== "sr-only"), "footnotes-title"];
          ctx.replaceNode(n, h("h2", { ...n.properties, className }, [text(t(lang, "policy.footnotes"))]));
          return "skip";
        }
        if (n.tagName === "a" && n.properties.dataFootnoteBackref !== undefined) {
          // `#user-content-fnref-2` or, for a note cited twice, `#user-content-fnref-2-2`.
          const ref = /fnref-(.+)$/.exec(String(n.properties.href ?? ""))?.[1] ?? "";
          const [num = "", again] = ref.split("-");
          const label = again ? t(lang, "policy.footnoteBackAgain", { n: num, k: again }) : t(lang, "policy.footnoteBack", { n: num });
          ctx.setProperty(n, "ariaLabel", label);
          return "skip";
        }
        return undefined;
      });
    },
  };
}
