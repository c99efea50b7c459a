/**
 * Escaping for the few parts of a page printed as one string (`set:html`) rather than as a
 * component per element: big tables and chart drawings, where Astro's per-element cost dominated
 * the build. The same characters Astro escapes in text and attribute values.
 */
const SPECIAL = /[&<>"']/;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (s: string): string => (SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITY[c]!) : s);

/** A table cell of a chart or data table: text, a note under it, missing values marked. */
export interface CellMarkup {
  readonly text: string;
  readonly note: string | null;
  readonly missing: boolean;
}

const cell = (c: CellMarkup): string =>
  `<td${c.missing ? ' class="missing"' : ""}>${escapeHtml(c.text)}${c.note !== null ? `<span class="cell-note">${escapeHtml(c.note)}</span>` : ""}</td>`;

/**
 * Table body rows: leading cells (`td`), then the row's header (`th scope="row"`), then the value
 * cells (`null`: an empty cell).
 */
export function rowsMarkup(rows: Iterable<{ readonly lead?: readonly string[]; readonly head: string; readonly cells: readonly (CellMarkup | null)[] }>): string {
  let out = "";
  for (const r of rows) {
    out += "<tr>";
    for (const l of r.lead ?? []) out += `<td>${escapeHtml(l)}</td>`;
    out += `<th scope="row">${escapeHtml(r.head)}</th>`;
    for (const c of r.cells) out += c ? cell(c) : "<td></td>";
    out += "</tr>";
  }
  return out;
}
