/**
 * Policy documents run no code (issue 13, point 1). A document may hold Markdown, `<Indicator>`
 * and `<Chart>` with literal attributes, and a few inert HTML tags; `validate` refuses everything
 * else with the file and the line (so the pull-request check stops it before a build runs it),
 * and a build of such a project fails before Astro runs, leaving dist/ as it was.
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { validateAndCompile } from "../../src/lib/policyCompile.ts";
import { formatProblem, type ErrorCode } from "../../src/lib/data/errors.ts";
import { TODAY, tempProject, expectError } from "../contract/_helpers.ts";
import { APP, buildSite, copyProject, treeHash } from "../helpers/site.ts";
import { FIXTURE } from "./_helpers.ts";

const DOC = "content/policies/evaluasi-contoh.mdx";
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** The valid fixture project with `body` appended to its document; `body`'s first line's number. */
function withBody(body: string): { root: string; first: number } {
  const root = tempProject();
  roots.push(root);
  const path = join(root, DOC);
  const before = readFileSync(path, "utf8").replace(/\n*$/, "\n\n");
  writeFileSync(path, before + body + "\n");
  return { root, first: before.split("\n").length };
}

async function errorsOf(body: string) {
  const { root, first } = withBody(body);
  const v = await validateAndCompile(root, { today: TODAY });
  expect(v.site).toBeNull();
  return { errors: v.errors, first };
}

/** Each hostile document: what it tries, the codes it must be refused with, each on its line (offset from the body's first line). */
const HOSTILE: { name: string; body: string; want: [ErrorCode, number, string][] }[] = [
  {
    name: "reading a file",
    body: 'import { readFileSync } from "node:fs"\n\n{readFileSync("/etc/passwd", "utf8")}',
    want: [["policy.code", 0, "import"], ["policy.expression", 2, "readFileSync"]],
  },
  {
    name: "running a process",
    body: 'export const out = require("node:child_process").execSync("id").toString()\n\nHasil: {process.mainModule.require("child_process").execSync("id")}',
    want: [["policy.code", 0, "export"], ["policy.expression", 2, "process.mainModule"]],
  },
  {
    name: "printing process.env (in text and in an attribute)",
    body: 'Lingkungan: {JSON.stringify(process.env)}\n\n<span title={process.env.HOME}>rumah</span>',
    want: [["policy.expression", 0, "process.env"], ["policy.expression", 2, "process.env.HOME"]],
  },
  { name: "a meta refresh", body: '<meta http-equiv="refresh" content="0;url=https://contoh.invalid/" />', want: [["policy.html_tag", 0, "<meta>"]] },
  { name: "<base href>", body: 'Teks.\n\n<base href="https://contoh.invalid/" />', want: [["policy.html_tag", 2, "<base>"]] },
  { name: "an external iframe", body: '<iframe src="https://contoh.invalid/sisip" width="600" height="400" />', want: [["policy.html_tag", 0, "<iframe>"]] },
  { name: "a script", body: '<script src="https://contoh.invalid/x.js" />', want: [["policy.html_tag", 0, "<script>"]] },
  // The tag, and the code inside it.
  { name: "a style", body: "<style>{`body { display: none }`}</style>", want: [["policy.html_tag", 0, "<style>"], ["policy.expression", 0, "display: none"]] },
  {
    name: "a form with an input",
    body: '<form action="https://contoh.invalid/">\n  <input name="nip" />\n</form>',
    want: [["policy.html_tag", 0, "<form>"], ["policy.html_tag", 1, "<input>"]],
  },
  { name: "an on* handler", body: 'Lihat <b onmouseover="alert(1)">ini</b>.', want: [["policy.attribute", 0, '"onmouseover"']] },
  { name: "a style attribute", body: '<p style="display:none">tersembunyi</p>', want: [["policy.attribute", 0, '"style"']] },
  { name: "a site class, a role or aria-hidden", body: '<div class="notice revoked">Dicabut</div>\n\n<p role="alert">Awas</p>\n\n<span aria-hidden="true">x</span>', want: [["policy.attribute", 0, '"class"'], ["policy.attribute", 2, '"role"'], ["policy.attribute", 4, '"aria-hidden"']] },
  {
    name: "javascript: and data: addresses",
    body: '[klik](javascript:alert(1))\n\n<a href="data:text/html,<script>alert(1)</script>">unduh</a> dan [lagi][ref]\n\n[ref]: JaVaScRiPt:alert(1)',
    want: [["policy.url", 0, "javascript:"], ["policy.url", 2, "data:"], ["policy.url", 4, "javascript:"]],
  },
  { name: "an external image", body: "![pelacak](https://contoh.invalid/piksel.png)", want: [["policy.image", 0, "piksel.png"]] },
  { name: "an unknown component", body: 'Angka: <Indikator id="ikm" />\n\n<Foo.Bar />', want: [["policy.unknown_component", 0, "<Indikator>"], ["policy.unknown_component", 2, "<Foo.Bar>"]] },
  {
    name: "an expression in a component attribute the component does not have",
    body: '<Indicator id="ikm" wilayah="1373" catatan={require("node:fs").readFileSync("/etc/passwd")} />',
    want: [["policy.attribute", 0, '"catatan"']],
  },
];

describe("validate(a policy document that would run code or load something)", () => {
  it.each(HOSTILE)("refuses $name with the file, the line and what is allowed instead", async ({ body, want }) => {
    const { errors, first } = await errorsOf(body);
    for (const [code, offset, text] of want) expectError(errors, { code, file: DOC, line: first + offset }, { both: [text] });
    // Nothing else is blamed: every error is one the case expects.
    expect(errors.map((p) => p.code).sort()).toEqual(want.map(([c]) => c).sort());
  });

  it("names what is allowed instead: the components, the tags, the attributes, the schemes", async () => {
    const { errors } = await errorsOf('<iframe src="https://contoh.invalid/" />\n\n<Grafik id="ikm" />\n\n<span onclick="x()">a</span>\n\n[a](data:text/plain,hi)');
    const en = errors.map((p) => formatProblem(p, "en")).join("\n");
    expect(en).toMatch(/one of these tags: a, abbr, .*table.*wbr/);
    expect(en).toContain("The components documents may use: <Indicator>, <Chart>");
    expect(en).toContain("Allowed: id, title, lang, dir, translate.");
    expect(en).toMatch(/https:\/\/…, mailto:… or tel:…/);
  });

  it("accepts what a document may hold: Markdown, comments, inert tags with their attributes, links, the components", async () => {
    const { root } = withBody(
      [
        "{/* catatan redaksi: tidak tampil */}",
        "",
        'Lihat <abbr title="Indeks Kepuasan Masyarakat">IKM</abbr> di <a href="https://contoh.go.id/ikm" hreflang="id">laman ini</a>, <a href="mailto:bkpsdm@contoh.go.id">surel</a> atau [metode](../metodologi/#ikm).',
        "",
        '<details open><summary>Rincian</summary><p>Data <time datetime="2026-05-01">1 Mei 2026</time>, <sup>1</sup>.</p></details>',
        "",
        '<table><thead><tr><th scope="col" colspan="2">Tahun</th></tr></thead><tbody><tr><td>2025</td><td title="nilai">80</td></tr></tbody></table>',
        "",
        "<>Teks dalam fragmen</>",
        "",
        '<Indicator id={"ikm"} wilayah="1373" />',
      ].join("\n"),
    );
    const v = await validateAndCompile(root, { today: TODAY });
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.site!.policies[0]!.embeds.map((e) => e.attrs.id)).toEqual(["ikm", "partisipasi-pelatihan", "ikm"]);
  });

  it("npm run validate exits 1 and prints each violation with file and line (also as GitHub annotations)", () => {
    const { root, first } = withBody('import fs from "node:fs"\n\n<meta http-equiv="refresh" content="0;url=https://contoh.invalid/" />');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(APP, "scripts/validate.ts"), ...args], { cwd: root, env: { ...process.env, TERANG_ROOT: root, TERANG_TODAY: "2026-11-23" }, encoding: "utf8" });
    const r = run(["--lang", "en"]);
    expect(r.status).toBe(1);
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).toContain(`${DOC}, line ${first}: The document contains code (import/export)`);
    expect(out).toContain(`${DOC}, line ${first + 2}: The HTML tag <meta> is not allowed`);
    const gh = run(["--format", "github"]);
    expect(gh.stdout).toContain(`::error file=${DOC},line=${first}`);
    expect(gh.stdout).toContain(`::error file=${DOC},line=${first + 2}`);
  });
});

describe("build(a project whose document tries every trick)", () => {
  it("fails before Astro runs, names each line, and leaves dist/ byte for byte as it was", () => {
    const root = copyProject(FIXTURE);
    roots.push(root);
    const file = "content/policies/evaluasi-uji.mdx";
    const path = join(root, file);
    const secret = "TERANG_RAHASIA_UJI";
    const before = readFileSync(path, "utf8").replace(/\n*$/, "\n\n");
    const body = [
      'import { readFileSync } from "node:fs"',
      "",
      '{readFileSync("/etc/hostname", "utf8")}',
      "",
      'export const run = require("node:child_process").execSync("id").toString()',
      "",
      "{JSON.stringify(process.env)}",
      "",
      '<meta http-equiv="refresh" content="0;url=https://contoh.invalid/" />',
      "",
      '<base href="https://contoh.invalid/" />',
      "",
      '<iframe src="https://contoh.invalid/" />',
      "",
      `{process.env.${secret}}`,
    ];
    writeFileSync(path, before + body.join("\n") + "\n");
    mkdirSync(join(root, "dist"), { recursive: true });
    writeFileSync(join(root, "dist/index.html"), "<!doctype html><title>published</title>");
    const hashBefore = treeHash(join(root, "dist"));
    const r = buildSite(root, ["--lang", "en"], { [secret]: "bocor" });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    const first = before.split("\n").length;
    for (const offset of [0, 2, 4, 6, 8, 10, 12, 14]) expect(out, `line ${first + offset}`).toContain(`${file}, line ${first + offset}:`);
    expect(out).toMatch(/the site was not published/);
    expect(out).not.toContain("bocor");
    expect(treeHash(join(root, "dist"))).toEqual(hashBefore);
  });
});
