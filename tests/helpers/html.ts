/**
 * Just enough HTML reading for tests of the BUILT site (Astro's output: double-quoted attributes,
 * no templating left): the start tags of a page with their attributes, the ids it defines, the
 * contents of its inline <script>/<style> elements. Comments and the text inside <script>,
 * <style>, <template>-less raw-text elements are skipped, so a `<a href>` inside a JSON blob or a
 * comment is never taken for a link.
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the tag in the page, for messages. */
  at: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

/** Every start tag of `html`, in order, outside comments and raw-text element contents. */
export function startTags(html: string): Tag[] {
  const out: Tag[] = [];
  const src = html.replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length));
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(src))) {
    const name = m[1]!.toLowerCase();
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ATTR.exec(m[2] ?? ""))) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? "");
    out.push({ name, attrs, at: m.index });
    if (RAW_TEXT.has(name)) {
      const end = src.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      if (end >= 0) TAG.lastIndex = end;
    }
  }
  return out;
}

/** The ids a fragment can point at: every `id`, and `name` on <a> (legacy anchors). */
export function anchorIds(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === "a" && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}

/** Contents of every inline `<name>` element without a `src` (inline scripts, style blocks). */
export function inlineContents(html: string, name: "script" | "style"): { attrs: Record<string, string>; text: string }[] {
  const out: { attrs: Record<string, string>; text: string }[] = [];
  const re = new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, "gi");
  for (const m of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(re)) {
    const attrs = startTags(`<${name}${m[1]}>`)[0]?.attrs ?? {};
    if (attrs.src === undefined) out.push({ attrs, text: m[2]! });
  }
  return out;
}

/** Line number (1-based) of an offset, for messages that send a reader to the file. */
export const lineAt = (html: string, offset: number): number => html.slice(0, offset).split("\n").length;
