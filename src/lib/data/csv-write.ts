/**
 * Writing a CSV: the published files (src/lib/data/downloads.ts, export.ts, datapackage.ts) are
 * tables of text cells, written with Papa Parse's quoting rules (the reference in the test): a
 * cell is quoted when it holds the delimiter, a double quote, a line break or a byte order mark, or
 * begins or ends with a space; a double quote inside is doubled. Rows are joined by `newline`, with
 * none after the last; with no rows, the header is followed by one (as Papa Parse writes it).
 *
 * Papa Parse's `unparse` does the same through a general path (any value type, options such as
 * `quotes` and `escapeFormulae`) at several regular expression and string scans per cell; the build
 * writes three CSVs per indicator (about 150,000 rows in all at 100 × 20), and that path was a third of
 * the open-data files' time (bench/README.md, twenty-first round).
 */

/** Cells that must be quoted with `,` or `;` as the delimiter. */
const NEEDS_QUOTES = { ",": /[,"\r\n\ufeff]|^ | $/, ";": /[;"\r\n\ufeff]|^ | $/ } as const;

/** `header` and `rows` (cells as text) as CSV. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter: "," | ";", newline: "\n" | "\r\n"): string {
  const quoted = NEEDS_QUOTES[delimiter];
  const cell = (s: string): string => (quoted.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = new Array<string>(rows.length + 1);
  lines[0] = header.map(cell).join(delimiter);
  if (rows.length === 0) return lines[0] + newline;
  for (let i = 0; i < rows.length; i++) lines[i + 1] = rows[i]!.map(cell).join(delimiter);
  return lines.join(newline);
}
