/**
 * Indicator cards for the reader's region (issue 14, point 2). Cards are printed for the default
 * region; the picker above them (RegionPick.astro) prints a <template> with a <select> of every
 * region, which this script puts on the page. The choice is kept by region code
 * (src/scripts/region-store.ts), shared with the indicator pages' headline (src/scripts/region.ts).
 * When the chosen region is not the one a card was printed for, the card takes that region's
 * latest value, period, band, progress and change from the site's latest-values file
 * (/data/wilayah/terbaru.json, src/lib/views/compare.ts `compareData`), worded as the build words
 * a card (IndicatorCard.astro, ValueStatus.astro, ChangeWords.astro) with the same format module;
 * the sparkline, drawn for the printed region, is left out. The file is fetched only when a card
 * must change: with no choice stored, or the printed region chosen, the page makes no request.
 */
import { formatChange, formatPeriod, formatValue } from "../lib/i18n/format.ts";
import { parsePeriod } from "../lib/data/period.ts";
import { bandOf, bandShade } from "../lib/charts/bands.ts";
import type { CompareData } from "../lib/views/compare.ts";
import { storedRegion, writeRegion } from "./region-store.ts";

type Lang = "id" | "en";
type Indicator = CompareData["indikator"][number];

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

function el(tag: string, cls: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

const periodText = (code: string, lang: Lang) => {
  const p = parsePeriod(code);
  return p ? formatPeriod(p, lang) : code;
};

/** The paragraphs a printed card shows for its region, for region `i` of the data file. */
function figure(ind: Indicator | undefined, i: number, name: string, lang: Lang, ui: Record<string, string>): HTMLElement[] {
  const v = ind?.nilai[i] ?? null;
  if (!ind || !v) return [el("p", "muted nodata", fill(ui.noData!, { region: name }))];
  const [value, code, prevValue, prevCode] = v;
  const status = el("p", "status");
  const band = ind.kategori ? bandOf(value, ind.kategori) : null;
  if (band) status.append(el("span", `badge band shade-${bandShade(band, ind.kategori!)}`, `${band.kode} · ${lang === "en" && band.label.en ? band.label.en : band.label.id}`, { "data-band": band.kode }));
  const progress = ind.kemajuan?.[i];
  if (progress && ind.tahun_target !== undefined) {
    status.append(el("span", `badge progress progress-${progress}`, fill(ui.progress!, { year: ind.tahun_target, status: ui[`progress.${progress}`] ?? progress }), { "data-progress": progress }));
  }
  const delta = el("p", "delta");
  if (prevValue !== undefined && prevCode !== undefined) {
    // As ChangeWords.astro: the change rounded to 1e-6, its direction, arrow and words, and whether it is better.
    const d = Math.round((value - prevValue) * 1e6) / 1e6;
    const dir = d > 0 ? "up" : d < 0 ? "down" : "flat";
    const good = d === 0 ? null : ind.arah === "naik" ? d > 0 : d < 0;
    const span = el("span", `change-words${good === true ? " good" : good === false ? " bad" : ""}`, undefined, { "data-direction": dir });
    span.append(el("span", "arrow", dir === "up" ? "↑" : dir === "down" ? "↓" : "→", { "aria-hidden": "true" }));
    const amount = formatChange(Math.abs(d), ind.satuan, lang, ind.desimal).replace(/^[+±]/, "");
    span.append(` ${fill(ui[dir]!, { delta: amount, period: periodText(prevCode, lang) })}`);
    if (good !== null) span.append(", ", el("span", "verdict", good ? ui.better : ui.worse));
    delta.append(span);
  }
  const fig = el("p", "figure");
  fig.append(el("strong", "value", formatValue(value, ind.satuan, lang, ind.desimal)));
  return [el("p", "for muted", fill(ui.for!, { region: name, period: periodText(code, lang) })), fig, status, delta];
}

const box = document.querySelector<HTMLElement>("[data-card-region-pick]");
const template = box?.querySelector("template");
const cards = [...document.querySelectorAll<HTMLElement>(".indicator-card[data-indicator]")];
if (box && template && cards.length) {
  const lang: Lang = document.documentElement.lang === "en" ? "en" : "id";
  const ui = JSON.parse(box.dataset.ui ?? "{}") as Record<string, string>;
  const label = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const select = label.querySelector("select")!;
  const regions = [...select.options].map((o) => [o.value, o.text] as const);
  const stored = storedRegion(regions);
  select.value = stored ?? box.dataset.default ?? regions[0]?.[0] ?? "";
  box.append(label);

  // A card's figure: its paragraphs after the title (and description), as printed and as shown now.
  const FIGURE = ":scope > :is(.for, .figure, .status, .delta, .nodata)";
  const printed = new Map(cards.map((c) => [c, [...c.querySelectorAll<HTMLElement>(FIGURE)]]));
  const put = (c: HTMLElement, nodes: readonly HTMLElement[]) => {
    const anchor = c.querySelector<HTMLElement>(":scope > .desc") ?? c.querySelector<HTMLElement>(":scope > .card-title")!;
    for (const n of c.querySelectorAll(FIGURE)) n.remove();
    anchor.after(...nodes);
  };
  let data: Promise<CompareData> | null = null;
  const load = () =>
    (data ??= fetch(box.dataset.src!, { credentials: "same-origin" }).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      return r.json() as Promise<CompareData>;
    }));

  const show = async (code: string) => {
    const own = (c: HTMLElement) => c.dataset.region === code;
    for (const c of cards.filter(own)) {
      put(c, printed.get(c)!);
      delete c.dataset.shown;
    }
    const others = cards.filter((c) => !own(c));
    if (others.length === 0) return;
    let d: CompareData;
    try {
      d = await load();
    } catch {
      return; // the printed cards stay as they are
    }
    if (select.value !== code) return; // the reader chose again meanwhile
    const i = d.wilayah.findIndex((w) => w[0] === code);
    if (i < 0) return;
    const byId = new Map(d.indikator.map((ind) => [ind.id, ind]));
    for (const c of others) {
      put(c, figure(byId.get(c.dataset.indicator!), i, d.wilayah[i]![1], lang, ui));
      c.dataset.shown = code;
    }
  };

  // Nothing stored: the cards stay as printed, and nothing is fetched.
  if (stored) void show(stored);
  select.addEventListener("change", () => {
    writeRegion(select.value);
    void show(select.value);
  });
}
