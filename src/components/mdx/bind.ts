/**
 * The components a policy document's `<Content components={…} />` renders its `<Indicator>` and
 * `<Chart>` with, bound by the policy page to the figures its page model computed: the compiled
 * document numbers each component (`EMBED_PROP`, src/lib/markdown/embedIndex.ts) and the bound
 * component hands Indicator.astro or Chart.astro that component's figure, in the document's
 * language. Nothing is looked up while rendering; a number without a figure, or a figure of
 * another indicator, stops the build rather than print the wrong number.
 */
import { jsx } from "astro/jsx-runtime";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import type { EmbedView } from "../../lib/views/policy.ts";
import { EMBED_PROP } from "../../lib/markdown/embedIndex.ts";
import Indicator from "./Indicator.astro";
import Chart from "./Chart.astro";
import Table from "./Table.astro";
import type { Lang } from "../../lib/data/model.ts";

function bound(tag: EmbedView["tag"], component: AstroComponentFactory, embeds: readonly EmbedView[]): AstroComponentFactory {
  const render = (props: Record<string, unknown>) => {
    const n = Number(props[EMBED_PROP]);
    const view = embeds.find((e) => e.index === n);
    if (!view || view.tag !== tag || view.id !== props.id)
      throw new Error(`<${tag} id="${String(props.id)}"> (number ${n}) has no figure in the page model: the compiled document and the validated one disagree`);
    return jsx(component, { view });
  };
  return render as unknown as AstroComponentFactory;
}

/** `components` for a document's `<Content />`. */
export function boundComponents(embeds: readonly EmbedView[], lang?: Lang): Record<string, AstroComponentFactory> {
  const components: Record<string, AstroComponentFactory> = { Indicator: bound("Indicator", Indicator, embeds), Chart: bound("Chart", Chart, embeds) };
  // Given the document's language, its tables scroll in a named region of their own (Table.astro).
  if (lang) components.table = ((props: Record<string, unknown>) => jsx(Table, { ...props, lang })) as unknown as AstroComponentFactory;
  return components;
}
