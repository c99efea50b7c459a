/**
 * DATA.md, content/policies/<slug>.mdx: the frontmatter fields and their values, and embedded
 * indicators: "an id that does not exist fails the build with the document's file and line".
 */
import { describe, it, expect } from "vitest";
import { checkPolicy } from "../../src/lib/data/project.ts";
import type { Problem } from "../../src/lib/data/errors.ts";
import { expectError, codes } from "./_helpers.ts";

const FILE = "content/policies/evaluasi-uji.mdx";
const KNOWN = { regionCodes: new Set(["13", "1302", "1372", "1373"]), knownIds: new Set(["ikm", "partisipasi-pelatihan"]) };

/** A valid document; frontmatter keys are on the lines noted. */
const FM = [
  "---", // 1
  'judul: "Evaluasi pengembangan ASN"', // 2
  'ringkasan: "Ringkasan satu kalimat."', // 3
  'wilayah: "1373"', // 4
  "jenis: evaluasi", // 5
  "status: ditetapkan", // 6
  "tanggal: 2026-05-01", // 7
  'versi: "1.1"', // 8
  "riwayat:", // 9
  '  - { versi: "1.0", tanggal: 2026-01-10, catatan: "Versi pertama" }', // 10
  '  - { versi: "1.1", tanggal: 2026-05-01, catatan: "Data diperbarui" }', // 11
  "indikator: [ikm, partisipasi-pelatihan]", // 12
  "bahasa: id", // 13
  "---", // 14
];
const BODY = ["", "## Latar belakang", "", '<Indicator id="ikm" wilayah="1373" />', "", '<Chart id="partisipasi-pelatihan" jenis="tren" />', ""]; // lines 15–21

function run(lines: readonly string[], eol = "\n") {
  const problems: Problem[] = [];
  const doc = checkPolicy(lines.join(eol), FILE, "evaluasi-uji", KNOWN, problems);
  return { doc, problems };
}
const withFm = (key: string, line: string | null) =>
  [...FM.flatMap((l) => (l.startsWith(`${key}:`) ? (line === null ? [] : [line]) : [l])), ...BODY];

describe("checkPolicy", () => {
  it("checkPolicy(a valid document) returns its frontmatter and the embedded indicators with their lines", () => {
    const { doc, problems } = run([...FM, ...BODY]);
    expect(problems).toEqual([]);
    expect(doc!.fm).toMatchObject({ wilayah: "1373", jenis: "evaluasi", status: "ditetapkan", versi: "1.1", bahasa: "id", indikator: ["ikm", "partisipasi-pelatihan"] });
    expect(doc!.embeds.map((e) => [e.tag, e.attrs.id, e.line])).toEqual([["Indicator", "ikm", 18], ["Chart", "partisipasi-pelatihan", 20]]);
  });

  it("checkPolicy(CRLF line ends, optional terjemahan) accepts the document", () => {
    const { doc, problems } = run([...FM.slice(0, 13), "terjemahan: evaluation-test", ...FM.slice(13), ...BODY], "\r\n");
    expect(problems).toEqual([]);
    expect(doc!.fm.terjemahan).toBe("evaluation-test");
  });

  it("checkPolicy(every jenis, status and bahasa of DATA.md) accepts each", () => {
    for (const j of ["evaluasi", "kebijakan", "strategi", "program"]) expect(run(withFm("jenis", `jenis: ${j}`)).problems).toEqual([]);
    for (const s of ["draf", "konsultasi", "ditetapkan", "dicabut"]) expect(run(withFm("status", `status: ${s}`)).problems).toEqual([]);
    expect(run(withFm("bahasa", "bahasa: en")).problems).toEqual([]);
  });

  it("checkPolicy(no status) is rejected naming the file, a line and the statuses", () => {
    const { doc, problems } = run(withFm("status", null));
    expect(doc).toBeNull();
    const p = expectError(problems, { code: "yaml.missing_field", file: FILE, field: "status" }, { both: ["draf, konsultasi, ditetapkan, dicabut"] });
    expect(p.line).toBeGreaterThanOrEqual(2);
  });

  it.each(["judul", "ringkasan", "wilayah", "jenis", "tanggal", "versi", "riwayat", "bahasa"])("checkPolicy(no %s) is rejected as a missing field", (key) => {
    const { problems } = run(withFm(key, null).filter((l) => !(key === "riwayat" && l.startsWith("  - "))));
    expectError(problems, { code: "yaml.missing_field", file: FILE, field: key }, { both: [`"${key}"`] });
  });

  it("checkPolicy(status: final) is rejected on line 6 with the statuses", () => {
    const { problems } = run(withFm("status", "status: final"));
    expectError(problems, { code: "yaml.wrong_type", file: FILE, line: 6, field: "status" }, { both: ['"final"', "draf, konsultasi, ditetapkan, dicabut"] });
  });

  it("checkPolicy(jenis: laporan) is rejected on line 5", () => {
    const { problems } = run(withFm("jenis", "jenis: laporan"));
    expectError(problems, { code: "yaml.wrong_type", file: FILE, line: 5, field: "jenis" }, { both: ["evaluasi, kebijakan, strategi, program"] });
  });

  it("checkPolicy(bahasa: ms) is rejected on line 13", () => {
    const { problems } = run(withFm("bahasa", "bahasa: ms"));
    expectError(problems, { code: "yaml.wrong_type", file: FILE, line: 13, field: "bahasa" });
  });

  it("checkPolicy(tanggal: 1 Mei 2026) is rejected on line 7 expecting YYYY-MM-DD", () => {
    const { problems } = run(withFm("tanggal", "tanggal: 1 Mei 2026"));
    expectError(problems, { code: "yaml.wrong_type", file: FILE, line: 7, field: "tanggal" }, { both: ["YYYY-MM-DD"] });
  });

  it("checkPolicy(wilayah \"1374\", not in regions.csv) is rejected naming the file and line 4", () => {
    const { doc, problems } = run(withFm("wilayah", 'wilayah: "1374"'));
    expect(doc).toBeNull();
    expectError(problems, { code: "policy.unknown_region", file: FILE, line: 4, field: "wilayah" }, { both: ['"1374"', "data/regions.csv"] });
  });

  it("checkPolicy(indikator listing an unknown id) is rejected naming the file and line 12, suggesting the nearest id", () => {
    const { problems } = run(withFm("indikator", "indikator: [ikm, partisipasi-pelatihn]"));
    expectError(problems, { code: "policy.unknown_indicator", file: FILE, line: 12, field: "indikator.1" }, { both: ['"partisipasi-pelatihn"'], en: ['Did you mean "partisipasi-pelatihan"?'] });
  });

  it("checkPolicy(indikator as a block list) names the line of the unknown id", () => {
    const { problems } = run(withFm("indikator", "indikator:\n  - ikm\n  - ikm-2024"));
    expectError(problems, { code: "policy.unknown_indicator", file: FILE, line: 14, field: "indikator.1" });
  });

  it("checkPolicy(<Indicator id=\"ikm-2024\">, an id that does not exist) fails naming the file and the component's line", () => {
    const { doc, problems } = run([...FM, "", "Teks.", "", "", '<Indicator id="ikm-2024" wilayah="1373" />']);
    expect(doc).toBeNull();
    expectError(problems, { code: "policy.unknown_indicator", file: FILE, line: 19 }, { both: ['"ikm-2024"', "data/indicators/"] });
  });

  it("checkPolicy(<Chart id=\"partisipasi_pelatihan\">, a typo) suggests the nearest id on the component's line", () => {
    const { problems } = run([...FM, "", '<Chart id="partisipasi_pelatihan" jenis="tren" />']);
    expectError(problems, { code: "policy.unknown_indicator", file: FILE, line: 16 }, {
      id: ['Mungkin maksudnya "partisipasi-pelatihan"?'],
      en: ['Did you mean "partisipasi-pelatihan"?'],
    });
  });

  it("checkPolicy(<Chart id=\"jam\"> in a CRLF document) names the component's line", () => {
    const { problems } = run([...FM, "", '<Chart id="jam" />'], "\r\n");
    expectError(problems, { code: "policy.unknown_indicator", file: FILE, line: 16 });
  });

  it("checkPolicy(an unknown id inside a code fence) does not count it: it is an example, not a component", () => {
    const { problems } = run([...FM, "", "```mdx", '<Indicator id="contoh-saja" />', "```"]);
    expect(problems).toEqual([]);
  });

  // The body is read as an MDX syntax tree (what Astro compiles), not matched with patterns.
  it("checkPolicy(components in a ~~~ fence, in inline code and in an MDX comment) counts none of them", () => {
    const { doc, problems } = run([
      ...FM, // 1–14
      "",
      "~~~",
      '<Chart id="dalam-pagar" />',
      "~~~",
      "",
      'Tulis `<Indicator id="contoh" />` untuk angka.',
      "",
      '{/* <Chart id="komentar" jenis="pai" /> */}',
      "",
      '<Indicator id="ikm" />',
    ]);
    expect(problems).toEqual([]);
    expect(doc!.embeds.map((e) => [e.tag, e.attrs.id, e.line])).toEqual([["Indicator", "ikm", 24]]);
  });

  it("checkPolicy(a component whose props span several lines, one inline in a sentence) finds each with its props and the line of its `<`", () => {
    const { doc, problems } = run([
      ...FM, // 1–14
      "",
      "Angka terbaru <Indicator id=\"ikm\" wilayah={\"1373\"} /> di Sawahlunto.", // 16
      "",
      "<Chart", // 18
      '  id="partisipasi-pelatihan"',
      "  jenis='rincian'",
      '  wilayah="1373"',
      "/>",
    ]);
    expect(problems).toEqual([]);
    expect(doc!.embeds.map((e) => [e.tag, e.line, e.attrs])).toEqual([
      ["Indicator", 16, { id: "ikm", wilayah: "1373" }],
      ["Chart", 18, { id: "partisipasi-pelatihan", jenis: "rincian", wilayah: "1373" }],
    ]);
  });

  it("checkPolicy(a multi-line <Chart> with an unknown kind on its third line) names the line of the tag", () => {
    const { problems } = run([...FM, "", "<Chart", '  id="ikm"', '  jenis="pai"', "/>"]);
    expectError(problems, { code: "policy.unknown_chart", file: FILE, line: 16 }, { both: ['"pai"'] });
  });

  it("checkPolicy(a prop written as an expression) is rejected: the build cannot read it", () => {
    const { doc, problems } = run([...FM, "", "<Chart id={pilihan} />"]);
    expect(doc).toBeNull();
    expectError(problems, { code: "policy.component_literal", file: FILE, line: 16 }, { both: ["<Chart>", "id"] });
  });

  it("checkPolicy(an HTML comment, which MDX cannot compile) is rejected with its line before Astro runs", () => {
    const { doc, problems } = run([...FM, "", "Teks.", "", "<!-- catatan redaksi -->"]);
    expect(doc).toBeNull();
    expectError(problems, { code: "policy.mdx_syntax", file: FILE, line: 18 }, { both: ["{/*"] });
  });

  it("checkPolicy(headings and footnotes) records the contents with the ids the page gives them", () => {
    const { doc } = run([...FM, "", "## Latar belakang", "", "Teks[^a].", "", "### Data *terbaru*", "", "## Latar belakang", "", "## Isi", "", "[^a]: Sumber."]);
    expect(doc!.headings.map((h) => [h.depth, h.text, h.slug, h.line])).toEqual([
      [2, "Latar belakang", "latar-belakang", 16],
      [3, "Data terbaru", "data-terbaru", 20],
      [2, "Latar belakang", "latar-belakang-1", 22],
      // `isi` is an id of the page around the document.
      [2, "Isi", "isi-1", 24],
    ]);
    expect(doc!.footnotes).toEqual(["a"]);
  });

  it("checkPolicy(<Indicator> with an unknown wilayah) is rejected on the component's line", () => {
    const { problems } = run([...FM, "", '<Indicator id="ikm" wilayah="9999" />']);
    expectError(problems, { code: "policy.unknown_region", file: FILE, line: 16 }, { both: ['"9999"'] });
  });

  it("checkPolicy(<Indicator> without id) is rejected on the component's line", () => {
    const { problems } = run([...FM, "", "<Indicator wilayah=\"1373\" />"]);
    expectError(problems, { code: "policy.component_attr", file: FILE, line: 16 }, { both: ["<Indicator", "id"] });
  });

  it("checkPolicy(an unknown frontmatter field) names the field, its line, and the nearest known one", () => {
    const { problems } = run(withFm("bahasa", "bahasa: id\nterjemahn: evaluation-test"));
    expectError(problems, { code: "yaml.unknown_field", file: FILE, line: 14, field: "terjemahn" }, { en: ['Did you mean "terjemahan"?'] });
  });

  it("checkPolicy(no frontmatter) is rejected naming the file and line 1", () => {
    const { doc, problems } = run(["# Evaluasi", "", "Teks."]);
    expect(doc).toBeNull();
    expectError(problems, { code: "policy.no_frontmatter", file: FILE, line: 1 }, { both: ["---"] });
  });

  it("checkPolicy(three frontmatter mistakes) reports all of them together", () => {
    const lines = [...FM, ...BODY].map((l) => (l.startsWith("status:") ? "status: final" : l.startsWith("jenis:") ? "jenis: laporan" : l.startsWith("bahasa:") ? "bahasa: ms" : l));
    const { problems } = run(lines);
    expect(codes(problems)).toEqual(["yaml.wrong_type", "yaml.wrong_type", "yaml.wrong_type"]);
    expect(problems.map((p) => p.line).sort((a, b) => a! - b!)).toEqual([5, 6, 13]);
  });
});
