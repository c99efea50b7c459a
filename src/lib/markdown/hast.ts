/**
 * Small helpers shared by the build-time (Sätteri hast) plugins of policy documents: walking the
 * tree with ancestors, building nodes, the document's language from its frontmatter.
 */
import type { Element, ElementContent, Nodes, Properties, Text } from "hast";
import type { Lang } from "../data/model.ts";

/** A node seen during a walk, with its ancestors (nearest last). */
export type Visit = (node: Nodes, ancestors: readonly Nodes[]) => "skip" | undefined;

/** Depth-first, document order; returning "skip" leaves a node's children out. */
export function walk(node: Nodes, visit: Visit, ancestors: Nodes[] = []): void {
  if (visit(node, ancestors) === "skip") return;
  if (!("children" in node)) return;
  ancestors.push(node);
  for (const child of node.children) walk(child as Nodes, visit, ancestors);
  ancestors.pop();
}

export const isElement = (n: Nodes, ...tags: string[]): n is Element =>
  n.type === "element" && (tags.length === 0 || tags.includes(n.tagName));

export const text = (value: string): Text => ({ type: "text", value });

export function h(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

/** `className` as a list, whatever form the parser gave it. */
export function classes(el: Element): string[] {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(/\s+/) : [];
}

/** Language of the document being compiled: its frontmatter `bahasa`, Indonesian by default. */
export function docLang(data: Record<string, unknown>): Lang {
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter?.bahasa === "en" ? "en" : "id";
}
