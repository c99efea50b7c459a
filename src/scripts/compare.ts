/**
 * The comparison page's script: two selects choose the regions; the latest values of every region
 * come from one file fetched once from the site itself (/data/wilayah/terbaru.json, written by
 * src/lib/views/compare.ts `compareData`); the pair is drawn as the same table the region pages
 * print (CompareTable.astro), numbers and periods formatted by the site's own format module. The
 * choice lives in the URL (`?a=1373&b=1372`): read on load, written on every change.
 */
import { formatPeriod, formatValue } from "../lib/i18n/format.ts";
import { parsePeriod } from "../lib/data/period.ts";
import { bandOf, bandShade } from "../lib/charts/bands.ts";
import type { CompareData } from "../lib/views/compare.ts";

type Lang = "id" | "en";
type Indicator = CompareData["indikator"][number];
type Ui = Record<"caption" | "indicator" | "leader" | "noData" | "equal" | "differentPeriods" | "targetMet" | "targetNotMet" | "same" | "status" | "loading" | "failed" | "untranslated", string>;

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; text?: string; attrs?: Record<string, string> } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Which latest value does better, as the build decides it (src/lib/views/compare.ts `leaderOf`). */
function leaderOf(ind: Indicator, a: readonly [number, string, ...unknown[]] | null, b: readonly [number, string, ...unknown[]] | null): "a" | "b" | "equal" | null {
  if (!a || !b || a[1] !== b[1]) return null;
  const d = Math.round((a[0] - b[0]) * 1e6) / 1e6;
  if (d === 0) return "equal";
  return (ind.arah === "naik" ? d > 0 : d < 0) ? "a" : "b";
}

function valueCell(ind: Indicator, v: readonly [number, string, ...unknown[]] | null, lang: Lang, ui: Ui): HTMLTableCellElement {
  if (!v) return el("td", { class: "num" }, el("span", { class: "muted", text: ui.noData }));
  const [value, code] = v;
  const period = parsePeriod(code);
  const td = el("td", { class: "num", attrs: { "data-value": String(value), "data-period": code } },
    el("strong", { text: formatValue(value, ind.satuan, lang, ind.desimal) }),
    document.createTextNode(" "),
    el("span", { class: "muted small period", text: period ? formatPeriod(period, lang) : code }),
  );
  const band = ind.kategori ? bandOf(value, ind.kategori) : null;
  if (band) td.append(el("span", { class: `badge band shade-${bandShade(band, ind.kategori!)}`, text: `${band.kode} · ${lang === "en" && band.label.en ? band.label.en : band.label.id}`, attrs: { "data-band": band.kode } }));
  if (ind.target !== undefined) {
    const met = ind.arah === "naik" ? value >= ind.target : value <= ind.target;
    td.append(el("span", { class: `badge ${met ? "met" : "not-met"}`, text: met ? ui.targetMet : ui.targetNotMet }));
  }
  return td;
}

function drawTable(data: CompareData, ia: number, ib: number, root: HTMLElement, lang: Lang, ui: Ui): { table: HTMLElement; rows: number } {
  const [codeA, nameA] = data.wilayah[ia]!;
  const [codeB, nameB] = data.wilayah[ib]!;
  const regionHref = (code: string) => root.dataset.regionHref!.replace("__CODE__", encodeURIComponent(code));
  const tbody = el("tbody");
  for (const ind of data.indikator) {
    const a = ind.nilai[ia] ?? null;
    const b = ind.nilai[ib] ?? null;
    if (!a && !b) continue;
    const leader = leaderOf(ind, a, b);
    const untranslated = lang === "en" && !ind.judul.en;
    const title = el("a", { text: untranslated ? ind.judul.id : (ind.judul[lang] ?? ind.judul.id), attrs: { href: root.dataset.indicatorHref!.replace("__ID__", encodeURIComponent(ind.id)) } });
    if (untranslated) title.lang = "id";
    const words = leader === "a" ? nameA : leader === "b" ? nameB : leader === "equal" ? ui.equal : a && b ? ui.differentPeriods : "—";
    const tr = el("tr", { attrs: { "data-indicator": ind.id } },
      el("th", { attrs: { scope: "row" } }, title),
      valueCell(ind, a, lang, ui),
      valueCell(ind, b, lang, ui),
      el("td", { class: leader === null ? "muted" : "", text: words }),
    );
    if (leader) tr.dataset.leader = leader;
    tbody.append(tr);
  }
  const head = (name: string, code: string) => el("th", { class: "num", attrs: { scope: "col" } }, el("a", { text: name, attrs: { href: regionHref(code) } }));
  const table = el("table", { class: "compare-table", attrs: { "data-a": codeA, "data-b": codeB } },
    el("caption", { text: fill(ui.caption, { a: nameA, b: nameB }), attrs: { id: "compare-caption" } }),
    el("thead", {}, el("tr", {}, el("th", { text: ui.indicator, attrs: { scope: "col" } }), head(nameA, codeA), head(nameB, codeB), el("th", { text: ui.leader, attrs: { scope: "col" } }))),
    tbody,
  );
  const section = el("section", { class: "table-scroll", attrs: { "aria-labelledby": "compare-caption", tabindex: "0" } }, table);
  return { table: section, rows: tbody.rows.length };
}

export function startCompare(root: HTMLElement): void {
  const form = root.querySelector<HTMLFieldSetElement>(".compare-chooser")!;
  const selA = form.querySelector<HTMLSelectElement>("select[name=a]")!;
  const selB = form.querySelector<HTMLSelectElement>("select[name=b]")!;
  const status = root.querySelector<HTMLElement>(".compare-status")!;
  const result = root.querySelector<HTMLElement>(".compare-result")!;
  const lang: Lang = root.dataset.lang === "en" ? "en" : "id";
  const ui = JSON.parse(root.dataset.ui ?? "{}") as Ui;
  for (const p of document.querySelectorAll<HTMLElement>(".compare-nojs")) p.hidden = true;

  // The URL's choice, when both are regions of the site.
  const codes = new Set([...selA.options].map((o) => o.value));
  const query = new URLSearchParams(window.location.search);
  const qa = query.get("a");
  const qb = query.get("b");
  if (qa && codes.has(qa)) selA.value = qa;
  if (qb && codes.has(qb)) selB.value = qb;
  form.hidden = false;

  let data: CompareData | null = null;
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle("error", error);
  };

  const show = (fromUser: boolean) => {
    if (!data) return;
    const a = selA.value;
    const b = selB.value;
    if (fromUser || qa || qb) {
      const url = new URL(window.location.href);
      url.searchParams.set("a", a);
      url.searchParams.set("b", b);
      history.replaceState(null, "", url);
    }
    if (a === b) {
      result.replaceChildren();
      say(ui.same, true);
      return;
    }
    const ia = data.wilayah.findIndex((w) => w[0] === a);
    const ib = data.wilayah.findIndex((w) => w[0] === b);
    if (ia < 0 || ib < 0) {
      result.replaceChildren();
      say(ui.failed, true);
      return;
    }
    const { table, rows } = drawTable(data, ia, ib, root, lang, ui);
    result.replaceChildren(table);
    say(fill(ui.status, { a: data.wilayah[ia]![1], b: data.wilayah[ib]![1], n: rows }));
  };

  selA.addEventListener("change", () => show(true));
  selB.addEventListener("change", () => show(true));
  say(ui.loading);
  fetch(root.dataset.src!, { credentials: "same-origin" })
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      return r.json() as Promise<CompareData>;
    })
    .then((d) => {
      data = d;
      show(false);
    })
    .catch(() => say(ui.failed, true));
}
