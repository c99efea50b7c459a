/**
 * Which files of `content/policies/` are documents, and their text. The build reads only
 * `*.mdx` files directly in that folder (the glob of src/components/pages/PolicyPage.astro), so
 * anything else there (a `.md` file, `*.MDX`, a sub-folder, a `.txt` note) would be silently left
 * out of the site: each is reported instead. A document must be UTF-8; other bytes are reported
 * with their line rather than printed as "�".
 */
import type { Problem } from "./errors.ts";

/** The slug a file name would have as a document: `Evaluasi 2026.MD` → `evaluasi-2026`. */
export function slugOfName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, "");
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "dokumen";
}

/**
 * The problem with an entry of content/policies/ that is not `<name>.mdx`: another document
 * would take its slug (`evaluasi.md` next to `evaluasi.mdx`), or it would never be read.
 */
export function ignoredPolicyEntry(name: string, isDir: boolean, siblings: readonly string[], file: string): Problem {
  const slug = slugOfName(name);
  const other = isDir ? undefined : siblings.find((s) => s !== name && s.endsWith(".mdx") && s.slice(0, -4) === slug);
  if (other) return { code: "policy.duplicate_slug", file, params: { name, other, slug } };
  return { code: "policy.not_mdx", file, params: { name: isDir ? `${name}/` : name, suggestion: `${slug}.mdx` } };
}

/** The text of a document (UTF-8, without a BOM), or the line of its first byte that is not UTF-8. */
export function decodeDocument(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const at = loose.indexOf("\uFFFD");
    return { badLine: loose.slice(0, Math.max(0, at)).split("\n").length };
  }
}
