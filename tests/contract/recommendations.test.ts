/**
 * Recommendations as data in a policy document's frontmatter (issue 15, point 1): the schema and
 * the validator's checks, each with an accept and a reject case, every problem naming the file,
 * the line and the field, in both languages; and the overdue rule on hand-picked dates.
 */
import { describe, it, expect, afterEach } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { isOverdue } from "../../src/lib/recommendations.ts";
import { TODAY, tempProject, expectError } from "./_helpers.ts";

const DOC = "content/policies/evaluasi-contoh.mdx";
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** The fixture document with `block` after `bahasa: id` (line 13): the block starts on line 14. */
function withRecs(block: string, extra = ""): ReturnType<typeof validateProject> {
  const root = tempProject();
  roots.push(root);
  const file = join(root, DOC);
  const src = readFileSync(file, "utf8");
  expect(src.split("\n")[12]).toBe("bahasa: id");
  writeFileSync(file, src.replace("bahasa: id\n", `bahasa: id\n${extra}${block}`));
  return validateProject(root, { today: TODAY });
}

// Line numbers of this block (it starts on line 14 of the file).
const REC = (o: { indikator?: string; steps?: string; id?: string; en?: string } = {}) => `rekomendasi:
  - id: ${o.id ?? "tatap-muka"}
    teks: "Menyelenggarakan pelatihan tatap muka."
${o.en ?? ""}    unit: "BKPSDM Kota Sawahlunto"
    tenggat: 2026-06-30
    indikator: [${o.indikator ?? "partisipasi-pelatihan"}]
    status:
${o.steps ?? `      - status: belum_dimulai
        tanggal: 2026-03-10
        catatan: "Dicatat."
      - status: berjalan
        tanggal: 2026-05-01
        catatan: "Uji coba dua kelas."
`}`;

describe("recommendations in the frontmatter", () => {
  it("accepts a recommendation with every field and reads where it stands", () => {
    const v = withRecs(REC());
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    const doc = v.site!.policies[0]!;
    expect(doc.fm.rekomendasi).toHaveLength(1);
    expect(doc.fm.rekomendasi[0]).toMatchObject({ id: "tatap-muka", unit: "BKPSDM Kota Sawahlunto", tenggat: "2026-06-30", indikator: ["partisipasi-pelatihan"] });
    expect(doc.fm.rekomendasi[0]!.status.map((s) => s.status)).toEqual(["belum_dimulai", "berjalan"]);
  });

  it("a document without recommendations has an empty list", () => {
    const v = withRecs("");
    expect(v.site!.policies[0]!.fm.rekomendasi).toEqual([]);
  });

  it("refuses an unknown indicator, on its line, in both languages", () => {
    const v = withRecs(REC({ indikator: "partisipasi-pelatihn" }));
    const p = expectError(v.errors, { code: "policy.rec_unknown_indicator", file: DOC, line: 19 }, { both: ['"partisipasi-pelatihn"', '"tatap-muka"'] });
    expect(formatProblem(p, "id")).toContain("baris 19");
    expect(formatProblem(p, "en")).toContain('Did you mean "partisipasi-pelatihan"?');
  });

  it("refuses an unknown status, on its line", () => {
    const v = withRecs(REC({ steps: `      - status: sedang_berjalan\n        tanggal: 2026-03-10\n        catatan: "Dicatat."\n` }));
    expectError(v.errors, { code: "yaml.wrong_type", file: DOC, line: 21 }, { both: ["sedang_berjalan"] });
  });

  it("refuses a done status without a date, on its line", () => {
    const v = withRecs(REC({ steps: `      - status: selesai\n        catatan: "Tuntas."\n` }));
    const p = expectError(v.errors, { code: "yaml.missing_field", file: DOC }, { both: ["tanggal"] });
    expect(p.field).toBe("rekomendasi.0.status.0.tanggal");
    expect(p.line).toBe(21);
  });

  it("refuses a deadline that is not a calendar date", () => {
    const v = withRecs(REC().replace("tenggat: 2026-06-30", "tenggat: 2026-06-31"));
    expectError(v.errors, { code: "yaml.wrong_type", file: DOC, line: 18 }, { both: ["tenggat"] });
  });

  it("refuses a history out of date order, and a step after selesai", () => {
    const late = withRecs(REC({ steps: `      - status: berjalan\n        tanggal: 2026-05-01\n        catatan: "A."\n      - status: selesai\n        tanggal: 2026-04-01\n        catatan: "B."\n` }));
    expectError(late.errors, { code: "policy.rec_order", file: DOC, line: 25 }, { id: ["2026-04-01 sesudah 2026-05-01"], en: ["2026-04-01 after 2026-05-01"] });
    const after = withRecs(REC({ steps: `      - status: selesai\n        tanggal: 2026-05-01\n        catatan: "A."\n      - status: berjalan\n        tanggal: 2026-06-01\n        catatan: "B."\n` }));
    expectError(after.errors, { code: "policy.rec_order", file: DOC, line: 24 }, { id: ["sesudah selesai"], en: ["follows selesai"] });
  });

  it("refuses the same id twice", () => {
    const two = REC() + REC().replace("rekomendasi:\n", "");
    const v = withRecs(two);
    expectError(v.errors, { code: "policy.rec_duplicate", file: DOC, line: 27 }, { both: ['"tatap-muka"'] });
  });

  it("asks for English text when the document has an English translation, and accepts it when given", () => {
    const root = tempProject();
    roots.push(root);
    const file = join(root, DOC);
    const src = readFileSync(file, "utf8");
    const en = src.replace('judul: "Evaluasi contoh"', 'judul: "Example evaluation"').replace("bahasa: id\n", "bahasa: en\nterjemahan: evaluasi-contoh\n");
    writeFileSync(join(root, "content/policies/example-evaluation.mdx"), en);
    writeFileSync(file, src.replace("bahasa: id\n", `bahasa: id\nterjemahan: example-evaluation\n${REC()}`));
    const v = validateProject(root, { today: TODAY });
    const missing = v.errors.filter((p) => p.code === "policy.rec_missing_en");
    expect(missing.map((p) => p.params.field).sort()).toEqual(["catatan_en", "catatan_en", "teks_en"]);
    const teks = missing.find((p) => p.params.field === "teks_en")!;
    expect(teks).toMatchObject({ code: "policy.rec_missing_en", file: DOC, line: 16 });
    expect(formatProblem(teks, "id")).toContain("punya terjemahan bahasa Inggris");
    expect(formatProblem(teks, "en")).toContain("has an English translation");
    writeFileSync(
      file,
      src.replace("bahasa: id\n", `bahasa: id\nterjemahan: example-evaluation\n${REC({ en: '    teks_en: "Hold in-person training."\n' }).replace(/catatan: "([^"]+)"\n/g, 'catatan: "$1"\n        catatan_en: "Noted."\n')}`),
    );
    const ok = validateProject(root, { today: TODAY });
    expect(ok.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
  });
});

describe("isOverdue", () => {
  const rec = (tenggat: string, status: "belum_dimulai" | "berjalan" | "selesai" | "dibatalkan") => ({
    id: "x", teks: "x", unit: "u", tenggat, indikator: [], status: [{ status, tanggal: "2026-01-01", catatan: "c" }],
  });
  it("is overdue past the deadline while not started or in progress", () => {
    expect(isOverdue(rec("2026-06-30", "belum_dimulai"), "2026-07-01")).toBe(true);
    expect(isOverdue(rec("2026-06-30", "berjalan"), "2026-11-23")).toBe(true);
  });
  it("is not overdue on or before the deadline, nor once done or dropped", () => {
    expect(isOverdue(rec("2026-06-30", "berjalan"), "2026-06-30")).toBe(false);
    expect(isOverdue(rec("2026-06-30", "selesai"), "2026-11-23")).toBe(false);
    expect(isOverdue(rec("2026-06-30", "dibatalkan"), "2026-11-23")).toBe(false);
  });
});
