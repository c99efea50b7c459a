/**
 * The reader's headline region (issue 14, point 2). The page prints its headline for the default
 * region (a city) and a link to the list of regions; with JavaScript that link becomes a <select>
 * of the regions in the page's latest-values table. The choice is kept in localStorage, so every
 * indicator page (and the next visit) opens on it: the headline takes that region's value, period,
 * status and change from its row of the table. The sparkline and bullet, drawn for the default
 * region, step aside while another region is shown.
 */
const KEY = "terang.wilayah";
const read = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};
const write = (v: string) => {
  try {
    localStorage.setItem(KEY, v);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
};

const box = document.querySelector<HTMLElement>("[data-region-pick]");
const rows = [...document.querySelectorAll<HTMLTableRowElement>("table.latest tbody tr")];
const fig = document.querySelector<HTMLElement>(".headline-figure");
if (box && fig && rows.length > 1) {
  const names = rows.map((r) => r.cells[0]!.textContent!.trim());
  const where = fig.querySelector<HTMLElement>(".headline-where")!;
  // The printed headline's region: its "where" line starts with the region's name.
  const byDefault = names.find((n) => where.textContent!.startsWith(`${n}, `)) ?? names[0]!;
  const value = fig.querySelector<HTMLElement>(".headline-value")!;
  const status = fig.querySelector<HTMLElement>(".headline-status")!;
  const original = { where: where.textContent, value: value.textContent, status: [...status.childNodes] };
  const drawn = [...document.querySelectorAll<HTMLElement>(".headline .sparkline, .headline .bullet, .headline .bullet-summary")];
  const show = (name: string) => {
    const row = rows[names.indexOf(name)];
    const own = name === byDefault || !row;
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
  for (const n of names) select.add(new Option(n, n));
  const saved = read();
  select.value = saved && names.includes(saved) ? saved : byDefault;
  label.append(" ", select);
  box.replaceChildren(label);
  show(select.value);
  select.addEventListener("change", () => {
    write(select.value);
    show(select.value);
  });
}
