/**
 * Marks the FIRST use of each glossary term in a policy document (data/glosarium.yml):
 *
 *   <span class="gloss">
 *     <a class="gloss-term" href="/glosarium/#asn" aria-describedby="istilah-asn"><dfn><abbr>ASN</abbr></dfn></a>
 *     <span class="gloss-tip" role="tooltip" id="istilah-asn"><strong>ASN</strong> (Aparatur Sipil Negara): …</span>
 *   </span>
 *
 * The definition shows on hover and on keyboard focus with CSS only (`:hover`, `:focus-within`);
 * the link leads to the glossary entry, so it works without JavaScript and on touch screens.
 * Only text is touched, never inside headings, links, code or an earlier mark; whole words only,
 * case-sensitive for acronyms. All text comes from data as text nodes (no HTML, no style="").
 */
import type { ElementContent, Nodes, Text } from "hast";
import type { HastPluginDefinition } from "satteri";
import type { Lang } from "../data/model.ts";
import type { GlossaryEntry } from "../data/schema/site.ts";
import { localise } from "../i18n/text.ts";
import { glossaryFragment, isAcronym, termMatcher, tooltipId, type TermMatch } from "../glossary.ts";
import { classes, docLang, h, isElement, text, walk } from "./hast.ts";

/** Text inside these is never marked. */
const SKIP = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp", "abbr", "dfn", "button", "script", "style", "svg", "math", "textarea", "select", "label"]);

export interface GlossaryTermsOptions {
  /** Entries, read when a document is compiled. */
  readonly entries: () => readonly GlossaryEntry[];
  /** The glossary page of a language (`/glosarium/`, `/en/glossary/`). */
  readonly pageHref: (lang: Lang) => string;
}

/** The marked-up first use of a term, as written in the text. */
export function termMark(entry: GlossaryEntry, written: string, lang: Lang, pageHref: string): ElementContent {
  const def = localise(entry.definisi, lang);
  const full = entry.nama_lengkap ? localise(entry.nama_lengkap, lang) : null;
  const word = isAcronym(entry.istilah) ? h("abbr", {}, [text(written)]) : text(written);
  const tip: ElementContent[] = [h("strong", {}, [text(entry.istilah)])];
  if (full) tip.push(text(` (${full.text})`));
  tip.push(text(`: ${def.text}`));
  return h("span", { className: ["gloss"] }, [
    h("a", { className: ["gloss-term"], href: `${pageHref}${glossaryFragment(entry)}`, ariaDescribedBy: [tooltipId(entry)] }, [h("dfn", {}, [word])]),
    h("span", { className: ["gloss-tip"], role: "tooltip", id: tooltipId(entry), ...(def.lang !== lang ? { lang: def.lang } : {}) }, tip),
  ]);
}

export function glossaryTerms(options: GlossaryTermsOptions): HastPluginDefinition {
  return {
    name: "terang-glossary-terms",
    before(root, ctx) {
      const entries = options.entries();
      if (entries.length === 0) return;
      const lang = docLang(ctx.data);
      const page = options.pageHref(lang);
      const find = termMatcher(entries);
      const done = new Set<string>();
      walk(root, (n: Nodes) => {
        if (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") return "skip";
        if (isElement(n) && (SKIP.has(n.tagName) || classes(n).includes("gloss"))) return "skip";
        if (n.type !== "text") return undefined;
        const node = n as Text;
        const firsts: TermMatch[] = [];
        for (const m of find(node.value)) {
          if (done.has(m.entry.istilah)) continue;
          done.add(m.entry.istilah);
          firsts.push(m);
        }
        if (firsts.length === 0) return undefined;
        const parts: ElementContent[] = [];
        let at = 0;
        for (const m of firsts) {
          if (m.index > at) parts.push(text(node.value.slice(at, m.index)));
          parts.push(termMark(m.entry, m.text, lang, page));
          at = m.index + m.text.length;
        }
        if (at < node.value.length) parts.push(text(node.value.slice(at)));
        ctx.replaceNode(node, parts);
        return undefined;
      });
    },
  };
}
