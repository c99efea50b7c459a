/**
 * Reads a policy document (`content/policies/<slug>.mdx`) ONCE, with the same MDX parser Astro
 * compiles it with (Sätteri's `mdxToMdast`), into what the checks and the pages need: the
 * frontmatter block, the `<Indicator>`/`<Chart>` components with their literal attributes and
 * lines, the headings with the ids the page gives them, the footnotes and the word count.
 *
 * Working on the syntax tree, not on the text, means a component inside a code block or an MDX
 * comment is not a component, one whose attributes span several lines is one, and a document
 * Astro could not compile is refused here, with its line, before anything is built.
 */
import { mdxToMdast } from "satteri";
import type { MDX_COMPONENTS } from "./schema/policy.ts";
import { unsafeNodes, type Unsafe } from "./policy-safety.ts";

export type EmbedTag = keyof typeof MDX_COMPONENTS;
const EMBED_TAGS: readonly string[] = ["Indicator", "Chart"] satisfies EmbedTag[];

export interface Embed {
  readonly tag: EmbedTag;
  /** Attributes whose value is literal text (`id="ikm"`, `id={"ikm"}`), by name. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Attributes written as an expression the build cannot read (`id={x}`, `{...rest}`). */
  readonly dynamic: readonly string[];
  /** Line of the opening `<` in the file (frontmatter included), 1-based. */
  readonly line: number;
  /**
   * Its place among the document's components as the page renders them, 0-based: document order,
   * except that those in footnotes come after the body (src/lib/markdown/embedIndex.ts numbers
   * the compiled document's components the same way, so the page can find each one's figure).
   */
  readonly index: number;
}

export interface DocHeading {
  readonly depth: number;
  readonly text: string;
  /** The id the page gives it (see src/lib/markdown/headingAnchors.ts); null above h2 or below h4. */
  readonly slug: string | null;
  readonly line: number;
}

export interface ParsedPolicy {
  /** The YAML between the `---` lines and the line of the opening `---`; null without one. */
  readonly frontmatter: { readonly yaml: string; readonly line: number } | null;
  readonly embeds: readonly Embed[];
  readonly headings: readonly DocHeading[];
  /** Identifiers of the footnotes the text refers to, in order of first reference. */
  readonly footnotes: readonly string[];
  /** Words a reader reads (text and code, not tags or attributes), for the reading time. */
  readonly words: number;
  /** What the document may not hold (code, expressions, unknown tags…): see policy-safety.ts. */
  readonly unsafe: readonly Unsafe[];
}

export class MdxSyntaxError extends Error {
  readonly reason: string;
  readonly line: number;
  readonly column: number | undefined;
  constructor(reason: string, line: number, column: number | undefined) {
    super(`${line}${column !== undefined ? `:${column}` : ""}: ${reason}`);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** An error of Sätteri's MDX parser or compiler (`12:5: reason (rule)`) as an MdxSyntaxError. */
export function mdxError(e: unknown): MdxSyntaxError {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*?)\s*(?:\([\w:-]+\))?\s*$/.exec(msg);
  return m ? new MdxSyntaxError(m[3]!, Number(m[1]), Number(m[2])) : new MdxSyntaxError(msg.replace(/\s*\([\w:-]+\)\s*$/, ""), 1, undefined);
}

/** Ids that the policy page uses around the document body; headings never take them. */
export const PAGE_IDS = ["isi", "doc-toc", "doc-cited", "doc-history", "doc-consultation", "footnote-label"] as const;
/** The id of the footnotes section's heading (GFM). */
export const FOOTNOTES_ID = "footnote-label";

/** Like github-slugger: lowercase, punctuation dropped, spaces to hyphens. */
export function slugify(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** A unique id for a heading title, given the ids already used (which it extends). */
export function uniqueSlug(title: string, used: Set<string>): string {
  const base = slugify(title) || "bagian";
  let id = base;
  for (let i = 1; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/** A node of the MDX syntax tree, with the fields the policy modules read. */
export interface MdxNode {
  type: string;
  value?: unknown;
  name?: string | null;
  depth?: number;
  identifier?: string;
  url?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}
type Node = MdxNode;

/** A document's syntax tree, as the build's MDX compiler reads it (a BOM is not text). Throws on bad MDX. */
export const mdxTree = (source: string): MdxNode => mdxToMdast(source.replace(/^\uFEFF/, "")) as unknown as MdxNode;

/** The text of a literal attribute value: `"x"`, or `{"x"}` / `{'x'}` / `{`x`}` without `${}`. */
function literal(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  const v = value as { type?: string; value?: unknown };
  if (v.type !== "mdxJsxAttributeValueExpression" || typeof v.value !== "string") return null;
  const m = /^\s*(["'`])((?:(?!\1)[^\\]|\\.)*)\1\s*$/s.exec(v.value);
  if (!m || (m[1] === "`" && m[2]!.includes("${"))) return null;
  return m[2]!.replace(/\\(.)/gs, "$1");
}

const textOf = (n: Node): string =>
  n.type === "text" || n.type === "inlineCode" ? String(n.value ?? "") : (n.children ?? []).map(textOf).join("");

const countWords = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Parses a policy document; throws MdxSyntaxError when the MDX does not parse. */
export function parsePolicyMdx(source: string): ParsedPolicy {
  let root: Node;
  try {
    root = mdxTree(source);
  } catch (e) {
    throw mdxError(e);
  }
  let frontmatter: ParsedPolicy["frontmatter"] = null;
  const embeds: Embed[] = [];
  const headings: DocHeading[] = [];
  const definitions = new Map<string, Node>();
  const referenced = new Set<string>();
  const used = new Set<string>(PAGE_IDS);
  let words = 0;

  const visit = (n: Node): void => {
    const line = n.position?.start.line ?? 1;
    switch (n.type) {
      case "yaml":
        if (frontmatter === null && line === 1) frontmatter = { yaml: String(n.value ?? ""), line };
        return;
      case "code":
      case "inlineCode":
      case "text":
        words += countWords(String(n.value ?? ""));
        return;
      // MDX comments and expressions, imports and exports are not text a reader reads.
      case "mdxFlowExpression":
      case "mdxTextExpression":
      case "mdxjsEsm":
      case "html":
        return;
      case "heading": {
        const text = textOf(n).trim();
        const depth = n.depth ?? 1;
        headings.push({ depth, text, slug: depth >= 2 && depth <= 4 ? uniqueSlug(text, used) : null, line });
        break;
      }
      case "footnoteReference":
        if (n.identifier) referenced.add(n.identifier);
        return;
      case "footnoteDefinition":
        // Rendered in the footnotes section at the end, in the order of first reference: read
        // after the body, so components are numbered in the order the page shows them.
        if (n.identifier && !definitions.has(n.identifier)) definitions.set(n.identifier, n);
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        if (n.name && EMBED_TAGS.includes(n.name)) {
          const attrs: Record<string, string> = {};
          const dynamic: string[] = [];
          for (const a of n.attributes ?? []) {
            if (a.type !== "mdxJsxAttribute" || !a.name) {
              dynamic.push(`{${String(a.value ?? "")}}`);
              continue;
            }
            const v = a.value === null || a.value === undefined ? "" : literal(a.value);
            if (v === null) dynamic.push(a.name);
            else attrs[a.name] = v;
          }
          embeds.push({ tag: n.name as EmbedTag, attrs, dynamic, line, index: embeds.length });
        }
        break;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  const footnotes: string[] = [];
  for (const id of referenced) {
    const def = definitions.get(id);
    if (!def) continue;
    footnotes.push(id);
    for (const c of def.children ?? []) visit(c);
  }
  embeds.sort((a, b) => a.line - b.line || a.index - b.index);
  return { frontmatter, embeds, headings, footnotes, words, unsafe: unsafeNodes(root) };
}
