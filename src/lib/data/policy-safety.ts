/**
 * Policy documents run no code. MDX is a programming language: `import`, `export`, `{…}` and
 * any component or tag are JavaScript the build would run while it renders the page. A document
 * may therefore hold only Markdown, the site's own components (`<Indicator>`, `<Chart>`) with
 * literal attributes, and a short list of inert HTML tags (schema/policy.ts). This walks the
 * document's syntax tree (the one Astro compiles) and reports everything else with its line,
 * so `npm run validate` refuses it before any build runs it.
 */
import type { ErrorCode, Params } from "./errors.ts";
import { HTML_TAGS, MDX_COMPONENTS, URL_ATTRS, forbiddenScheme, htmlAttrsOf } from "./schema/policy.ts";
import type { MdxNode } from "./policy-mdx.ts";

/** One thing a document may not do, on the line where it starts (frontmatter included). */
export interface Unsafe {
  readonly code: ErrorCode;
  readonly line: number;
  readonly params: Params;
}

type Node = MdxNode;

/** `{/* … *\/}`: an MDX comment is an expression made only of comments; it compiles to nothing. */
export function isComment(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").trim() === "";
}

/** The first line of some code, shortened, to quote in a message. */
const excerpt = (code: string): string => {
  const first = code.trim().split(/\r?\n/)[0] ?? "";
  return first.length > 60 ? `${first.slice(0, 57)}…` : first;
};

const COMPONENTS = Object.keys(MDX_COMPONENTS);
const ALLOWED_TAGS = new Set<string>(HTML_TAGS);
const allowedList = (tag: string): string => {
  const spec = MDX_COMPONENTS[tag as keyof typeof MDX_COMPONENTS];
  return (spec ? [...spec.required, ...spec.optional] : htmlAttrsOf(tag)).join(", ");
};

/** Every node of a parsed document that is not plain content, in document order. */
export function unsafeNodes(root: unknown): Unsafe[] {
  const out: Unsafe[] = [];
  const visit = (n: Node): void => {
    const line = n.position?.start.line ?? 1;
    switch (n.type) {
      case "mdxjsEsm":
        out.push({ code: "policy.code", line, params: { text: excerpt(String(n.value ?? "")) } });
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!isComment(String(n.value ?? ""))) out.push({ code: "policy.expression", line, params: { text: excerpt(`{${String(n.value ?? "")}}`) } });
        return;
      case "html":
        // MDX reads HTML as JSX; raw HTML only appears if a parser mode ever lets it through.
        out.push({ code: "policy.html_tag", line, params: { tag: /<\/?\s*([A-Za-z][\w:.-]*)/.exec(String(n.value ?? ""))?.[1] ?? "html", allowed: HTML_TAGS.join(", ") } });
        return;
      case "image":
      case "imageReference":
        out.push({ code: "policy.image", line, params: { value: n.url ?? "" } });
        return;
      case "link":
      case "definition": {
        const scheme = forbiddenScheme(n.url ?? "");
        if (scheme) out.push({ code: "policy.url", line, params: { value: n.url ?? "", scheme } });
        break;
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        element(n, line);
        break;
    }
    for (const c of n.children ?? []) visit(c);
  };

  const element = (n: Node, line: number): void => {
    const name = n.name;
    if (name === null || name === undefined || name === "") return; // <>…</>: a fragment groups text.
    const isComponent = COMPONENTS.includes(name);
    if (!isComponent) {
      if (/^[a-z][a-z0-9]*$/.test(name) && ALLOWED_TAGS.has(name)) {
        // An allowed HTML tag: checked below.
      } else if (/^[a-z]/.test(name)) {
        out.push({ code: "policy.html_tag", line, params: { tag: name, allowed: HTML_TAGS.join(", ") } });
        return;
      } else {
        out.push({ code: "policy.unknown_component", line, params: { tag: name, known: COMPONENTS.map((c) => `<${c}>`).join(", ") } });
        return;
      }
    }
    const allowed = isComponent ? null : htmlAttrsOf(name);
    for (const a of n.attributes ?? []) {
      if (a.type !== "mdxJsxAttribute" || !a.name) {
        // `{...props}`: components report it themselves (policy.component_literal).
        if (!isComponent) out.push({ code: "policy.expression", line, params: { text: excerpt(`{${String(a.value ?? "")}}`) } });
        continue;
      }
      const attr = a.name;
      if (isComponent) {
        const spec = MDX_COMPONENTS[name as keyof typeof MDX_COMPONENTS];
        if (![...spec.required, ...spec.optional].includes(attr as never))
          out.push({ code: "policy.attribute", line, params: { tag: name, attr, allowed: allowedList(name) } });
        // Values of known attributes must be literal: policy.component_literal says so.
        continue;
      }
      if (!allowed!.includes(attr)) {
        out.push({ code: "policy.attribute", line, params: { tag: name, attr, allowed: allowedList(name) } });
        continue;
      }
      if (a.value !== null && a.value !== undefined && typeof a.value !== "string") {
        out.push({ code: "policy.expression", line, params: { text: excerpt(`${attr}={${String((a.value as { value?: unknown }).value ?? "")}}`) } });
        continue;
      }
      if ((URL_ATTRS as readonly string[]).includes(attr) && typeof a.value === "string") {
        const scheme = forbiddenScheme(a.value);
        if (scheme) out.push({ code: "policy.url", line, params: { value: a.value, scheme } });
      }
    }
  };

  visit(root as Node);
  return out;
}
