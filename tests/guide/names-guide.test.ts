/**
 * The staff guide (site page and docs/DATA.md) tells staff the names rules of issue 13: the
 * reserved indicator ids, read from the same list the validator uses (src/lib/data/names.ts), the
 * files in data/ that are refused, and which periods each frequency accepts (the same table the
 * checker uses, src/lib/data/period.ts).
 */
import { describe, expect, it } from "vitest";
import { guide, guideMarkdown, type Block, type Section } from "../../src/lib/data/guide.ts";
import { RESERVED_IDS } from "../../src/lib/data/names.ts";
import { FREQUENCY_KIND, PERIOD_FORM, YEAR_RANGE } from "../../src/lib/data/period.ts";
import { FREQUENCIES } from "../../src/lib/data/schema/indicator-meta.ts";

const paragraphs = (s: Section): string[] => s.blocks.flatMap((b: Block) => (b.kind === "p" ? [b.text] : []));

describe("guide: reserved ids and strict data/ folder", () => {
  it.each(["id", "en"] as const)("guide(%s) lists every reserved id in the data folder section, as code", (lang) => {
    const layout = guide(lang).sections.find((s) => s.id === "layout")!;
    const text = paragraphs(layout).join("\n");
    for (const id of RESERVED_IDS) expect(text, id).toContain(`\`${id}\``);
    expect(text).toContain(lang === "id" ? "<id lain>-excel" : "<other-id>-excel");
  });

  it.each(["id", "en"] as const)("guide(%s) states the year range and each frequency's period forms", (lang) => {
    const text = paragraphs(guide(lang).sections.find((s) => s.id === "layout")!).join("\n");
    expect(text).toContain(String(YEAR_RANGE.min));
    expect(text).toContain(String(YEAR_RANGE.max));
    for (const f of FREQUENCIES) {
      const forms = PERIOD_FORM[FREQUENCY_KIND[f]!].split("/").map((x) => `\`${x}\``).join(" / ");
      expect(text).toContain(`\`${f}\` → ${forms}`);
    }
    expect(text).toContain("`IKM.CSV`");
  });

  it("docs/DATA.md (guideMarkdown) carries the reserved ids and the new rules' codes", () => {
    const md = guideMarkdown();
    expect(md).toContain(RESERVED_IDS.map((n) => `\`${n}\``).join(", "));
    for (const code of ["file.reserved_id", "file.duplicate_meta", "file.ignored", "yaml.not_utf8", "yaml.alias_limit", "glossary.duplicate", "text.formula", "period.frequency", "period.year_range", "row.decimal_comma"])
      expect(md).toContain(`\`${code}\``);
  });
});
