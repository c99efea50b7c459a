/**
 * YAML (indicator metadata, frontmatter, configuration) → a value checked by a zod schema, with
 * each problem named by file, field and line, and the field's expected form.
 */
import { parseDocument, LineCounter, isNode, isMap, isScalar, visit } from "yaml";
import type { z } from "zod";
import { nearest, type Problem } from "./errors.ts";

export type FieldForms = Record<string, { id: string; en: string; required?: boolean }>;

export interface YamlResult<T> {
  readonly value: T | null;
  readonly problems: Problem[];
  /** Line (shifted by `lineOffset`) of the field at `path`, or of its nearest written parent. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Aliases a YAML file may resolve (weighted by nesting); the `yaml` package's default is 100. */
export const MAX_ALIAS_COUNT = 1000;

const GENERIC = { id: "bentuk yang sesuai panduan data", en: "the form described in the data guide" };

/**
 * Parses YAML text and checks it with `schema`. `lineOffset` shifts reported lines (frontmatter
 * starts on line 2 of an MDX file).
 */
export function checkYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  forms: FieldForms,
  lineOffset = 0,
): YamlResult<z.output<S>> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lc.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  /** Line of the key `key` itself in the map at `path` (a value may start on a later line). */
  const keyLine = (path: readonly PropertyKey[], key: string): number | undefined => {
    const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (isMap(map)) {
      const pair = map.items.find((it) => isScalar(it.key) && String(it.key.value) === key);
      if (pair && isNode(pair.key) && pair.key.range) return lc.linePos(pair.key.range[0]).line + lineOffset;
    }
    return lineOf([...path, key]);
  };
  if (doc.errors.length > 0) {
    return {
      lineOf,
      value: null,
      problems: doc.errors.map((e) => ({
        code: "yaml.syntax",
        file,
        line: lc.linePos(e.pos[0]).line + lineOffset,
        params: { detail: e.message.split("\n")[0] },
      })),
    };
  }
  // An alias bomb ("billion laughs": anchors of aliases of anchors) would expand to gigabytes.
  // The limit counts every alias resolved, weighted by the aliases inside what it points at, so a
  // plain anchor may still be reused a few hundred times.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    let first: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.range) first = lc.linePos(node.range[0]).line + lineOffset;
        return visit.BREAK;
      },
    });
    return { lineOf, value: null, problems: [{ code: "yaml.alias_limit", file, ...(first !== undefined ? { line: first } : {}), params: { max: MAX_ALIAS_COUNT } }] };
  }
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return { value: parsed.data, problems: [], lineOf };

  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const top = path.find((k) => !/^\d+$/.test(k)) ?? "";
    const form = forms[top] ?? GENERIC;
    const line = lineOf(issue.path);
    const where = { file, ...(line !== undefined ? { line } : {}) };
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const field = [...path, key].join(".");
        const known = path.length === 0 ? Object.keys(forms) : [];
        const kl = keyLine(issue.path, key);
        problems.push({
          code: "yaml.unknown_field",
          file,
          ...(kl !== undefined ? { line: kl } : {}),
          field,
          params: { field, suggestion: known.length ? nearest(key, known) : undefined, known: known.length ? known.join(", ") : "—" },
        });
      }
      continue;
    }
    const field = path.join(".") || "(root)";
    const value = valueAt(data, path);
    if (value === undefined) {
      problems.push({ code: "yaml.missing_field", ...where, field, params: { field, expected_id: form.id, expected_en: form.en } });
    } else {
      problems.push({
        code: "yaml.wrong_type",
        ...where,
        field,
        params: {
          field,
          value: typeof value === "object" ? JSON.stringify(value) : String(value),
          expected_id: form.id,
          expected_en: form.en,
        },
      });
    }
  }
  // One message per field: a value can break several rules of the same field (format and refine).
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.code}|${p.field}|${p.line}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { value: null, problems: unique, lineOf };
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}
