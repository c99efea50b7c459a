/**
 * Consultation responses as data (issue 15, point 4): per version of the document, validated
 * (accept and reject cases, with file and line, in both languages), and the mail link that names
 * the document and its version.
 */
import { describe, it, expect, afterEach } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { consultationOf } from "../../src/lib/policies.ts";
import { TODAY, tempProject, expectError } from "./_helpers.ts";

const DOC = "content/policies/evaluasi-contoh.mdx";
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** The fixture document (versions 1.0 and 1.1) with `block` after `bahasa: id` (line 13). */
function withResponses(block: string, extra = "") {
  const root = tempProject();
  roots.push(root);
  const file = join(root, DOC);
  writeFileSync(file, readFileSync(file, "utf8").replace("bahasa: id\n", `bahasa: id\n${extra}${block}`));
  return { root, v: validateProject(root, { today: TODAY }) };
}
const RESPONSE = (versi: string, en = "") => `tanggapan:
  - versi: "${versi}"
    tanggal: 2026-02-01
    dari: "Warga"
    isi: "Jadwal survei diumumkan lebih awal."
    jawaban: "Disetujui."
    perubahan: "Jadwal survei dimuat di bagian latar belakang."
${en}`;

describe("consultation responses in the frontmatter", () => {
  it("accepts responses to a version in riwayat", () => {
    const { v } = withResponses(RESPONSE("1.0"));
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.site!.policies[0]!.fm.tanggapan).toMatchObject([{ versi: "1.0", dari: "Warga", perubahan: "Jadwal survei dimuat di bagian latar belakang." }]);
  });

  it("refuses a response to a version the document never had, on its line, in both languages", () => {
    const { v } = withResponses(RESPONSE("0.9"));
    const p = expectError(v.errors, { code: "policy.response_version", file: DOC, line: 15 }, { both: ['"0.9"', "1.0, 1.1"] });
    expect(formatProblem(p, "id")).toContain("baris 15");
  });

  it("refuses a response without its answer", () => {
    const { v } = withResponses(RESPONSE("1.0").replace('    jawaban: "Disetujui."\n', ""));
    const p = expectError(v.errors, { code: "yaml.missing_field", file: DOC }, { both: ["jawaban"] });
    expect(p.field).toBe("tanggapan.0.jawaban");
  });

  it("asks for English text when the document has an English translation", () => {
    const { v } = withResponses(RESPONSE("1.0"), "terjemahan: example-evaluation\n");
    const missing = v.errors.filter((p) => p.code === "policy.response_missing_en").map((p) => p.params.field);
    expect(missing.sort()).toEqual(["dari_en", "isi_en", "jawaban_en", "perubahan_en"]);
    expect(v.errors.find((p) => p.params.field === "isi_en")).toMatchObject({ code: "policy.response_missing_en", file: DOC, line: 16 });
  });
});

describe("how to respond", () => {
  const fm = { status: "konsultasi" as const, konsultasi: { batas: "2026-12-15", kontak: "mailto:konsultasi@contoh.go.id" }, judul: "Rancangan & kebijakan", versi: "0.3", bahasa: "id" as const };
  it("a mail link names the document and its version in the subject", () => {
    const c = consultationOf(fm, "2026-11-23", "data@contoh.go.id")!;
    expect(c.contact).toBe("mailto:konsultasi@contoh.go.id?subject=Rancangan%20%26%20kebijakan%20(versi%200.3)");
    expect(c.contactLabel).toBe("konsultasi@contoh.go.id");
    expect(c.open).toBe(true);
    expect(consultationOf({ ...fm, bahasa: "en" }, "2026-11-23", "x@y.id")!.contact).toContain("(version%200.3)");
  });
  it("a form address is kept as it is", () => {
    const c = consultationOf({ ...fm, konsultasi: { batas: "2026-12-15", kontak: "https://forms.example.go.id/konsultasi" } }, "2026-11-23", "data@contoh.go.id")!;
    expect(c.contact).toBe("https://forms.example.go.id/konsultasi");
  });
  it("the consultation is closed after its deadline", () => {
    expect(consultationOf(fm, "2026-12-16", "data@contoh.go.id")!.open).toBe(false);
  });
});
