/**
 * The body rows of a comparison table (CompareTable.astro) as one string, printed with
 * `set:html`: a region's page compares every indicator with its parent, a thousand rows at a
 * thousand indicators, and a component expression per cell was a large part of the page's time.
 * src/scripts/compare.ts builds the same rows in the browser.
 */
import type { CompareCell, CompareRow } from "../../lib/views/compare.ts";
import { escapeMarkup as esc } from "../../lib/html.ts";
import { bandBadgeMarkup, targetBadgeMarkup } from "../site/statusMarkup.ts";

function cellMarkup(c: CompareCell): string {
  const data = `${c.value !== null ? ` data-value="${c.value}"` : ""}${c.periodCode !== null ? ` data-period="${esc(c.periodCode)}"` : ""}`;
  if (c.value === null) return `<td class="num"${data}><span class="muted">${esc(c.text)}</span></td>`;
  let out = `<td class="num"${data}><strong>${esc(c.text)}</strong> <span class="muted small period">${esc(c.period ?? "")}</span>`;
  if (c.band) out += bandBadgeMarkup(c.band.kode, c.band.text, c.band.shade);
  if (c.target) out += targetBadgeMarkup(c.target.met, c.target.text);
  return `${out}</td>`;
}

export function compareRowsMarkup(rows: readonly CompareRow[]): string {
  // Joined once: one flat string (see rowsMarkup in src/lib/html.ts).
  return rows
    .map(
      (r) =>
        `<tr data-indicator="${esc(r.id)}"${r.leader !== null ? ` data-leader="${r.leader}"` : ""}><th scope="row"><a href="${esc(r.href)}"${r.titleLang !== undefined ? ` lang="${r.titleLang}"` : ""}>${esc(r.title)}</a></th>` +
        `${cellMarkup(r.a)}${cellMarkup(r.b)}<td${r.leaderMuted ? ' class="muted"' : ""}>${esc(r.leaderText)}</td></tr>`,
    )
    .join("");
}
