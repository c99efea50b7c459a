/**
 * Reading a CSV the way staff really save it (DATA.md): bytes → text → a table of spreadsheet
 * rows, with every file-level and shape problem reported. Knows nothing of indicators; runs in
 * Node and in the browser (no Node APIs).
 */
import Papa from "papaparse";
import { columnLetter, type Params, type Problem, type ErrorCode } from "./errors.ts";

export type Delimiter = "," | ";";

export interface CsvRow {
  /** Spreadsheet row: header = 1, every line counts, a multi-line quoted cell is one row. */
  readonly row: number;
  /** Cells aligned with `CsvTable.header` (ignored unnamed empty columns removed). */
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: Delimiter;
  /** Header names as written (trimmed), in order; index i has spreadsheet letter `letters[i]`. */
  readonly header: readonly string[];
  readonly letters: readonly string[];
  /** Data rows, without empty and delimiter-only rows. */
  readonly rows: readonly CsvRow[];
  /** Spreadsheet row of the header (1 unless empty rows sit above it; a title row there is an error). */
  readonly headerRow: number;
}

export interface CsvResult {
  readonly table: CsvTable | null;
  readonly problems: Problem[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Offset of the first byte that breaks UTF-8, or -1 when all bytes are valid. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    if (n === 2 && ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f))) return i;
    if (n === 3 && ((c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f))) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Where a byte offset lies as a spreadsheet cell: the row (header = 1, every line counts, a quoted
 * cell spanning lines is one row) and the column (letter, and name from the header line).
 */
function cellOfOffset(b: Uint8Array, offset: number): Pick<Problem, "row" | "column" | "letter"> {
  const firstLine = new TextDecoder("utf-8").decode(b.subarray(0, Math.min(b.length, 4096))).split(/\r\n|\n|\r/)[0] ?? "";
  const delimiter = detectDelimiter(firstLine).charCodeAt(0);
  let row = 1;
  let col = 0;
  let inQuote = false;
  for (let i = 0; i < offset; i++) {
    const c = b[i]!;
    if (c === 0x22) inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === delimiter) col++;
    else if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) {
      row++;
      col = 0;
    }
  }
  const name = row > 1 ? firstLine.split(String.fromCharCode(delimiter))[col]?.trim().replace(/^"|"$/g, "") : undefined;
  return { row, ...(name ? { column: name } : {}), letter: columnLetter(col) };
}

/**
 * The largest CSV the checker reads. Real files are far smaller (an indicator of 40 regions × 20
 * years × 10 breakdowns is 16,000 rows, under 1 MB); past these limits a file is refused before it
 * is parsed, so `validate` stays within seconds and a few hundred MB whatever it is given: a file
 * Excel padded with a million empty rows, or a database dump saved in the wrong place.
 * (Measured: 10 MB in 200,000 rows validates in about 10 s and 360 MB on a busy 2-core machine.)
 */
export const CSV_LIMITS = { bytes: 10 * 1024 * 1024, lines: 200_000 } as const;

const MB = (n: number) => String(Number((n / (1024 * 1024)).toFixed(1)));

/**
 * The problem for a CSV over `CSV_LIMITS` (its size, or its number of lines when known), else
 * null. Callers that read files check the size before reading.
 */
export function csvTooLarge(file: string, size: number, lines?: number): Problem | null {
  if (size <= CSV_LIMITS.bytes && (lines === undefined || lines <= CSV_LIMITS.lines)) return null;
  return {
    code: "file.too_large",
    file,
    params: { size: MB(size), lines, maxSize: MB(CSV_LIMITS.bytes), maxLines: CSV_LIMITS.lines },
  };
}

/** Lines of a CSV's bytes (LF, CRLF or a lone CR each end one), counted without decoding. */
function lineCount(b: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) n++;
  }
  return b.length > 0 && (b[b.length - 1] === 0x0a || b[b.length - 1] === 0x0d) ? n - 1 : n;
}

/**
 * Bytes → text. Rejects files over `CSV_LIMITS`, empty files, UTF-16, NUL bytes and invalid UTF-8;
 * strips a UTF-8 BOM.
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text: string | null; problems: Problem[] } {
  const fail = (code: ErrorCode, where: Partial<Problem> = {}) => ({
    text: null,
    problems: [{ code, file, ...where, params: {} } satisfies Problem],
  });
  const tooLarge = csvTooLarge(file, bytes.length, bytes.length > CSV_LIMITS.bytes ? undefined : lineCount(bytes));
  if (tooLarge) return { text: null, problems: [tooLarge] };
  if (bytes.length === 0) return fail("file.empty");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail("file.utf16");
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM: every other byte of ASCII text is NUL.
    let zeros = 0;
    const probe = Math.min(bytes.length, 200);
    for (let i = 0; i < probe; i++) if (bytes[i] === 0) zeros++;
    return zeros > probe / 4 ? fail("file.utf16") : fail("file.nul", cellOfOffset(bytes, nul));
  }
  const start = UTF8_BOM.every((v, i) => bytes[i] === v) ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad !== -1) return fail("file.not_utf8", cellOfOffset(body, bad));
  const text = new TextDecoder("utf-8").decode(body);
  if (text.trim() === "") return fail("file.empty");
  return { text, problems: [] };
}

/** Counts `,` and `;` outside quotes in the first line; the more frequent one wins (`,` on a tie). */
export function detectDelimiter(line: string): Delimiter {
  let inQuote = false;
  let commas = 0;
  let semis = 0;
  for (const ch of line) {
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && ch === ",") commas++;
    else if (!inQuote && ch === ";") semis++;
  }
  return semis > commas ? ";" : ",";
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

export interface ReadCsvOptions {
  /** Column names that may appear in the header; used to spot a title row above it. */
  readonly knownColumns?: readonly string[];
  /** Columns whose cells may hold line breaks (`catatan`, `catatan_en`). */
  readonly multilineColumns?: readonly string[];
  /** Column of numbers (`nilai`): a row one cell too long that split one there hints at a decimal comma. */
  readonly numberColumn?: string;
  /** Column of free text right after the numbers (`catatan`): digits alone there after a whole number hint at a decimal comma too. */
  readonly noteColumn?: string;
}

/**
 * Text → table. Reports: title row above the header, unclosed quotes, duplicated headers,
 * named-less columns with values, rows with the wrong number of cells, line breaks in cells, a
 * header with no rows. Does not know which columns are required; see `indicator-csv.ts`. Reports
 * every problem; the caller caps them per file (`capProblems`).
 */
export function readCsv(text: string, file: string, options: ReadCsvOptions = {}): CsvResult {
  const problems: Problem[] = [];
  const add = (code: ErrorCode, where: Partial<Problem>, params: Params = {}) =>
    problems.push({ code, file, ...where, params });

  const known = new Set((options.knownColumns ?? []).map((c) => c.toLowerCase()));
  // Find the header: row 1 unless row 1 is a title and a later row holds known column names.
  const physical = text.split(/\r\n|\n|\r/);
  let headerLineIndex = physical.findIndex((l) => l.trim() !== "" && !/^[,;\s]*$/.test(l));
  if (headerLineIndex === -1) return { table: null, problems: [{ code: "file.empty", file, params: {} }] };
  const looksLikeHeader = (l: string) =>
    l.split(/[;,]/).some((c) => known.has(c.trim().replace(/^"|"$/g, "").toLowerCase()));
  if (known.size > 0 && !looksLikeHeader(physical[headerLineIndex]!)) {
    const later = physical.findIndex((l, i) => i > headerLineIndex && i < headerLineIndex + 10 && looksLikeHeader(l));
    if (later !== -1) {
      add("file.title_row", { row: headerLineIndex + 1 }, { headerRow: later + 1 });
      return { table: null, problems };
    }
  }
  const delimiter = detectDelimiter(physical[headerLineIndex]!);

  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"' });
  const records = parsed.data;
  // A quote never closed swallows the rest of the file (MissingQuotes); one that a later quote
  // seems to close swallows the rows in between (InvalidQuotes). Either way papaparse's `row` is
  // the index of the record where the quote opens, which is its spreadsheet row − 1.
  const unclosed = parsed.errors.find((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
  if (unclosed) {
    // The quote opens in the last cell papaparse read on that record (the rest of it is swallowed).
    const at = unclosed.row ?? records.length - 1;
    const col = Math.max(0, (records[at]?.length ?? 1) - 1);
    const headerAt = records.findIndex((r) => !isBlank(r));
    const name = headerAt !== -1 && headerAt < at ? records[headerAt]![col]?.trim() : undefined;
    const letter = columnLetter(col);
    add("file.unclosed_quote", { row: at + 1, ...(name ? { column: name } : {}), letter }, { column: name, letter });
    return { table: null, problems };
  }

  // Empty rows above the header are ignored like empty rows anywhere (a title row was caught above).
  const headerIndex = records.findIndex((r) => !isBlank(r));
  const headerRow = headerIndex + 1;
  const rawHeader = (records[headerIndex] ?? []).map((h) => h.trim());
  const dataRecords = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => !isBlank(r.cells));

  // Unnamed columns: ignored when empty everywhere (Excel leftovers), an error when they hold values.
  const keep: number[] = [];
  rawHeader.forEach((name, i) => {
    if (name !== "") return void keep.push(i);
    const used = dataRecords.find((r) => (r.cells[i] ?? "").trim() !== "");
    if (used) add("header.unnamed_with_values", { row: used.row, letter: columnLetter(i) }, { letter: columnLetter(i), firstRow: used.row });
  });
  // Duplicated names.
  const seen = new Map<string, number>();
  for (const i of keep) {
    const key = rawHeader[i]!.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      add("header.duplicate", { row: headerRow, column: rawHeader[i]!, letter: columnLetter(i) }, { name: rawHeader[i], first: columnLetter(first), second: columnLetter(i) });
    else seen.set(key, i);
  }

  const header = keep.map((i) => rawHeader[i]!);
  const letters = keep.map((i) => columnLetter(i));
  const rows: CsvRow[] = [];
  // The number column and the name of the column after it, for the decimal-comma hints below.
  const v = options.numberColumn === undefined ? -1 : rawHeader.findIndex((h) => h.trim().toLowerCase() === options.numberColumn);
  const next = rawHeader[v + 1]?.trim().toLowerCase();
  const multiline = new Set(options.multilineColumns ?? []);
  for (const r of dataRecords) {
    if (r.cells.length !== rawHeader.length) {
      // Trailing empty cells beyond the header are what Excel writes for stray formatting; the
      // contract still counts them: a row's shape must match the header's.
      // Named: the first extra cell, or the first missing one.
      const at = Math.min(r.cells.length, rawHeader.length);
      const name = rawHeader[at];
      // `74,5` in a "," file: a decimal comma split the number into two cells.
      const whole = r.cells[v]?.trim() ?? "";
      const fraction = r.cells[v + 1]?.trim() ?? "";
      if (delimiter === "," && v !== -1 && r.cells.length === rawHeader.length + 1 && /^[-+]?\d+$/.test(whole) && /^\d+$/.test(fraction)) {
        add("row.decimal_comma", { row: r.row, column: rawHeader[v]!, letter: columnLetter(v) }, { value: `${whole},${fraction}`, column: rawHeader[v], plain: `${whole}.${fraction}` });
        continue;
      }
      add("row.cell_count", { row: r.row, ...(name ? { column: name } : {}), letter: columnLetter(at) }, { got: r.cells.length, expected: rawHeader.length, delimiter });
      continue;
    }
    // `74,5` in a "," file whose row is short of its note: the fraction landed in the note column.
    if (delimiter === "," && v !== -1 && next === options.noteColumn && /^[-+]?\d+$/.test(r.cells[v]?.trim() ?? "") && /^\d+$/.test(r.cells[v + 1]?.trim() ?? "")) {
      const [whole, fraction] = [r.cells[v]!.trim(), r.cells[v + 1]!.trim()];
      add("row.decimal_comma", { row: r.row, column: rawHeader[v]!, letter: columnLetter(v) }, { value: `${whole},${fraction}`, column: rawHeader[v], plain: `${whole}.${fraction}`, into: rawHeader[v + 1] });
      continue;
    }
    const cells = keep.map((i) => r.cells[i] ?? "");
    let bad = false;
    cells.forEach((c, k) => {
      if (/[\r\n]/.test(c) && !multiline.has(header[k]!.toLowerCase())) {
        add("cell.newline", { row: r.row, column: header[k]!, letter: letters[k]! });
        bad = true;
      }
    });
    if (!bad) rows.push({ row: r.row, cells });
  }
  if (dataRecords.length === 0) add("file.no_rows", { row: headerRow + 1 });
  return { table: { delimiter, header, letters, rows, headerRow }, problems };
}

export type NumberResult =
  | { ok: true; value: number }
  | { ok: false; code: ErrorCode; params: Params };

const EXCEL_ERRORS = /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/i;
const PLACEHOLDERS = /^(-+|–|—|na|n\/a|nan|null|none|tidak ada|t\/a|tt|\?|x)$/i;

/**
 * A number as written in a cell of a `,` file (decimal point) or a `;` file (decimal comma).
 * Thousands separators are rejected in both: `1.234,5` and `1,234.5` are errors.
 */
export function parseNumber(raw: string, delimiter: Delimiter): NumberResult {
  const s = raw.trim();
  const dec = delimiter === ";" ? "," : ".";
  const plainRe = delimiter === ";" ? /^[-+]?\d+(,\d+)?$/ : /^[-+]?\d+(\.\d+)?$/;
  if (plainRe.test(s)) return { ok: true, value: Number(s.replace(",", ".")) };
  if (EXCEL_ERRORS.test(s)) return { ok: false, code: "value.excel_error", params: { value: s } };
  if (PLACEHOLDERS.test(s)) return { ok: false, code: "value.placeholder", params: { value: s } };
  if (/^[-+]?[\d.,\s]+\s*%$/.test(s)) {
    const plain = s.replace(/\s*%$/, "");
    return { ok: false, code: "value.percent", params: { value: s, plain } };
  }
  if (/^[-+]?[\d.,]+$/.test(s) && /\d/.test(s)) {
    return { ok: false, code: "value.decimal_mark", params: { value: s, delimiter, plain: guessPlain(s, dec) } };
  }
  return { ok: false, code: "value.not_number", params: { value: s } };
}

/** What the staff probably meant by a number with the wrong marks, written the right way. */
function guessPlain(s: string, dec: string): string | undefined {
  const lastSep = Math.max(s.lastIndexOf("."), s.lastIndexOf(","));
  const groups = s.split(/[.,]/);
  // `1.234.567` or `1,234` with groups of three: thousands separators only.
  const tail = groups[groups.length - 1]!;
  if (groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && s.split(s[lastSep]!).length > 2) return groups.join("");
  const intPart = s.slice(0, lastSep).replace(/[.,]/g, "");
  if (tail.length === 3 && groups.length === 2 && s[lastSep] !== dec) {
    // Ambiguous (`1.234` in a `;` file): a thousands separator is the likelier reading.
    return intPart + tail;
  }
  return `${intPart}${dec}${tail}`;
}
