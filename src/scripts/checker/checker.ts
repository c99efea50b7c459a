/**
 * The data checker page (/pemeriksa-data/, /en/data-checker/): staff pick an indicator and drop or
 * choose its CSV; the worker (worker.ts) checks it with the build's own code; this script lists
 * every error with its row and column, marks the cells at fault in a preview table and, when the
 * file is clean, draws the charts the site would publish with the same chart modules the build
 * uses (lib/charts). The worker is started when the page loads, so checking keeps working with the
 * network cut. Nothing is uploaded.
 */
import type { Indicator, Lang, Region } from "../../lib/data/model.ts";
import type { IndicatorMeta } from "../../lib/data/schema/indicator-meta.ts";
import { indicatorCharts, type ChartSpec } from "../../lib/charts/indicatorCharts.ts";
import type { SvgNode } from "../../lib/charts/svg.ts";
import { regionsInOrder } from "../../lib/indicators.ts";
import { t } from "../../lib/i18n/ui.ts";
import type { CheckRequest, CheckResponse, CheckedProblem, Preview } from "./protocol.ts";
import { normalCsv } from "../../lib/data/propose.ts";
import { ot } from "../../lib/i18n/opendata.ts";

interface Config {
  readonly lang: Lang;
  readonly today: string;
  readonly regions: readonly Region[];
  readonly indicators: readonly { readonly id: string; readonly meta: IndicatorMeta; readonly csvFile: string; readonly proposeUrl?: string }[];
}

const SVG_NS = "http://www.w3.org/2000/svg";

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

/** A chart scene (lib/charts/svg.ts) as DOM; text is set as text, never parsed. */
function svgElement(n: SvgNode): Element {
  const el = document.createElementNS(SVG_NS, n.tag);
  for (const [k, v] of Object.entries(n.attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  if (n.text !== undefined) el.textContent = n.text;
  for (const c of n.children) el.append(svgElement(c));
  return el;
}

function chartFigure(spec: ChartSpec, prefix: string): HTMLElement {
  const captionId = `${prefix}-${spec.id}-caption`;
  const graphic = h("div", { class: "chart-graphic" });
  for (const v of spec.variants) graphic.append(svgElement(v.scene));
  const table = h(
    "table",
    { class: "chart-data" },
    h("caption", {}, spec.table.caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, spec.table.corner), ...spec.table.columns.map((c) => h("th", { scope: "col", class: "num" }, c)))),
    h(
      "tbody",
      {},
      ...spec.table.rows.map((r) =>
        h("tr", {}, h("th", { scope: "row" }, r.head), ...r.cells.map((c) => h("td", { class: c.missing ? "num missing" : "num" }, c.text, c.note ? h("span", { class: "cell-note" }, c.note) : null))),
      ),
    ),
  );
  return h(
    "figure",
    { class: "chart-figure", "aria-labelledby": captionId, "data-checker-chart": spec.kind },
    h("figcaption", {}, h("p", { class: "chart-title", id: captionId }, spec.title), h("p", { class: "chart-summary" }, spec.summary)),
    graphic,
    h("section", { class: "table-scroll chart-table", "aria-label": spec.table.caption, tabindex: "0" }, table),
  );
}

const cellId = (row: number, col: number) => `cek-sel-${row}-${col}`;

function init(root: HTMLElement) {
  const config = JSON.parse(root.dataset.config!) as Config;
  const { lang } = config;
  const form = root.querySelector<HTMLFormElement>("[data-checker-form]")!;
  const select = root.querySelector<HTMLSelectElement>("[data-checker-indicator]")!;
  const input = root.querySelector<HTMLInputElement>("[data-checker-file]")!;
  const drop = root.querySelector<HTMLElement>("[data-checker-drop]")!;
  const status = root.querySelector<HTMLElement>("[data-checker-status]")!;
  const results = root.querySelector<HTMLElement>("[data-checker-results]")!;
  const errorsBox = root.querySelector<HTMLElement>("[data-checker-errors]")!;
  const errorList = root.querySelector<HTMLOListElement>("[data-checker-error-list]")!;
  const chartBox = root.querySelector<HTMLElement>("[data-checker-chart-box]")!;
  const previewNote = root.querySelector<HTMLElement>("[data-checker-preview-note]")!;
  const previewBox = root.querySelector<HTMLElement>("[data-checker-preview]")!;
  const propose = root.querySelector<HTMLElement>("[data-checker-propose]");
  let proposal: { file: string; text: string; url: string } | null = null;
  propose?.querySelector("button")?.addEventListener("click", () => {
    if (!proposal) return;
    // The file first (a download needs no new window), then the host's upload page in a new tab.
    const a = h("a", { href: URL.createObjectURL(new Blob([proposal.text], { type: "text/csv;charset=utf-8" })), download: proposal.file });
    document.body.append(a);
    a.click();
    a.remove();
    window.open(proposal.url, "_blank", "noopener");
    propose.querySelector<HTMLElement>("[data-checker-propose-done]")!.textContent = ot(lang, "propose.done", { file: proposal.file, host: propose.dataset.host ?? "" });
  });
  root.querySelector<HTMLElement>("[data-checker-nojs]")!.hidden = true;
  form.hidden = false;

  // Started now, not on first use: once the page has loaded, checking needs no network.
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  let seq = 0;
  let current: { file: File; bytes: ArrayBuffer } | null = null;
  const pending = new Map<number, { name: string; ind: Config["indicators"][number] }>();

  const run = () => {
    if (!current) return;
    const ind = config.indicators.find((i) => i.id === select.value)!;
    const name = current.file.name;
    status.textContent = t(lang, "checker.working", { file: name });
    root.setAttribute("aria-busy", "true");
    const req: CheckRequest = { seq: ++seq, bytes: current.bytes.slice(0), file: name, meta: ind.meta, regions: config.regions, today: config.today, lang };
    pending.set(req.seq, { name, ind });
    worker.postMessage(req, [req.bytes]);
  };

  const take = async (file: File | undefined) => {
    if (!file) return;
    // The previous file's verdict no longer holds (tests and assistive tech wait for the new one).
    delete status.dataset.result;
    try {
      current = { file, bytes: await file.arrayBuffer() };
    } catch {
      status.textContent = t(lang, "checker.readFailed", { file: file.name });
      return;
    }
    run();
  };

  worker.onmessage = (e: MessageEvent<CheckResponse>) => {
    const res = e.data;
    const job = pending.get(res.seq);
    pending.delete(res.seq);
    if (!job || res.seq !== seq) return;
    root.removeAttribute("aria-busy");
    render(res, job.name, job.ind);
  };

  function render(res: CheckResponse, name: string, ind: Config["indicators"][number]) {
    const expected = `${ind.id}.csv`;
    const count = res.problems.length;
    const ok = count === 0;
    const nameNote = name.toLowerCase() !== expected ? ` ${t(lang, "checker.wrongName", { file: name, expected })}` : "";
    status.textContent = (ok ? t(lang, "checker.ok", { file: name, count: res.observations.length }) : t(lang, "checker.errors", { file: name, count })) + nameNote;
    status.dataset.result = ok ? "ok" : "errors";
    results.hidden = false;

    // Errors, each linked to its cell.
    errorList.replaceChildren();
    errorsBox.hidden = ok;
    const byCell = new Map<string, string[]>();
    res.problems.forEach((p: CheckedProblem, i) => {
      const id = `cek-galat-${i + 1}`;
      const target = p.row !== undefined && p.col !== undefined ? cellId(p.row, p.col) : null;
      if (target) byCell.set(target, [...(byCell.get(target) ?? []), id]);
      errorList.append(
        h(
          "li",
          { id, "data-code": p.code, ...(p.row !== undefined ? { "data-row": String(p.row) } : {}), ...(p.letter ? { "data-letter": p.letter } : {}), ...(p.column ? { "data-column": p.column } : {}) },
          h("span", { class: "where" }, p.where),
          h("span", { class: "what" }, p.what),
          h("span", { class: "fix" }, `${t(lang, "checker.fix")}: ${p.fix}`),
          target ? h("a", { href: `#${target}`, class: "goto" }, t(lang, "checker.goto")) : null,
        ),
      );
    });

    // Preview with the cells at fault marked.
    previewBox.replaceChildren();
    previewNote.textContent = "";
    const pv: Preview | null = res.preview;
    if (pv) {
      const width = Math.max(pv.header.length, ...pv.rows.map((r) => r.cells.length));
      const letters = Array.from({ length: width }, (_, i) => {
        let n = i + 1;
        let s = "";
        while (n > 0) {
          s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
          n = Math.floor((n - 1) / 26);
        }
        return s;
      });
      const cell = (tag: "td" | "th", row: number, col: number, text: string, attrs: Record<string, string> = {}) => {
        const id = cellId(row, col);
        const errs = byCell.get(id);
        const el = h(tag, { id, tabindex: "-1", ...attrs }, text);
        if (errs) {
          el.classList.add("bad");
          el.setAttribute("aria-describedby", errs.join(" "));
          el.append(h("span", { class: "visually-hidden" }, ` (${t(lang, "checker.badCell")})`));
        }
        return el;
      };
      const rowHasError = new Set(res.problems.flatMap((p) => (p.row !== undefined ? [p.row] : [])));
      const table = h(
        "table",
        { class: "preview" },
        h("caption", {}, t(lang, "checker.previewCaption", { file: name })),
        h(
          "thead",
          {},
          h("tr", {}, h("th", { scope: "col" }, t(lang, "checker.row")), ...letters.map((l) => h("th", { scope: "col" }, l))),
          h("tr", { class: rowHasError.has(pv.headerRow) ? "row-bad" : "" }, h("th", { scope: "row" }, String(pv.headerRow)), ...letters.map((_, c) => cell("th", pv.headerRow, c, pv.header[c] ?? "", { scope: "col" }))),
        ),
        h(
          "tbody",
          {},
          ...pv.rows.map((r) =>
            h("tr", { class: rowHasError.has(r.row) ? "row-bad" : "" }, h("th", { scope: "row" }, String(r.row)), ...letters.map((_, c) => cell("td", r.row, c, r.cells[c] ?? ""))),
          ),
        ),
      );
      previewBox.append(h("section", { class: "table-scroll", "aria-label": t(lang, "checker.previewCaption", { file: name }), tabindex: "0" }, table));
      if (pv.rows.length < pv.total) previewNote.textContent = t(lang, "checker.previewRows", { shown: pv.rows.length, count: pv.total });
    }

    // A clean file can be proposed: its normal form, for the host's upload page of its path.
    proposal = ok && ind.proposeUrl ? { file: `${ind.id}.csv`, text: normalCsv(res.periodColumn, (ind.meta.dimensi ?? []).map((d) => d.kolom), res.observations), url: ind.proposeUrl } : null;
    if (propose) {
      propose.hidden = proposal === null;
      propose.querySelector<HTMLElement>("[data-checker-propose-done]")!.textContent = "";
      if (proposal) propose.querySelector<HTMLElement>("[data-checker-propose-intro]")!.textContent = ot(lang, "propose.intro", { host: propose.dataset.host ?? "", path: ind.csvFile });
      propose.dataset.proposeFile = proposal?.file ?? "";
      propose.dataset.proposeUrl = proposal?.url ?? "";
    }

    // The charts the site would publish: only for a file that would publish.
    chartBox.replaceChildren();
    if (!ok) {
      chartBox.append(h("p", { class: "muted", "data-checker-chart-blocked": "" }, t(lang, "checker.chartBlocked")));
      return;
    }
    const indicator: Indicator = { meta: ind.meta, periodColumn: res.periodColumn, observations: res.observations, csvFile: ind.csvFile, csvText: "" };
    const charts = indicatorCharts(indicator, { lang, regions: regionsInOrder(config.regions), idPrefix: "cek" });
    for (const spec of [charts.trend, charts.comparison, ...charts.breakdowns]) chartBox.append(chartFigure(spec, "cek"));
  }

  input.addEventListener("change", () => void take(input.files?.[0]));
  select.addEventListener("change", run);
  // The file is checked as soon as it is chosen; the button checks it again (say, after an edit
  // saved from Excel: the file is read anew) or asks for one.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const file = input.files?.[0] ?? current?.file;
    if (file) void take(file);
    else {
      status.textContent = t(lang, "checker.noFile");
      input.focus();
    }
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("dragging");
    void take(e.dataTransfer?.files[0]);
  });
}

for (const el of document.querySelectorAll<HTMLElement>("[data-checker]")) init(el);
