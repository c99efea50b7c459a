/**
 * The glossary (data/glosarium.yml) as pages and documents use it: stable anchors per term, the
 * order of the glossary page, and the matcher that finds a term's uses in running text. Pure.
 */
import type { Lang } from "./data/model.ts";
import type { GlossaryEntry } from "./data/schema/site.ts";

/** `IP ASN` → `ip-asn`, `e-learning` → `e-learning`: the term's anchor on the glossary page. */
export function termAnchor(istilah: string): string {
  return istilah
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * An acronym is matched case-sensitively (`ASN`, `IP ASN`, `PermenPANRB`: two or more capitals);
 * an ordinary word (`diklat`, `pelatihan daring`) in any case, so `Diklat` opens a sentence too.
 */
export function isAcronym(istilah: string): boolean {
  return (istilah.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** Glossary page order: alphabetical, ignoring case, as a reader looks a term up. */
export function glossaryOrder(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.istilah.localeCompare(b.istilah, "id", { sensitivity: "base" }));
}

export interface TermMatch {
  readonly entry: GlossaryEntry;
  /** Offset of the use in the text. */
  readonly index: number;
  /** The text as written (`Diklat`). */
  readonly text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyCase = (c: string) => {
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  return lo === up || lo.length !== 1 || up.length !== 1 ? escape(c) : `[${lo}${up}]`;
};
/** Letters, digits and in-word hyphens join a word: `non-ASN` and `ASN-nya` are not a use of `ASN`. */
const WORD = "[\\p{L}\\p{N}_-]";

/**
 * Finds whole-word uses of glossary terms in a text, longest term first where they overlap
 * (`IP ASN` before `ASN`). Spaces inside a term match any run of white space.
 */
export function termMatcher(entries: readonly GlossaryEntry[]): (text: string) => TermMatch[] {
  const sorted = [...entries].sort((a, b) => b.istilah.length - a.istilah.length);
  if (sorted.length === 0) return () => [];
  const pattern = (e: GlossaryEntry) => {
    const acronym = isAcronym(e.istilah);
    // Case-insensitive per letter (`[dD]`), not with the `i` flag, which would apply to acronyms too.
    const word = (w: string) => (acronym ? escape(w) : [...w].map(anyCase).join(""));
    return e.istilah.trim().split(/\s+/).map(word).join("\\s+");
  };
  // One alternation, one group per entry, so a match says which entry it is.
  const re = new RegExp(`(?<!${WORD})(?:${sorted.map((e) => `(${pattern(e)})`).join("|")})(?!${WORD})`, "gu");
  return (text) => {
    const out: TermMatch[] = [];
    for (const m of text.matchAll(re)) {
      const i = m.slice(1).findIndex((g) => g !== undefined);
      out.push({ entry: sorted[i]!, index: m.index, text: m[0] });
    }
    return out;
  };
}

/** Where a term's entry lives: the glossary page of `lang`, at the term's anchor. */
export function glossaryFragment(entry: GlossaryEntry): string {
  return `#${termAnchor(entry.istilah)}`;
}

/** The id of a term's tooltip inside a document (one per term per document). */
export function tooltipId(entry: GlossaryEntry): string {
  return `istilah-${termAnchor(entry.istilah)}`;
}

export type { GlossaryEntry, Lang };
