/**
 * Names that cannot collide (issue 13, point 7): indicator ids that the site's own routes and files
 * use are refused, listing the reserved names; so are a second metadata file for one id, YAML that
 * is not UTF-8, a glossary term listed twice, and files in data/ that nothing would read.
 * Also: the reserved list (src/lib/data/names.ts) covers every top-level route of src/pages and
 * src/pages/en, every entry of src/pages/data, and every file the build writes per indicator.
 */
import { describe, it, expect } from "vitest";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { RESERVED_IDS, DATA_DIR_ENTRIES, dataFileNames } from "../../src/lib/data/names.ts";
import { indicatorDataFiles } from "../../scripts/data-files.ts";
import { regionsCsv } from "../../src/lib/datapackage.ts";
import { APP } from "../helpers/site.ts";
import { TODAY, tempProjects, expectError, codes } from "./_helpers.ts";

const project = tempProjects();
const run = (root: string) => validateProject(root, { today: TODAY });
const IND = "data/indicators";

/** Renames the fixture's ikm indicator (CSV and YAML, and its id field) to `id`. */
function renameIkm(root: string, id: string): void {
  renameSync(join(root, IND, "ikm.csv"), join(root, IND, `${id}.csv`));
  const yml = readFileSync(join(root, IND, "ikm.yml"), "utf8").replace("id: ikm\n", `id: ${id}\n`);
  rmSync(join(root, IND, "ikm.yml"));
  writeFileSync(join(root, IND, `${id}.yml`), yml);
  for (const f of ["data/situs.yml", "content/policies/evaluasi-contoh.mdx"]) {
    const p = join(root, f);
    writeFileSync(p, readFileSync(p, "utf8").replace(/\bikm\b(?!\.)/g, id));
  }
}

/** Top-level names of a pages folder: `cari/` → cari, `datapackage.json.ts` → datapackage. */
const topLevel = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith("[") && !f.startsWith("_"))
    .map((f) => f.replace(/\.(astro|ts|md|mdx)$/, "").replace(/\.[a-z]+$/, ""));

describe("reserved indicator ids (file.reserved_id)", () => {
  it.each(["index", "regions", "wilayah", "cari", "data", "en", "og", "sematkan", "embed", "panduan-data"])(
    "validateProject(an indicator with the id %s) fails, listing the reserved names",
    (id) => {
      const root = project();
      renameIkm(root, id);
      const v = run(root);
      expect(v.site).toBeNull();
      expect(codes(v.errors)).toEqual(["file.reserved_id"]);
      expectError(v.errors, { code: "file.reserved_id", file: `${IND}/${id}.csv` }, {
        both: [`"${id}"`, "index, ", "regions", "pemeriksa-data", "data-checker", "-excel"],
        id: ["Ganti nama berkas"],
        en: ["Rename the CSV"],
      });
    },
  );

  it("validateProject(ikm and ikm-excel side by side) fails on ikm-excel only: both would write data/ikm-excel.csv", () => {
    const root = project();
    for (const ext of ["csv", "yml"]) writeFileSync(join(root, IND, `ikm-excel.${ext}`), readFileSync(join(root, IND, `ikm.${ext}`), "utf8").replace("id: ikm\n", "id: ikm-excel\n"));
    const v = run(root);
    expect(v.errors.map((p) => [p.code, p.file])).toEqual([["file.reserved_id", `${IND}/ikm-excel.csv`]]);
    expectError(v.errors, { code: "file.reserved_id", file: `${IND}/ikm-excel.csv` }, { both: ["data/ikm-excel.csv", "ikm"] });
  });

  it("validateProject(ikm and ikm-en side by side) fails on ikm-en: the English CSV of ikm is data/ikm-en.csv", () => {
    const root = project();
    for (const ext of ["csv", "yml"]) writeFileSync(join(root, IND, `ikm-en.${ext}`), readFileSync(join(root, IND, `ikm.${ext}`), "utf8").replace("id: ikm\n", "id: ikm-en\n"));
    expect(run(root).errors.map((p) => [p.code, p.file])).toEqual([["file.reserved_id", `${IND}/ikm-en.csv`]]);
  });

  it("validateProject(an id that merely contains a reserved word, ikm-wilayah or excel-ikm) accepts it", () => {
    for (const id of ["ikm-wilayah", "excel-ikm", "indexes"]) {
      const root = project();
      renameIkm(root, id);
      expect(run(root).errors, id).toEqual([]);
    }
  });

  it("RESERVED_IDS holds every top-level route of src/pages and src/pages/en, and the data folder's own entries", () => {
    const pages = topLevel(join(APP, "src/pages"));
    const en = topLevel(join(APP, "src/pages/en"));
    expect(pages).toContain("cari");
    expect(en).toContain("data-checker");
    for (const name of [...pages, ...en]) expect(RESERVED_IDS, name).toContain(name);
    for (const name of topLevel(join(APP, "src/pages/data"))) expect(DATA_DIR_ENTRIES.map((e) => e.replace(/\.[a-z]+$/, "")), name).toContain(name);
    expect(RESERVED_IDS).toEqual([...RESERVED_IDS].sort());
  });

  it("dataFileNames(id) covers every file scripts/data-files.ts writes for an indicator", async () => {
    const root = project();
    const v = run(root);
    const ind = v.site!.indicators[0]!;
    const written = await indicatorDataFiles(v.site!, ind, "https://example.org/", regionsCsv(v.site!.regions));
    expect(written.size).toBeGreaterThanOrEqual(4);
    for (const name of written.keys()) expect(dataFileNames(ind.meta.id), name).toContain(name);
  });
});

describe("one metadata file per id (file.duplicate_meta)", () => {
  it("validateProject(ikm.yaml next to ikm.yml) fails naming the .yaml and saying to keep one", () => {
    const root = project();
    writeFileSync(join(root, IND, "ikm.yaml"), readFileSync(join(root, IND, "ikm.yml"), "utf8"));
    const v = run(root);
    expect(v.site).toBeNull();
    expect(codes(v.errors)).toEqual(["file.duplicate_meta"]);
    expectError(v.errors, { code: "file.duplicate_meta", file: `${IND}/ikm.yaml` }, { both: ['"ikm"', "ikm.yml, ikm.yaml"], id: ["Simpan satu saja"], en: ["Keep one"] });
  });

  it("validateProject(ikm.yaml alone) is read as the metadata", () => {
    const root = project();
    renameSync(join(root, IND, "ikm.yml"), join(root, IND, "ikm.yaml"));
    expect(run(root).errors).toEqual([]);
  });
});

describe("YAML must be UTF-8 (yaml.not_utf8)", () => {
  it("validateProject(ikm.yml saved in Latin-1) fails on the line of the first bad byte; the other files are still checked", () => {
    const root = project();
    const text = readFileSync(join(root, IND, "ikm.yml"), "utf8").replace('sumber: { id: "Bagian Organisasi."', 'sumber: { id: "Bagian Organisasi Caf\u00e9."');
    writeFileSync(join(root, IND, "ikm.yml"), Buffer.from(text, "latin1"));
    const regions = join(root, "data/regions.csv");
    writeFileSync(regions, readFileSync(regions, "utf8") + "1374,Kota Baru,Kota,13\n");
    const v = run(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "yaml.not_utf8", file: `${IND}/ikm.yml`, line: 14 }, { both: ["UTF-8"] });
    expect(codes(v.errors)).toContain("regions.bad_kind");
  });

  it("validateProject(situs.yml in Latin-1) fails naming it", () => {
    const root = project();
    const p = join(root, "data/situs.yml");
    writeFileSync(p, Buffer.from(readFileSync(p, "utf8").replace("Tim uji", "Tim uji \u00e9"), "latin1"));
    expectError(run(root).errors, { code: "yaml.not_utf8", file: "data/situs.yml", line: 3 });
  });
});

describe("glossary terms once each (glossary.duplicate)", () => {
  const entry = (term: string) => `- istilah: ${term}\n  nama_lengkap: { id: "Nama ${term}", en: "Name ${term}" }\n  definisi: { id: "Arti ${term}.", en: "Meaning of ${term}." }\n`;

  it("validateProject(ASN listed twice, once as asn) fails on the second, naming the first's line", () => {
    const root = project();
    writeFileSync(join(root, "data/glosarium.yml"), entry("ASN") + entry("PNS") + entry("asn"));
    const v = run(root);
    expect(codes(v.errors)).toEqual(["glossary.duplicate"]);
    expectError(v.errors, { code: "glossary.duplicate", file: "data/glosarium.yml", line: 7, field: "2.istilah" }, { id: ['"asn"', "baris 1"], en: ['"asn"', "line 1"] });
  });

  it("validateProject(distinct terms) accepts the glossary", () => {
    const root = project();
    writeFileSync(join(root, "data/glosarium.yml"), entry("ASN") + entry("PNS"));
    const v = run(root);
    expect(v.errors).toEqual([]);
    expect(v.site!.glossary.map((g) => g.istilah)).toEqual(["ASN", "PNS"]);
  });
});

describe("files in data/ that nothing reads (file.ignored)", () => {
  it("validateProject(ikm.CSV in upper case) fails saying to rename it ikm.csv", () => {
    const root = project();
    renameSync(join(root, IND, "ikm.csv"), join(root, IND, "ikm.CSV"));
    const v = run(root);
    expect(v.site).toBeNull();
    expectError(v.errors, { code: "file.ignored", file: `${IND}/ikm.CSV` }, { both: ['"ikm.CSV"', "ikm.csv"], id: ["Ganti namanya"], en: ["Rename it"] });
  });

  it("validateProject(ikm.YML) fails saying to rename it ikm.yml", () => {
    const root = project();
    renameSync(join(root, IND, "ikm.yml"), join(root, IND, "ikm.YML"));
    expectError(run(root).errors, { code: "file.ignored", file: `${IND}/ikm.YML` }, { both: ["ikm.yml"] });
  });

  it("validateProject(a workbook, a text file and a folder in data/indicators) fails on each, saying what is read", () => {
    const root = project();
    writeFileSync(join(root, IND, "ikm.xlsx"), "PK");
    writeFileSync(join(root, IND, "catatan.txt"), "x");
    mkdirSync(join(root, IND, "arsip"));
    writeFileSync(join(root, IND, "arsip", "ikm-2020.csv"), "tahun,kode_wilayah,nilai\n");
    const v = run(root);
    expect(v.errors.map((p) => [p.code, p.file])).toEqual([
      ["file.ignored", `${IND}/arsip`],
      ["file.ignored", `${IND}/catatan.txt`],
      ["file.ignored", `${IND}/ikm.xlsx`],
    ]);
    expectError(v.errors, { code: "file.ignored", file: `${IND}/ikm.xlsx` }, { both: ["<id>.csv, <id>.yml"], id: ["Pindahkan"], en: ["Move the file"] });
  });

  it("validateProject(situs.yaml, Regions.csv and a README in data/) fails on each; the right names are suggested", () => {
    const root = project();
    writeFileSync(join(root, "data/situs.yaml"), "x: 1\n");
    writeFileSync(join(root, "data/Regions.csv"), "x\n");
    writeFileSync(join(root, "data/README.txt"), "x\n");
    const v = run(root);
    expect(v.errors.map((p) => [p.code, p.file, p.params.rename])).toEqual([
      ["file.ignored", "data/README.txt", undefined],
      ["file.ignored", "data/Regions.csv", "regions.csv"],
      ["file.ignored", "data/situs.yaml", "situs.yml"],
    ]);
  });

  it("validateProject(dot files such as .gitkeep) ignores them quietly", () => {
    const root = project();
    writeFileSync(join(root, IND, ".gitkeep"), "");
    writeFileSync(join(root, "data/.DS_Store"), "");
    expect(run(root).errors).toEqual([]);
  });
});
