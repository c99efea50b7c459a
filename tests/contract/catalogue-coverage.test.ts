/**
 * Tests for every rule (issue 13, point 11): each code of the error catalogue
 * (src/lib/data/errors.ts) must be asserted by at least one test, so that disabling the rule fails
 * a test. Reads every test file's syntax tree (TypeScript's parser) and counts a code only where it
 * is written as a string literal inside an assertion: in the arguments of a matcher of an
 * `expect(…)` chain (`expect(x).toEqual([… "code" …])`, `.toContain("code")`, `.toMatchObject({
 * code: "code" })`), or of a helper whose name starts with `expect` (`expectError(problems, { code:
 * "code" })`), or in a test table whose expected property reaches such an assertion (see inTable).
 * A code inside `expect(…)` itself (the value under test), behind `.not`, in a table column that is
 * only input, or in a comment does not count. The documentation tests (tests/guide) do not count either:
 * they list the rules, they do not trigger them.
 */
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { CATALOGUE } from "../../src/lib/data/errors.ts";
import { APP } from "../helpers/site.ts";

const TESTS = join(APP, "tests");
const SELF = relative(TESTS, import.meta.filename);
const EXCLUDED = [/^guide\//, /^fixtures\//, /^helpers\//];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return /\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** The identifier a call chain starts from (`expect` in `expect(x).not.toBe(y)`), and whether it passes `.not`. */
function chainRoot(node: ts.Expression): { name: string | null; negated: boolean; subject: ts.CallExpression | null } {
  let negated = false;
  let cur: ts.Expression = node;
  let subject: ts.CallExpression | null = null;
  for (;;) {
    if (ts.isPropertyAccessExpression(cur)) {
      if (cur.name.text === "not") negated = true;
      cur = cur.expression;
    } else if (ts.isCallExpression(cur)) {
      subject = cur;
      cur = cur.expression;
    } else if (ts.isIdentifier(cur)) return { name: cur.text, negated, subject };
    else return { name: null, negated, subject };
  }
}

/** Whether a string literal sits in an assertion's expected values (see the file comment). */
function asserted(lit: ts.Node): boolean {
  let child: ts.Node = lit;
  for (let node = lit.parent; node; child = node, node = node.parent) {
    if (ts.isFunctionLike(node)) return false;
    if (!ts.isCallExpression(node) || !node.arguments.some((a) => a === child)) continue;
    const callee = node.expression;
    // A helper: expectError(problems, { code: "…" }).
    if (ts.isIdentifier(callee) && callee.text.startsWith("expect") && callee.text !== "expect") return true;
    // A matcher: expect(subject)….toX(expected). The literal is among the matcher's arguments.
    if (ts.isPropertyAccessExpression(callee)) {
      const root = chainRoot(callee.expression);
      if (root.name === "expect" || (root.name?.startsWith("expect") ?? false)) return !root.negated;
    }
  }
  return false;
}

/** The arguments of every assertion of a file: matcher arguments and `expect…` helper arguments. */
function assertionArgs(source: ts.SourceFile): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (ts.isIdentifier(callee) && callee.text.startsWith("expect") && callee.text !== "expect") out.push(...n.arguments);
      else if (ts.isPropertyAccessExpression(callee)) {
        const root = chainRoot(callee.expression);
        if (root.name?.startsWith("expect") && !root.negated) out.push(...n.arguments);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

/** Whether `name` is written (as an identifier or a property name) anywhere inside `node`. */
function mentions(node: ts.Node, name: string): boolean {
  if (ts.isIdentifier(node) && node.text === name) return true;
  return ts.forEachChild(node, (c) => (mentions(c, name) ? true : undefined)) ?? false;
}

/**
 * A test table: the literal sits under a property (`want: [["policy.code", …]]`) of a variable's
 * initializer, the variable drives tests (`it.each(TABLE)`, `for (const c of TABLE)`), and an
 * assertion of the file uses that property (`expectError(…, { code })` after `for (const [code] of
 * want)`, `.toEqual(want.map(…))`). The property's values are then what the tests expect.
 */
function inTable(lit: ts.Node, source: ts.SourceFile, args: readonly ts.Node[]): boolean {
  let prop: string | null = null;
  let decl: ts.VariableDeclaration | null = null;
  for (let n = lit.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isCallExpression(n)) return false;
    if (!prop && ts.isPropertyAssignment(n) && ts.isIdentifier(n.name)) prop = n.name.text;
    if (ts.isVariableDeclaration(n)) {
      decl = n;
      break;
    }
  }
  if (!prop || !decl || !ts.isIdentifier(decl.name)) return false;
  const table = decl.name.text;
  let drives = false;
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "each" && n.arguments.some((a) => ts.isIdentifier(a) && a.text === table)) drives = true;
    if (ts.isForOfStatement(n) && ts.isIdentifier(n.expression) && n.expression.text === table) drives = true;
    if (!drives) ts.forEachChild(n, visit);
  };
  visit(source);
  return drives && args.some((a) => mentions(a, prop!));
}

/** Catalogue codes asserted in each test file. */
function assertedCodes(codes: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of testFiles(TESTS)) {
    const rel = relative(TESTS, file);
    if (rel === SELF || EXCLUDED.some((re) => re.test(rel))) continue;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const args = assertionArgs(source);
    const visit = (n: ts.Node) => {
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && codes.has(n.text) && (asserted(n) || inTable(n, source, args))) {
        const list = found.get(n.text) ?? [];
        if (!list.includes(rel)) list.push(rel);
        found.set(n.text, list);
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return found;
}

const CODES = new Set(Object.keys(CATALOGUE));

describe("error catalogue: every rule has a test", () => {
  it("each catalogue code is asserted by at least one test (outside the documentation tests)", () => {
    const found = assertedCodes(CODES);
    const missing = [...CODES].filter((c) => !found.has(c));
    expect(missing, `rules without a test asserting their code:\n${missing.join("\n")}`).toEqual([]);
  });

  it("the walker counts only assertions: a code in a table, a comment, behind .not or in the subject does not count", () => {
    const probe = (text: string) => {
      const src = ts.createSourceFile("probe.ts", text, ts.ScriptTarget.Latest, true);
      const args = assertionArgs(src);
      const hits: string[] = [];
      const visit = (n: ts.Node) => {
        if (ts.isStringLiteral(n) && n.text === "file.empty" && (asserted(n) || inTable(n, src, args))) hits.push(n.text);
        ts.forEachChild(n, visit);
      };
      visit(src);
      return hits.length;
    };
    expect(probe('expect(codes(r.problems)).toEqual(["file.empty"]);')).toBe(1);
    expect(probe('expect(r.problems[0]).toMatchObject({ code: "file.empty" });')).toBe(1);
    expect(probe('expectError(r.problems, { code: "file.empty", row: 2 });')).toBe(1);
    expect(probe('expect(codes(r.problems)).not.toContain("file.empty");')).toBe(0);
    expect(probe('expect(describe({ code: "file.empty" })).toBe("x");')).toBe(0);
    expect(probe('const table = ["file.empty"]; it.each(table)("%s", (c) => expect(run(c)).toBe(true));')).toBe(0);
    expect(probe('// expect(x).toBe("file.empty")\nconst y = 1;')).toBe(0);
    expect(probe('expect(list.map((p) => { const c = "file.empty"; return c; })).toEqual([]);')).toBe(0);
    // A table counts when its expected property reaches an assertion…
    expect(probe('const T = [{ body: "", want: ["file.empty"] }];\nit.each(T)("x", ({ body, want }) => expect(run(body)).toEqual(want));')).toBe(1);
    expect(probe('const T = [{ want: ["file.empty"] }];\nfor (const c of T) it("x", () => expect(codes(run())).toEqual(c.want));')).toBe(1);
    // …and not when the property is only input, or the table drives no test.
    expect(probe('const T = [{ input: "file.empty", want: 1 }];\nit.each(T)("x", ({ input, want }) => expect(run(input)).toBe(want));')).toBe(0);
    expect(probe('const T = [{ want: ["file.empty"] }];\nit("x", () => expect(run()).toEqual(want));')).toBe(0);
  });
});
