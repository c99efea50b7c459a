/**
 * Progress to the target year in words, for page models: a badge ("Target 2026: sesuai jalur")
 * and a sentence that shows the figures the status comes from. The status itself is computed by
 * the data layer (src/lib/data/progress.ts); this module only words it.
 */
import type { Indicator, Lang } from "../data/model.ts";
import { progressOf, type Progress, type ProgressStatus } from "../data/progress.ts";
import { t } from "../i18n/ui.ts";
import { formatNumber, formatValue } from "../i18n/format.ts";
import { href } from "../i18n/routes.ts";

export interface ProgressView {
  readonly status: ProgressStatus;
  /** The status in words, e.g. "sesuai jalur". */
  readonly word: string;
  /** The badge: "Target 2026: sesuai jalur". */
  readonly label: string;
  /** The figures behind the status, as a sentence. */
  readonly detail: string;
  /** Where the method is explained. */
  readonly methodHref: string;
}

const pct = (x: number, lang: Lang) => `${formatNumber(x * 100, lang, 1)}%`;

/** Words a computed progress verdict. */
export function wordProgress(p: Progress, ind: Indicator, lang: Lang): ProgressView {
  const m = ind.meta;
  const target = m.target!;
  const v = (x: number) => formatValue(x, m.satuan, lang);
  const vars = {
    target: v(target.nilai),
    year: target.tahun,
    baseYear: p.baseline?.year ?? target.tahun_dasar ?? "—",
    baseline: p.baseline ? v(p.baseline.value) : "—",
    latestYear: p.latest?.year ?? "—",
    latest: p.latest ? v(p.latest.value) : "—",
    observed: p.observedGrowth !== null ? pct(p.observedGrowth, lang) : "—",
    required: p.requiredGrowth !== null ? pct(p.requiredGrowth, lang) : "—",
    ratio: p.ratio !== null ? pct(p.ratio, lang) : "—",
  };
  const reason = p.reason === "noBaseline" && !p.latest ? "noData" : p.reason;
  const word = t(lang, `progress.status.${p.status}`);
  return {
    status: p.status,
    word,
    label: t(lang, "progress.badge", { year: target.tahun, status: word }),
    detail: t(lang, `progress.detail.${reason}`, vars),
    methodHref: `${href(lang, "method")}#${t(lang, "progress.anchor")}`,
  };
}

/**
 * A region's progress to the indicator's target, in words; null when there is no target. Worded
 * once per indicator, region and language: an indicator page asks for each region's twice (its
 * latest values and its progress list), and the region pages, cards and documents ask again.
 */
export function progressView(ind: Indicator, region: string, lang: Lang): ProgressView | null {
  let held = worded.get(ind);
  if (!held) worded.set(ind, (held = new Map()));
  const key = `${lang}\u0000${region}`;
  let view = held.get(key);
  if (view === undefined) {
    const p = progressOf(ind, region);
    held.set(key, (view = p ? wordProgress(p, ind, lang) : null));
  }
  return view;
}
const worded = new WeakMap<Indicator, Map<string, ProgressView | null>>();
