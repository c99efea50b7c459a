/**
 * DATA.md, indicators/<id>.yml: the fields, `{ id, en }` texts with `en` optional, and "a missing
 * or wrongly typed field is an error with the file, the field and the expected form".
 */
import { describe, it, expect } from "vitest";
import { checkYaml } from "../../src/lib/data/yaml.ts";
import { indicatorMeta, META_FIELD_FORMS } from "../../src/lib/data/schema/indicator-meta.ts";
import { expectAccepted, expectError, codes } from "./_helpers.ts";

const FILE = "data/indicators/partisipasi-pelatihan.yml";

/** The example of DATA.md, line for line (line numbers below refer to it). */
const EXAMPLE = [
  'id: partisipasi-pelatihan', // 1
  'judul: { id: "Partisipasi ASN dalam pelatihan", en: "Civil servants taking part in training" }', // 2
  'deskripsi: { id: "Persen ASN yang ikut pelatihan.", en: "Share of civil servants trained." }', // 3
  "satuan: persen", // 4
  "rentang: [0, 100]", // 5
  "arah: naik", // 6
  "target: { nilai: 80, tahun: 2026 }", // 7
  "kategori:", // 8
  '  - { dari: 88.31, sampai: 100, kode: A, label: { id: "Sangat baik", en: "Very good" } }', // 9
  "dimensi:", // 10
  "  - kolom: modalitas", // 11
  '    label: { id: "Modalitas", en: "Mode" }', // 12
  "    nilai:", // 13
  '      daring: { id: "Daring", en: "Online" }', // 14
  '      tatap_muka: { id: "Tatap muka", en: "In person" }', // 15
  "frekuensi: tahunan", // 16
  'metode: { id: "Peserta dibagi jumlah ASN.", en: "Participants over all civil servants." }', // 17
  'sumber: { id: "BKPSDM.", en: "BKPSDM." }', // 18
  "diperbarui: 2026-02-10", // 19
];

const yaml = (lines: readonly string[]) => checkYaml(lines.join("\n") + "\n", FILE, indicatorMeta, META_FIELD_FORMS);
const without = (key: string) => EXAMPLE.filter((l) => !l.startsWith(`${key}:`));
const replace = (key: string, line: string) => EXAMPLE.map((l) => (l.startsWith(`${key}:`) ? line : l));

describe("checkYaml(indicator metadata)", () => {
  it("checkYaml(the DATA.md example) reads every field", () => {
    const r = yaml(EXAMPLE);
    expectAccepted(r);
    expect(r.value).toMatchObject({
      id: "partisipasi-pelatihan",
      satuan: "persen",
      rentang: [0, 100],
      target: { nilai: 80, tahun: 2026 },
      frekuensi: "tahunan",
      diperbarui: "2026-02-10",
    });
    expect(Object.keys(r.value!.dimensi![0]!.nilai)).toEqual(["daring", "tatap_muka"]);
    expect(r.value!.kategori![0]!.kode).toBe("A");
  });

  it("checkYaml(without the optional target, kategori and dimensi) accepts it", () => {
    const r = yaml(EXAMPLE.filter((_, i) => i < 6 || i >= 15));
    expectAccepted(r);
    expect(r.value).not.toHaveProperty("target");
    expect(r.value).not.toHaveProperty("kategori");
    expect(r.value).not.toHaveProperty("dimensi");
  });

  it("checkYaml(a text without `en`) accepts it (the English site marks it untranslated)", () => {
    const r = yaml(replace("judul", 'judul: { id: "Partisipasi ASN dalam pelatihan" }'));
    expectAccepted(r);
    expect(r.value!.judul).toEqual({ id: "Partisipasi ASN dalam pelatihan" });
  });

  it("checkYaml(every unit, direction and frequency of DATA.md) accepts each", () => {
    for (const s of ["persen", "skor", "jam", "orang", "rasio"]) expectAccepted(yaml(replace("satuan", `satuan: ${s}`)));
    for (const a of ["naik", "turun"]) expectAccepted(yaml(replace("arah", `arah: ${a}`)));
    for (const f of ["tahunan", "semesteran", "triwulanan", "bulanan"]) expectAccepted(yaml(replace("frekuensi", `frekuensi: ${f}`)));
  });

  it("checkYaml(no satuan) is rejected naming the file, the field and the units to choose from", () => {
    const r = yaml(without("satuan"));
    expect(codes(r.problems)).toEqual(["yaml.missing_field"]);
    expectError(r.problems, { code: "yaml.missing_field", file: FILE, field: "satuan" }, {
      id: ['Isian "satuan" wajib ada', "persen, skor, jam, orang, rasio"],
      en: ['The field "satuan" is required', "persen, skor, jam, orang, rasio"],
    });
  });

  it.each(["id", "judul", "deskripsi", "rentang", "arah", "frekuensi", "metode", "sumber", "diperbarui"])(
    "checkYaml(no %s) is rejected as a missing field with its expected form",
    (key) => {
      const r = yaml(without(key));
      const p = expectError(r.problems, { code: "yaml.missing_field", file: FILE, field: key }, { both: [`"${key}"`] });
      expect(p.params.expected_en).toBe(META_FIELD_FORMS[key]!.en);
    },
  );

  it("checkYaml(judul without its Indonesian text) is rejected as missing judul.id", () => {
    const r = yaml(replace("judul", 'judul: { en: "Training" }'));
    expectError(r.problems, { code: "yaml.missing_field", file: FILE, field: "judul.id", line: 2 }, { en: ["{ id:"] });
  });

  it("checkYaml(satuan: persentase) is rejected on line 4 with the units to choose from", () => {
    const r = yaml(replace("satuan", "satuan: persentase"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "satuan", line: 4 }, {
      id: ['tertulis "persentase"', "salah satu dari: persen, skor, jam, orang, rasio"],
      en: ['found "persentase"', "Expected: one of: persen, skor, jam, orang, rasio"],
    });
  });

  it("checkYaml(rentang: \"0-100\") is rejected on line 5 expecting [min, max]", () => {
    const r = yaml(replace("rentang", 'rentang: "0-100"'));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "rentang", line: 5 }, { both: ['"0-100"', "[0, 100]"] });
  });

  it("checkYaml(rentang: [100, 0]) is rejected: min must be below max", () => {
    const r = yaml(replace("rentang", "rentang: [100, 0]"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "rentang", line: 5 });
  });

  it("checkYaml(judul as plain text) is rejected expecting { id, en }", () => {
    const r = yaml(replace("judul", "judul: Partisipasi pelatihan"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "judul", line: 2 }, { en: ['{ id: "…", en: "…" }'] });
  });

  it("checkYaml(diperbarui: 10/02/2026) is rejected on line 19 expecting YYYY-MM-DD", () => {
    const r = yaml(replace("diperbarui", "diperbarui: 10/02/2026"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "diperbarui", line: 19 }, { both: ["YYYY-MM-DD"] });
  });

  it.each(["2026-02-30", "2025-02-29", "2026-13-01"])("checkYaml(diperbarui: %s) is rejected: the day does not exist", (d) => {
    const r = yaml(replace("diperbarui", `diperbarui: ${d}`));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "diperbarui", line: 19 }, { both: ["YYYY-MM-DD"] });
  });

  it("checkYaml(diperbarui: 2024-02-29) is accepted: a leap day", () => {
    const r = yaml(replace("diperbarui", "diperbarui: 2024-02-29"));
    expect(r.problems.filter((p) => p.field === "diperbarui")).toEqual([]);
  });

  it("checkYaml(frekuensi: mingguan) is rejected with the four frequencies", () => {
    const r = yaml(replace("frekuensi", "frekuensi: mingguan"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "frekuensi", line: 16 }, { both: ["tahunan, semesteran, triwulanan, bulanan"] });
  });

  it("checkYaml(a dimension value of a wrong type) names the field path and its line", () => {
    const r = yaml(EXAMPLE.map((l, i) => (i === 13 ? "      daring: Daring" : l)));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "dimensi.0.nilai.daring", line: 14 });
  });

  it("checkYaml(a typo `satuaan`) is rejected on the typo's line, suggesting `satuan`", () => {
    const r = yaml(replace("satuan", "satuaan: persen"));
    expectError(r.problems, { code: "yaml.unknown_field", file: FILE, field: "satuaan", line: 4 }, {
      id: ['Isian "satuaan" tidak dikenal', 'Mungkin maksudnya "satuan"?'],
      en: ['Unknown field "satuaan"', 'Did you mean "satuan"?'],
    });
    // The same run also says satuan is missing.
    expectError(r.problems, { code: "yaml.missing_field", file: FILE, field: "satuan" });
  });

  it("checkYaml(an unknown field after a block) names its own line, not the document's first", () => {
    const r = yaml([...EXAMPLE, "catatan_internal:", "  - jangan tampil"]);
    expectError(r.problems, { code: "yaml.unknown_field", file: FILE, field: "catatan_internal", line: 20 });
  });

  it("checkYaml(an unknown key inside judul) names judul.fr and its line", () => {
    const r = yaml(replace("judul", 'judul: { id: "Partisipasi", fr: "Participation" }'));
    expectError(r.problems, { code: "yaml.unknown_field", file: FILE, field: "judul.fr", line: 2 });
  });

  it("checkYaml(broken YAML) is rejected as unreadable with the line", () => {
    const r = yaml(replace("judul", 'judul: { id: "Partisipasi'));
    expect(r.problems.length).toBeGreaterThan(0);
    expect(new Set(codes(r.problems))).toEqual(new Set(["yaml.syntax"]));
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2);
    expectError(r.problems.slice(0, 1), { code: "yaml.syntax", file: FILE }, { id: ["YAML tidak bisa dibaca", "indentasi"], en: ["cannot be read", "indentation"] });
  });

  it("checkYaml(the same key twice) is rejected on the second one's line", () => {
    const r = yaml([...EXAMPLE, "satuan: skor"]);
    expectError(r.problems, { code: "yaml.syntax", file: FILE, line: 20 });
  });

  it("checkYaml(three mistakes) reports all three together", () => {
    const r = yaml(EXAMPLE.map((l) => (l.startsWith("satuan:") ? "satuan: persentase" : l.startsWith("arah:") ? "arah: atas" : l)).filter((l) => !l.startsWith("sumber:")));
    expect(codes(r.problems).sort()).toEqual(["yaml.missing_field", "yaml.wrong_type", "yaml.wrong_type"]);
    expect(r.problems.map((p) => p.field).sort()).toEqual(["arah", "satuan", "sumber"]);
  });
});

describe("target with a baseline year (tahun_dasar)", () => {
  it("accepts a baseline year before the target year", () => {
    const r = yaml(replace("target", "target: { nilai: 80, tahun: 2026, tahun_dasar: 2021 }"));
    expectAccepted(r);
    expect(r.value!.target).toEqual({ nilai: 80, tahun: 2026, tahun_dasar: 2021 });
  });
  it("rejects a baseline year that is not before the target year, naming the file, line and field", () => {
    const r = yaml(replace("target", "target: { nilai: 80, tahun: 2026, tahun_dasar: 2026 }"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "target.tahun_dasar", line: 7 }, { id: ["tahun_dasar"], en: ["must come before the target year"] });
  });
  it("rejects a baseline year that is not a whole year", () => {
    const r = yaml(replace("target", "target: { nilai: 80, tahun: 2026, tahun_dasar: 2020.5 }"));
    expectError(r.problems, { code: "yaml.wrong_type", file: FILE, field: "target.tahun_dasar", line: 7 });
  });
});
