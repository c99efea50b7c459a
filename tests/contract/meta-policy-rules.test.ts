/**
 * Cross-field rules that a schema cannot express, on the valid fixture project (a temp copy):
 * indicator bands inside the range and not overlapping, dimension columns neither reserved nor
 * doubled (meta.*), and a policy document's translation, revision history and cited indicators
 * (policy.*). Each test breaks one rule and expects exactly that rule's error, with its place.
 */
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { TODAY, tempProjects, expectError, codes } from "./_helpers.ts";

const project = tempProjects();
const edit = (root: string, file: string, f: (s: string) => string) => {
  const before = readFileSync(join(root, file), "utf8");
  const after = f(before);
  expect(after, `the edit of ${file} changed it`).not.toBe(before);
  writeFileSync(join(root, file), after);
};
const run = (root: string) => validateProject(root, { today: TODAY });

const IKM = "data/indicators/ikm.yml";
const PART = "data/indicators/partisipasi-pelatihan.yml";
const DOC = "content/policies/evaluasi-contoh.mdx";
// The English twin of the fixture's document, pointing back at it.
const TWIN = (terjemahan: string, bahasa = "en") => `---
judul: "Sample evaluation"
ringkasan: "A sample document for the data contract tests."
wilayah: "1373"
jenis: evaluasi
status: ditetapkan
tanggal: 2026-05-01
versi: "1.1"
riwayat:
  - { versi: "1.0", tanggal: 2026-01-10, catatan: "First version" }
  - { versi: "1.1", tanggal: 2026-05-01, catatan: "Data updated" }
indikator: [ikm]
bahasa: ${bahasa}
terjemahan: ${terjemahan}
---

Text.
`;

describe("indicator metadata: bands (meta.band_range, meta.band_overlap)", () => {
  it("validateProject(ikm band A up to 120, range [25, 100]) fails on that band's line", () => {
    const root = project();
    edit(root, IKM, (s) => s.replace("dari: 88.31, sampai: 100, kode: A", "dari: 88.31, sampai: 120, kode: A"));
    const v = run(root);
    expect(v.site).toBeNull();
    expect(codes(v.errors)).toEqual(["meta.band_range"]);
    expectError(v.errors, { code: "meta.band_range", file: IKM, line: 11, field: "kategori.3" }, { both: ['"A"', "88.31–120", "25–100"] });
  });

  it("validateProject(ikm band D from 10, below the range's 25) fails on that band", () => {
    const root = project();
    edit(root, IKM, (s) => s.replace("dari: 25, sampai: 64.99, kode: D", "dari: 10, sampai: 64.99, kode: D"));
    expectError(run(root).errors, { code: "meta.band_range", file: IKM, line: 8, field: "kategori.0" }, { both: ['"D"'] });
  });

  it("validateProject(bands C up to 80 and B from 76.61) fails: they overlap", () => {
    const root = project();
    edit(root, IKM, (s) => s.replace("dari: 65, sampai: 76.60, kode: C", "dari: 65, sampai: 80, kode: C"));
    const v = run(root);
    expect(codes(v.errors)).toEqual(["meta.band_overlap"]);
    expectError(v.errors, { code: "meta.band_overlap", file: IKM, line: 9, field: "kategori.1" }, { both: ['"C"', '"B"'] });
  });

  it("validateProject(bands that touch at one value, B up to 88.31 and A from 88.31) fails: the value would be in both", () => {
    const root = project();
    edit(root, IKM, (s) => s.replace("sampai: 88.30, kode: B", "sampai: 88.31, kode: B"));
    expectError(run(root).errors, { code: "meta.band_overlap", file: IKM, line: 10 }, { both: ['"B"', '"A"'] });
  });

  it("validateProject(bands written out of order but apart) accepts them", () => {
    const root = project();
    edit(root, IKM, (s) => {
      const lines = s.split("\n");
      const bands = lines.slice(7, 11).reverse();
      return [...lines.slice(0, 7), ...bands, ...lines.slice(11)].join("\n");
    });
    expect(run(root).errors.map((p) => formatProblem(p, "en"))).toEqual([]);
  });
});

describe("indicator metadata: dimensions (meta.dim_reserved, meta.dim_duplicate)", () => {
  const dim = (kolom: string) => [
    `  - kolom: ${kolom}`,
    '    label: { id: "Dimensi", en: "Dimension" }',
    "    nilai:",
    '      a: { id: "A", en: "A" }',
  ];

  it.each(["nilai", "tahun", "periode", "kode_wilayah", "nama_wilayah", "catatan", "catatan_en"])("validateProject(a dimension named %s) fails: that column is the contract's own", (name) => {
    const root = project();
    edit(root, IKM, (s) => s.replace("frekuensi: semesteran", ["dimensi:", ...dim(name), "frekuensi: semesteran"].join("\n")));
    const v = run(root);
    expect(codes(v.errors.filter((p) => p.file === IKM))).toEqual(["meta.dim_reserved"]);
    expectError(v.errors, { code: "meta.dim_reserved", file: IKM, line: 13, field: "dimensi.0.kolom" }, { both: [`"${name}"`, "modalitas"] });
  });

  it("validateProject(the dimension modalitas declared twice) fails on the second declaration", () => {
    const root = project();
    const text = readFileSync(join(root, PART), "utf8");
    const start = text.indexOf("dimensi:\n") + "dimensi:\n".length;
    const end = text.indexOf("\nfrekuensi:");
    const block = text.slice(start, end);
    edit(root, PART, (s) => s.replace(block, `${block}\n${block}`));
    const v = run(root);
    expect(codes(v.errors.filter((p) => p.file === PART))).toEqual(["meta.dim_duplicate"]);
    const secondLine = text.slice(0, start).split("\n").length + block.split("\n").length;
    expectError(v.errors, { code: "meta.dim_duplicate", file: PART, line: secondLine, field: "dimensi.1.kolom" }, { both: ['"modalitas"'] });
  });
});

describe("policy documents: translation, history, cited indicators", () => {
  it("validateProject(terjemahan: a slug with no document) fails naming the missing slug", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace("bahasa: id\n", "bahasa: id\nterjemahan: tidak-ada\n"));
    const v = run(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.translation", file: DOC, field: "terjemahan" }, { id: ['"tidak-ada"', "tidak ada"], en: ['"tidak-ada"', "does not exist"] });
  });

  it("validateProject(a translation in the same language) fails", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace("bahasa: id\n", "bahasa: id\nterjemahan: evaluasi-contoh-en\n"));
    writeFileSync(join(root, "content/policies/evaluasi-contoh-en.mdx"), TWIN("evaluasi-contoh", "id"));
    const v = run(root);
    expectError(v.errors, { code: "policy.translation", file: DOC, field: "terjemahan" }, { en: ["same language"], id: ["bahasanya sama"] });
  });

  it("validateProject(a translation that does not point back) fails on the document pointing at it", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace("bahasa: id\n", "bahasa: id\nterjemahan: evaluasi-contoh-en\n"));
    writeFileSync(join(root, "content/policies/evaluasi-contoh-en.mdx"), TWIN("lain").replace("terjemahan: lain\n", ""));
    const v = run(root);
    expectError(v.errors, { code: "policy.translation", file: DOC, field: "terjemahan" }, { en: ["does not point back"], id: ["tidak menunjuk balik"] });
  });

  it("validateProject(two documents that name each other, one per language) accepts them", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace("bahasa: id\n", "bahasa: id\nterjemahan: evaluasi-contoh-en\n"));
    writeFileSync(join(root, "content/policies/evaluasi-contoh-en.mdx"), TWIN("evaluasi-contoh"));
    const v = run(root);
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.stats.documents).toBe(2);
  });

  it("validateProject(versi 1.2 while riwayat ends at 1.1) fails on riwayat", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace('versi: "1.1"\nriwayat', 'versi: "1.2"\nriwayat'));
    const v = run(root);
    expect(codes(v.errors)).toEqual(["policy.history"]);
    expectError(v.errors, { code: "policy.history", file: DOC, field: "riwayat", line: 10 }, { both: ["1.2", "1.1"] });
  });

  it("validateProject(riwayat dates not oldest first) fails on riwayat", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace('{ versi: "1.0", tanggal: 2026-01-10', '{ versi: "1.0", tanggal: 2026-06-10'));
    const v = run(root);
    expectError(v.errors, { code: "policy.history", file: DOC, field: "riwayat" }, { id: ["tidak urut"], en: ["not oldest first"] });
  });

  it("validateProject(<Chart> of an indicator missing from the document's indikator list) warns on the component's line, and still publishes", () => {
    const root = project();
    edit(root, DOC, (s) => s.replace("indikator: [ikm, partisipasi-pelatihan]", "indikator: [ikm]"));
    const v = run(root);
    expect(v.errors).toEqual([]);
    expect(v.site).not.toBeNull();
    const uncited = v.warnings.filter((w) => w.code === "policy.uncited");
    expect(uncited).toHaveLength(1);
    expect(uncited[0]).toMatchObject({ code: "policy.uncited", file: DOC, line: 22, params: { value: "partisipasi-pelatihan" } });
    expect(codes(run(project()).warnings)).not.toContain("policy.uncited");
    expect(formatProblem(uncited[0]!, "id")).toBe(`[peringatan] ${DOC}, baris 22: Indikator "partisipasi-pelatihan" ditampilkan di teks tetapi tidak tercantum di daftar indikator. Perbaikan: Tambahkan partisipasi-pelatihan ke isian indikator.`);
    expect(formatProblem(uncited[0]!, "en")).toContain(`[warning] ${DOC}, line 22: The indicator "partisipasi-pelatihan" is shown in the text but not listed in indikator.`);
  });
});

describe("overdue data (warn.overdue)", () => {
  it("validateProject(the fixture built in 2027-08, its yearly data ending in 2025) warns that 2026 is due, and still publishes", () => {
    const v = validateProject(project(), { today: new Date("2027-08-01T00:00:00Z") });
    expect(v.errors).toEqual([]);
    expect(v.site).not.toBeNull();
    const late = v.warnings.filter((w) => w.file === "data/indicators/partisipasi-pelatihan.csv");
    expect(late.map((w) => [w.code, w.params.latest, w.params.expected])).toEqual([["warn.overdue", "2025", "2026"]]);
    expect(formatProblem(late[0]!, "en")).toContain("the latest data is 2025, 2026 should be out by now");
  });

  it("validateProject(the fixture on 2026-11-23) has no overdue warning: 2025 is the latest yearly period due", () => {
    expect(codes(run(project()).warnings)).not.toContain("warn.overdue");
  });
});
