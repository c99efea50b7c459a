/**
 * Numbers the `<Indicator>` and `<Chart>` components of a compiled policy document (0, 1, 2… in
 * the order the page renders them) with an extra attribute, `EMBED_PROP`. The validator numbers
 * them the same way when it reads the document (src/lib/data/policy-mdx.ts), and the policy page
 * binds each number to the figure its page model computed (src/components/mdx/bind.ts), so the
 * components print data handed to them instead of looking anything up.
 */
import type { Nodes } from "hast";
import type { HastPluginDefinition } from "satteri";
import { walk } from "./hast.ts";

/** The attribute carrying a component's number; authors never write it. */
export const EMBED_PROP = "terangEmbed";
const TAGS = new Set(["Indicator", "Chart"]);

interface JsxNode {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

export function embedIndex(): HastPluginDefinition {
  return {
    name: "terang-embed-index",
    before(root, ctx) {
      let n = 0;
      walk(root, (node: Nodes) => {
        if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return undefined;
        const el = node as unknown as JsxNode;
        if (!el.name || !TAGS.has(el.name)) return undefined;
        const attributes = [...el.attributes.filter((a) => a.name !== EMBED_PROP), { type: "mdxJsxAttribute", name: EMBED_PROP, value: String(n++) }];
        ctx.replaceNode(node, { ...node, attributes } as never);
        return undefined;
      });
    },
  };
}
