/**
 * The region picker of the pages that list indicator cards (home, indicator index, theme pages;
 * issue 14, point 2). The cards are printed for the default region, a city where the data have
 * one; the picker prints a link to the list of regions (without JavaScript) and, for the card
 * script (src/scripts/cards.ts), the regions to choose from, the latest-values file and every word
 * the script writes on a card, in the page's language. Pure function of the site and language.
 */
import type { Site } from "../data/project.ts";
import type { Lang } from "../data/model.ts";
import { PROGRESS_STATUSES } from "../data/progress.ts";
import { regionsInOrder } from "../indicators.ts";
import { t } from "../i18n/ui.ts";
import { rt } from "../i18n/reader.ts";
import { asset, href } from "../i18n/routes.ts";
import { COMPARE_DATA_FILE } from "./compare.ts";

export interface RegionPickView {
  readonly label: string;
  /** Said above the picker: the cards show one region. */
  readonly intro: string;
  readonly linkText: string;
  readonly regionsHref: string;
  readonly options: readonly { readonly code: string; readonly name: string }[];
  /** The region the cards are printed for (the first city, else the province, else the first). */
  readonly default: string | undefined;
  /** The latest values of every region (with the site's base). */
  readonly dataSrc: string;
  /** Every word the script writes, as JSON for a data attribute. */
  readonly ui: string;
}

export function regionPickView(site: Site, lang: Lang): RegionPickView {
  const regions = regionsInOrder(site.regions);
  const first = regions.find((r) => r.kind === "kota") ?? regions.find((r) => r.kind === "provinsi") ?? regions[0];
  const ui: Record<string, string> = {
    for: t(lang, "home.card.for"),
    noData: rt(lang, "region.cardNoData"),
    progress: t(lang, "progress.badge"),
    up: t(lang, "change.up"),
    down: t(lang, "change.down"),
    flat: t(lang, "change.flat"),
    better: t(lang, "change.better"),
    worse: t(lang, "change.worse"),
  };
  for (const s of PROGRESS_STATUSES) ui[`progress.${s}`] = t(lang, `progress.status.${s}`);
  return {
    label: rt(lang, "region.pick"),
    intro: rt(lang, "region.cards"),
    linkText: t(lang, "regions.title"),
    regionsHref: href(lang, "regions"),
    options: regions.map((r) => ({ code: r.code, name: r.name })),
    default: first?.code,
    dataSrc: asset(COMPARE_DATA_FILE),
    ui: JSON.stringify(ui),
  };
}
