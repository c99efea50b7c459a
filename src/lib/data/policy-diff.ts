/**
 * What changed between two versions of a policy document, word by word. Pure: two MDX sources in,
 * a list of blocks with their inserted and deleted words out.
 *
 * Each version is read with the MDX parser the site compiles documents with (`satteri`) and turned
 * into plain-text blocks: the title, headings, paragraphs, list items, table rows, quotes and
 * footnotes, in order. Markup is dropped (a word made bold is the same word), and a component
 * (`<Indicator id="ikm"/>`, `<Chart …/>`) is one atomic token whose text the caller chooses, so a
 * changed attribute shows as one replaced token and a figure is never split into words.
 *
 * Blocks are aligned first (jsdiff's `diffArrays` over whole blocks), then each removed block is
 * paired with an added block of the same kind that shares enough words; the pair is compared word
 * by word (again `diffArrays`, over the words). Unpaired blocks are wholly deleted or inserted.
 */
import { diffArrays } from "diff";
import { mdxTree, type MdxNode } from "./policy-mdx.ts";

export type BlockKind = "title" | "heading" | "paragraph" | "item" | "row" | "quote" | "note" | "component";

export interface Block {
  readonly kind: BlockKind;
  /** Heading level (2–6), list nesting (1…), else 0. */
  readonly depth: number;
  /** Words separated by single spaces; components are atomic tokens (see `ATOM`). */
  readonly text: string;
}

/** Delimiters of an atomic token inside a block's text (private-use characters). */
export const ATOM = { open: "\uE000", close: "\uE001" } as const;

export type Op = "same" | "ins" | "del";

export interface DiffPart {
  readonly op: Op;
  /** Words separated by single spaces (parts are printed with a space between them). */
  readonly text: string;
  readonly words: number;
}

export interface DiffBlock {
  readonly kind: BlockKind;
  readonly depth: number;
  /** `same`: unchanged; `changed`: compared word by word; `ins`/`del`: the whole block. */
  readonly op: "same" | "changed" | "ins" | "del";
  readonly parts: readonly DiffPart[];
}

export interface DocumentDiff {
  readonly blocks: readonly DiffBlock[];
  readonly inserted: number;
  readonly deleted: number;
}

/** How a component is shown in the text: `(tag, literal attributes) → label`. */
export type EmbedLabel = (tag: string, attrs: Readonly<Record<string, string>>) => string;

type Node = MdxNode;

const TOKEN = new RegExp(`${ATOM.open}[^${ATOM.close}]*${ATOM.close}|[^\\s${ATOM.open}]+`, "g");

/**
 * The words of a text: runs without spaces, and atomic tokens whole; punctuation right after an
 * atomic token (`<Indicator id="x"/>.`, a footnote mark then `;`) stays with it.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.match(TOKEN) ?? []) {
    const last = out[out.length - 1];
    if (last?.endsWith(ATOM.close) && /^[.,;:!?)\]»”’]+$/u.test(w)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

const clean = (s: string) => words(s).join(" ");
/** A part's text as a reader sees it: atomic tokens without their delimiters. */
export const plain = (s: string): string => s.replaceAll(ATOM.open, "").replaceAll(ATOM.close, "");

function attrsOf(n: Node): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of n.attributes ?? []) {
    if (a.type !== "mdxJsxAttribute" || !a.name) continue;
    const v = a.value;
    if (typeof v === "string") out[a.name] = v;
    else if (v && typeof v === "object" && typeof (v as { value?: unknown }).value === "string") out[a.name] = String((v as { value: string }).value).replace(/^\s*["'`]|["'`]\s*$/g, "");
  }
  return out;
}

const EMBEDS = new Set(["Indicator", "Chart"]);

/** Plain text of inline content. */
function inline(n: Node, label: EmbedLabel): string {
  switch (n.type) {
    case "text":
    case "inlineCode":
      return String(n.value ?? "");
    case "break":
      return " ";
    case "image":
      return n.alt ?? "";
    case "footnoteReference":
      return `${ATOM.open}[${n.identifier ?? ""}]${ATOM.close}`;
    case "mdxTextExpression":
    case "mdxFlowExpression":
    case "html":
      return "";
    case "mdxJsxTextElement":
    case "mdxJsxFlowElement":
      if (n.name && EMBEDS.has(n.name)) return ` ${ATOM.open}${label(n.name, attrsOf(n))}${ATOM.close} `;
      break;
  }
  return (n.children ?? []).map((c) => inline(c, label)).join("");
}

/** The blocks of a document's body (after its frontmatter), in reading order. */
export function policyBlocks(source: string, label: EmbedLabel, title?: string): Block[] {
  const root = mdxTree(source);
  const out: Block[] = [];
  const notes: Node[] = [];
  const push = (kind: BlockKind, depth: number, text: string) => {
    const t = clean(text);
    if (t) out.push({ kind, depth, text: t });
  };
  if (title) push("title", 1, title);
  const flow = (n: Node, ctx: { kind: BlockKind; depth: number }): void => {
    switch (n.type) {
      case "yaml":
      case "mdxjsEsm":
      case "mdxFlowExpression":
      case "html":
      case "thematicBreak":
        return;
      case "heading":
        return push("heading", n.depth ?? 2, inline(n, label));
      case "paragraph":
      case "code":
        return push(ctx.kind, ctx.depth, n.type === "code" ? String(n.value ?? "") : inline(n, label));
      case "list":
        for (const item of n.children ?? []) flow(item, { kind: "item", depth: ctx.kind === "item" ? ctx.depth + 1 : 1 });
        return;
      case "listItem": {
        // The item's own text is one block; a list inside it follows as deeper items.
        const own = (n.children ?? []).filter((c) => c.type !== "list");
        push("item", ctx.depth, own.map((c) => inline(c, label)).join(" "));
        for (const c of n.children ?? []) if (c.type === "list") flow(c, ctx);
        return;
      }
      case "blockquote":
        for (const c of n.children ?? []) flow(c, { kind: "quote", depth: 0 });
        return;
      case "table":
        for (const row of n.children ?? []) push("row", 0, (row.children ?? []).map((cell) => inline(cell, label).trim()).join(" | "));
        return;
      case "footnoteDefinition":
        notes.push(n);
        return;
      case "mdxJsxFlowElement":
        if (n.name && EMBEDS.has(n.name)) return push("component", 0, inline(n, label));
        break;
    }
    for (const c of n.children ?? []) flow(c, ctx);
  };
  for (const c of root.children ?? []) flow(c, { kind: "paragraph", depth: 0 });
  // Footnotes come last, as on the page, each introduced by its mark.
  for (const n of notes) {
    const text = (n.children ?? []).map((c) => inline(c, label)).join(" ");
    push("note", 0, `${ATOM.open}[${n.identifier ?? ""}]${ATOM.close} ${text}`);
  }
  return out;
}

const part = (op: Op, tokens: readonly string[]): DiffPart => ({ op, text: tokens.join(" "), words: tokens.length });

/** Word-by-word differences between two texts, in reading order (a deletion before its insertion). */
export function diffWords(before: string, after: string): DiffPart[] {
  return diffArrays(words(before), words(after)).map((c) => part(c.added ? "ins" : c.removed ? "del" : "same", c.value));
}

/** Share of words two texts have in common (0–1), from their word diff. */
function similarity(parts: readonly DiffPart[]): number {
  let same = 0;
  let all = 0;
  for (const p of parts) {
    all += p.op === "same" ? 2 * p.words : p.words;
    if (p.op === "same") same += 2 * p.words;
  }
  return all === 0 ? 1 : same / all;
}

/** Paired blocks share at least this share of their words; below it, one is deleted and the other inserted. */
export const PAIR_THRESHOLD = 0.4;

const whole = (op: "ins" | "del", b: Block): DiffBlock => ({ kind: b.kind, depth: b.depth, op, parts: [part(op, words(b.text))] });

/** Differences between two versions' blocks. */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): DocumentDiff {
  const key = (b: Block) => `${b.kind}\u0000${b.depth}\u0000${b.text}`;
  const changes = diffArrays(before.map(key), after.map(key));
  const out: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  for (let c = 0; c < changes.length; c++) {
    const ch = changes[c]!;
    if (!ch.added && !ch.removed) {
      for (let k = 0; k < ch.count; k++) {
        const b = after[j + k]!;
        out.push({ kind: b.kind, depth: b.depth, op: "same", parts: [part("same", words(b.text))] });
      }
      i += ch.count;
      j += ch.count;
      continue;
    }
    // A run of removals and additions (jsdiff puts removals first): pair what is similar.
    const removed: Block[] = [];
    const added: Block[] = [];
    for (; c < changes.length && (changes[c]!.added || changes[c]!.removed); c++) {
      const run = changes[c]!;
      if (run.removed) removed.push(...before.slice(i, (i += run.count)));
      else added.push(...after.slice(j, (j += run.count)));
    }
    c--;
    let a = 0;
    for (const r of removed) {
      const match = added.findIndex((b, k) => k >= a && b.kind === r.kind && similarity(diffWords(r.text, b.text)) >= PAIR_THRESHOLD);
      if (match === -1) {
        out.push(whole("del", r));
        continue;
      }
      for (; a < match; a++) out.push(whole("ins", added[a]!));
      const b = added[a++]!;
      out.push({ kind: b.kind, depth: b.depth, op: "changed", parts: diffWords(r.text, b.text) });
    }
    for (; a < added.length; a++) out.push(whole("ins", added[a]!));
  }
  const count = (op: Op) => out.reduce((n, b) => n + b.parts.reduce((m, p) => m + (p.op === op ? p.words : 0), 0), 0);
  return { blocks: out, inserted: count("ins"), deleted: count("del") };
}
