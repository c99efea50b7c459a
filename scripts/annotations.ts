/**
 * `npm run validate -- --format github`: every problem as a GitHub Actions workflow command,
 * `::error file=data/indicators/ikm.csv,line=14,col=17,title=value.not_number::…`, so a pull
 * request shows each error on the line of the CSV (or YAML/MDX) it concerns.
 *
 * A CSV problem is located by spreadsheet row and column letter; a quoted `catatan` spanning
 * several lines makes rows and file lines differ, so the file itself is read to find the line
 * where the row starts and the character where the cell starts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, isWarning, type Problem } from "../src/lib/data/errors.ts";
import { detectDelimiter } from "../src/lib/data/csv.ts";
import type { Lang } from "../src/lib/data/model.ts";

/** Where each spreadsheet row of a CSV text starts: `[row] → { line, offset }` (1-based row and line). */
export function rowStarts(text: string): { line: number; offset: number }[] {
  const starts: { line: number; offset: number }[] = [{ line: 0, offset: 0 }, { line: 1, offset: 0 }];
  let line = 1;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      if (!inQuote) starts.push({ line, offset: i + 1 });
    }
  }
  return starts;
}

/** Letter (`A`, `AB`) → 0-based index. */
export function letterIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Where cell `col` of the record starting at `start` begins: its file line and 1-based character
 * column (a quoted cell with line breaks before it pushes it to a later line).
 */
export function cellAt(text: string, start: { line: number; offset: number }, col: number, delimiter: string): { line: number; col: number } {
  let k = 0;
  let inQuote = false;
  let line = start.line;
  let lineStart = start.offset;
  let i = start.offset;
  for (; i < text.length && k < col; i++) {
    const c = text[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === delimiter) k++;
    else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      if (!inQuote) break;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: i - lineStart + 1 };
}

/** Escaping of workflow commands: data and property values. */
const escData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escProp = (s: string) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** Reads project files once each (text without BOM), or null when unreadable. */
export function fileReader(root: string): (file: string) => string | null {
  const cache = new Map<string, string | null>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(join(root, file), "utf8").replace(/^\uFEFF/, ""));
      } catch {
        cache.set(file, null);
      }
    }
    return cache.get(file)!;
  };
}

/** The line and column of a problem in its file, as far as it can be known. */
export function position(p: Problem, read: (file: string) => string | null): { line?: number; col?: number } {
  if (p.line !== undefined) return { line: p.line };
  if (p.row === undefined || !p.file.toLowerCase().endsWith(".csv")) return {};
  const text = read(p.file);
  if (text === null) return { line: p.row };
  const starts = rowStarts(text);
  const start = starts[p.row];
  if (!start) return { line: p.row };
  if (p.letter === undefined) return { line: start.line };
  const headerLine = text.split(/\r\n|\n|\r/)[0] ?? "";
  return cellAt(text, start, letterIndex(p.letter), detectDelimiter(headerLine));
}

/** One workflow command per problem. */
export function githubAnnotation(p: Problem, lang: Lang, read: (file: string) => string | null): string {
  const where = position(p, read);
  const props = [`file=${escProp(p.file)}`];
  if (where.line !== undefined) props.push(`line=${where.line}`);
  if (where.col !== undefined) props.push(`col=${where.col}`);
  props.push(`title=${escProp(p.code)}`);
  return `::${isWarning(p) ? "warning" : "error"} ${props.join(",")}::${escData(formatProblem(p, lang))}`;
}
