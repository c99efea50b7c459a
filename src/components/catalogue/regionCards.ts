/**
 * The cards of a region's page (RegionsPage.astro): one per indicator, with the region's latest
 * value, its sparkline, band or target status, change since the previous period, and the
 * province's value in the same period with the difference in words (better/worse, given the
 * indicator's good direction). Printed as one string with `set:html`: a region's page lists every
 * indicator, and at a thousand indicators a component per card (with its sparkline, badges and
 * change) took about a third of the page's time. It replaced RegionCard.astro, with the same markup.
 */
import type { Lang, Region } from "../../lib/data/model.ts";
import type { RegionCardView } from "../../lib/views/regions.ts";
import { escapeMarkup as esc } from "../../lib/html.ts";
import { t } from "../../lib/i18n/ui.ts";
import { href } from "../../lib/i18n/routes.ts";
import { localise } from "../../lib/i18n/text.ts";
import { formatChange, formatPeriod, formatValue } from "../../lib/i18n/format.ts";
import { changeWordsMarkup, valueStatusMarkup } from "../site/statusMarkup.ts";

/** One card. */
export function regionCardMarkup(reading: RegionCardView, province: Region | null, lang: Lang): string {
  const ind = reading.indicator;
  const m = ind.meta;
  const title = localise(m.judul, lang);
  const titleLang = title.lang !== lang ? ` lang="${esc(title.lang)}"` : "";
  let out = `<li class="card region-card" data-indicator="${esc(m.id)}"><h3 class="card-title"><a href="${esc(href(lang, "indicators", m.id))}"${titleLang}>${esc(title.text)}</a>`;
  if (title.untranslated) out += `<span class="untranslated">(${esc(t(lang, "site.untranslated"))})</span>`;
  out += "</h3>";
  const latest = reading.latest;
  if (!latest) return `${out}<p class="muted">${esc(t(lang, "indicator.noData"))}</p></li>`;
  out += `<p class="figure"><span><strong class="value"${latest.value !== null ? ` data-value="${latest.value}"` : ""}>${esc(formatValue(latest.value, m.satuan, lang, m.desimal))}</strong><span class="muted period" data-period="${esc(latest.period.code)}">${esc(formatPeriod(latest.period, lang))}</span></span>`;
  if (reading.sparkline) out += `<span class="sparkline">${reading.sparkline.scene.markup}</span>`;
  out += `</p><p class="status">${valueStatusMarkup(ind, latest.value, lang, reading.progress)}</p><p class="delta">${changeWordsMarkup(ind, latest, reading.previous, lang)}</p>`;
  if (province) {
    const p = reading.province;
    out += `<p class="vs-province" data-province="${esc(province.code)}"${p?.value != null ? ` data-province-value="${p.value}"` : ""}>`;
    if (p) {
      out += `${esc(province.name)}: <strong>${esc(formatValue(p.value, m.satuan, lang, m.desimal))}</strong>`;
      if (reading.gap !== null) {
        const verdict = reading.better === null ? "region.same" : reading.better ? "region.better" : "region.worse";
        out += ` (${esc(formatChange(reading.gap, m.satuan, lang, m.desimal))}; <span class="verdict${reading.better === true ? " good" : reading.better === false ? " bad" : ""}">${esc(t(lang, verdict))}</span>)`;
      }
    } else out += `<span class="muted">${esc(province.name)}: ${esc(t(lang, "region.noProvince"))}</span>`;
    out += "</p>";
  }
  return `${out}</li>`;
}

/** Every card of a list, in order. */
export function regionCardsMarkup(readings: readonly RegionCardView[], province: Region | null, lang: Lang): string {
  // Joined once: one flat string (see rowsMarkup in src/lib/html.ts).
  return readings.map((r) => regionCardMarkup(r, province, lang)).join("");
}
