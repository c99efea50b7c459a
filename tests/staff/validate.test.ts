/**
 * `npm run validate` as the pull-request check runs it: exit status, warnings that do not fail,
 * and `--format github` annotations on the exact line and column of the CSV (also when a quoted
 * note spans lines, so rows and lines differ) and of the YAML.
 */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { APP, copyProject } from "../helpers/site.ts";

const FIXTURE = join(APP, "tests/fixtures/site");

function validate(root: string, args: string[] = [], today = "2026-11-23") {
  return spawnSync(process.execPath, [join(APP, "scripts/validate.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, TERANG_ROOT: root, TERANG_TODAY: today, LANG: "C" },
    encoding: "utf8",
  });
}

describe("npm run validate", () => {
  it("exits 0 on valid data and says so", () => {
    const r = validate(copyProject(FIXTURE));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Data valid: 2 indikator/);
    expect(r.stderr).not.toMatch(/✗/);
  });

  it("prints warnings (overdue data, missing translations) without failing", () => {
    const root = copyProject(FIXTURE);
    const yml = join(root, "data/indicators/ikm.yml");
    writeFileSync(yml, readFileSync(yml, "utf8").replace('metode: { id: "Survei.", en: "Survey." }', 'metode: { id: "Survei." }'));
    // Two years later the semester data stop well short of what should be out.
    const r = validate(root, ["--lang", "en"], "2028-11-23");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warnings \(publishing goes on\)/);
    expect(r.stderr).toMatch(/data\/indicators\/ikm\.csv: This indicator is overdue: the latest data is .*2026.*, .*2028.* should be out/);
    expect(r.stderr).toMatch(/data\/indicators\/ikm\.yml, field metode:/);
    const gh = validate(root, ["--format", "github", "--lang", "en"], "2028-11-23");
    expect(gh.status).toBe(0);
    expect(gh.stdout).toMatch(/^::warning file=data\/indicators\/ikm\.csv,title=warn\.overdue::/m);
    expect(gh.stdout).not.toMatch(/^::error/m);
  });

  describe("with errors", () => {
    const root = copyProject(FIXTURE);
    // Row 2's note spans two lines, so spreadsheet row 3 starts on file line 4.
    const csv = [
      "periode,kode_wilayah,nilai,catatan",
      '2025-S1,1373,78.25,"baris satu',
      'baris dua"',
      "2025-S2,1373,74%,",
      "2026-S1,9999,90,",
      "",
    ].join("\n");
    writeFileSync(join(root, "data/indicators/ikm.csv"), csv);
    const yml = join(root, "data/indicators/ikm.yml");
    const ymlText = readFileSync(yml, "utf8");
    const satuanLine = ymlText.split("\n").findIndex((l) => l.startsWith("satuan:")) + 1;
    writeFileSync(yml, ymlText.replace("satuan: skor", "satuan: skr"));

    it("exits non-zero and prints every error with file, row and column", () => {
      const r = validate(root, ["--lang", "en"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/data\/indicators\/ikm\.csv, row 3, column nilai \(C\): .*"74%"/);
      expect(r.stderr).toMatch(/data\/indicators\/ikm\.csv, row 4, column kode_wilayah \(B\): .*"9999"/);
      expect(r.stderr).toMatch(/3 errors found/);
    });

    it("--format github prints one annotation per error on the file's line and column", () => {
      const r = validate(root, ["--format", "github", "--lang", "en"]);
      expect(r.status).toBe(1);
      const lines = r.stdout.trim().split("\n");
      // Errors are ::error annotations; the fixture's warnings (documents without a translation)
      // are ::warning annotations and do not count.
      const annotations = lines.filter((l) => l.startsWith("::error "));
      expect(annotations).toHaveLength(3);
      expect(lines.filter((l) => l.startsWith("::warning ")).every((l) => /title=warn\./.test(l))).toBe(true);
      // `74%` sits on file line 4 (row 3), after "2025-S2,1373," (13 characters): column 14.
      // The `%` of the message is escaped as GitHub requires.
      expect(annotations).toContainEqual(expect.stringMatching(/^::error file=data\/indicators\/ikm\.csv,line=4,col=14,title=value\.percent::.*"74%25"/));
      // `9999` on line 5 (row 4), after "2026-S1," (8 characters): column 9.
      expect(annotations).toContainEqual(expect.stringMatching(/^::error file=data\/indicators\/ikm\.csv,line=5,col=9,title=region\.unknown::/));
      expect(annotations).toContainEqual(expect.stringMatching(new RegExp(`^::error file=data/indicators/ikm\\.yml,line=${satuanLine},title=[a-z_.]+::.*satuan`)));
      // Nothing else but the closing summary line.
      expect(lines.filter((l) => !l.startsWith("::"))).toEqual(["3 errors found; the site was not published."]);
    });

    it("annotations of a `;` file with CRLF line ends point at the right cell", () => {
      const semi = copyProject(root);
      writeFileSync(join(semi, "data/indicators/ikm.yml"), ymlText);
      writeFileSync(join(semi, "data/indicators/ikm.csv"), "\uFEFFperiode;kode_wilayah;nilai;catatan\r\n2025-S1;1373;78,25;\r\n2025-S2;1373;abc;\r\n");
      const r = validate(semi, ["--format", "github"]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^::error file=data\/indicators\/ikm\.csv,line=3,col=14,title=value\.not_number::data\/indicators\/ikm\.csv, baris 3, kolom nilai \(C\)/m);
    });
  });
});
