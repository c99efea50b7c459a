/**
 * What every page's frame prints (src/layouts/Base.astro, ShareMeta): the site's name and
 * tagline, publisher, contact, licence and whether the data are samples. Computed by the route
 * from the validated site and handed down, so the layout never reads the site itself.
 */
import type { Site } from "../data/project.ts";
import type { Lang } from "../data/model.ts";
import { tx } from "../i18n/text.ts";
import { href, otherLang, type Section } from "../i18n/routes.ts";

export interface Chrome {
  readonly lang: Lang;
  readonly siteName: string;
  readonly tagline: string;
  readonly publisher: string;
  readonly contact: string;
  readonly licence: { readonly nama: string; readonly url: string };
  /** `data_contoh`: every page says the data are illustrative. */
  readonly sample: boolean;
  /** The build's date (`YYYY-MM-DD`): a printed page says when it was published. */
  readonly today: string;
}

const memo = new WeakMap<Site, Partial<Record<Lang, Chrome>>>();

export function chromeView(site: Site, lang: Lang): Chrome {
  const held = memo.get(site) ?? {};
  memo.set(site, held);
  return (held[lang] ??= {
    lang,
    siteName: tx(site.config.nama, lang),
    tagline: tx(site.config.tagline, lang),
    publisher: tx(site.config.penerbit, lang),
    contact: site.config.kontak,
    licence: site.config.lisensi,
    sample: site.config.data_contoh,
    today: site.today.toISOString().slice(0, 10),
  });
}

/** What every page model starts with: its language, its frame, and the same page in the other language. */
export interface PageFrame {
  readonly lang: Lang;
  readonly chrome: Chrome;
  /** The same page in the other language. */
  readonly alternate: string;
}

export function pageFrame(site: Site, lang: Lang, section: Section, ...rest: string[]): PageFrame {
  return { lang, chrome: chromeView(site, lang), alternate: href(otherLang(lang), section, ...rest) };
}
