/**
 * `npm run validate` compiles every policy document with the processor the build uses
 * (`policyProcessor`, the one astro.config.mjs hands to @astrojs/mdx, with the same options and
 * the frontmatter blanked out the way @astrojs/mdx does), so a document the build could not
 * compile stops validate, with its file and line, not the build. The compiled module is also
 * checked for components it would look up at render time: only `<Indicator>` and `<Chart>` exist.
 *
 * Node only; about 5–20 ms per document.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { policyProcessor, POLICY_MDX_SHARED } from "./markdown/policyPlugins.ts";
import { mdxError } from "./data/policy-mdx.ts";
import { MDX_COMPONENTS } from "./data/schema/policy.ts";
import { validateProject, type Validation, type ValidateOptions } from "./data/project.ts";
import type { Problem } from "./data/errors.ts";
import { withCompiled } from "./data/handoff.ts";
import type { GlossaryEntry } from "./data/schema/site.ts";

type Renderer = { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };

/** The frontmatter block replaced by spaces (line breaks kept), as @astrojs/mdx hands the body to the compiler. */
export function blankFrontmatter(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/.exec(source);
  return m ? m[0].replace(/[^\r\n]/g, " ") + source.slice(m[0].length) : source;
}

/** A compiler for policy documents; `glossary` is what the build's glossary plugin reads. */
export async function policyCompiler(root: string, glossary: readonly GlossaryEntry[]): Promise<(source: string, file: string) => Promise<Problem[]>> {
  const renderer = (await policyProcessor(() => glossary).createMdxRenderer!(POLICY_MDX_SHARED as never, {
    optimize: false,
    srcDir: pathToFileURL(join(root, "src/")),
    sourcemap: false,
  } as never)) as Renderer;
  const known = new Set(Object.keys(MDX_COMPONENTS));
  return async (source, file) => {
    let code: string;
    try {
      code = (await renderer.process(blankFrontmatter(source), join(root, file), {})).code;
    } catch (e) {
      const err = mdxError(e);
      return [{ code: "policy.mdx_syntax", file, line: err.line, params: { reason: err.reason } }];
    }
    const problems: Problem[] = [];
    const lines = source.split("\n");
    for (const [, name] of code.matchAll(/_missingMdxReference\("([^"]+)", true\)/g)) {
      if (known.has(name!)) continue;
      const at = lines.findIndex((l) => l.includes(`<${name}`));
      problems.push({ code: "policy.unknown_component", file, ...(at >= 0 ? { line: at + 1 } : {}), params: { tag: name!, known: [...known].map((c) => `<${c}>`).join(", ") } });
    }
    return problems;
  };
}

/**
 * Every policy document that passed its own checks compiled as the build compiles it: what the
 * compiler finds (with errors elsewhere there is no site, and the documents without errors of
 * their own still compile, so that one run reports everything).
 */
export async function compileDocuments(root: string, v: Validation): Promise<Problem[]> {
  const failed = new Set(v.errors.map((p) => p.file));
  const candidates = v.site ? v.site.policies.map((d) => d.file) : listedDocuments(root).filter((f) => !failed.has(f));
  if (candidates.length === 0) return [];
  const compile = await policyCompiler(root, v.site?.glossary ?? []);
  const found: Problem[] = [];
  for (const file of candidates) found.push(...(await compile(readFileSync(join(root, file), "utf8").replace(/^\uFEFF/, ""), file)));
  return found;
}

/**
 * validateProject, then every policy document that passed its own checks compiled as the build
 * compiles it. What `npm run validate` runs; the build runs the same two steps in its validation
 * thread (scripts/validate-worker.ts), handing the data over between them.
 */
export async function validateAndCompile(root: string, options: ValidateOptions): Promise<Validation> {
  const v = validateProject(root, options);
  return withCompiled(v, await compileDocuments(root, v));
}

/** The documents the build would read (`content/policies/*.mdx`, valid names). */
function listedDocuments(root: string): string[] {
  try {
    return readdirSync(join(root, "content", "policies")).filter((f) => /^[a-z0-9-]+\.mdx$/.test(f)).sort().map((f) => `content/policies/${f}`);
  } catch {
    return [];
  }
}
