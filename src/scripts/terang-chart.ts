/**
 * `<terang-chart>`: enhances a chart figure rendered at build time. Without JavaScript the figure
 * shows the chart and its table, both complete; with it, this element adds
 *
 * - a chart/table switch: `button[data-chart-show="chart"|"table"]` (aria-pressed) shows one of
 *   `[data-chart-panel="chart"|"table"]`;
 * - series toggles: `button[data-series-toggle=<key>]` (aria-pressed) hides/shows every
 *   `[data-series-group=<key>]` and dims `[data-legend=<key>]` (attribute `data-off`), and
 *   says so in `[data-chart-live]` (texts from `data-msg-shown` / `data-msg-hidden`, `{series}`);
 * - tooltips on hover and on keyboard focus of each `[data-point]` (text from its `data-label`,
 *   `data-period`, `data-value`, `data-note`) in `[data-chart-tooltip]`;
 * - a roving tabindex: one Tab stop per drawing; ←/→ move within a series, ↑/↓ across series
 *   (along the bars when there is one series), Home/End to a series' first/last point, Esc hides
 *   the tooltip;
 * - a PNG download (`button[data-chart-png]`), drawn from the standalone SVG at `data-svg`.
 *
 * Imports nothing: every text it shows was formatted at build time.
 */

type Point = SVGElement & { dataset: DOMStringMap };

const POINT = "[data-point]";

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
    for (const b of this.buttons("[data-chart-png]")) {
      b.hidden = false;
      b.addEventListener("click", () => void this.png());
    }
    this.show("chart");
    for (const svg of this.querySelectorAll<SVGSVGElement>("svg[data-chart-svg]")) this.enhance(svg);
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

  private describe(p: Point): string[] {
    const d = p.dataset;
    return [d.label, d.period, d.value, d.note].filter((x): x is string => !!x);
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
    const order = [...new Set(pts.map((p) => p.dataset.series!))];
    const inSeries = (k: string) => pts.filter((p) => p.dataset.series === k);
    const mine = inSeries(cur.dataset.series!);
    const i = mine.indexOf(cur);
    const s = order.indexOf(cur.dataset.series!);
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
    add("tip-label", d.label);
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

  /** Draws the standalone SVG (light colours) on a canvas at twice its size and saves it. */
  private async png(): Promise<void> {
    const href = this.dataset.svg;
    if (!href) return;
    const text = await (await fetch(href)).text();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth * 2;
      canvas.height = img.naturalHeight * 2;
      canvas.getContext("2d")!.drawImage(img, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/png"));
      if (!blob) return;
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = this.dataset.pngName ?? "grafik.png";
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

if (!customElements.get("terang-chart")) customElements.define("terang-chart", TerangChart);
