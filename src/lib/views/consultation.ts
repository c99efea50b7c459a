/**
 * The responses a document received in public consultation and the answers given, per version,
 * as its page prints them. While the consultation is open they are "responses received so far";
 * once it has closed (or the document has moved on), the section is "what we heard and what we
 * changed". A translation shows its pair's responses in its own language where given.
 */
import type { Site, PolicyDoc } from "../data/project.ts";
import type { Lang } from "../data/model.ts";
import type { ConsultationResponse } from "../data/schema/policy.ts";
import { consultationOf, todayIso, translationOf, versionAnchor } from "../policies.ts";
import { t } from "../i18n/ui.ts";
import { formatDate } from "../i18n/format.ts";

export interface ResponseText {
  readonly text: string;
  readonly lang: Lang;
}

export interface ResponsesView {
  /** Still open: the responses so far; else: what we heard and what we changed. */
  readonly closed: boolean;
  readonly heading: string;
  readonly intro: string;
  readonly versions: readonly {
    readonly versi: string;
    readonly label: string;
    /** The version's entry in the revision history. */
    readonly href: string;
    readonly items: readonly {
      readonly date: { readonly iso: string; readonly text: string };
      readonly from: ResponseText;
      readonly heard: ResponseText;
      readonly answer: ResponseText;
      /** null: nothing changed. */
      readonly changed: ResponseText | null;
    }[];
  }[];
  readonly labels: { readonly from: string; readonly heard: string; readonly answer: string; readonly changed: string; readonly unchanged: string };
}

export function responsesView(site: Site, doc: PolicyDoc, lang: Lang): ResponsesView | null {
  const source = doc.fm.tanggapan.length > 0 ? doc : translationOf(site, doc);
  if (!source || source.fm.tanggapan.length === 0) return null;
  const own = source.fm.bahasa;
  const pick = (text: string, en: string | undefined): ResponseText => (lang === own ? { text, lang: own } : lang === "en" && en ? { text: en, lang: "en" } : { text, lang: own });
  const consultation = consultationOf(doc.fm, todayIso(site), site.config.kontak);
  const closed = !consultation?.open;
  const byVersion = new Map<string, ConsultationResponse[]>();
  for (const r of source.fm.tanggapan) byVersion.set(r.versi, [...(byVersion.get(r.versi) ?? []), r]);
  return {
    closed,
    heading: t(lang, closed ? "consult.heard" : "consult.received"),
    intro: t(lang, closed ? "consult.heard.intro" : "consult.received.intro"),
    versions: [...byVersion].map(([versi, items]) => ({
      versi,
      label: t(lang, "consult.version", { v: versi }),
      href: `#${versionAnchor(versi, lang)}`,
      items: items.map((r) => ({
        date: { iso: r.tanggal, text: formatDate(r.tanggal, lang) },
        from: pick(r.dari, r.dari_en),
        heard: pick(r.isi, r.isi_en),
        answer: pick(r.jawaban, r.jawaban_en),
        changed: r.perubahan ? pick(r.perubahan, r.perubahan_en) : null,
      })),
    })),
    labels: { from: t(lang, "consult.from"), heard: t(lang, "consult.said"), answer: t(lang, "consult.answer"), changed: t(lang, "consult.changed"), unchanged: t(lang, "consult.unchanged") },
  };
}
