/**
 * Shared builders and assertions of the contract tests (DATA.md). Not a test file itself.
 */
import { afterEach, expect } from "vitest";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { checkIndicatorCsv, type IndicatorCsvResult } from "../../src/lib/data/indicator-csv.ts";
import { describe as describeProblem, formatProblem, type ErrorCode, type Problem } from "../../src/lib/data/errors.ts";
import { indicatorMeta, type IndicatorMeta } from "../../src/lib/data/schema/indicator-meta.ts";
import type { Region } from "../../src/lib/data/model.ts";

/** The build's "now" in every contract test: current year 2026, semester 2026-S2, quarter 2026-Q4, month 2026-11. */
export const TODAY = new Date("2026-11-23T00:00:00Z");

export const FILE = "data/indicators/uji.csv";

/** The regions of the sample (DATA.md). */
export const REGIONS: Region[] = [
  { code: "13", name: "Sumatera Barat", kind: "provinsi", parent: null },
  { code: "1302", name: "Kabupaten Solok", kind: "kabupaten", parent: "13" },
  { code: "1372", name: "Kota Solok", kind: "kota", parent: "13" },
  { code: "1373", name: "Kota Sawahlunto", kind: "kota", parent: "13" },
];

const BASE = {
  id: "uji",
  judul: { id: "Indikator uji", en: "Test indicator" },
  deskripsi: { id: "Untuk uji.", en: "For tests." },
  satuan: "persen",
  rentang: [0, 100],
  arah: "naik",
  frekuensi: "tahunan",
  metode: { id: "Uji.", en: "Test." },
  sumber: { id: "Tim uji.", en: "Test team." },
  diperbarui: "2026-02-10",
};

/** Metadata without dimensions, range [0, 100]. */
export const META: IndicatorMeta = indicatorMeta.parse(BASE);

/** `meta` with another `frekuensi` (the periods a CSV may hold follow it). */
export const withFrequency = (frekuensi: IndicatorMeta["frekuensi"], meta: IndicatorMeta = META): IndicatorMeta => ({ ...meta, frekuensi });

/** Metadata with the dimension `modalitas` (`daring`, `tatap_muka`), range [0, 100]. */
export const META_DIM: IndicatorMeta = indicatorMeta.parse({
  ...BASE,
  dimensi: [
    {
      kolom: "modalitas",
      label: { id: "Modalitas", en: "Mode" },
      nilai: { daring: { id: "Daring", en: "Online" }, tatap_muka: { id: "Tatap muka", en: "In person" } },
    },
  ],
});

const enc = new TextEncoder();

/** A CSV file as UTF-8 bytes: the lines joined with `eol`, with a final line break. */
export function csv(lines: readonly string[], eol = "\n", finalBreak = true): Uint8Array {
  return enc.encode(lines.join(eol) + (finalBreak ? eol : ""));
}

/** Bytes from text pieces (UTF-8) and raw byte arrays. */
export function bytes(...parts: (string | readonly number[])[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** checkIndicatorCsv with the test defaults (file, META, REGIONS, TODAY). */
export function check(
  data: Uint8Array | readonly string[],
  meta: IndicatorMeta | null = META,
  options: { maxProblems?: number; today?: Date } = {},
): IndicatorCsvResult {
  const b = data instanceof Uint8Array ? data : csv(data);
  return checkIndicatorCsv(b, FILE, meta, REGIONS, { today: options.today ?? TODAY, ...(options.maxProblems !== undefined ? { maxProblems: options.maxProblems } : {}) });
}

/** Asserts a file was accepted: no problems at all. */
export function expectAccepted(r: { problems: readonly Problem[] }): void {
  expect(r.problems.map((p) => formatProblem(p, "en"))).toEqual([]);
}

export interface Where {
  code: ErrorCode;
  file?: string;
  row?: number;
  line?: number;
  column?: string;
  letter?: string;
  field?: string;
}

/**
 * Finds the one problem with `want.code` (and `want.row`/`want.line` when given), asserts its
 * location, and asserts that its formatted message, in Indonesian and in English, starts with the
 * location (file, row, column name and letter), holds the what and the fix of the catalogue, is
 * translated, and contains every `texts` fragment.
 */
export function expectError(
  problems: readonly Problem[],
  want: Where,
  texts: { id?: readonly string[]; en?: readonly string[]; both?: readonly string[] } = {},
): Problem {
  const all = problems.map((p) => `${p.code} @${p.row ?? p.line ?? "-"} ${formatProblem(p, "en")}`);
  const hits = problems.filter(
    (p) =>
      p.code === want.code &&
      (want.file === undefined || p.file === want.file) &&
      (want.row === undefined || p.row === want.row) &&
      (want.line === undefined || p.line === want.line),
  );
  expect(hits.length, `exactly one ${want.code}${want.file ? ` in ${want.file}` : ""}${want.row ? ` on row ${want.row}` : ""} in:\n${all.join("\n")}`).toBe(1);
  const p = hits[0]!;
  const loc: Partial<Problem> = { file: want.file ?? FILE };
  for (const k of ["row", "line", "column", "letter", "field"] as const) if (want[k] !== undefined) (loc as Record<string, unknown>)[k] = want[k];
  expect(p).toMatchObject(loc);

  const words = { id: { row: "baris", line: "baris", column: "kolom", field: "isian", fix: "Perbaikan" }, en: { row: "row", line: "line", column: "column", field: "field", fix: "Fix" } } as const;
  for (const lang of ["id", "en"] as const) {
    const line = formatProblem(p, lang);
    const d = describeProblem(p, lang);
    const w = words[lang];
    expect(line.startsWith(`${p.file}`), line).toBe(true);
    if (want.row !== undefined) expect(line).toContain(`, ${w.row} ${want.row}`);
    if (want.line !== undefined) expect(line).toContain(`, ${w.line} ${want.line}`);
    if (want.column !== undefined) expect(line).toContain(`${w.column} ${want.column}${want.letter ? ` (${want.letter})` : ""}`);
    else if (want.letter !== undefined) expect(line).toContain(`${w.column} ${want.letter}`);
    if (want.field !== undefined) expect(line).toContain(`${w.field} ${want.field}`);
    expect(d.what.trim().length).toBeGreaterThan(5);
    expect(d.fix.trim().length).toBeGreaterThan(5);
    expect(line).toContain(`${d.what} ${w.fix}: ${d.fix}`);
    for (const s of [...(texts.both ?? []), ...(texts[lang] ?? [])]) expect(line, `${lang} message`).toContain(s);
  }
  expect(describeProblem(p, "id").fix, "the fix is translated").not.toBe(describeProblem(p, "en").fix);
  return p;
}

/** The only problem codes reported, in order. */
export const codes = (problems: readonly Problem[]): string[] => problems.map((p) => p.code);

/** The fixture project of tests/fixtures/contract/valid-project copied to a temp folder. */
export const VALID_PROJECT = resolve(import.meta.dirname, "../fixtures/contract/valid-project");
export function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), "terang-contract-"));
  cpSync(VALID_PROJECT, root, { recursive: true });
  return root;
}

/**
 * For a test file whose tests each edit their own copy of the valid project: returns the maker of
 * those copies, and removes every copy made after each test.
 */
export function tempProjects(): () => string {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  return () => {
    const root = tempProject();
    roots.push(root);
    return root;
  };
}
