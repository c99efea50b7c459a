/** Words for the revision log, shared by the indicator page, the changes page and the feed. */
import type { Indicator, Lang } from "./data/model.ts";
import type { Revision, ValueChange } from "./revisions.ts";
import { formatPeriod, formatValue } from "./i18n/format.ts";
import { tx } from "./i18n/text.ts";
import { t } from "./i18n/ui.ts";

/** `diubah dari 78,25 menjadi 79` / `changed from 78.25 to 79`. */
export function changeText(ind: Indicator, c: ValueChange, lang: Lang): string {
  const f = (v: number | null) => formatValue(v, ind.meta.satuan, lang, ind.meta.desimal);
  return t(lang, `revisions.${c.kind}`, { from: f(c.from), to: f(c.to) });
}

/** The breakdown of a value in words (`Modalitas: daring`), or `total`. */
export function breakdownText(ind: Indicator, c: ValueChange, lang: Lang): string {
  const parts = (ind.meta.dimensi ?? []).flatMap((d) => {
    const v = c.dims[d.kolom];
    return v ? [`${tx(d.label, lang)}: ${d.nilai[v] ? tx(d.nilai[v]!, lang) : v}`] : [];
  });
  return parts.length ? parts.join(", ") : t(lang, "revisions.total");
}

export function summaryText(r: Revision, lang: Lang): string {
  if (r.initial) return t(lang, "changes.firstPublished", { count: r.count });
  const n = (k: ValueChange["kind"]) => r.changes.filter((c) => c.kind === k).length;
  return t(lang, "revisions.summary", { added: n("added"), changed: n("changed"), removed: n("removed") });
}

/** One change as a sentence: `Kota Sawahlunto, Semester I 2025: diubah dari 78,25 menjadi 79`. */
export function changeSentence(ind: Indicator, c: ValueChange, lang: Lang, regionName: (code: string) => string): string {
  const dims = (ind.meta.dimensi ?? []).length ? ` (${breakdownText(ind, c, lang)})` : "";
  return `${regionName(c.region)}, ${formatPeriod(c.period, lang)}${dims}: ${changeText(ind, c, lang)}`;
}

export const revisionAnchor = (r: Revision): string => `revisi-${r.commit.slice(0, 10)}`;

/**
 * The maintainer's public note on a revision for a page in `lang`: the note in that language, else
 * the other one (its `lang` says which, for a `lang` attribute and an "(in Indonesian)" label);
 * null without a note.
 */
export function revisionNote(r: Revision, lang: Lang): { text: string; lang: Lang } | null {
  const other: Lang = lang === "id" ? "en" : "id";
  if (r.note[lang]) return { text: r.note[lang], lang };
  if (r.note[other]) return { text: r.note[other], lang: other };
  return null;
}
