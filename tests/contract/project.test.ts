/**
 * DATA.md, layout and publishing: validateProject on a whole folder (data/ + content/), made from
 * tests/fixtures/contract/valid-project in a temp dir: the site and its stats; CSV/YAML pairing;
 * file names; every error of a run reported together, capped per file.
 */
import { describe, it, expect } from "vitest";
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { TODAY, tempProjects, expectError, codes } from "./_helpers.ts";

const project = tempProjects();
const write = (root: string, file: string, text: string) => writeFileSync(join(root, file), text);
const edit = (root: string, file: string, f: (s: string) => string) => write(root, file, f(readFileSync(join(root, file), "utf8")));

describe("validateProject", () => {
  it("validateProject(the valid fixture project) returns the site and its stats, with no errors and only the warning that its document has no translation", () => {
    const v = validateProject(project(), { today: TODAY });
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.warnings.map((p) => [p.code, p.file])).toEqual([["warn.policy_untranslated", "content/policies/evaluasi-contoh.mdx"]]);
    expect(v.stats).toEqual({ indicators: 2, observations: 8, documents: 1, regions: 4 });
    expect(v.site).not.toBeNull();
    const site = v.site!;
    expect(site.today).toEqual(TODAY);
    expect(site.regions.map((r) => r.code)).toEqual(["13", "1302", "1372", "1373"]);
    expect(site.indicators.map((i) => [i.meta.id, i.periodColumn, i.observations.length])).toEqual([
      ["ikm", "periode", 3],
      ["partisipasi-pelatihan", "tahun", 5],
    ]);
    expect(site.policies.map((p) => [p.slug, p.file])).toEqual([["evaluasi-contoh", "content/policies/evaluasi-contoh.mdx"]]);
  });

  it("validateProject(the fixture's ';' CSV with CRLF, decimal comma, a gap and a ';;;' row) reads its values", () => {
    const v = validateProject(project(), { today: TODAY });
    const ikm = v.site!.indicators.find((i) => i.meta.id === "ikm")!;
    expect(ikm.observations.map((o) => [o.period.code, o.region, o.value, o.row])).toEqual([
      ["2025-S2", "1373", 80.5, 2],
      ["2026-S1", "1372", 90, 5],
      ["2026-S1", "1373", null, 3],
    ]);
    expect(ikm.observations[2]!.note).toBe("Survei ditunda, dijadwalkan ulang");
  });

  it("validateProject(the fixture's multi-line quoted note) keeps it in one observation", () => {
    const v = validateProject(project(), { today: TODAY });
    const obs = v.site!.indicators.find((i) => i.meta.id === "partisipasi-pelatihan")!.observations;
    expect(obs.find((o) => o.dims.modalitas === "tatap_muka")).toMatchObject({ note: "Dua baris:\nkelas ditunda", row: 5 });
    expect(obs.find((o) => o.region === "13")!.row).toBe(6);
  });

  it("validateProject(YAML and MDX saved with a BOM and CRLF line ends) accepts them", () => {
    const root = project();
    for (const f of ["data/indicators/ikm.yml", "content/policies/evaluasi-contoh.mdx"]) edit(root, f, (s) => `\uFEFF${s.replace(/\n/g, "\r\n")}`);
    const v = validateProject(root, { today: TODAY });
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.stats.documents).toBe(1);
  });

  it("validateProject(a text without en) still returns the site, with an untranslated warning", () => {
    const root = project();
    edit(root, "data/indicators/ikm.yml", (s) => s.replace('metode: { id: "Survei kepuasan.", en: "Satisfaction survey." }', 'metode: { id: "Survei kepuasan." }'));
    const v = validateProject(root, { today: TODAY });
    expect(v.errors).toEqual([]);
    expect(v.site).not.toBeNull();
    expect(v.warnings.filter((w) => w.code !== "warn.policy_untranslated").map((w) => [w.code, w.file, w.field])).toEqual([["warn.untranslated", "data/indicators/ikm.yml", "metode"]]);
  });

  it("validateProject(a document without a translation) warns, naming the file and the missing language in both languages, and still publishes", () => {
    const v = validateProject(project(), { today: TODAY });
    expect(v.errors).toEqual([]);
    expect(v.site).not.toBeNull();
    const w = v.warnings.filter((x) => x.code === "warn.policy_untranslated");
    expect(w).toHaveLength(1);
    expect(formatProblem(w[0]!, "id")).toContain("[peringatan] content/policies/evaluasi-contoh.mdx");
    expect(formatProblem(w[0]!, "id")).toContain("belum punya terjemahan bahasa Inggris");
    expect(formatProblem(w[0]!, "en")).toContain("[warning] content/policies/evaluasi-contoh.mdx");
    expect(formatProblem(w[0]!, "en")).toContain("has no English translation yet");
  });

  it("validateProject(the document with an English translation that points back) has no translation warning", () => {
    const root = project();
    edit(root, "content/policies/evaluasi-contoh.mdx", (s) => s.replace("bahasa: id\n", "bahasa: id\nterjemahan: example-evaluation\n"));
    const en = readFileSync(join(root, "content/policies/evaluasi-contoh.mdx"), "utf8")
      .replace('judul: "Evaluasi contoh"', 'judul: "Example evaluation"')
      .replace("bahasa: id\nterjemahan: example-evaluation\n", "bahasa: en\nterjemahan: evaluasi-contoh\n");
    write(root, "content/policies/example-evaluation.mdx", en);
    const v = validateProject(root, { today: TODAY });
    expect(v.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    expect(v.stats.documents).toBe(2);
    expect(v.warnings.map((p) => p.code)).not.toContain("warn.policy_untranslated");
  });

  it("validateProject(a CSV without its YAML) fails naming the CSV and the missing YAML", () => {
    const root = project();
    rmSync(join(root, "data/indicators/ikm.yml"));
    const v = validateProject(root, { today: TODAY });
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "file.missing_yml", file: "data/indicators/ikm.csv" }, { both: ["ikm.yml", "data/indicators/ikm.yml"] });
  });

  it("validateProject(a YAML without its CSV) fails naming the YAML and the missing CSV", () => {
    const root = project();
    rmSync(join(root, "data/indicators/ikm.csv"));
    const v = validateProject(root, { today: TODAY });
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "file.missing_csv", file: "data/indicators/ikm.yml" }, { both: ["ikm.csv", "data/indicators/ikm.csv"] });
  });

  it("validateProject(id: ikm-lama in ikm.yml) fails naming the file, the field id and its line", () => {
    const root = project();
    edit(root, "data/indicators/ikm.yml", (s) => s.replace("id: ikm\n", "id: ikm-lama\n"));
    const v = validateProject(root, { today: TODAY });
    expectError(v.errors, { code: "meta.id_mismatch", file: "data/indicators/ikm.yml", field: "id", line: 1 }, { both: ['"ikm-lama"', "ikm"] });
  });

  it("validateProject(an indicator file named `Partisipasi Pelatihan.csv`) fails: ids are lowercase words joined by -", () => {
    const root = project();
    renameSync(join(root, "data/indicators/ikm.csv"), join(root, "data/indicators/IKM Kota.csv"));
    renameSync(join(root, "data/indicators/ikm.yml"), join(root, "data/indicators/IKM Kota.yml"));
    const v = validateProject(root, { today: TODAY });
    expectError(v.errors, { code: "file.bad_name", file: "data/indicators/IKM Kota.csv" }, { both: ['"IKM Kota.csv"', "partisipasi-pelatihan.csv"] });
    expectError(v.errors, { code: "file.bad_name", file: "data/indicators/IKM Kota.yml" });
  });

  it("validateProject(a policy file named `Evaluasi_2026.mdx`) fails naming it", () => {
    const root = project();
    renameSync(join(root, "content/policies/evaluasi-contoh.mdx"), join(root, "content/policies/Evaluasi_2026.mdx"));
    const v = validateProject(root, { today: TODAY });
    expectError(v.errors, { code: "file.bad_name", file: "content/policies/Evaluasi_2026.mdx" });
  });

  it("validateProject(no regions.csv) fails naming data/regions.csv", () => {
    const root = project();
    rmSync(join(root, "data/regions.csv"));
    const v = validateProject(root, { today: TODAY });
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "file.missing", file: "data/regions.csv" }, { both: ["data/regions.csv"] });
  });

  it("validateProject(a region removed from regions.csv) fails on every row and document that uses it", () => {
    const root = project();
    edit(root, "data/regions.csv", (s) => s.replace("1372,Kota Solok,kota,13\n", ""));
    const v = validateProject(root, { today: TODAY });
    expectError(v.errors, { code: "region.unknown", file: "data/indicators/ikm.csv", row: 5, column: "kode_wilayah", letter: "B" }, { both: ['"1372"'] });
  });

  it("validateProject(<Indicator id> that does not exist) fails the run naming the document's file and line", () => {
    const root = project();
    appendFileSync(join(root, "content/policies/evaluasi-contoh.mdx"), '\n<Indicator id="jam-pelatihan" />\n');
    const v = validateProject(root, { today: TODAY });
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "policy.unknown_indicator", file: "content/policies/evaluasi-contoh.mdx", line: 24 }, { both: ['"jam-pelatihan"'] });
  });

  it("validateProject(mistakes in a CSV, a YAML, regions.csv and a policy) reports all of them in one run, by file then row", () => {
    const root = project();
    edit(root, "data/indicators/ikm.csv", (s) => s.replace("2025-S2;1373;80,5;", "2025-S2;1373;80.5;").replace("2026-S1;1372;90;", "2027-S1;1372;90;"));
    edit(root, "data/indicators/partisipasi-pelatihan.yml", (s) => s.replace("satuan: persen", "satuan: persentase"));
    edit(root, "data/regions.csv", (s) => s + "1374,Kota Baru,Kota,13\n");
    edit(root, "content/policies/evaluasi-contoh.mdx", (s) => s.replace("status: ditetapkan", "status: final"));
    const v = validateProject(root, { today: TODAY });
    expect(v.site).toBeNull();
    expect(v.errors.map((p) => [p.file, p.code, p.row ?? p.line])).toEqual([
      ["content/policies/evaluasi-contoh.mdx", "yaml.wrong_type", 6],
      ["data/indicators/ikm.csv", "value.decimal_mark", 2],
      ["data/indicators/ikm.csv", "period.future", 5],
      ["data/indicators/partisipasi-pelatihan.yml", "yaml.wrong_type", 4],
      ["data/regions.csv", "regions.bad_kind", 6],
    ]);
  });

  it("validateProject(120 bad rows in one CSV) shows 50, then says 70 more, and still reports the other files", () => {
    const root = project();
    const rows = Array.from({ length: 120 }, (_, i) => `${1900 + i},1373,,abc,`).join("\n");
    write(root, "data/indicators/partisipasi-pelatihan.csv", `tahun,kode_wilayah,modalitas,nilai,catatan\n${rows}\n`);
    edit(root, "data/indicators/ikm.csv", (s) => s.replace("80,5", "NA"));
    const v = validateProject(root, { today: TODAY });
    const mine = v.errors.filter((p) => p.file === "data/indicators/partisipasi-pelatihan.csv");
    expect(mine).toHaveLength(51);
    expect(mine.slice(0, 50).map((p) => p.row)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect(mine.at(-1)!.code).toBe("file.too_many_errors");
    expectError(mine, { code: "file.too_many_errors", file: "data/indicators/partisipasi-pelatihan.csv" }, { id: ["70 kesalahan lain"], en: ["70 more errors"] });
    expectError(v.errors, { code: "value.placeholder", file: "data/indicators/ikm.csv", row: 2, column: "nilai", letter: "C" });
  });

  it("validateProject(broken YAML and a CSV) still checks the CSV's rows in the same run", () => {
    const root = project();
    edit(root, "data/indicators/ikm.yml", (s) => s.replace("satuan: skor", "satuan: [skor"));
    edit(root, "data/indicators/ikm.csv", (s) => s.replace("2025-S2;1373", "2025-S2;9999"));
    const v = validateProject(root, { today: TODAY });
    expect(codes(v.errors.filter((p) => p.file === "data/indicators/ikm.yml"))).toContain("yaml.syntax");
    expect(v.errors.some((p) => p.file === "data/indicators/ikm.csv" && p.code === "region.unknown" && p.row === 2)).toBe(true);
  });
});
