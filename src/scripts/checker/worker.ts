/**
 * The data checker's worker: parses a CSV with papaparse and runs the build's own checks on it
 * (`checkIndicatorCsv`, the same code `npm run validate` runs), off the page's main thread so that
 * a large file does not freeze the page. Messages come from the error catalogue in the page's
 * language. Nothing leaves the browser.
 */
import Papa from "papaparse";
import { checkIndicatorCsv } from "../../lib/data/indicator-csv.ts";
import { decodeCsvBytes, detectDelimiter } from "../../lib/data/csv.ts";
import { describe } from "../../lib/data/errors.ts";
import type { CheckRequest, CheckResponse, CheckedProblem, Preview } from "./protocol.ts";

/** Rows shown from the top of the file; rows with a problem are shown wherever they are. */
const HEAD_ROWS = 30;
/** At most this many rows in the preview table. */
const MAX_ROWS = 400;

const letterIndex = (letter: string): number => [...letter.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function preview(bytes: Uint8Array, file: string, problemRows: Set<number>): Preview | null {
  const { text } = decodeCsvBytes(bytes, file);
  if (text === null) return null;
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(firstLine), header: false, skipEmptyLines: false });
  const records = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  const blank = (cells: string[]) => cells.every((c) => c.trim() === "");
  const headerIndex = records.findIndex((r) => !blank(r.cells));
  if (headerIndex === -1) return null;
  const data = records.slice(headerIndex + 1).filter((r) => !blank(r.cells) || problemRows.has(r.row));
  const shown = data.filter((r, i) => i < HEAD_ROWS || problemRows.has(r.row)).slice(0, MAX_ROWS);
  return { headerRow: records[headerIndex]!.row, header: records[headerIndex]!.cells, rows: shown, total: data.length };
}

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const req = e.data;
  const bytes = new Uint8Array(req.bytes);
  const result = checkIndicatorCsv(bytes, req.file, req.meta, req.regions, { today: new Date(`${req.today}T00:00:00Z`) });
  const problems: CheckedProblem[] = result.problems.map((p) => {
    const d = describe(p, req.lang);
    return {
      code: p.code,
      ...(p.row !== undefined ? { row: p.row } : {}),
      ...(p.line !== undefined ? { line: p.line } : {}),
      ...(p.letter !== undefined ? { letter: p.letter, col: letterIndex(p.letter) } : {}),
      ...(p.column !== undefined ? { column: p.column } : {}),
      where: d.where,
      what: d.what,
      fix: d.fix,
    };
  });
  const rows = new Set(problems.flatMap((p) => (p.row !== undefined ? [p.row] : [])));
  const response: CheckResponse = {
    seq: req.seq,
    problems,
    observations: result.observations,
    periodColumn: result.periodColumn,
    preview: preview(bytes, req.file, rows),
  };
  (self as unknown as Worker).postMessage(response);
};
