/**
 * Kept copies of earlier document versions (content/policy-versions/<slug>/<versi>.mdx, README
 * "What changed between versions"): the folder names a document, the file an earlier version in
 * its riwayat, and the copy is UTF-8 MDX; each problem names the file (and line) in both languages.
 * Accept and reject cases on a temporary folder, and the validator runs the check on a project.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkKeptVersions } from "../../src/lib/data/policy-kept.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { codes, expectError, tempProject, TODAY } from "./_helpers.ts";

const DOCS = [{ slug: "evaluasi-uji", fm: { versi: "1.1", riwayat: [{ versi: "1.0" }, { versi: "1.1" }] } }];

function withKept(files: Record<string, string | Uint8Array>, run: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), "terang-kept-"));
  try {
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), body);
    }
    run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("kept copies of earlier versions", () => {
  it("accepts a copy of an earlier version, frontmatter or not, and a project without the folder", () => {
    withKept({ "content/policy-versions/evaluasi-uji/1.0.mdx": "## Latar\n\nTeks versi pertama <Indicator id=\"ikm\" />.\n" }, (root) => {
      expect(checkKeptVersions(root, DOCS, new Set())).toEqual([]);
    });
    withKept({}, (root) => expect(checkKeptVersions(root, DOCS, new Set())).toEqual([]));
  });

  it("rejects a folder that names no document (policy.kept_unknown), unless that document failed its own checks", () => {
    withKept({ "content/policy-versions/evaluasi-lain/1.0.mdx": "Teks." }, (root) => {
      const problems = checkKeptVersions(root, DOCS, new Set());
      expectError(problems, { code: "policy.kept_unknown", file: "content/policy-versions/evaluasi-lain" }, { both: ["evaluasi-lain", "evaluasi-uji"] });
      expect(checkKeptVersions(root, DOCS, new Set(["evaluasi-lain"]))).toEqual([]);
    });
  });

  it("rejects a file that is not an earlier version in riwayat, including the current one (policy.kept_version)", () => {
    withKept(
      {
        "content/policy-versions/evaluasi-uji/versi-1.0.mdx": "Teks.",
        "content/policy-versions/evaluasi-uji/1.1.mdx": "Teks.",
        "content/policy-versions/evaluasi-uji/0.9.mdx": "Teks.",
      },
      (root) => {
        const problems = checkKeptVersions(root, DOCS, new Set());
        expect(codes(problems)).toEqual(["policy.kept_version", "policy.kept_version", "policy.kept_version"]);
        expectError(problems, { code: "policy.kept_version", file: "content/policy-versions/evaluasi-uji/versi-1.0.mdx" }, { both: ["1.0.mdx"] });
        expectError(problems, { code: "policy.kept_version", file: "content/policy-versions/evaluasi-uji/1.1.mdx" }, { both: ["(1.1)"] });
      },
    );
  });

  it("rejects a copy that is not MDX (with its line) or not UTF-8", () => {
    withKept({ "content/policy-versions/evaluasi-uji/1.0.mdx": "## Latar\n\nTeks.\n\n<!-- catatan lama -->\n" }, (root) => {
      expectError(checkKeptVersions(root, DOCS, new Set()), { code: "policy.mdx_syntax", file: "content/policy-versions/evaluasi-uji/1.0.mdx", line: 5 });
    });
    withKept({ "content/policy-versions/evaluasi-uji/1.0.mdx": new Uint8Array([0x54, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]) }, (root) => {
      expectError(checkKeptVersions(root, DOCS, new Set()), { code: "policy.not_utf8", file: "content/policy-versions/evaluasi-uji/1.0.mdx", line: 2 });
    });
  });

  it("validateProject reports a kept copy of a document the project does not have", () => {
    const root = tempProject();
    try {
      mkdirSync(join(root, "content/policy-versions/tidak-ada"), { recursive: true });
      writeFileSync(join(root, "content/policy-versions/tidak-ada/1.0.mdx"), "Teks.");
      const v = validateProject(root, { today: TODAY });
      expectError(v.errors, { code: "policy.kept_unknown", file: "content/policy-versions/tidak-ada" });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
