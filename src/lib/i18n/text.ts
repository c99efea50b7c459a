/** Bilingual texts from data: `{ id, en? }` → the text for a language, and whether it fell back. */
import type { Lang, LocalText } from "../data/model.ts";

export interface Localised {
  readonly text: string;
  /** True when English was asked for but only Indonesian exists. */
  readonly untranslated: boolean;
  /** Language of `text`. */
  readonly lang: Lang;
}

export function localise(t: LocalText, lang: Lang): Localised {
  if (lang === "en" && t.en) return { text: t.en, untranslated: false, lang: "en" };
  return { text: t.id, untranslated: lang === "en", lang: "id" };
}

export const tx = (t: LocalText, lang: Lang): string => localise(t, lang).text;
