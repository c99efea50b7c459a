/**
 * Spreadsheet formula injection (CSV injection): a cell whose text starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return runs as a formula when a reader opens the CSV in Excel or LibreOffice.
 * Spreadsheets skip leading spaces, so the sign counts after spaces, no-break spaces (U+00A0),
 * ideographic spaces (U+3000) and byte order marks (U+FEFF) too. The validator rejects such texts
 * in everything that reaches a downloadable CSV; the Excel-oriented downloads also neutralise any
 * text cell that starts so, as OWASP recommends (a leading `'`), in case one slips through.
 */

/** Characters a spreadsheet skips before reading a formula sign. */
const LEADING = /^[\s\u00A0\u3000\uFEFF\u200B]+/u;
const SIGN = /^[=+\-@]/;

/**
 * How `text` starts a formula, for a message (`"="`, `tab`, `CR`), or null when it does not.
 * A tab or CR at the very start counts; after leading spaces only `= + - @` do.
 */
export function formulaStart(text: string): string | null {
  if (text.startsWith("\t")) return "tab";
  if (text.startsWith("\r")) return "CR";
  const rest = text.replace(LEADING, "");
  return SIGN.test(rest) ? `"${rest[0]}"` : null;
}

/**
 * A text cell made safe for a spreadsheet: prefixed with `'` when it would start a formula.
 * Only for text; a number (even a negative one) is written as a number, never through this.
 */
export function neutraliseCell(text: string): string {
  return formulaStart(text) !== null ? `'${text}` : text;
}
