/**
 * Numbers, periods and dates for each language: the one formatting module of the site. Build-time
 * pages and browser scripts both import it (it depends on d3-format only), so a figure reads the
 * same in the HTML, the tooltip and the summary: `78,5%` in Indonesian (KBBI/PUEBI write the
 * percent sign without a space), `78.5%` in English.
 */
import { formatLocale, type FormatLocaleObject } from "d3-format";
import type { Lang } from "../data/model.ts";
import type { Period } from "../data/period.ts";
import { kept } from "../kept.ts";

/** The non-breaking space between a number and a unit word (`12 JP`, `3 poin`). */
const NBSP = "\u00a0";

const LOCALES: Record<Lang, FormatLocaleObject> = {
  id: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["Rp", ""], minus: "−" }),
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "−" }),
};

export type Unit = "persen" | "skor" | "jam" | "orang" | "rasio";

/** Unit after a number, short form (`%`, `JP`). */
const SUFFIX: Record<Lang, Record<Unit, string>> = {
  id: { persen: "%", skor: "", jam: `${NBSP}JP`, orang: `${NBSP}orang`, rasio: "" },
  en: { persen: "%", skor: "", jam: `${NBSP}JP`, orang: `${NBSP}people`, rasio: "" },
};

/**
 * One d3 formatter per language and specifier (making one parses the specifier each time), which
 * keeps what it wrote: a page writes the same value in its tables, its charts and their summaries.
 * Each keeps up to 10,000 values, then starts again, so a large build does not hold every value it
 * ever wrote.
 */
const formatters = new Map<string, (n: number) => string>();
function formatter(lang: Lang, spec: string): (n: number) => string {
  const key = `${lang}${spec}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = kept(LOCALES[lang].format(spec), 10_000)));
  return f;
}

/** A bare number: grouped thousands, at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  return formatter(lang, `,.${decimals}~f`)(value);
}

/** A number with a fixed count of decimals (axis ticks of one scale share it). */
export function formatFixed(value: number, lang: Lang, decimals: number): string {
  return formatter(lang, `,.${decimals}f`)(value);
}

/** A value with its unit; `null` (a missing observation) reads "tidak tersedia" / "not available". */
export function formatValue(value: number | null, unit: Unit, lang: Lang, decimals?: number): string {
  if (value === null) return lang === "id" ? "tidak tersedia" : "not available";
  return written(value, lang, decimals) + SUFFIX[lang][unit];
}

/** With `decimals` (an indicator's one precision, meta.desimal), exactly that many; else at most 2. */
const written = (value: number, lang: Lang, decimals?: number) => (decimals === undefined ? formatNumber(value, lang, 2) : formatFixed(value, lang, decimals));

/** A number exactly as the metadata states it (band limits, ranges, targets): no rounding, no padding. */
export function formatStated(value: number, unit: Unit, lang: Lang): string {
  return formatNumber(value, lang, 6) + SUFFIX[lang][unit];
}

/**
 * A change between two values, signed: `+2,3 poin` for percentages (percentage points), `+1,5 JP`
 * for hours, `+0,8` for scores.
 */
export function formatChange(delta: number, unit: Unit, lang: Lang, decimals?: number): string {
  const rounded = decimals === undefined ? delta : Number(delta.toFixed(decimals));
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±";
  const n = written(Math.abs(delta), lang, decimals);
  if (unit === "persen") return `${sign}${n}${NBSP}${lang === "id" ? "poin" : "pts"}`;
  return `${sign}${n}${SUFFIX[lang][unit]}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};
const ROMAN = ["I", "II", "III", "IV"];

/** A period in words: `Semester I 2024`, `Triwulan III 2025`, `Maret 2026`; `H1 2024`, `Q3 2025`. */
export function formatPeriod(p: Pick<Period, "kind" | "year" | "index">, lang: Lang): string {
  switch (p.kind) {
    case "year":
      return String(p.year);
    case "semester":
      return lang === "id" ? `Semester ${ROMAN[p.index - 1]} ${p.year}` : `H${p.index} ${p.year}`;
    case "quarter":
      return lang === "id" ? `Triwulan ${ROMAN[p.index - 1]} ${p.year}` : `Q${p.index} ${p.year}`;
    case "month":
      return `${MONTHS[lang][p.index - 1]} ${p.year}`;
  }
}

/** A period for a crowded axis: `2024`, `S1 2024` / `H1 2024`, `Q3 2025`, `Mar 2026`. */
export function formatPeriodShort(p: Pick<Period, "kind" | "year" | "index">, lang: Lang): string {
  switch (p.kind) {
    case "year":
      return String(p.year);
    case "semester":
      return `${lang === "id" ? "S" : "H"}${p.index} ${p.year}`;
    case "quarter":
      return `${lang === "id" ? "T" : "Q"}${p.index} ${p.year}`;
    case "month":
      return `${MONTHS[lang][p.index - 1]!.slice(0, 3)} ${p.year}`;
  }
}

/** A calendar date (`YYYY-MM-DD`) in words: `10 Februari 2026`, `10 February 2026`. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}
