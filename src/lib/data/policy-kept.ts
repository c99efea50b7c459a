/**
 * Checks of the kept copies of earlier document versions, `content/policy-versions/<slug>/<versi>.mdx`
 * (read by src/lib/policyVersions.ts for the version comparison pages): each folder names a
 * document, each file an earlier version in that document's `riwayat`, and each copy is UTF-8 and
 * parses as MDX (the comparison reads it with the same parser). Its frontmatter and components are
 * not checked: a copy is never rendered, only compared as text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "./errors.ts";
import { decodeDocument } from "./policy-files.ts";
import { mdxError, mdxTree } from "./policy-mdx.ts";

export const KEPT_DIR = "content/policy-versions";

/** A kept copy's file name for a version: `1.0` → `1.0.mdx` (characters unsafe in a path become `-`). */
export const keptName = (versi: string): string => `${versi.replace(/[^A-Za-z0-9._-]+/g, "-")}.mdx`;

interface DocLike {
  readonly slug: string;
  readonly fm: { readonly versi: string; readonly riwayat: readonly { readonly versi: string }[] };
}

const list = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith(".")).sort();

/** Problems with the kept copies under `root`; `failed` are documents that exist but did not pass their own checks. */
export function checkKeptVersions(root: string, docs: readonly DocLike[], failed: ReadonlySet<string>): Problem[] {
  const dir = join(root, KEPT_DIR);
  if (!existsSync(dir)) return [];
  const problems: Problem[] = [];
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  for (const entry of list(dir)) {
    const file = `${KEPT_DIR}/${entry}`;
    const doc = bySlug.get(entry);
    if (!statSync(join(dir, entry)).isDirectory() || !doc) {
      if (!failed.has(entry)) problems.push({ code: "policy.kept_unknown", file, params: { name: entry, known: docs.map((d) => d.slug).join(", ") || "—" } });
      continue;
    }
    const earlier = doc.fm.riwayat.map((h) => h.versi).filter((v) => v !== doc.fm.versi);
    const names = new Map(earlier.map((v) => [keptName(v), v]));
    for (const name of list(join(dir, entry))) {
      const path = `${file}/${name}`;
      if (!names.has(name)) {
        problems.push({ code: "policy.kept_version", file: path, params: { name, slug: doc.slug, current: doc.fm.versi, known: [...names.keys()].join(", ") || "—" } });
        continue;
      }
      const decoded = decodeDocument(readFileSync(join(dir, entry, name)));
      if ("badLine" in decoded) {
        problems.push({ code: "policy.not_utf8", file: path, line: decoded.badLine, params: {} });
        continue;
      }
      try {
        mdxTree(decoded.text);
      } catch (e) {
        const err = mdxError(e);
        problems.push({ code: "policy.mdx_syntax", file: path, line: err.line, params: { reason: err.reason } });
      }
    }
  }
  return problems;
}
