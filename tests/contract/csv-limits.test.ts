/**
 * Bounded CSV reading (issue 13, point 6): a CSV over CSV_LIMITS (10 MB, 200,000 lines) is refused
 * with file.too_large, naming the file, its size, the limits and what to do, before it is parsed.
 * `npm run validate` on 50 MB files (blank lines, empty cells, millions of valid rows) ends with
 * that error in a child process whose heap is capped at 512 MB; a file at the line limit is still
 * read and checked under the same cap.
 */
import { describe, it, expect, afterEach } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { CSV_LIMITS, decodeCsvBytes } from "../../src/lib/data/csv.ts";
import { checkIndicatorCsv } from "../../src/lib/data/indicator-csv.ts";
import { APP } from "../helpers/site.ts";
import { FILE, META, REGIONS, TODAY, tempProject, expectError, codes } from "./_helpers.ts";

const MiB = 1024 * 1024;
const enc = new TextEncoder();

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

describe("CSV size limits (file.too_large)", () => {
  it("decodeCsvBytes(12 MB) refuses it by size, naming size, limits and the fix", () => {
    const big = new Uint8Array(12 * MiB).fill(0x0a);
    big.set(enc.encode("tahun,kode_wilayah,nilai\n"));
    const r = decodeCsvBytes(big, FILE);
    expect(r.text).toBeNull();
    expectError(r.problems, { code: "file.too_large" }, {
      id: ["12 MB", "Batasnya 10 MB dan 200.000 baris", "Ctrl+End"],
      en: ["12 MB", "The limit is 10 MB and 200,000 lines", "Ctrl+End"],
    });
  });

  it("decodeCsvBytes(250,001 lines in 0.3 MB) refuses it by its number of lines", () => {
    const text = `tahun,kode_wilayah,nilai\n2025,1373,50\n${"\r\n".repeat(249_999)}`;
    const r = decodeCsvBytes(enc.encode(text), FILE);
    expectError(r.problems, { code: "file.too_large" }, { id: ["dalam 250.001 baris"], en: ["in 250,001 lines"] });
  });

  it(`checkIndicatorCsv(exactly ${CSV_LIMITS.lines.toLocaleString("en-US")} lines, blank lines below one row) reads the file and accepts it`, () => {
    const text = `tahun,kode_wilayah,nilai\n2025,1373,50\n${"\n".repeat(CSV_LIMITS.lines - 2)}`;
    const r = checkIndicatorCsv(enc.encode(text), FILE, META, REGIONS, { today: TODAY });
    expect(r.problems).toEqual([]);
    expect(r.observations).toHaveLength(1);
  });

  it("npm run validate (heap capped at 512 MB) on three 50 MB CSVs and one of 8 million blank lines refuses each by name, and still checks a file at the line limit", () => {
    const root = tempProject();
    roots.push(root);
    const dir = join(root, "data/indicators");
    const meta = readFileSync(join(dir, "partisipasi-pelatihan.yml"), "utf8");
    const header = "tahun,kode_wilayah,modalitas,nilai,catatan\n";
    const fill = (row: string, size: number) => Buffer.concat([Buffer.from(header), Buffer.alloc(size, row)]);
    const files: Record<string, Buffer> = {
      "besar-kosong": fill("\n", 50 * MiB), // blank lines
      "besar-sel": fill(",,,,\n", 50 * MiB), // empty cells
      "besar-baris": fill("2025,1373,,61.5,\n", 50 * MiB), // 3 million valid rows
      "banyak-baris": fill("\n", 8 * MiB), // under the size limit, over the line limit
      // At the line limit: 199,999 short rows, the most rows a file may have (all read and checked).
      "batas-baris": fill("2025,1373,,61.5,\n", 199_999 * 17),
    };
    for (const [id, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, `${id}.csv`), bytes);
      writeFileSync(join(dir, `${id}.yml`), meta.replace("id: partisipasi-pelatihan", `id: ${id}`));
    }
    const r = spawnSync(join(APP, "node_modules/.bin/node"), ["--max-old-space-size=512", join(APP, "scripts/validate.ts"), "--lang", "en"], {
      cwd: APP,
      env: { ...process.env, TERANG_ROOT: root, TERANG_TODAY: "2026-11-23" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status, out).toBe(1);
    expect(out).not.toMatch(/heap out of memory|\n\s+at .+:\d+:\d+/);
    for (const id of ["besar-kosong", "besar-sel", "besar-baris"])
      expect(out).toContain(`data/indicators/${id}.csv: The file is too large: 50 MB. The limit is 10 MB and 200,000 lines;`);
    expect(out).toContain("data/indicators/banyak-baris.csv: The file is too large: 8 MB in 8,388,609 lines.");
    // The file at the limit was parsed: its repeated rows are reported as duplicates, not refused.
    expect(out).not.toContain("batas-baris.csv: The file is too large");
    expect(out).toMatch(/data\/indicators\/batas-baris\.csv, row 3: Rows 2 and 3 have the same period, region and dimension values/);
  }, 120_000);

  it("decodeCsvBytes(one byte over the limit, all NUL) reports only file.too_large: nothing else is looked at", () => {
    const r = decodeCsvBytes(new Uint8Array(CSV_LIMITS.bytes + 1), FILE);
    expect(codes(r.problems)).toEqual(["file.too_large"]);
  });
});
