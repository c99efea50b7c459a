/**
 * Every mistake in content/policies/ stops `validate`, with the file (and the line where there is
 * one), never the build (issue 13, point 3): files the build would silently skip, two files for
 * one document, bytes that are not UTF-8, a translation pointing nowhere, dates that do not exist,
 * and anything the build's MDX compiler would refuse.
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateAndCompile, policyCompiler, blankFrontmatter } from "../../src/lib/policyCompile.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { TODAY, tempProject, expectError } from "../contract/_helpers.ts";
import { APP } from "../helpers/site.ts";

const DOC = "content/policies/evaluasi-contoh.mdx";
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function project(): string {
  const root = tempProject();
  roots.push(root);
  return root;
}
const read = (root: string, file: string) => readFileSync(join(root, file), "utf8");
const write = (root: string, file: string, text: string | Uint8Array) => writeFileSync(join(root, file), text);
const validate = (root: string) => validateAndCompile(root, { today: TODAY });
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("validate(files in content/policies/ the build would not read)", () => {
  it.each([
    ["catatan.md", "catatan.mdx"],
    ["Evaluasi-2026.MDX", "evaluasi-2026.mdx"],
    ["rancangan.mdx.bak", "rancangan-mdx.mdx"],
    ["LIHAT INI.txt", "lihat-ini.mdx"],
  ])("refuses %s, saying it would be ignored and how to name it", async (name, suggestion) => {
    const root = project();
    write(root, `content/policies/${name}`, read(root, DOC).replace("Evaluasi contoh", "Lain"));
    const v = await validate(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.not_mdx", file: `content/policies/${name}` }, { both: [`"${name}"`, suggestion, "content/policies/"] });
    expect(v.errors).toHaveLength(1);
  });

  it("refuses a sub-folder, whose documents would never be published", async () => {
    const root = project();
    mkdirSync(join(root, "content/policies/arsip"));
    write(root, "content/policies/arsip/lama.mdx", read(root, DOC));
    const v = await validate(root);
    expectError(v.errors, { code: "policy.not_mdx", file: "content/policies/arsip" }, { both: ['"arsip/"'] });
  });

  it("refuses two files for one document (evaluasi-contoh.md next to evaluasi-contoh.mdx), naming both", async () => {
    const root = project();
    write(root, "content/policies/evaluasi-contoh.md", read(root, DOC));
    const v = await validate(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.duplicate_slug", file: "content/policies/evaluasi-contoh.md" }, { both: ['"evaluasi-contoh.md"', '"evaluasi-contoh.mdx"', '"evaluasi-contoh"'] });
    expect(v.errors).toHaveLength(1);
  });

  it("ignores hidden files (.gitkeep, editor swap files)", async () => {
    const root = project();
    write(root, "content/policies/.gitkeep", "");
    const v = await validate(root);
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
  });
});

describe("validate(a document that is not UTF-8)", () => {
  it("refuses it with the line of the first bad byte instead of printing �", async () => {
    const root = project();
    const text = read(root, DOC).replace("Kepuasan warga diukur tiap semester.", "Kepuasan warga di kafe diukur tiap semester.");
    const line = lineOf(text, "kafe");
    // Latin-1 "é", as an old editor would save "kafé".
    const bytes = Buffer.concat([Buffer.from(text.slice(0, text.indexOf("kafe") + 3)), Buffer.from([0xe9]), Buffer.from(text.slice(text.indexOf("kafe") + 4))]);
    write(root, DOC, bytes);
    const v = await validate(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.not_utf8", file: DOC, line }, { en: ["UTF-8"], id: ["UTF-8"] });
    expect(v.errors).toHaveLength(1);
  });
});

describe("validate(a translation pointing at a missing document)", () => {
  it("names the file and the line of terjemahan", async () => {
    const root = project();
    const text = read(root, DOC).replace("bahasa: id\n", "bahasa: id\nterjemahan: evaluation-sample\n");
    write(root, DOC, text);
    const v = await validate(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.translation", file: DOC, line: lineOf(text, "terjemahan:"), field: "terjemahan" }, { en: ["that document does not exist"], id: ["dokumen itu tidak ada"] });
  });
});

describe("validate(dates that do not exist)", () => {
  it.each([
    ["tanggal", "tanggal: 2026-05-01", "tanggal: 2026-02-30"],
    ["riwayat.0.tanggal", "tanggal: 2026-01-10", "tanggal: 2025-02-29"],
    ["tanggal", "tanggal: 2026-05-01", "tanggal: 2026-13-01"],
  ])("refuses %s written as %s → %s, on its line", async (field, from, to) => {
    const root = project();
    const text = read(root, DOC).replace(from, to);
    write(root, DOC, text);
    const v = await validate(root);
    expect(v.site).toBeNull();
    // The message quotes the date as written (a field of riwayat's entries explains the list's form).
    expectError(v.errors, { code: "yaml.wrong_type", file: DOC, line: lineOf(text, to), field }, { both: [`"${to.slice(9)}"`, field === "tanggal" ? "YYYY-MM-DD" : "tanggal"] });
  });

  it("accepts 29 February of a leap year", async () => {
    const root = project();
    const text = read(root, DOC).replace("tanggal: 2026-01-10", "tanggal: 2024-02-29");
    write(root, DOC, text);
    const v = await validate(root);
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.site!.policies[0]!.fm.riwayat[0]!.tanggal).toBe("2024-02-29");
  });
});

describe("validate(what MDX cannot compile or run)", () => {
  it("refuses an undefined name, an unknown component and a syntax error, each with its line", async () => {
    const root = project();
    const text = `${read(root, DOC)}\nNilai {nilaiTerbaru} persen.\n\n<Grafik id="ikm" />\n`;
    write(root, DOC, text);
    const v = await validate(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.expression", file: DOC, line: lineOf(text, "{nilaiTerbaru}") }, { both: ["nilaiTerbaru"] });
    expectError(v.errors, { code: "policy.unknown_component", file: DOC, line: lineOf(text, "<Grafik") }, { both: ["<Grafik>"] });
    // A syntax error stops the reading of the document: it is reported alone, on its line.
    const broken = `${read(root, DOC)}\nTeks <b>tidak ditutup.\n`;
    write(root, DOC, broken);
    const w = await validate(root);
    expect(w.site).toBeNull();
    expect(w.errors.map((p) => p.code)).toEqual(["policy.mdx_syntax"]);
    expectError(w.errors, { code: "policy.mdx_syntax", file: DOC, line: lineOf(broken, "Teks <b>") }, { en: ["<b>"] });
  });
});

describe("policyCompiler (the build's MDX processor, run by validate)", () => {
  it("compiles every document of the sample site without a problem", async () => {
    const compile = await policyCompiler(APP, []);
    const files = readdirSync(join(APP, "content/policies")).filter((f) => f.endsWith(".mdx"));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(await compile(readFileSync(join(APP, "content/policies", f), "utf8"), `content/policies/${f}`), f).toEqual([]);
  });

  it("reports what only the compiler finds (a broken import) on the document's line, frontmatter counted", async () => {
    const compile = await policyCompiler(APP, []);
    const src = "---\njudul: x\n---\n\nTeks.\n\nimport {\n";
    const problems = await compile(src, "content/policies/uji.mdx");
    expect(problems).toHaveLength(1);
    expectError(problems, { code: "policy.mdx_syntax", file: "content/policies/uji.mdx", line: 7 }, { en: ["cannot be read as MDX"] });
  });

  it("reports a component the compiled document would look up but the site does not have", async () => {
    const compile = await policyCompiler(APP, []);
    const problems = await compile('---\njudul: x\n---\n\n<Indicator id="ikm" />\n\n<Peta id="ikm" />\n', "content/policies/uji.mdx");
    expectError(problems, { code: "policy.unknown_component", file: "content/policies/uji.mdx", line: 7 }, { both: ["<Peta>"] });
    expect(problems).toHaveLength(1);
  });

  it("blankFrontmatter keeps every line where it was", () => {
    const src = "---\r\njudul: x\r\nversi: 1\r\n---\r\n\r\n# Judul\r\n";
    const out = blankFrontmatter(src);
    expect(out.split("\n")).toHaveLength(src.split("\n").length);
    expect(out).not.toContain("judul");
    expect(out.endsWith("# Judul\r\n")).toBe(true);
  });
});
