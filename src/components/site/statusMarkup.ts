/**
 * Two small pieces every list of indicators prints, as markup strings: a value's band and target
 * badges, and the change since the previous period in words. ValueStatus.astro and
 * ChangeWords.astro print them with `set:html`, and so do the long lists printed as one string (a
 * region's page: ../catalogue/regionCards.ts), where a component per card and per badge took
 * about a third of the page's time. Text and attributes go through the site's one escaper
 * (src/lib/html.ts).
 */
import type { Indicator, Lang, Observation } from "../../lib/data/model.ts";
import type { ProgressView } from "../../lib/views/progress.ts";
import { bandOf, bandShade } from "../../lib/charts/bands.ts";
import { isImprovement, targetStatus } from "../../lib/indicators.ts";
import { round } from "../../lib/catalogue.ts";
import { formatChange, formatPeriod } from "../../lib/i18n/format.ts";
import { tx } from "../../lib/i18n/text.ts";
import { t } from "../../lib/i18n/ui.ts";
import { escapeMarkup as esc } from "../../lib/html.ts";

/**
 * A value's band (kategori) and target status, as small badges. Given `progress` (the page
 * model's progress to the target year, src/lib/views/progress.ts), the target badge says that
 * status in words ("Target 2026: sesuai jalur"), coloured by status; without it, only whether the
 * value meets the target.
 */
export function valueStatusMarkup(indicator: Indicator, value: number | null, lang: Lang, progress?: ProgressView | null): string {
  const kategori = indicator.meta.kategori;
  const band = value === null || !kategori ? null : bandOf(value, kategori);
  const status = progress === undefined ? targetStatus(indicator, value) : null;
  let out = "";
  if (band) out += bandBadgeMarkup(band.kode, `${band.kode} · ${tx(band.label, lang)}`, bandShade(band, kategori!));
  if (progress) out += `<span class="badge progress progress-${progress.status}" data-progress="${progress.status}">${esc(progress.label)}</span>`;
  if (status) out += targetBadgeMarkup(status === "met", t(lang, status === "met" ? "indicator.target.met" : "indicator.target.notMet"));
  return out;
}

/** A band's badge: its code and words (`text`), in the band's colour (`shade`, bandShade). */
export const bandBadgeMarkup = (kode: string, text: string, shade: number): string => `<span class="badge band shade-${shade}" data-band="${esc(kode)}">${esc(text)}</span>`;

/** Whether a value meets its target, as a badge. */
export const targetBadgeMarkup = (met: boolean, text: string): string => `<span class="badge ${met ? "met" : "not-met"}">${esc(text)}</span>`;

/**
 * Change since the previous period, with an arrow AND in words ("naik 0,27 sejak Semester II 2025,
 * membaik"), so the direction never rests on the arrow or the colour alone. Empty without both
 * values.
 */
export function changeWordsMarkup(indicator: Indicator, latest: Observation | null, previous: Observation | null, lang: Lang): string {
  if (!previous || !latest || latest.value === null || previous.value === null) return "";
  const delta = round(latest.value - previous.value);
  const good = isImprovement(indicator, delta);
  const dir = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
  const arrow = dir === "up" ? "↑" : dir === "down" ? "↓" : "→";
  const words = t(lang, `change.${dir}`, { delta: formatChange(Math.abs(delta), indicator.meta.satuan, lang, indicator.meta.desimal).replace(/^[+±]/, ""), period: formatPeriod(previous.period, lang) });
  const verdict = good === null ? "" : `, <span class="verdict">${esc(t(lang, good ? "change.better" : "change.worse"))}</span>`;
  return `<span class="change-words${good === true ? " good" : good === false ? " bad" : ""}" data-direction="${dir}"><span class="arrow" aria-hidden="true">${arrow}</span> ${esc(words)}${verdict}</span>`;
}
