/**
 * The one escaper for markup the site writes as strings: HTML printed with `set:html` (big tables
 * and chart drawings, where Astro's per-element cost dominated the build), standalone SVG files
 * (build and browser export) and feed elements. `& < > "`: enough for text and double-quoted
 * attribute values, in HTML and XML alike.
 */
const SPECIAL = /[&<>"]/;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export const escapeMarkup = (s: string): string => (SPECIAL.test(s) ? s.replace(/[&<>"]/g, (c) => ENTITY[c]!) : s);

/** A table cell of a chart or data table: text, a note under it, missing values marked. */
export interface CellMarkup {
  readonly text: string;
  readonly note: string | null;
  readonly missing: boolean;
  /** The note is written in the page's language (an English note on an English page): not marked. */
  readonly noteOwn?: boolean;
}

const cell = (c: CellMarkup, noteLang: string): string =>
  `<td${c.missing ? ' class="missing"' : ""}>${escapeMarkup(c.text)}${c.note !== null ? `<span class="cell-note"${c.noteOwn ? "" : noteLang}>${escapeMarkup(c.note)}</span>` : ""}</td>`;

/**
 * Table body rows: leading cells (`td`), then the row's header (`th scope="row"`), then the value
 * cells (`null`: an empty cell).
 */
export function rowsMarkup(rows: Iterable<{ readonly lead?: readonly string[]; readonly head: string; readonly cells: readonly (CellMarkup | null)[] }>, notesLang?: string): string {
  // Notes without an English version are in Indonesian: on an English page they say so (`lang`,
  // and global.css adds "(in Indonesian)" after them). A cell whose note is in the page's
  // language (`noteOwn`) is not marked.
  const noteLang = notesLang ? ` lang="${escapeMarkup(notesLang)}"` : "";
  // Pieces joined once: one flat string, rather than a chain of thousands of small strings that a
  // page holds (and the garbage collector copies) until it is written.
  const out: string[] = [];
  for (const r of rows) {
    out.push("<tr>");
    for (const l of r.lead ?? []) out.push(`<td>${escapeMarkup(l)}</td>`);
    out.push(`<th scope="row">${escapeMarkup(r.head)}</th>`);
    for (const c of r.cells) out.push(c ? cell(c, noteLang) : "<td></td>");
    out.push("</tr>");
  }
  return out.join("");
}
