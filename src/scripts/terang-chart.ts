/**
 * `<terang-chart>`: enhances a chart figure rendered at build time. Without JavaScript the figure
 * shows the chart and its table, both complete; with it, this element adds
 *
 * - a chart/table switch: `button[data-chart-show="chart"|"table"]` (aria-pressed) shows one of
 *   `[data-chart-panel="chart"|"table"]`;
 * - series toggles: `button[data-series-toggle=<key>]` (aria-pressed) hides/shows every
 *   `[data-series-group=<key>]` and dims `[data-legend=<key>]` (attribute `data-off`), and
 *   says so in `[data-chart-live]` (texts from `data-msg-shown` / `data-msg-hidden`, `{series}`);
 * - a `<use>` on each point of a line, which the build draws as the line's markers (see `points`);
 * - tooltips on hover and on keyboard focus of each point (`use, [data-point]`) in `[data-chart-tooltip]`, and
 *   its `aria-label`: the points are bare in the markup, their texts are read from the figure's
 *   data table (`table.chart-data`) by position and set as `data-label` (or the series group's),
 *   `data-period`, `data-value`, `data-note`: the n-th `.series[data-series-group]` of a drawing
 *   is the table's n-th value column, its n-th point the n-th row (or the group's `data-rows`
 *   says which rows: `0-3,5-14`); the comparison's bars are the rows, labelled by the row head;
 * - a roving tabindex: one Tab stop per drawing; ←/→ move within a series, ↑/↓ across series
 *   (along the bars when there is one series), Home/End to a series' first/last point, Esc hides
 *   the tooltip;
 * - image export: `button[data-chart-export="svg"|"png"]` (shown, and `[data-chart-nojs]` hidden)
 *   save the wide drawing as a standalone SVG (light colours inlined on white, page-only attributes
 *   dropped, series toggled off left out: the image is the chart as shown) with its title, unit
 *   and period above it and its notes, source, licence, page address and sample-data notice
 *   below (`data-export-*`), or that SVG drawn on a canvas at twice its size as a PNG.
 *
 * Imports only the paint table (lib/charts/paint.ts): every text it shows was formatted at build time.
 */
import { escapeMarkup } from "../lib/html.ts";
import { paintOf, useClasses, lineVertices, PAGE_ONLY, FONT_FAMILY, LIGHT } from "../lib/charts/paint.ts";

type Point = SVGElement & { dataset: DOMStringMap };

/** A data point: a marker `<use>` (time series, breakdown) or a bar marked `data-point`. */
const POINT = "use, [data-point]";
const GROUP = "[data-series-group]";

/** The series of a point: its group's key (all bars of a comparison are one group). */
const seriesOf = (p: Element): string => p.closest(GROUP)?.getAttribute("data-series-group") ?? "";

class TerangChart extends HTMLElement {
  private tip: HTMLElement | null = null;
  private live: HTMLElement | null = null;

  connectedCallback(): void {
    if (this.hasAttribute("data-enhanced")) return;
    this.setAttribute("data-enhanced", "");
    this.tip = this.querySelector("[data-chart-tooltip]");
    this.live = this.querySelector("[data-chart-live]");
    const controls = this.querySelector<HTMLElement>("[data-chart-controls]");
    if (controls) controls.hidden = false;
    for (const b of this.buttons("[data-chart-show]")) b.addEventListener("click", () => this.show(b.dataset.chartShow!));
    for (const b of this.buttons("[data-series-toggle]")) b.addEventListener("click", () => this.toggle(b));
    for (const b of this.buttons("[data-chart-export]")) b.addEventListener("click", () => void this.save(b.dataset.chartExport!));
    for (const el of this.querySelectorAll<HTMLElement>("[data-chart-images]")) el.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>("[data-chart-nojs]")) el.hidden = true;
    this.show("chart");
    const svgs = [...this.querySelectorAll<SVGSVGElement>("svg[data-chart-svg]")];
    for (const svg of svgs) {
      this.points(svg);
      this.texts(svg);
      this.enhance(svg);
    }
  }

  /**
   * Puts a `<use>` on each point of each line, where the build drew a line's points as its markers
   * (`marker-start|mid|end`: the markup holds no element per point), in the place the point has
   * among its group's elements (after its note circle, before its note number and the next
   * point), and drops the markers: the drawing is then as the build used to write it, each point
   * an element to focus, describe and export.
   */
  private points(svg: SVGSVGElement): void {
    for (const line of svg.querySelectorAll<SVGPathElement>("path[marker-mid]")) {
      const marker = /#([^)"']+)/.exec(line.getAttribute("marker-mid") ?? "")?.[1];
      const shape = marker ? svg.getElementById(marker)?.querySelector("use")?.getAttribute("href") : null;
      for (const a of ["marker-start", "marker-mid", "marker-end"]) line.removeAttribute(a);
      if (!shape) continue;
      let next = line.nextElementSibling;
      for (const [x, y] of lineVertices(line.getAttribute("d") ?? "")) {
        // Elements of earlier points (a gap's marker, a note circle or number) stay before it.
        while (next?.matches("use, circle.noted, text.note-number") && Number(next.getAttribute(next.tagName === "circle" ? "cx" : "x")) <= Number(x) + 0.05) next = next.nextElementSibling;
        const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
        use.setAttribute("href", shape);
        use.setAttribute("x", x);
        use.setAttribute("y", y);
        line.parentNode!.insertBefore(use, next);
      }
    }
    for (const m of svg.querySelectorAll("marker")) m.remove();
  }

  /** Gives each point of a drawing its texts, from the data table (see the top of this file). */
  private texts(svg: SVGSVGElement): void {
    const rows = [...this.querySelectorAll<HTMLTableRowElement>("table.chart-data tbody tr")];
    const bars = this.dataset.kind === "perbandingan";
    svg.querySelectorAll(".series[data-series-group]").forEach((g, col) => {
      const at = g.getAttribute("data-rows")?.split(",").flatMap((run) => {
        const [a = 0, b = a] = run.split("-").map(Number);
        return Array.from({ length: b - a + 1 }, (_, i) => a + i);
      });
      g.querySelectorAll(POINT).forEach((p, i) => {
        const tr = rows[at ? at[i]! : i];
        const td = tr?.cells[bars ? 1 : col + 1];
        if (!td) return;
        const head = tr.cells[0]!.textContent!.trim();
        const note = td.querySelector(".cell-note")?.textContent;
        const value = [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("").trim();
        p.setAttribute(bars ? "data-label" : "data-period", head);
        p.setAttribute("data-value", value);
        if (note) p.setAttribute("data-note", note);
      });
    });
  }

  private buttons(sel: string): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>(`button${sel}`)];
  }

  /** Shows the chart or the table. */
  show(view: string): void {
    for (const p of this.querySelectorAll<HTMLElement>("[data-chart-panel]")) p.hidden = p.dataset.chartPanel !== view;
    for (const b of this.buttons("[data-chart-show]")) b.setAttribute("aria-pressed", String(b.dataset.chartShow === view));
    this.hideTip();
  }

  private toggle(b: HTMLButtonElement): void {
    const key = b.dataset.seriesToggle!;
    const on = b.getAttribute("aria-pressed") !== "true";
    b.setAttribute("aria-pressed", String(on));
    for (const g of this.querySelectorAll<SVGElement>("[data-series-group],[data-legend]")) {
      if ((g.dataset.seriesGroup ?? g.dataset.legend) === key) g.toggleAttribute("data-off", !on);
    }
    const msg = this.dataset[on ? "msgShown" : "msgHidden"] ?? "{series}";
    if (this.live) this.live.textContent = msg.replace("{series}", b.textContent?.trim() ?? key);
    this.hideTip();
    for (const svg of this.querySelectorAll<SVGSVGElement>("svg[data-chart-svg]")) this.resetStop(svg);
  }

  private enhance(svg: SVGSVGElement): void {
    // Focusable points may not sit inside role="img" (its children are presentational).
    svg.setAttribute("role", "group");
    // Chromium would otherwise stop on the drawing itself before its first point.
    svg.setAttribute("tabindex", "-1");
    const keys = this.dataset.keysId;
    if (keys) svg.setAttribute("aria-describedby", `${svg.getAttribute("aria-describedby") ?? ""} ${keys}`.trim());
    for (const p of svg.querySelectorAll<Point>(POINT)) {
      p.setAttribute("tabindex", "-1");
      p.setAttribute("role", "img");
      p.setAttribute("aria-label", this.describe(p).join(", "));
    }
    this.resetStop(svg);
    svg.addEventListener("keydown", (e) => this.key(svg, e));
    svg.addEventListener("focusin", (e) => {
      const p = (e.target as Element).closest<Point>(POINT);
      if (p) this.showTip(p);
    });
    svg.addEventListener("focusout", () => this.hideTip());
    // Pointer moves (mouse, pen) and taps (touch, where no move precedes the press).
    const atPointer = (e: PointerEvent) => {
      const p = this.nearest(svg, e.clientX, e.clientY);
      if (p) this.showTip(p);
      else this.hideTip();
    };
    svg.addEventListener("pointermove", atPointer);
    svg.addEventListener("pointerdown", atPointer);
    svg.addEventListener("pointerleave", () => this.hideTip());
  }

  private label(p: Point): string | undefined {
    return p.dataset.label ?? p.closest<SVGElement>(GROUP)?.dataset.label;
  }

  private describe(p: Point): string[] {
    const d = p.dataset;
    return [this.label(p), d.period, d.value, d.note].filter((x): x is string => !!x);
  }

  private visible(svg: SVGSVGElement): Point[] {
    return [...svg.querySelectorAll<Point>(POINT)].filter((p) => !p.closest("[data-off]"));
  }

  /** Keeps exactly one visible point in the Tab order. */
  private resetStop(svg: SVGSVGElement): void {
    const pts = this.visible(svg);
    const current = pts.find((p) => p.getAttribute("tabindex") === "0");
    for (const p of svg.querySelectorAll<Point>(POINT)) p.setAttribute("tabindex", "-1");
    (current ?? pts[0])?.setAttribute("tabindex", "0");
  }

  private key(svg: SVGSVGElement, e: KeyboardEvent): void {
    const cur = (e.target as Element).closest<Point>(POINT);
    if (!cur) return;
    if (e.key === "Escape") return this.hideTip();
    const pts = this.visible(svg);
    const order = [...new Set(pts.map(seriesOf))];
    const inSeries = (k: string) => pts.filter((p) => seriesOf(p) === k);
    const mine = inSeries(seriesOf(cur));
    const i = mine.indexOf(cur);
    const s = order.indexOf(seriesOf(cur));
    let next: Point | undefined;
    const across = (step: number) => {
      if (order.length === 1) return mine[i + step];
      const other = inSeries(order[s + step] ?? "");
      const x = centre(cur)[0];
      return other.reduce<Point | undefined>((best, p) => (!best || Math.abs(centre(p)[0] - x) < Math.abs(centre(best)[0] - x) ? p : best), undefined);
    };
    switch (e.key) {
      case "ArrowRight": next = mine[i + 1]; break;
      case "ArrowLeft": next = mine[i - 1]; break;
      case "ArrowDown": next = across(1); break;
      case "ArrowUp": next = across(-1); break;
      case "Home": next = mine[0]; break;
      case "End": next = mine[mine.length - 1]; break;
      default: return;
    }
    e.preventDefault();
    if (!next) return;
    cur.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    next.focus();
  }

  private nearest(svg: SVGSVGElement, x: number, y: number): Point | null {
    let best: Point | null = null;
    let dist = 24 * 24;
    for (const p of this.visible(svg)) {
      const [cx, cy] = centre(p);
      const r = p.getBoundingClientRect();
      // Bars count as hit anywhere on them; points within 24 px.
      const dx = x >= r.left && x <= r.right ? 0 : cx - x;
      const dy = y >= r.top && y <= r.bottom ? 0 : cy - y;
      const d = dx * dx + dy * dy;
      if (d <= dist) {
        dist = d;
        best = p;
      }
    }
    return best;
  }

  private showTip(p: Point): void {
    const tip = this.tip;
    if (!tip) return;
    const d = p.dataset;
    tip.replaceChildren();
    const add = (cls: string, s: string | undefined) => {
      if (!s) return;
      const line = document.createElement("span");
      line.className = cls;
      line.textContent = s;
      tip.append(line);
    };
    add("tip-label", this.label(p));
    add("tip-value", [d.period, d.value].filter(Boolean).join(": "));
    add("tip-note", d.note);
    tip.hidden = false;
    const parent = tip.offsetParent;
    if (!parent) return;
    const host = parent.getBoundingClientRect();
    const r = p.getBoundingClientRect();
    const left = Math.min(Math.max(r.left + r.width / 2 - host.left - tip.offsetWidth / 2, 0), host.width - tip.offsetWidth);
    const above = r.top - host.top - tip.offsetHeight - 8;
    // CSSOM writes are allowed under the site's CSP (only style attributes in markup are not).
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(above >= 0 ? above : r.bottom - host.top + 8)}px`;
  }

  private hideTip(): void {
    if (this.tip) this.tip.hidden = true;
  }

  /**
   * The wide drawing as a standalone SVG document: the chart as shown (hidden series left out),
   * light colours inlined on white, page-only attributes dropped, and around it the texts that
   * must travel with it (title, unit and period; notes; source, licence, address, notice).
   */
  exportSvg(): { svg: string; width: number; height: number } | null {
    const src = this.querySelector<SVGSVGElement>("svg.v-wide") ?? this.querySelector<SVGSVGElement>("svg[data-chart-svg]");
    if (!src) return null;
    const [, , w = 680, h = 380] = (src.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
    const f = Number(src.getAttribute("font-size")) || 15;
    const d = this.dataset;
    const pad = f * 0.5;
    const measure = document.createElement("canvas").getContext("2d");
    const out: string[] = [];
    let y = 0;
    /** Writes `text` wrapped to the width, its first line's top at `y`; moves `y` below it. */
    const write = (text: string | undefined, size: number, fill: string, bold = false, indent = 0) => {
      if (!text) return;
      if (measure) measure.font = `${bold ? "700 " : ""}${size}px ${FONT_FAMILY}`;
      const width = (s: string) => (measure ? measure.measureText(s).width : s.length * size * 0.6);
      const lines: string[] = [];
      let line = "";
      for (const word of text.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (line && width(next) > w - 2 * pad - indent) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      if (line) lines.push(line);
      lines.forEach((l, i) => {
        y += size * 1.3;
        out.push(`<text x="${r(pad + (i ? indent : 0))}" y="${r(y - size * 0.3)}" font-size="${r(size)}" fill="${fill}"${bold ? ' font-weight="700"' : ""}>${escapeMarkup(l)}</text>`);
      });
    };
    y += pad;
    write(d.exportTitle, f * 1.1, LIGHT.fg, true);
    write(d.exportSub, f * 0.85, LIGHT.muted);
    y += pad;
    out.push(`<svg x="0" y="${r(y)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" overflow="visible" font-size="${f}">${this.copy(src, LIGHT.fg)}</svg>`);
    y += h + pad;
    const notes = [...this.querySelectorAll(".chart-notes li")];
    if (notes.length) {
      write(d.exportNotes, f * 0.8, LIGHT.fg, true);
      notes.forEach((li, i) => write(`${i + 1}. ${li.textContent?.replace(/\s+/g, " ").trim()}`, f * 0.8, LIGHT.fg, false, f));
      y += pad * 0.5;
    }
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    for (const t of [d.exportSource, d.exportLicence, canonical || location.href]) write(t, f * 0.75, LIGHT.muted);
    write(d.exportNotice, f * 0.75, LIGHT.fg, true);
    const height = Math.ceil(y + pad);
    const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" font-family="${escapeMarkup(FONT_FAMILY)}">`;
    const title = `<title>${escapeMarkup(d.exportTitle ?? src.querySelector("title")?.textContent ?? "")}</title><rect width="100%" height="100%" fill="${LIGHT.bg}"/>`;
    return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${head}${title}${out.join("")}</svg>\n`, width: w, height };
  }

  /**
   * An element of the drawing and its children, as shown, with inline paint. A marker placed with
   * `<use>` is written as a path (its shape's `d`, moved by `transform`), so the file needs no ids.
   */
  private copy(n: Element, colour: string): string {
    const tag = n.tagName.toLowerCase();
    if (tag === "defs") return "";
    const use = tag === "use";
    const paint = paintOf(use ? useClasses([...n.classList]) : [...n.classList], colour);
    const attrs: Record<string, string> = {};
    if (use) {
      attrs.d = document.getElementById(n.getAttribute("href")?.slice(1) ?? "")?.getAttribute("d") ?? "";
      attrs.transform = `translate(${n.getAttribute("x") ?? 0},${n.getAttribute("y") ?? 0})`;
    }
    for (const a of n.attributes) if (!PAGE_ONLY.test(a.name) && !(use && /^(href|x|y)$/.test(a.name))) attrs[a.name] = a.value;
    Object.assign(attrs, paint.attrs);
    if (n.hasAttribute("data-legend") && n.hasAttribute("data-off")) attrs.opacity = "0.35";
    let inner = "";
    for (const c of n.childNodes) {
      if (c instanceof Element) {
        // Series toggled off are left out, as on the page.
        if (!(c.hasAttribute("data-series-group") && c.hasAttribute("data-off"))) inner += this.copy(c, paint.colour);
      } else if (c.nodeType === Node.TEXT_NODE) inner += escapeMarkup(c.textContent ?? "");
    }
    // The drawing's own <svg> becomes the caller's nested one.
    if (tag === "svg") return inner;
    const name = use ? "path" : n.tagName;
    const open = `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeMarkup(v)}"`).join("")}`;
    return inner ? `${open}>${inner}</${name}>` : `${open}/>`;
  }

  /** Saves the exported SVG, or draws it on a canvas at twice its size and saves the PNG. */
  private async save(kind: string): Promise<void> {
    const out = this.exportSvg();
    if (!out) return;
    const name = this.dataset.exportName ?? "grafik";
    const svgBlob = new Blob([out.svg], { type: "image/svg+xml" });
    if (kind === "svg") return download(svgBlob, `${name}.svg`);
    const url = URL.createObjectURL(svgBlob);
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = out.width * 2;
      canvas.height = out.height * 2;
      canvas.getContext("2d")!.drawImage(img, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/png"));
      if (blob) download(blob, `${name}.png`);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

const r = (n: number): string => String(Math.round(n * 100) / 100);

function download(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

if (!customElements.get("terang-chart")) customElements.define("terang-chart", TerangChart);
