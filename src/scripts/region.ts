/**
 * The reader's headline region (issue 14, point 2). The page prints its headline for the default
 * region (a city) and a link to the list of regions; with JavaScript that link becomes a <select>
 * of the regions in the page's latest-values table. The choice is kept in localStorage by region
 * code (src/scripts/region-store.ts), so every indicator page, every list of indicator cards and
 * the next visit open on it: the headline takes that region's value, period, status and change
 * from its row of the table. The sparkline and bullet, drawn for the default region, step aside
 * while another region is shown.
 */
import { storedRegion, writeRegion } from "./region-store.ts";

const box = document.querySelector<HTMLElement>("[data-region-pick]");
const rows = [...document.querySelectorAll<HTMLTableRowElement>("table.latest tbody tr")];
const fig = document.querySelector<HTMLElement>(".headline-figure");
if (box && fig && rows.length > 1) {
  const names = rows.map((r) => r.cells[0]!.textContent!.trim());
  const codes = rows.map((r) => r.dataset.region ?? "");
  const where = fig.querySelector<HTMLElement>(".headline-where")!;
  // The printed headline's region: its "where" line starts with the region's name.
  const byDefault = codes[names.findIndex((n) => where.textContent!.startsWith(`${n}, `))] ?? codes[0]!;
  const value = fig.querySelector<HTMLElement>(".headline-value")!;
  const status = fig.querySelector<HTMLElement>(".headline-status")!;
  const original = { where: where.textContent, value: value.textContent, status: [...status.childNodes] };
  const drawn = [...document.querySelectorAll<HTMLElement>(".headline .sparkline, .headline .bullet, .headline .bullet-summary")];
  const show = (code: string) => {
    const row = rows[codes.indexOf(code)];
    const name = names[codes.indexOf(code)];
    const own = code === byDefault || !row;
    for (const d of drawn) d.hidden = !own;
    if (own) {
      where.textContent = original.where;
      value.textContent = original.value;
      status.replaceChildren(...original.status);
      return;
    }
    const cell = row.cells[2]!;
    where.textContent = `${name}, ${row.cells[1]!.textContent!.trim()}`;
    value.textContent = cell.querySelector("strong")?.textContent ?? "";
    status.replaceChildren(...[...cell.children].filter((c) => c.tagName !== "STRONG").map((c) => c.cloneNode(true)), ...[...row.cells[3]!.childNodes].map((c) => c.cloneNode(true)));
  };
  const label = document.createElement("label");
  label.textContent = box.dataset.regionLabel ?? "";
  const select = document.createElement("select");
  names.forEach((n, i) => select.add(new Option(n, codes[i])));
  select.value = storedRegion(codes.map((c, i) => [c, names[i]!] as const)) ?? byDefault;
  label.append(" ", select);
  box.replaceChildren(label);
  show(select.value);
  select.addEventListener("change", () => {
    writeRegion(select.value);
    show(select.value);
  });
}
