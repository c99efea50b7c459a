/**
 * Page model of the home page (/, /en/): the headline indicators as cards with every region's
 * latest value, the latest policy documents, the themes, the regions and the overdue indicators.
 * A pure function of the validated site and the language.
 */
import { regionNameIn } from "../catalogue.ts";
import type { Site } from "../data/project.ts";
import type { Indicator, Lang, Observation, PolicyStatus } from "../data/model.ts";
import { chromeView, type Chrome } from "./chrome.ts";
import { indicatorCardView, type IndicatorCardView } from "./catalogue.ts";
import { themeIndicatorsIn } from "../catalogue.ts";
import { latestPerRegion, regionsInOrder } from "../indicators.ts";
import { staleness } from "../data/staleness.ts";
import { policiesFor, policyHref } from "../policies.ts";
import { t } from "../i18n/ui.ts";
import { href, otherLang } from "../i18n/routes.ts";
import { tx } from "../i18n/text.ts";
import { formatDate, formatPeriod, formatValue } from "../i18n/format.ts";
import { progressView, type ProgressView } from "./progress.ts";
import { regionPickView, type RegionPickView } from "./regionPick.ts";

/** One region's latest value under a headline card. */
export interface RegionLatest {
  readonly href: string;
  readonly name: string;
  readonly value: string;
  readonly period: string;
  readonly latest: Observation;
  readonly previous: Observation | null;
  /** The region's progress to the target year; null without a target. */
  readonly progress: ProgressView | null;
}

export interface HeadlineCard {
  readonly card: IndicatorCardView;
  readonly indicator: Indicator;
  readonly regions: readonly RegionLatest[];
}

export interface HomeDoc {
  readonly href: string;
  readonly title: string;
  /** The document's language when it is not the page's (no translation). */
  readonly hreflang: string | undefined;
  readonly foreign: boolean;
  readonly status: PolicyStatus;
  readonly date: string;
  readonly dateText: string;
}

export interface HomeView {
  readonly lang: Lang;
  readonly chrome: Chrome;
  readonly title: string;
  readonly alternate: string;
  readonly headline: readonly HeadlineCard[];
  /** The reader's choice of region for the cards. */
  readonly regionPick: RegionPickView;
  readonly docs: readonly HomeDoc[];
  readonly themes: readonly { readonly href: string; readonly title: string; readonly count: string }[];
  readonly regions: readonly { readonly href: string; readonly name: string; readonly kind: string }[];
  /** Indicators whose data are late; `intro` names the build's date. */
  readonly overdue: { readonly intro: string; readonly items: readonly { readonly id: string; readonly href: string; readonly title: string; readonly text: string }[] };
}

export function homeView(site: Site, lang: Lang): HomeView {
  const regionName = (code: string) => regionNameIn(site.regions, code);
  const headline = site.config.utama.map((id) => site.indicators.find((i) => i.meta.id === id)!).filter(Boolean);
  const overdue = site.indicators.map((ind) => ({ ind, st: staleness(ind, site.today) })).filter((x) => x.st.overdue);
  return {
    lang,
    chrome: chromeView(site, lang),
    title: tx(site.config.nama, lang),
    alternate: href(otherLang(lang), "home"),
    regionPick: regionPickView(site, lang),
    headline: headline.map((ind) => ({
      card: indicatorCardView(site, lang, ind, "home-"),
      indicator: ind,
      regions: latestPerRegion(ind, site.regions).map((l) => ({
        href: href(lang, "regions", l.region),
        name: regionName(l.region),
        value: formatValue(l.latest.value, ind.meta.satuan, lang, ind.meta.desimal),
        period: formatPeriod(l.latest.period, lang),
        latest: l.latest,
        previous: l.previous,
        progress: progressView(ind, l.region, lang),
      })),
    })),
    docs: policiesFor(lang, site).slice(0, 3).map(({ doc, otherLang: foreign }) => ({
      href: policyHref(doc),
      title: doc.fm.judul,
      hreflang: foreign ? doc.fm.bahasa : undefined,
      foreign,
      status: doc.fm.status,
      date: doc.fm.tanggal,
      dateText: formatDate(doc.fm.tanggal, lang),
    })),
    themes: site.themes.map((th) => ({ href: href(lang, "themes", th.id), title: tx(th.judul, lang), count: t(lang, "themes.count", { n: themeIndicatorsIn(site, th).length }) })),
    regions: regionsInOrder(site.regions).map((r) => ({ href: href(lang, "regions", r.code), name: r.name, kind: t(lang, `region.kind.${r.kind}`) })),
    overdue: {
      intro: t(lang, "home.overdue.intro", { date: formatDate(site.today.toISOString().slice(0, 10), lang) }),
      items: overdue.map(({ ind, st }) => ({
        id: ind.meta.id,
        href: href(lang, "indicators", ind.meta.id),
        title: tx(ind.meta.judul, lang),
        text: t(lang, "home.overdue.item", { latest: st.latest ? formatPeriod(st.latest, lang) : t(lang, "indicator.noData"), expected: formatPeriod(st.expected, lang) }),
      })),
    },
  };
}
